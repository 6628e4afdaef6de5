export const ns12 = 'urn:oasis:names:tc:xliff:document:1.2'
export const ns20 = 'urn:oasis:names:tc:xliff:document:2.0'
export const xhtmlNamespace = 'http://www.w3.org/1999/xhtml'
/** XLIFF 2.0 modules: Metadata, Glossary, Size and Length Restriction. */
export const mdaNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0'
export const glsNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0'
export const slrNamespace = 'urn:oasis:names:tc:xliff:sizerestriction:2.0'

/** The 2.0 `mda:metaGroup` and `<note>` category for what the CMS writes. */
export const cmsCategory = 'cms'
