import fs from 'node:fs'
import path from 'node:path'

import { eventStatuses } from '@/domain/eventOptions'
import { platformYearEvents } from '@/domain/platformOptions'
import { getT } from '@/i18n/server'
import { formatYear } from '@/lib/format'
import { optionLabel } from '@/lib/localized'
import {
  article,
  enterprises,
  events,
  glossary,
  keyFigures,
  milestones,
  platforms,
  siteSettings,
  type Localized,
} from '@/seed/content'

/**
 * The German and English of the seed read as a professional translator would write them (issue #9):
 * one rendering per term, official names as their operators use them, no translationese. Each
 * check names the text that breaks it, so a failure says where to look.
 */

type Text = { where: string; text: Localized }

/** Every trilingual text in the seed content, with a path that says where it sits. */
function texts(value: unknown, where: string): Text[] {
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  if (['zh', 'de', 'en'].every((locale) => typeof record[locale] === 'string'))
    return [{ where, text: record as Localized }]
  return Object.entries(record).flatMap(([key, child]) => {
    const name =
      (child as { slug?: string; key?: string })?.slug ?? (child as { key?: string })?.key
    return texts(child, `${where}.${name ?? key}`)
  })
}

const seed: Text[] = [
  ...texts(milestones, 'milestones'),
  ...texts(platforms, 'platforms'),
  ...texts(events, 'events'),
  ...texts(enterprises, 'enterprises'),
  ...texts(keyFigures, 'keyFigures'),
  ...texts(glossary, 'glossary'),
  ...texts(siteSettings, 'siteSettings'),
  ...texts(article.title, 'article.title'),
]

/** The site's UI strings (i18next JSON), as `locale/namespace.key` → text. */
function uiStrings(locale: 'de' | 'en' | 'zh'): [string, string][] {
  const dir = path.resolve('locales', locale)
  const flat = (value: unknown, prefix: string): [string, string][] =>
    typeof value === 'string'
      ? [[prefix, value]]
      : Object.entries(value as object).flatMap(([key, child]) => flat(child, `${prefix}.${key}`))
  return fs
    .readdirSync(dir)
    .flatMap((file) =>
      flat(
        JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')),
        `${locale}/${file.replace('.json', '')}`,
      ),
    )
}

const translated = (locale: 'de' | 'en'): [string, string][] => [
  ...seed.map(({ where, text }): [string, string] => [where, text[locale]]),
  ...uiStrings(locale),
]

const offending = (locale: 'de' | 'en', pattern: RegExp) =>
  translated(locale).filter(([, text]) => pattern.test(text))

/** The seed texts whose Chinese contains `phrase`. */
const quoting = (phrase: string) => seed.filter(({ text }) => text.zh.includes(phrase))

/** Each of `texts` gives the phrase they quote as `de` in German and `en` in English. */
function expectRenderedAs(texts: Text[], de: string, en: string) {
  for (const { text } of texts) {
    expect(text.de).toContain(de)
    expect(text.en).toContain(en)
  }
}

