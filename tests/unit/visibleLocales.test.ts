import { visibleLocaleCodes } from '@/access/visibleLocales'
import { locales } from '@/i18n/locales'

describe("the admin's locale switcher", () => {
  it('offers a translator the source locale and their own, source first (payloadcms/payload#13473)', () => {
    expect(visibleLocaleCodes({ id: 1, roles: ['translator'], locales: ['en'] }, locales)).toEqual([
      'zh',
      'en',
    ])
    expect(
      visibleLocaleCodes({ id: 1, roles: ['translator'], locales: ['de', 'en'] }, locales),
    ).toEqual(['zh', 'de', 'en'])
  })

  it('offers editors, admins and the sign-in screen every locale', () => {
    expect(visibleLocaleCodes({ id: 2, roles: ['editor'] }, locales)).toEqual([...locales])
    expect(
      visibleLocaleCodes({ id: 3, roles: ['translator', 'admin'], locales: ['de'] }, locales),
    ).toEqual([...locales])
    expect(visibleLocaleCodes(null, locales)).toEqual([...locales])
  })
})
