import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isLocale, locales, sourceLocale } from '@/i18n/locales'
import { leafValueProblem, maxRows, shapeMessages, type RelationRef } from '@/fields/valueShapes'

type FieldError = { path: string; message: string }

type Walk = {
  req: PayloadRequest
  /** `locale=all`: every localized value is an object of values per locale. */
  allLocales: boolean
  errors: FieldError[]
  relations: (RelationRef & { path: string })[]
  /** Called for each well-shaped leaf value (drafts run the field's validator here). */
  onLeaf?: (
    field: LeafField,
    value: unknown,
    path: string,
    siblingData: Record<string, unknown>,
  ) => void
}

type LeafField = Extract<Field, { name: string }>
type Data = Record<string, unknown>

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/** Kinds whose values this walk does not judge: free JSON, geo points, read-only joins. */
const unjudged = new Set(['json', 'point', 'join', 'ui'])

/** The configured fields holding data, with layout fields (rows, collapsibles, unnamed groups and tabs) flattened. */
function dataFields(fields: readonly Field[]): LeafField[] {
  return fields.flatMap((field): LeafField[] => {
    if (field.type === 'row' || field.type === 'collapsible') return dataFields(field.fields)
    if (field.type === 'group' && !('name' in field && field.name)) return dataFields(field.fields)
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ ...tab, type: 'group', name: tab.name } as LeafField]
          : dataFields(tab.fields),
      )
    }
    return 'name' in field && !unjudged.has(field.type) ? [field] : []
  })
}

function walkFields(
  fields: readonly Field[],
  data: Data,
  prefix: string,
  walk: Walk,
  insideLocalized: boolean,
): void {
  for (const field of dataFields(fields)) {
    if (!(field.name in data) || ('virtual' in field && field.virtual)) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const localized = !insideLocalized && 'localized' in field && Boolean(field.localized)
    if (localized && walk.allLocales && value !== null && value !== undefined) {
      if (!isPlainObject(value) || Object.keys(value).some((key) => !isLocale(key))) {
        walk.errors.push({ path, message: shapeMessages.perLocale(walk.req, locales) })
        continue
      }
      for (const [locale, localeValue] of Object.entries(value)) {
        checkValue(field, localeValue, `${path}.${locale}`, walk, true, data)
      }
      continue
    }
    checkValue(field, value, path, walk, insideLocalized || localized, data)
  }
}

function checkValue(
  field: LeafField,
  value: unknown,
  path: string,
  walk: Walk,
  insideLocalized: boolean,
  siblingData: Data,
): void {
  if (value === null || value === undefined) return
  const { req, errors } = walk
  if (field.type === 'group') {
    if (!isPlainObject(value)) errors.push({ path, message: shapeMessages.notObject(req) })
    else walkFields(field.fields, value, `${path}.`, walk, insideLocalized)
    return
  }
  if (field.type === 'array' || field.type === 'blocks') {
    if (!Array.isArray(value))
      return void errors.push({ path, message: shapeMessages.notList(req) })
    if (value.length > maxRows)
      return void errors.push({ path, message: shapeMessages.tooMany(req, maxRows) })
    value.forEach((row: unknown, index) => {
      const rowPath = `${path}.${index}`
      if (!isPlainObject(row))
        return void errors.push({ path: rowPath, message: shapeMessages.notObject(req) })
      if (field.type === 'array')
        return walkFields(field.fields, row, `${rowPath}.`, walk, insideLocalized)
      const block = field.blocks.find(({ slug }) => slug === row.blockType)
      if (!block) {
        const slugs = field.blocks.map(({ slug }) => slug)
        return void errors.push({
          path: `${rowPath}.blockType`,
          message: shapeMessages.notOption(req, slugs),
        })
      }
      walkFields(block.fields, row, `${rowPath}.`, walk, insideLocalized)
    })
    return
  }
  const relations: RelationRef[] = []
  const problem = leafValueProblem(field, value, { req, relations })
  if (problem) return void errors.push({ path, message: problem })
  walk.relations.push(...relations.map((ref) => ({ ...ref, path })))
  walk.onLeaf?.(field, value, path, siblingData)
}

/** Related ids that name no record: one query per related collection. */
async function missingRelations(walk: Walk): Promise<void> {
  const byCollection = new Map<string, Map<string, RelationRef & { path: string }>>()
  for (const ref of walk.relations) {
    const refs = byCollection.get(ref.collection) ?? new Map()
    refs.set(String(ref.id), ref)
    byCollection.set(ref.collection, refs)
  }
  for (const [collection, refs] of byCollection) {
    const ids = [...refs.values()].map((ref) => ref.id)
    const found = await walk.req.payload.find({
      collection: collection as never,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      locale: sourceLocale,
      // Only whether each exists matters: every collection keeps timestamps, and the id comes along.
      select: { createdAt: true } as never,
      req: walk.req,
    })
    const existing = new Set(found.docs.map((doc) => String((doc as { id: unknown }).id)))
    const missingByPath = new Map<string, (number | string)[]>()
    for (const ref of refs.values()) {
      if (!existing.has(String(ref.id)))
        missingByPath.set(ref.path, [...(missingByPath.get(ref.path) ?? []), ref.id])
    }
    for (const [path, missing] of missingByPath) {
      walk.errors.push({
        path,
        message: shapeMessages.missing(walk.req, collection, missing.slice(0, 10)),
      })
    }
  }
}