describe('seed and site wording: the translation errors of issue #9 stay fixed', () => {
  it.each([
    ['de', /aus der Praxis|aus der Gesellschaft heraus/, '源自民间 is „aus der Wirtschaft heraus“'],
    ['de', /Stellungnahme/, 'the policy document 意见 is „Leitlinien“'],
    ['de', /ausländisch finanziert/, '外商独资 is „in hundertprozentig ausländischem Besitz“'],
    ['en', /carrier/i, '载体 are facilities or sites'],
    ['de', /Kammerabend|Aushängeschild/, 'translationese'],
    [
      'de',
      /nationale[nr]? internationale/i,
      'translationese: 国家…国际创新园 is a state-level international park',
    ],
    [
      'en',
      /national international/i,
      'translationese: 国家…国际创新园 is a state-level international park',
    ],
    ['de', /in diesem Jahr|dieses Jahr/, 'the article’s year is 2022: say 2022'],
    ['en', /this year/i, 'the article’s year is 2022: say 2022'],
    ['de', /Studierende aus Deutschland/, '德国留学生 are Chinese who studied in Germany'],
    ['en', /students from Germany/i, '德国留学生 are Chinese who studied in Germany'],
  ] as const)('%s never matches %p (%s)', (locale, pattern, _why) => {
    expect(offending(locale, pattern)).toEqual([])
  })

  it('writes „Deutsch-Chinesisch“ capitalised in names and lower-case in running text, never „Deutsch-chinesisch“', () => {
    expect(offending('de', /Deutsch-chinesisch/)).toEqual([])
  })

  it('renders 双元制 one way per language: duale Berufsausbildung, dual vocational training', () => {
    expect(
      offending(
        'de',
        /duale[nrs]? (Ausbildung|Bildung|System)|dualen? Systems?\b|duale[rs]? Bachelor/,
      ),
    ).toEqual([])
    expect(offending('en', /dual (education|vocational education|system)|dual bachelor/i)).toEqual(
      [],
    )
    const dual = seed.filter(({ text }) => text.zh.includes('双元制'))
    expect(dual.length).toBeGreaterThan(10)
    for (const { where, text } of dual) {
      expect([where, /duale[nr]? Berufsausbildung/.test(text.de)]).toEqual([where, true])
      expect([where, /dual vocational training/i.test(text.en)]).toEqual([where, true])
    }
  })

  it('names the German Centre as its operators do, German Centre Taicang, in German too', () => {
    expect(offending('de', /Deutsche[ns]? Zentrum/)).toEqual([])
    const centre = platforms.find((platform) => platform.slug === 'german-centre-taicang')!
    expect([centre.name.de, centre.name.en]).toEqual([
      'German Centre Taicang',
      'German Centre Taicang',
    ])
  })

  it('says 源自民间 the same way wherever the seed quotes the model', () => {
    const model = quoting('源自民间')
    expect(model.length).toBe(2)
    expectRenderedAs(
      model,
      '„aus der Wirtschaft heraus, von unten nach oben“',
      'business-led, bottom-up',
    )
  })

  it('explains the mu once and gives each per-mu figure per m², with the arithmetic right', () => {
    const squareMetresPerMu = 10_000 / 15 // 1 mu = 1/15 ha ≈ 666.7 m²
    const perMu = keyFigures.filter((figure) => figure.unit.zh === '元/亩')
    expect(perMu.map((figure) => figure.key)).toEqual([
      'output-per-mu',
      'profit-per-mu',
      'tax-per-mu',
    ])
    expect(perMu[0]!.label.de).toContain('1 Mu ≈ 667 m²')
    expect(perMu[0]!.label.en).toContain('1 mu ≈ 667 m²')
    for (const figure of perMu) {
      const perSquareMetre = Math.round(figure.value / squareMetresPerMu)
      const de = Number(/rund ([\d.]+) CNY je m²/.exec(figure.label.de)?.[1]?.replaceAll('.', ''))
      const en = Number(/about CNY ([\d,]+) per m²/.exec(figure.label.en)?.[1]?.replaceAll(',', ''))
      expect([figure.key, de, en]).toEqual([figure.key, perSquareMetre, perSquareMetre])
    }
    expect(Math.round(14_000_000 / squareMetresPerMu)).toBe(21_000)
  })

  it('dates the 500-enterprise target 2022 in every language', () => {
    const target = keyFigures.find((figure) => figure.key === 'german-enterprises-target-2022')!
    for (const text of Object.values(target.label)) expect(text).toContain('2022')
  })
})

describe('site strings (locales/): the wording bullets of issue #9 stay fixed', () => {
  const ui = (locale: 'de' | 'en' | 'zh') => Object.fromEntries(uiStrings(locale))

  it('writes the German state of the headquarters in grammatical Chinese', () => {
    expect(uiStrings('zh').filter(([, text]) => text.includes('德国所在联邦州'))).toEqual([])
  })

  it.each(['zh', 'de', 'en'] as const)(
    '%s: the filter legend and its button read differently',
    (locale) => {
      const strings = ui(locale)
      expect(strings[`${locale}/common.filters.legend`]).not.toBe(
        strings[`${locale}/common.filters.apply`],
      )
    },
  )

  it.each(['zh', 'de', 'en'] as const)(
    '%s: the home page heads its past events as the events page does, not „Zuletzt“ alone',
    (locale) => {
      const strings = ui(locale)
      expect(strings[`${locale}/home.events.recent`]).toBe(strings[`${locale}/events.past`])
    },
  )

  it.each(['zh', 'de', 'en'] as const)(
    '%s: the timeline section has one name everywhere',
    (locale) => {
      const strings = ui(locale)
      const name = strings[`${locale}/common.nav.milestones`]!
      expect(strings[`${locale}/home.quickLinks.milestones`]).toContain(name)
      expect(strings[`${locale}/milestones.title`]).toContain(name)
    },
  )
  it('never calls the timeline „Chronik“ or "Timeline"', () => {
    expect(offending('de', /Chronik/)).toEqual([])
    expect(offending('en', /Timeline/)).toEqual([])
  })

  it('labels the default event status so that it reads right for a past event', () => {
    const scheduled = eventStatuses.find((option) => option.value === 'scheduled')!
    expect(scheduled.label).toEqual({ zh: '如期', de: 'Wie geplant', en: 'As planned' })
  })
})

