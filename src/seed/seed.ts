import type { CollectionSlug, Payload, Where } from 'payload'

import { locales, sourceLocale, type Locale } from '@/i18n/locales'
import { formatCitation } from '@/lib/citation'

import {
  enterprises,
  events,
  glossary,
  keyFigures,
  milestones,
  platforms,
  siteSettings,
  siteSettingsSource,
} from './content'
import { paragraphsToRichText } from './richText'

/** Seed writes skip revalidation and other side effects meant for editors' saves. */
const context = { disableRevalidate: true, seeding: true }

const translations = locales.filter((locale) => locale !== sourceLocale)

type Fields = Record<string, unknown>
type PerLocale = Record<Locale, Fields>
export type SeedReport = Record<string, { created: number; existing: number }>

/**
 * Loads the article's content. Idempotent: a record that already exists (found by slug, or by
 * year and Chinese title for milestones) is left exactly as it is, so a second run changes nothing
 * and an editor's later corrections are never overwritten.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = {}
  const tally = (collection: string, created: boolean) => {
    const entry = (report[collection] ??= { created: 0, existing: 0 })
    entry[created ? 'created' : 'existing'] += 1
  }
  const log = (message: string) => payload.logger.info(`seed: ${message}`)

  const platformIds = new Map<string, number | string>()
  for (const [index, platform] of platforms.entries()) {
    const { id, created } = await ensure(
      payload,
      'platforms',
      { slug: { equals: platform.slug } },
      {
        shared: {
          slug: platform.slug,
          type: platform.type,
          status: platform.status,
          openedYear: platform.openedYear,
          yearEvent: platform.yearEvent,
          source: formatCitation(platform.source),
        },
        localized: byLocale((locale) => ({
          name: platform.name[locale],
          location: platform.location?.[locale],
          operator: platform.operator?.[locale],
          description: paragraphsToRichText(platform.description[locale]),
        })),
      },
    )
    platformIds.set(platform.slug, id)
    tally('platforms', created)
    log(`platforms ${index + 1}/${platforms.length}`)
  }

  const enterpriseIds = new Map<string, number | string>()
  for (const enterprise of enterprises) {
    const { id, created } = await ensure(
      payload,
      'enterprises',
      { slug: { equals: enterprise.slug } },
      {
        shared: {
          slug: enterprise.slug,
          yearArrived: enterprise.yearArrived,
          industry: enterprise.industry,
          germanState: enterprise.germanState,
          hiddenChampion: enterprise.hiddenChampion ?? false,
          platform: enterprise.platform ? idOf(platformIds, enterprise.platform) : undefined,
          source: formatCitation(enterprise.source),
        },
        localized: byLocale((locale) => ({
          name: enterprise.name[locale],
          germanHeadquarters: enterprise.germanHeadquarters?.[locale],
          description: paragraphsToRichText(enterprise.description[locale]),
        })),
      },
    )
    enterpriseIds.set(enterprise.slug, id)
    tally('enterprises', created)
  }
  log(`enterprises ${enterprises.length}/${enterprises.length}`)

  const eventIds = new Map<string, number | string>()
  for (const [index, event] of events.entries()) {
    const { id, created } = await ensure(
      payload,
      'events',
      { slug: { equals: event.slug } },
      {
        shared: {
          slug: event.slug,
          startDate: event.startDate,
          datePrecision: event.datePrecision,
          schedule: event.schedule,
          country: event.country,
          format: event.format,
          status: event.status,
          platforms: (event.platforms ?? []).map((slug) => idOf(platformIds, slug)),
          enterprises: (event.enterprises ?? []).map((slug) => idOf(enterpriseIds, slug)),
          source: formatCitation(event.source),
        },
        localized: byLocale((locale) => ({
          title: event.title[locale],
          city: event.city?.[locale],
          venue: event.venue?.[locale],
          organizer: event.organizer?.[locale],
          summary: event.summary[locale],
        })),
      },
    )
    eventIds.set(event.slug, id)
    tally('events', created)
    log(`events ${index + 1}/${events.length}`)
  }

  for (const [index, milestone] of milestones.entries()) {
    const where: Where = {
      and: [
        { year: { equals: milestone.year } },
        { title: { equals: milestone.title[sourceLocale] } },
      ],
    }
    const { created } = await ensure(payload, 'milestones', where, {
      shared: {
        year: milestone.year,
        date: milestone.date,
        datePrecision: milestone.datePrecision,
        category: milestone.category,
        platforms: (milestone.platforms ?? []).map((slug) => idOf(platformIds, slug)),
        enterprises: (milestone.enterprises ?? []).map((slug) => idOf(enterpriseIds, slug)),
        events: (milestone.events ?? []).map((slug) => idOf(eventIds, slug)),
        source: formatCitation(milestone.source),
      },
      localized: byLocale((locale) => ({
        title: milestone.title[locale],
        summary: milestone.summary[locale],
      })),
    })
    tally('milestones', created)
    log(`milestones ${index + 1}/${milestones.length}`)
  }

  for (const entry of glossary) {
    const { created } = await ensure(
      payload,
      'glossary',
      { term: { equals: entry.term[sourceLocale] } },
      {
        shared: { source: formatCitation(entry.source) },
        localized: byLocale((locale) => ({
          term: entry.term[locale],
          notes: entry.notes?.[locale],
        })),
        drafts: false,
      },
    )
    tally('glossary', created)
  }
  log(`glossary ${glossary.length}/${glossary.length}`)

  report.users = await seedAdmin(payload, log)
  report['key-figures'] = await seedKeyFigures(payload)
  report['site-settings'] = await seedSiteSettings(payload)
  log(`done: ${JSON.stringify(report)}`)
  return report
}

function byLocale(make: (locale: Locale) => Fields): PerLocale {
  return Object.fromEntries(locales.map((locale) => [locale, make(locale)])) as PerLocale
}

function idOf(ids: Map<string, number | string>, slug: string): number | string {
  const id = ids.get(slug)
  if (id === undefined)
    throw new Error(`Seed content refers to "${slug}", which it does not define.`)
  return id
}

/** Creates the record in the source locale and adds each translation, all published; or finds it. */
async function ensure(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  { shared, localized, drafts = true }: { shared: Fields; localized: PerLocale; drafts?: boolean },
): Promise<{ id: number | string; created: boolean }> {
  const status = drafts ? { _status: 'published' } : {}
  const found = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: drafts,
    locale: sourceLocale,
    overrideAccess: true,
    context,
  })
  const existing = found.docs[0]
  if (existing) return { id: existing.id, created: false }

  const doc = await payload.create({
    collection,
    locale: sourceLocale,
    data: { ...withoutEmpty(shared), ...withoutEmpty(localized[sourceLocale]), ...status } as never,
    overrideAccess: true,
    context,
  })
  for (const locale of translations) {
    await payload.update({
      collection,
      id: doc.id,
      locale,
      data: { ...withoutEmpty(localized[locale]), ...status } as never,
      overrideAccess: true,
      context,
    })
  }
  return { id: doc.id, created: true }
}

