/**
 * Every `req.context` key the save pipeline (src/hooks/savePipeline.ts) and the scripts share, in
 * one place. Payload passes `req.context` to every hook of a request and to the nested Local API
 * calls made with that `req`; declaring the keys here types them wherever they are read or set,
 * so no hook casts the context or spells a key as a string of its own.
 * https://payloadcms.com/docs/hooks/context#typing-context
 */
import type { StoredDrafts } from '@/db/storedDraft'
import type { Locale } from '@/i18n/locales'

declare module 'payload' {
  interface RequestContext {
    /**
     * No revalidation of the public pages after this write: the seed, the bench and the tests set
     * it, as they run Payload outside Next and have no cache to expire (src/hooks/revalidate.ts).
     */
    disableRevalidate?: boolean
    /** Set by the seed beside `disableRevalidate`; no hook reads it. */
    seeding?: boolean
    /**
     * Whether this save wrote a draft only, once the pipeline has settled it: set by noteDraftSaves,
     * read by revalidateAfterChange (a draft changes no public page).
     */
    draftSave?: boolean
    /**
     * The one locale a publish was narrowed to: set by publishOneLocaleAtATime, read by
     * recordPublication (flags that locale) and the translator's update rule (their own locale only).
     */
    publishLocale?: Locale
    /**
     * The one locale a publish of `_status: 'published'` withdraws instead: set by the translation
     * API (setLocalePublished) and translatorSavesStayInTheirLocale, read by recordPublication.
     */
    unpublishLocale?: Locale
    /**
     * An internal read that must see every locale as stored: set by the save steps' own reads,
     * read by showPublishedLocalesOnly, which then leaves the document as it is.
     */
    skipLocaleGate?: boolean
    /**
     * A translator's publish: the public and the draft values of the shared fields, kept by
     * translatorsPublishOverPublicValues for publishOverPublicValues and keepEditorsSharedDraft
     * (src/translation/translatorPublishing.ts).
     */
    translatorPublication?: { public: Record<string, unknown>; draft: Record<string, unknown> }
    /**
     * Per field path, the fingerprint of the source a translation was made from, when a bulk
     * writer (the XLIFF import) knows it already: recordTranslationSources then reads no source.
     */
    sourceFingerprints?: Record<string, string | null>
    /** The stored drafts this request has read (src/db/storedDraft.ts): one read per document and locale. */
    storedDrafts?: StoredDrafts
    /**
     * The next save is a save's own follow-up write, part of the action already recorded (a
     * translator's publish writing the editor's shared draft back): set by keepEditorsSharedDraft,
     * read and cleared by the audit hook (src/audit/contentHooks.ts), which records nothing for it.
     */
    auditFollowUp?: boolean
    /**
     * A bulk import in progress: it records one entry for the whole import, and its saves record
     * none (set by the XLIFF and spreadsheet imports, read by src/audit/contentHooks.ts).
     */
    auditBatch?: 'import-xliff' | 'import-sheet' | 'machine-translate'
    /**
     * What made a publish or withdrawal happen when no person pressed the button: a scheduled job,
     * or an event that ended. Set by setLocalePublished's callers, noted in the audit entry.
     */
    auditVia?: 'schedule' | 'event-ended'
  }
}