describe('the seed claims nothing the article does not say (issue #9, invented or overstated)', () => {
  it('gives no date, year or country to the regular showcase events: the article only says they are held regularly', () => {
    const regular = ['chamber-of-commerce-night', 'beer-festival', 'football-match']
    for (const slug of regular) {
      const event = events.find((candidate) => candidate.slug === slug)!
      expect([
        slug,
        event.startDate,
        event.schedule,
        event.country,
        event.city,
        event.venue,
      ]).toEqual([slug, undefined, 'regular', undefined, undefined, undefined])
    }
    expect(
      events.filter((event) => event.startDate === undefined).map((event) => event.slug),
    ).toEqual([...regular, 'green-low-carbon-park-signing-ceremony'])
  })

  it('dates only the figure the article dates: the 2022 target; every other figure has no asOfYear', () => {
    const undated = [
      'german-projects-since-2012',
      'german-investment-utilised-since-2012',
      'german-enterprises',
      'german-enterprises-total-investment',
      'german-enterprises-annual-industrial-output',
      'output-per-mu',
      'profit-per-mu',
      'tax-per-mu',
      'local-rd-share',
      'early-enterprises-expanded-share',
      'hidden-champions',
      'carrier-total-area',
    ]
    expect(
      keyFigures.filter((figure) => figure.asOfYear === undefined).map((figure) => figure.key),
    ).toEqual(undated)
    expect(
      keyFigures
        .filter((figure) => figure.asOfYear !== undefined)
        .map((figure) => [figure.key, figure.asOfYear]),
    ).toEqual([['german-enterprises-target-2022', 2022]])
  })

  it('calls 莱茵-内卡地区 a region, not a Metropolregion', () => {
    expect(offending('de', /Metropol/)).toEqual([])
    expect(offending('en', /Metropol/i)).toEqual([])
    const region = quoting('莱茵-内卡地区')
    expect(region.length).toBeGreaterThan(0)
    expectRenderedAs(region, 'Rhein-Neckar-Region', 'Rhine-Neckar region')
  })

  it('keeps the Life Science Park a plan: „加快建设“ is in the outlook, not a state', () => {
    expect(seed.filter(({ text }) => text.zh.includes('正在加快建设'))).toEqual([])
    const park = platforms.find((platform) => platform.slug === 'sino-german-innovation-park')!
    expect(park.description.zh).toContain('下一步将加快建设生命科学园')
    expect(park.description.de).toContain('soll beschleunigt werden')
    expect(park.description.en).toContain('is to be accelerated')
  })
})

describe('platforms: status and year as the article states them (issue #9)', () => {
  it('gives no status to the 14 platforms whose current state the article does not state', () => {
    expect(
      platforms
        .filter((platform) => platform.status === undefined)
        .map((platform) => platform.slug),
    ).toEqual([
      'taicang-office-germany', // 成立 2015
      'business-council-jiangsu-office', // 获批设立 2022
      'innovation-park-life-sciences', // 下一步: 加快建设 (a plan)
      'aerospace-park', // 承载能力 only
      'green-low-carbon-park', // a photo caption of a ceremony
      'ahk-dual-vet-alliance', // 成立 2015
      'chien-shiung-institute', // the place of a founding and a symposium
      'dual-bachelor-programme', // 开班 2017
      'dual-qualified-teacher-centre', // 成立 2019
      'dual-education-institute', // 揭牌 2019
      'ahk-academy-taicang', // 落户 2021, licence 2022
      'germany-taicang-freight-line', // 抵达 2020
      'sino-german-data-line', // 发布 2021
      'german-enterprise-talent-website', // 上线运行 2013
    ])
  })

  it('says what happened in every year it shows: founded, settled, approved … never a blanket "opened"', () => {
    for (const platform of platforms)
      expect([
        platform.slug,
        platform.openedYear === undefined,
        platform.yearEvent === undefined,
      ]).toEqual([
        platform.slug,
        platform.openedYear === undefined,
        platform.openedYear === undefined,
      ])
    const yearOf = (slug: string) => {
      const platform = platforms.find((candidate) => candidate.slug === slug)!
      return [platform.openedYear, platform.yearEvent]
    }
    expect(yearOf('german-centre-taicang')).toEqual([2015, 'settled'])
    expect(yearOf('ahk-taicang-office')).toEqual([2014, 'founded'])
    expect(yearOf('business-council-jiangsu-office')).toEqual([2022, 'approved'])
    for (const locale of ['zh', 'de', 'en'] as const)
      expect(uiStrings(locale).filter(([key]) => /platforms\.(facts\.)?opened$/.test(key))).toEqual(
        [],
      )
  })
})

describe('the platform year on the site says what happened, in each language', () => {
  it.each([
    ['zh', '2015年落户太仓'],
    ['de', 'In Taicang angesiedelt: 2015'],
    ['en', 'Settled in Taicang in 2015'],
  ] as const)('%s: %s', async (locale, expected) => {
    const t = await getT(locale, 'platforms')
    const phrase = t('yearWithEvent', {
      event: optionLabel(platformYearEvents, 'settled', locale),
      year: formatYear(2015, locale),
    })
    expect(phrase).toBe(expected)
  })
})
