import { payloadSecret, secretProblem } from '@/config/secret'
import { databaseUri, defaultDatabaseUri, dialectOf } from '@/db/databaseUri'
import { slugify } from '@/fields/slug'
import { validateNotBefore, validateUrl, validateYear } from '@/fields/validators'

describe('PAYLOAD_SECRET', () => {
  const strong = 'f'.repeat(20) + '0123456789abcdef'

  it('refuses a production server without a secret, with a published default or a short one', () => {
    for (const secret of [undefined, '', 'YOUR_SECRET_HERE', 'short']) {
      expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(
        /PAYLOAD_SECRET/,
      )
    }
  })

  it('accepts a long random secret in production', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong)
    expect(secretProblem(strong)).toBeNull()
  })

  it('lets development and the production build run without one', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/development/)
    expect(() =>
      payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
  })
})

describe('DATABASE_URI', () => {
  it('picks the adapter from the scheme, SQLite by default', () => {
    expect(databaseUri({} as NodeJS.ProcessEnv)).toBe(defaultDatabaseUri)
    expect(dialectOf(defaultDatabaseUri)).toBe('sqlite')
    expect(dialectOf('postgres://u@h/db')).toBe('postgres')
    expect(dialectOf('postgresql://u@h/db')).toBe('postgres')
    expect(dialectOf('mongodb://mongo:27017/cms?replicaSet=rs0')).toBe('mongodb')
  })

  it('stops with a clear message on an unknown scheme', () => {
    expect(() => dialectOf('mysql://root@localhost/cms')).toThrow(
      /file:.*postgres:\/\/.*mongodb:\/\//,
    )
  })
})

describe('field helpers', () => {
  it('slugifies German and English titles and leaves Chinese to the fallback', () => {
    expect(slugify('Deutsches Zentrum Taicang')).toBe('deutsches-zentrum-taicang')
    expect(slugify('Straße für Übungen')).toBe('strasse-fur-ubungen')
    expect(slugify('德国中心')).toBe('')
  })

  it('validates years, URLs and date order with readable messages', () => {
    expect(validateYear(1993, { min: 1949, max: 2100 })).toBe(true)
    expect(validateYear(1800, { min: 1949, max: 2100 })).toMatch(/1949/)
    expect(validateYear(2015.5, { min: 1949, max: 2100 })).toMatch(/2100/)
    expect(validateUrl('https://www.taicang.gov.cn', {})).toBe(true)
    expect(validateUrl('taicang', {})).toMatch(/https:\/\//)
    expect(validateUrl('javascript:alert(1)', {})).toMatch(/https:\/\//)
    expect(validateNotBefore('2019-05-02', '2019-05-01', {})).toBe(true)
    expect(validateNotBefore('2019-04-30', '2019-05-01', {})).toMatch(/开始|start/)
  })
})
