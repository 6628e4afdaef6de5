import { canEditLocale } from '@/access/canEditLocale'
import { isEditorUser, isStaffUser, isTranslatorOnly } from '@/access/roles'

const editor = { id: 1, roles: ['editor'] }
const admin = { id: 2, roles: ['admin'] }
const german = { id: 3, roles: ['translator'], locales: ['de'] }
const nobody = { id: 4, roles: [] }

describe('canEditLocale', () => {
  it('lets editors and admins write every locale', () => {
    for (const locale of ['zh', 'de', 'en']) {
      expect(canEditLocale(editor, locale)).toBe(true)
      expect(canEditLocale(admin, locale)).toBe(true)
    }
  })

  it('limits a translator to the locales on their record', () => {
    expect(canEditLocale(german, 'de')).toBe(true)
    expect(canEditLocale(german, 'en')).toBe(false)
    expect(canEditLocale(german, 'zh')).toBe(false)
  })

  it('never gives a translator "all" locales or an unknown one', () => {
    expect(canEditLocale(german, 'all')).toBe(false)
    expect(canEditLocale({ ...german, locales: ['de', 'fr'] }, 'fr')).toBe(false)
  })

  it('gives nothing to users without a role or without a session', () => {
    expect(canEditLocale(nobody, 'de')).toBe(false)
    expect(canEditLocale(null, 'de')).toBe(false)
    expect(canEditLocale({ id: 5, roles: ['translator'] }, 'de')).toBe(false)
  })
})

describe('roles', () => {
  it('treats a translator who is also an editor as an editor', () => {
    const both = { id: 6, roles: ['translator', 'editor'], locales: ['de'] }
    expect(isTranslatorOnly(both)).toBe(false)
    expect(isEditorUser(both)).toBe(true)
    expect(canEditLocale(both, 'en')).toBe(true)
  })

  it('counts only users with a role as staff', () => {
    expect(isStaffUser(german)).toBe(true)
    expect(isStaffUser(nobody)).toBe(false)
    expect(isStaffUser(undefined)).toBe(false)
  })
})
