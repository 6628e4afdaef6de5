import type { Payload } from 'payload'

import { describeDatabase, useTestPayload } from '../helpers/payload'

describeDatabase('reading a locale that lacks a translation follows its fallback chain', () => {
  let payload: Payload

  useTestPayload('fallback', (booted) => {
    payload = booted
  })

  async function platformWith(names: Partial<Record<'zh' | 'de' | 'en', string>>) {
    const { zh, ...translations } = names
    const doc = await payload.create({
      collection: 'platforms',
      locale: 'zh',
      data: { name: zh, type: 'incubator', _status: 'published' } as never,
      overrideAccess: true,
    })
    for (const [locale, name] of Object.entries(translations)) {
      await payload.update({
        collection: 'platforms',
        id: doc.id,
        locale: locale as 'de' | 'en',
        data: { name, _status: 'published' } as never,
        overrideAccess: true,
      })
    }
    return doc.id
  }

  const nameIn = async (id: number | string, locale: 'zh' | 'de' | 'en') =>
    (await payload.findByID({ collection: 'platforms', id, locale, overrideAccess: false })).name

  it('shows English to a German reader before Chinese', async () => {
    const id = await platformWith({ zh: '德国中心', en: 'German Centre' })
    expect(await nameIn(id, 'de')).toBe('German Centre')
  })

  it('shows German to an English reader before Chinese', async () => {
    const id = await platformWith({ zh: '德国中心', de: 'Deutsches Zentrum' })
    expect(await nameIn(id, 'en')).toBe('Deutsches Zentrum')
  })

  it('ends at the Chinese source text', async () => {
    const id = await platformWith({ zh: '德国中心' })
    expect(await nameIn(id, 'de')).toBe('德国中心')
    expect(await nameIn(id, 'en')).toBe('德国中心')
  })

  it('shows a reader their own language when it exists', async () => {
    const id = await platformWith({ zh: '德国中心', de: 'Deutsches Zentrum', en: 'German Centre' })
    expect(await nameIn(id, 'de')).toBe('Deutsches Zentrum')
    expect(await nameIn(id, 'en')).toBe('German Centre')
  })
})
