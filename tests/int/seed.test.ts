import type { CollectionSlug, Payload } from 'payload'

import { locales } from '@/i18n/locales'
import {
  enterprises,
  events,
  keyFigures,
  milestones,
  platforms,
  siteSettings,
} from '@/seed/content'
import { seed } from '@/seed/seed'

import { describeDatabase, useTestPayload } from '../helpers/payload'

const expectedCounts = {
  milestones: milestones.length,
  events: events.length,
  enterprises: enterprises.length,
  platforms: platforms.length,
}

describeDatabase('npm run seed: the source article in zh, de and en', () => {
  let payload: Payload

  useTestPayload(
    'seed',
    async (booted) => {
      payload = booted
      await seed(payload)
    },
    300_000,
  )

  it('loads one published record per item of the article', async () => {
    for (const [collection, expected] of Object.entries(expectedCounts)) {
      const published = await payload.count({
        collection: collection as CollectionSlug,
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      })
      expect([collection, published.totalDocs]).toEqual([collection, expected])
    }
    const figures = await payload.findGlobal({ slug: 'key-figures', locale: 'zh', depth: 0 })
    expect(figures.figures?.map((figure) => figure.key)).toEqual(
      keyFigures.map((figure) => figure.key),
    )
  })

  it('stores every platform in all three languages, with its citation of the article', async () => {
    for (const platform of platforms) {
      const { docs } = await payload.find({
        collection: 'platforms',
        where: { slug: { equals: platform.slug } },
        locale: 'all',
        depth: 0,
      })
      const stored = docs[0] as unknown as { name: Record<string, string>; source: string }
      for (const locale of locales) expect(stored.name[locale]).toBe(platform.name[locale])
      expect(stored.source).toContain(platform.source.quote)
    }
  })

  it('stores no platform status the article does not state, and what happened in each year it gives', async () => {
    const { docs } = await payload.find({
      collection: 'platforms',
      limit: 0,
      depth: 0,
      locale: 'de',
    })
    const stored = new Map(
      docs.map((doc) => [
        doc.slug,
        [doc.status ?? null, doc.openedYear ?? null, doc.yearEvent ?? null],
      ]),
    )
    for (const platform of platforms)
      expect([platform.slug, stored.get(platform.slug)]).toEqual([
        platform.slug,
        [platform.status ?? null, platform.openedYear ?? null, platform.yearEvent ?? null],
      ])
    expect(docs.filter((doc) => !doc.status).length).toBe(14)
  })

  it('links milestones to the platforms they concern', async () => {
    const linked = milestones.find((milestone) => (milestone.platforms ?? []).length > 0)
    expect(linked).toBeDefined()
    const { docs } = await payload.find({
      collection: 'milestones',
      where: { title: { equals: linked!.title.zh } },
      locale: 'zh',
      depth: 1,
    })
    const slugs = (docs[0]?.platforms ?? []).map((platform) => (platform as { slug: string }).slug)
    expect(slugs).toEqual(linked!.platforms)
  })

  it('stores the events the article names without a date with no date, no country, and why', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { schedule: { exists: true } },
      limit: 0,
      depth: 0,
      sort: 'slug',
    })
    expect(
      docs.map((doc) => [doc.slug, doc.schedule, doc.startDate ?? null, doc.country ?? null]),
    ).toEqual([
      ['beer-festival', 'regular', null, null],
      ['chamber-of-commerce-night', 'regular', null, null],
      ['football-match', 'regular', null, null],
      ['green-low-carbon-park-signing-ceremony', 'undated', null, null],
    ])
  })

  it('stores the month, and only the month, of the incubator opening in July 2021', async () => {
    const { docs } = await payload.find({
      collection: 'milestones',
      where: { date: { exists: true } },
      depth: 0,
    })
    expect(docs.map((doc) => [doc.year, doc.date?.slice(0, 7), doc.datePrecision])).toEqual([
      [2021, '2021-07', 'month'],
    ])
  })

  it('stores the overview and outlook in all three languages, with the citation', async () => {
    const settings = (await payload.findGlobal({
      slug: 'site-settings',
      locale: 'all',
      depth: 0,
    })) as unknown as Record<string, Record<string, string> | string>
    for (const field of ['overview', 'outlook'] as const)
      for (const locale of locales)
        expect([field, locale, (settings[field] as Record<string, string>)[locale]]).toEqual([
          field,
          locale,
          siteSettings[field][locale],
        ])
    expect(settings.source).toContain('中德建交50周年')
  })

  it('changes nothing when run a second time', async () => {
    const stamp = async () =>
      Promise.all(
        Object.keys(expectedCounts).map(async (collection) =>
          (
            await payload.find({
              collection: collection as CollectionSlug,
              limit: 0,
              depth: 0,
              draft: true,
              sort: 'id',
            })
          ).docs.map((doc) => [doc.id, (doc as { updatedAt?: string }).updatedAt]),
        ),
      )
    const before = await stamp()
    const figuresBefore = await payload.findGlobal({ slug: 'key-figures', locale: 'all', depth: 0 })
    const report = await seed(payload)
    for (const entry of Object.values(report)) expect(entry.created).toBe(0)
    expect(await stamp()).toEqual(before)
    expect(await payload.findGlobal({ slug: 'key-figures', locale: 'all', depth: 0 })).toEqual(
      figuresBefore,
    )
    // A whole seed run: about 5 s on PostgreSQL alone, more on a busy 2-core machine.
  }, 120_000)

  it('creates the first administrator only when SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD are set', async () => {
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
    process.env.SEED_ADMIN_EMAIL = 'office@example.org'
    process.env.SEED_ADMIN_PASSWORD = 'a long enough password'
    try {
      expect((await seed(payload)).users).toEqual({ created: 1, existing: 0 })
      expect((await seed(payload)).users).toEqual({ created: 0, existing: 1 })
    } finally {
      delete process.env.SEED_ADMIN_EMAIL
      delete process.env.SEED_ADMIN_PASSWORD
    }
    const { docs } = await payload.find({ collection: 'users' })
    expect(docs.map((user) => [user.email, user.roles])).toEqual([
      ['office@example.org', ['admin']],
    ])
    // Two whole seed runs and a password hash: more than jest's default 5 s on a busy 2-core machine.
  }, 120_000)
})