function withoutEmpty(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
}

type FigureRow = {
  id?: string | null
  key: string
  label?: string | null
  unit?: string | null
} & Fields

/** Adds the article's figures that the global lacks (by key); rows already there stay untouched. */
async function seedKeyFigures(payload: Payload): Promise<{ created: number; existing: number }> {
  const read = async (locale: Locale) =>
    ((
      await payload.findGlobal({
        slug: 'key-figures',
        locale,
        fallbackLocale: false,
        depth: 0,
        overrideAccess: true,
        context,
      })
    ).figures ?? []) as FigureRow[]

  const present = new Set((await read(sourceLocale)).map((row) => row.key))
  const missing = keyFigures.filter((figure) => !present.has(figure.key))
  if (missing.length === 0) return { created: 0, existing: keyFigures.length }

  for (const locale of locales) {
    const rows = await read(locale)
    const added = missing.map((figure) => ({
      key: figure.key,
      value: figure.value,
      qualifier: figure.qualifier,
      asOfYear: figure.asOfYear,
      source: formatCitation(figure.source),
    }))
    const figures = (locale === sourceLocale ? [...rows, ...added] : rows).map((row) => {
      const figure = missing.find((candidate) => candidate.key === row.key)
      return figure ? { ...row, label: figure.label[locale], unit: figure.unit[locale] } : row
    })
    await payload.updateGlobal({
      slug: 'key-figures',
      locale,
      data: { figures } as never,
      overrideAccess: true,
      context,
    })
  }
  return { created: missing.length, existing: keyFigures.length - missing.length }
}

/**
 * Fills the site settings' texts that are still empty in Chinese (a database seeded before the
 * overview and outlook existed gets them too); a text an editor has written stays untouched.
 */
async function seedSiteSettings(payload: Payload): Promise<{ created: number; existing: number }> {
  const current = (await payload.findGlobal({
    slug: 'site-settings',
    locale: sourceLocale,
    fallbackLocale: false,
    overrideAccess: true,
    context,
  })) as unknown as Record<string, unknown>
  const missing = Object.entries(siteSettings).filter(([name]) => !current[name])
  if (missing.length === 0) return { created: 0, existing: 1 }
  const source = current.source ? {} : { source: formatCitation(siteSettingsSource) }
  for (const locale of locales) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        ...Object.fromEntries(missing.map(([name, text]) => [name, text[locale]])),
        ...(locale === sourceLocale ? source : {}),
      } as never,
      overrideAccess: true,
      context,
    })
  }
  return { created: 1, existing: 0 }
}

/**
 * Creates no account unless SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD are both set: otherwise the
 * admin shows its create-first-user screen, and no password ever sits in the repository.
 */
async function seedAdmin(
  payload: Payload,
  log: (message: string) => void,
): Promise<{ created: number; existing: number }> {
  const email = process.env.SEED_ADMIN_EMAIL?.trim()
  const password = process.env.SEED_ADMIN_PASSWORD
  if (!email || !password) return { created: 0, existing: 0 }
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    overrideAccess: true,
  })
  if (found.docs.length > 0) return { created: 0, existing: 1 }
  await payload.create({
    collection: 'users',
    data: { email, password, roles: ['admin'] } as never,
    overrideAccess: true,
    context,
  })
  log(`created administrator ${email}`)
  return { created: 1, existing: 0 }
}
