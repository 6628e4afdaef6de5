/**
 * The one list of content locales. Payload's localization, the site's routing, i18next and the
 * translator workflow all read it from here, so adding a locale is a change to this file (plus
 * its `locales/<code>/*.json` UI strings).
 */
export const locales = ['zh', 'de', 'en'];
/** Chinese is the language the office writes in; every translation is made from it. */
export const sourceLocale = 'zh';
export const defaultLocale = sourceLocale;
/**
 * What a reader sees when a field has no text in their locale, in order. A German reader is more
 * likely to read English than Chinese, and vice versa; everyone ends at the source text.
 */
export const fallbackChains = {
    zh: [],
    de: ['en', 'zh'],
    en: ['de', 'zh'],
};
/** BCP 47 tags for `<html lang>`, hreflang and `Intl`: Chinese here is Simplified, as written in mainland China. */
export const bcp47 = {
    zh: 'zh-Hans-CN',
    de: 'de-DE',
    en: 'en',
};
/** Each locale's name in its own language, for language switchers and the admin. */
export const endonyms = {
    zh: '中文',
    de: 'Deutsch',
    en: 'English',
};
export function isLocale(value) {
    return typeof value === 'string' && locales.includes(value);
}
