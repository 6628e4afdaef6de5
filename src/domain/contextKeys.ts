/**
 * `req.context` keys that one module sets and another reads. They live here, below both, so the
 * access rules and the translation workflow need not import each other to agree on a name.
 */

/** The locale a translator's save unpublishes: set by the translation API and the access rule, read by the publishing hook. */
export const unpublishContextKey = 'unpublishLocale'
