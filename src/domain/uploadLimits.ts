/**
 * The largest file the CMS accepts, for media uploads and XLIFF imports alike: a CAT export of
 * the whole site is far smaller, and a photo for the web needs no more. Requests are read only up
 * to this size (then 413), never buffered whole first.
 */
export const maxUploadBytes = 10 * 1024 * 1024

/** Room for a multipart form's boundaries, headers and small fields around the file. */
export const multipartOverheadBytes = 64 * 1024
