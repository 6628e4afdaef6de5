import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { parse } from 'qs-esm'

import { isWellFormedId } from './documentIds'

/** Payload's own query-string parsing (createPayloadRequest), so the guard sees the query Payload will run. */
export function parseQuery(search: string): Record<string, unknown> {
  return parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
}

const nonNegative = /^(0|[1-9][0-9]{0,15})$/
const positive = /^[1-9][0-9]{0,15}$/

/** limit and depth count from 0, page from 1; Payload reads "abc" or "-1" as no value or a negative count. */
export function pagingProblem(query: Record<string, unknown>): string | null {
  for (const [name, pattern, what] of [
    ['limit', nonNegative, 'a whole number, 0 or more'],
    ['depth', nonNegative, 'a whole number, 0 or more'],
    ['page', positive, 'a whole number, 1 or more'],
  ] as const) {
    if (!(name in query)) continue
    const value = query[name]
    if (typeof value !== 'string' || !pattern.test(value)) {
      return `The query parameter "${name}" must be ${what}, not ${JSON.stringify(value)}.`
    }
  }
  return null
}

/**
 * `versions`: the query runs on the collection's versions, whose fields sit under `version.`;
 * 'either' when the caller cannot tell (GraphQL's hook sees document and version queries alike).
 */
type Context = { payload: Payload; collection: CollectionSlug; versions: boolean | 'either' }

/** Columns every version row has besides the document's fields under `version.`. */
const versionColumns = new Set([
  'id',
  'parent',
  'createdAt',
  'updatedAt',
  'latest',
  'autosave',
  'snapshot',
  'publishedLocale',
])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The field a query path names, following groups, tabs and single-collection relationships; null when the
 * path is not resolvable here (Payload then checks it itself and names unknown paths).
 */
function resolveField(
  payload: Payload,
  collection: CollectionSlug,
  path: string,
): { field: FlattenedField; collection: CollectionSlug } | null {
  let fields: FlattenedField[] = payload.collections[collection]?.config.flattenedFields ?? []
  let owner = collection
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const field = fields.find((f) => f.name === segments[i])
    if (!field) return null
    if (i === segments.length - 1) return { field, collection: owner }
    if ('flattenedFields' in field && field.flattenedFields) {
      fields = field.flattenedFields
    } else if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      owner = field.relationTo as CollectionSlug
      fields = payload.collections[owner]?.config.flattenedFields ?? []
    } else {
      return null
    }
  }
  return null
}

const comparisons = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])
const lists = new Set(['in', 'not_in', 'all'])
const geometric = new Set(['near', 'within', 'intersects'])
// GraphQL's DateTime scalar hands operands over as Date objects.
const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
const isBoolean = (value: unknown) =>
  value === true || value === false || value === 'true' || value === 'false'
const isNumeric = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
const isDate = (value: unknown) =>
  (value instanceof Date && !Number.isNaN(value.getTime())) ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && !Number.isNaN(Date.parse(value)))

/**
 * What a query path names: a field, an id (of the collection, or undefined for a version's own id),
 * or null when Payload is left to judge it.
 */
function resolvePath(
  ctx: Context,
  path: string,
):
  | { field: FlattenedField; collection: CollectionSlug }
  | { id: CollectionSlug | undefined }
  | null {
  if (ctx.versions !== true) {
    const document =
      path === 'id' ? { id: ctx.collection } : resolveField(ctx.payload, ctx.collection, path)
    if (document || ctx.versions === false) return document
  }
  if (path === 'id') return { id: undefined }
  if (path === 'parent' || path === 'version.id') return { id: ctx.collection }
  if (path === 'createdAt' || path === 'updatedAt')
    return resolveField(ctx.payload, ctx.collection, path)
  if (path.startsWith('version.'))
    return resolveField(ctx.payload, ctx.collection, path.slice('version.'.length))
  return null
}

