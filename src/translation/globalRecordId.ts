/**
 * A global (key figures, site settings) is one record: this is its id in the status, in XLIFF unit
 * ids and in the source endpoint. Its own module so the admin's client components can import it.
 */
export const globalRecordId = 'global'
