import { initI18n } from '@payloadcms/translations'

import config from '@payload-config'

/**
 * The admin's own strings reach the admin through Payload's i18n (config `i18n.translations`), in
 * the language each user chose, beside Payload's own strings.
 */
describe('the admin’s strings', () => {
  it('are Payload translations in every admin language', async () => {
    const { i18n } = await config
    const expected = { zh: '翻译进度', de: 'Übersetzungsstand', en: 'Translation status' }
    for (const [language, text] of Object.entries(expected)) {
      const t = (await initI18n({ config: i18n, context: 'client', language: language as 'de' }))
        .t as (key: string) => string
      expect({ language, text: t('translator:dashboard') }).toEqual({ language, text })
      // Payload's own strings are still there.
      expect(t('general:cancel')).not.toBe('general:cancel')
    }
  })
})