/** Why one operand does not fit its field, or null. `param` is how the client wrote it, e.g. where[year][equals]. */
function operandProblem(
  ctx: Context,
  path: string,
  operator: string,
  operand: unknown,
  param: string,
): string | null {
  const target = resolvePath(ctx, path)
  const resolved = target && 'field' in target ? target : null
  const field = resolved?.field
  if (geometric.has(operator)) {
    if ((target && 'id' in target) || (field && field.type !== 'point')) {
      return `${param}: "${operator}" applies to point fields only; "${path}" is ${field ? `a ${field.type}` : 'an id'} field.`
    }
    return null
  }
  if (operator === 'exists') return isBoolean(operand) ? null : `${param} must be true or false.`
  if (lists.has(operator)) {
    if (!(typeof operand === 'string' || (Array.isArray(operand) && operand.every(isScalar)))) {
      return `${param} must be a list of values for "${path}".`
    }
  } else if (!isScalar(operand)) {
    return `${param} must be a single value for "${path}", not ${Array.isArray(operand) ? 'a list' : 'an object'}.`
  }
  if (!comparisons.has(operator)) return null
  const values = lists.has(operator)
    ? typeof operand === 'string'
      ? operand.split(',')
      : (operand as unknown[])
    : [operand]
  const bad = (expected: string, ok: (value: unknown) => boolean) => {
    const wrong = values.find((value) => value !== null && !ok(value))
    return wrong === undefined
      ? null
      : `${param}: ${JSON.stringify(wrong)} is not ${expected} for "${path}".`
  }
  if (target && 'id' in target)
    return bad('an id', (v) => isWellFormedId(ctx.payload, target.id, String(v)))
  if (!field) return null
  switch (field.type) {
    case 'date':
      return bad('a date', isDate)
    case 'number':
      return bad('a number', isNumeric)
    case 'checkbox':
      return bad('true or false', isBoolean)
    case 'select':
    case 'radio': {
      const options = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      return bad(`one of ${options.join(', ')}`, (v) => options.includes(String(v)))
    }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return null
      const target = field.relationTo as CollectionSlug
      return bad(
        `an id of ${target}`,
        (v) => v === 'null' || isWellFormedId(ctx.payload, target, String(v)),
      )
    }
    default:
      if (field.name === 'id' && resolved)
        return bad('an id', (v) => isWellFormedId(ctx.payload, resolved.collection, String(v)))
      return null
  }
}

/** Why a `where` (as qs parsed it, or its JSON form) cannot run on this collection, or null. */
function whereProblem(ctx: Context, where: unknown, param: string): string | null {
  if (!isObject(where)) return `${param} must be an object of conditions.`
  for (const [key, value] of Object.entries(where)) {
    // REST writes and/or; GraphQL's where input writes AND/OR.
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const branches = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : null
      if (!branches) return `${param}[${key}] must be a list of conditions.`
      for (const [index, branch] of branches.entries()) {
        const problem = whereProblem(ctx, branch, `${param}[${key}][${index}]`)
        if (problem) return problem
      }
      continue
    }
    if (!isObject(value))
      return `${param}[${key}] must name an operator, e.g. ${param}[${key}][equals]=….`
    // GraphQL's where input spells nested paths (version.title, group.field) with double underscores.
    const path = ctx.versions === 'either' ? key.replaceAll('__', '.') : key
    for (const [operator, operand] of Object.entries(value)) {
      const problem = operandProblem(ctx, path, operator, operand, `${param}[${key}][${operator}]`)
      if (problem) return problem
    }
  }
  return null
}

/** The same counts as numbers, as GraphQL (Int arguments) and the Local API pass them. */
export function pagingNumbersProblem({
  limit,
  page,
}: {
  limit?: unknown
  page?: unknown
}): string | null {
  if (
    limit !== undefined &&
    limit !== null &&
    !(Number.isSafeInteger(limit) && (limit as number) >= 0)
  ) {
    return `"limit" must be a whole number, 0 or more, not ${JSON.stringify(limit)}.`
  }
  if (
    page !== undefined &&
    page !== null &&
    !(Number.isSafeInteger(page) && (page as number) >= 1)
  ) {
    return `"page" must be a whole number, 1 or more, not ${JSON.stringify(page)}.`
  }
  return null
}

/** Why `where` and `sort` cannot run on a collection's documents (or its versions), or null. */
export function collectionQueryProblem(
  payload: Payload,
  collection: CollectionSlug,
  query: Record<string, unknown>,
  { versions = false, graphQL = false }: { versions?: boolean; graphQL?: boolean } = {},
): string | null {
  const ctx: Context = { payload, collection, versions: graphQL ? 'either' : versions }
  if ('where' in query) {
    let where = query.where
    if (typeof where === 'string') {
      // Payload also takes `where` as JSON text (parseParams).
      try {
        where = JSON.parse(where)
      } catch {
        return 'The query parameter "where" is neither where[field][operator]=value nor valid JSON.'
      }
    }
    const problem = whereProblem(ctx, where, 'where')
    if (problem) return problem
  }
  if ('sort' in query) {
    const sort = query.sort
    const items =
      typeof sort === 'string'
        ? sort.split(',')
        : Array.isArray(sort) && sort.every((s) => typeof s === 'string')
          ? sort
          : null
    if (!items) return 'The query parameter "sort" must be field names separated by commas.'
    const fields = payload.collections[collection]?.config.flattenedFields ?? []
    for (const item of items) {
      const path = item.trim().replace(/^[-+]/, '')
      const [first, second] = path.split('.')
      const namesDocumentField = first === 'id' || fields.some((f) => f.name === first)
      const namesVersionColumn =
        first === 'version'
          ? second === 'id' || fields.some((f) => f.name === second)
          : // GraphQL spells version.<field> as version__<field>; Payload checks those itself.
            Boolean(first?.startsWith('version__')) || versionColumns.has(first ?? '')
      const known =
        ctx.versions === 'either'
          ? namesDocumentField || namesVersionColumn
          : versions
            ? namesVersionColumn
            : namesDocumentField
      if (path && !known)
        return `Cannot sort by "${path}": ${collection}${versions ? "' versions have" : ' has'} no such field.`
    }
  }
  return null
}
