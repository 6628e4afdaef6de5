/** The slug of the collection of comments on a field × locale, named once for config and code. */
export const commentCollection = 'translation-comments' as const

/** A comment is a question or an answer, not an essay: longer text belongs in the record. */
export const commentMaxLength = 2000