/**
 * Checks every value a save sends against the shape its field needs (see src/fields/valueShapes.ts)
 * and that related records exist, and refuses the whole save with a 400 naming each bad field.
 * Runs before Payload's own steps, which coerce or fail with a server error; for drafts too,
 * where Payload validates nothing. Values written later by hooks (publication flags, translation
 * sources, upload metadata) are not in `data` yet, so the system's own writes are never judged.
 */
export async function assertWellFormed(
  fields: readonly Field[],
  data: unknown,
  req: PayloadRequest,
  { onLeaf, checkRelations = true }: { onLeaf?: Walk['onLeaf']; checkRelations?: boolean } = {},
): Promise<FieldError[]> {
  if (!isPlainObject(data)) return []
  const walk: Walk = { req, allLocales: writesAllLocales(req), errors: [], relations: [], onLeaf }
  walkFields(fields, data, '', walk, false)
  if (checkRelations && walk.errors.length === 0 && walk.relations.length > 0)
    await missingRelations(walk)
  return walk.errors
}

/** A field whose own hook rewrites the value before Payload would validate it (the slug): judge the result, not the input. */
export const rewrittenByHook = (field: LeafField): boolean => {
  const hooks = (field as { hooks?: Record<string, unknown[] | undefined> }).hooks
  return Boolean(hooks?.beforeValidate?.length || hooks?.beforeChange?.length)
}

/**
 * The shape errors of a save and, for every well-shaped value, its field's own validator's verdict
 * (Payload's `validate`, with required-ness left aside), as Payload would report them on a
 * published save.
 */
export async function validatorErrors(
  fields: readonly Field[],
  data: Data,
  req: PayloadRequest,
  context: { id?: unknown; collectionSlug?: string; operation: string },
): Promise<FieldError[]> {
  const pending: Promise<FieldError | null>[] = []
  const errors = await assertWellFormed(fields, data, req, {
    checkRelations: false,
    onLeaf: (field, value, path, siblingData) => {
      const validate = 'validate' in field ? field.validate : undefined
      if (typeof validate !== 'function' || rewrittenByHook(field)) return
      const run = async (): Promise<FieldError | null> => {
        const result = await (
          validate as (value: unknown, options: Record<string, unknown>) => unknown
        )(value, {
          ...field,
          required: false,
          ...context,
          data,
          siblingData,
          event: 'submit',
          overrideAccess: true,
          path: path.split('.'),
          preferences: { fields: {} },
          req,
        })
        return result === true || result === undefined ? null : { path, message: String(result) }
      }
      pending.push(run())
    },
  })
  errors.push(
    ...(await Promise.all(pending)).filter((error): error is FieldError => error !== null),
  )
  return errors
}

/** Every field's problem once, the first found (the shape's) first. */
function onePerField(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>()
  return errors.filter((error) => !seen.has(error.path) && Boolean(seen.add(error.path)))
}

export const writesAllLocales = (req: PayloadRequest): boolean =>
  (req.locale as string | undefined) === 'all' || (req.locale as string | undefined) === '*'

export type { FieldError, LeafField }
export { dataFields, isPlainObject }

export function throwFieldErrors(
  errors: FieldError[],
  req: PayloadRequest,
  where: { collection?: string; global?: string },
): void {
  if (errors.length === 0) return
  throw new ValidationError({ errors, ...where, req }, req.t)
}

const writes = (operation: string) => operation === 'create' || operation === 'update'

export const rejectMalformedValues: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (!writes(operation)) return args
  const { data, id } = args as { data?: unknown; id?: unknown }
  const errors = await assertWellFormed(collection.fields, data, req)
  if (errors.length > 0 && isPlainObject(data)) {
    // Refused here, so Payload's validators never run: name what they would have found too, so
    // that the editor sees every bad field at once (a year out of range beside an unknown category).
    const more = await validatorErrors(collection.fields, data, req, {
      id,
      collectionSlug: collection.slug,
      operation,
    })
    errors.push(...more)
  }
  throwFieldErrors(onePerField(errors), req, { collection: collection.slug })
  return args
}

export const rejectMalformedGlobalValues: GlobalBeforeOperationHook = async ({
  args,
  operation,
  req,
  global,
}) => {
  if (operation !== 'update') return args
  throwFieldErrors(
    await assertWellFormed(global.fields, (args as { data?: unknown }).data, req),
    req,
    { global: global.slug },
  )
  return args
}
