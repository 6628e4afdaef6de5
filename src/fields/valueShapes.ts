import type { Field, PayloadRequest } from 'payload'

import {
  editorNodeTypes,
  richTextLimits,
  richTextProblem,
  type RichTextProblem,
} from './richTextShape'
import { say } from './validators'

/**
 * The shape each kind of field's value must have before Payload may store it. Payload coerces
 * rather than refuses: an object given as a title is stored as the string `{"a":1}`, "2020abc" as
 * the year 2020, and a date it cannot read, an id that is not one or a malformed rich text value
 * reaches the database and fails there as a server error. These checks run for drafts too, where
 * Payload skips its validators, so the same length limits hold for every save.
 */

/** Related records one field may name; more is a mistake or an attack, and one query must hold them. */
export const maxRelations = 200

/** Rows in one array field (key figures has 13). */
export const maxRows = 500

/** Dates outside these years are typos (or attacks) that PostgreSQL's timestamps and ISO strings do not round-trip. */
export const dateYears = { min: 1000, max: 9999 } as const

/** PostgreSQL's `serial` ids are 32-bit: a larger id is not one of ours, and asking for it is a server error. */
const maxSerialId = 2_147_483_647

/** A related record's id as a field names it. */
export type RelationRef = { collection: string; id: number | string }

type Check = { req: PayloadRequest; relations: RelationRef[] }

type LeafField = Extract<Field, { name: string }> & {
  hasMany?: boolean
  maxLength?: number
  options?: readonly (string | { value: string })[]
  relationTo?: string | string[]
  editor?: unknown
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

export const shapeMessages = {
  notText: (req: PayloadRequest) =>
    say(req, { zh: '必须是文本。', de: 'Muss ein Text sein.', en: 'Must be text.' }),
  tooLong: (req: PayloadRequest, max: number) =>
    say(req, {
      zh: `最多 ${max} 个字符。`,
      de: `Höchstens ${max} Zeichen.`,
      en: `At most ${max} characters.`,
    }),
  notNumber: (req: PayloadRequest) =>
    say(req, { zh: '必须是数字。', de: 'Muss eine Zahl sein.', en: 'Must be a number.' }),
  notDate: (req: PayloadRequest) =>
    say(req, {
      zh: `必须是 ${dateYears.min} 至 ${dateYears.max} 年之间的有效日期。`,
      de: `Muss ein gültiges Datum zwischen den Jahren ${dateYears.min} und ${dateYears.max} sein.`,
      en: `Must be a valid date between the years ${dateYears.min} and ${dateYears.max}.`,
    }),
  notBoolean: (req: PayloadRequest) =>
    say(req, {
      zh: '必须是 true 或 false。',
      de: 'Muss true oder false sein.',
      en: 'Must be true or false.',
    }),
  notOption: (req: PayloadRequest, options: string[]) =>
    say(req, {
      zh: `必须是以下之一：${options.join(', ')}。`,
      de: `Muss einer dieser Werte sein: ${options.join(', ')}.`,
      en: `Must be one of: ${options.join(', ')}.`,
    }),
  notList: (req: PayloadRequest) =>
    say(req, { zh: '必须是列表。', de: 'Muss eine Liste sein.', en: 'Must be a list.' }),
  tooMany: (req: PayloadRequest, max: number) =>
    say(req, {
      zh: `最多 ${max} 项。`,
      de: `Höchstens ${max} Einträge.`,
      en: `At most ${max} entries.`,
    }),
  notObject: (req: PayloadRequest) =>
    say(req, { zh: '必须是对象。', de: 'Muss ein Objekt sein.', en: 'Must be an object.' }),
  notId: (req: PayloadRequest, collection: string) =>
    say(req, {
      zh: `必须是 ${collection} 中记录的 ID。`,
      de: `Muss die ID eines Datensatzes aus ${collection} sein.`,
      en: `Must be the id of a record in ${collection}.`,
    }),
  missing: (req: PayloadRequest, collection: string, ids: readonly (number | string)[]) =>
    say(req, {
      zh: `${collection} 中没有 ID 为 ${ids.join(', ')} 的记录。`,
      de: `In ${collection} gibt es keinen Datensatz mit der ID ${ids.join(', ')}.`,
      en: `No record in ${collection} has the id ${ids.join(', ')}.`,
    }),
  perLocale: (req: PayloadRequest, locales: readonly string[]) =>
    say(req, {
      zh: `locale=all 时必须是按语言（${locales.join(', ')}）给出的对象。`,
      de: `Bei locale=all muss es ein Objekt mit Werten je Sprache (${locales.join(', ')}) sein.`,
      en: `With locale=all this must be an object of values per locale (${locales.join(', ')}).`,
    }),
  required: (req: PayloadRequest) =>
    say(req, {
      zh: '此项为必填项。',
      de: 'Dieses Feld ist erforderlich.',
      en: 'This field is required.',
    }),
  richText: (req: PayloadRequest, problem: RichTextProblem) => {
    switch (problem.kind) {
      case 'notRichText':
        return say(req, {
          zh: '必须是富文本（含 root 节点的对象）。',
          de: 'Muss formatierter Text sein (ein Objekt mit einem root-Knoten).',
          en: 'Must be rich text (an object with a root node).',
        })
      case 'badNode':
        return say(req, {
          zh: `富文本节点 ${problem.at} 格式错误。`,
          de: `Der Knoten ${problem.at} des formatierten Texts ist fehlerhaft.`,
          en: `The rich text node ${problem.at} is malformed.`,
        })
      case 'unknownType':
        return say(req, {
          zh: `富文本节点 ${problem.at} 的类型“${problem.type}”未知。`,
          de: `Der Knoten ${problem.at} hat den unbekannten Typ „${problem.type}“.`,
          en: `The rich text node ${problem.at} has the unknown type "${problem.type}".`,
        })
      case 'tooDeep':
        return say(req, {
          zh: `富文本最多嵌套 ${problem.limit} 层。`,
          de: `Formatierter Text darf höchstens ${problem.limit} Ebenen tief verschachtelt sein.`,
          en: `Rich text may nest at most ${problem.limit} levels deep.`,
        })
      case 'tooManyNodes':
        return say(req, {
          zh: `富文本最多 ${problem.limit} 个节点。`,
          de: `Formatierter Text darf höchstens ${problem.limit} Knoten haben.`,
          en: `Rich text may have at most ${problem.limit} nodes.`,
        })
      case 'tooMuchText':
        return say(req, {
          zh: `富文本最多 ${problem.limit} 个字符。`,
          de: `Formatierter Text darf höchstens ${problem.limit} Zeichen haben.`,
          en: `Rich text may have at most ${problem.limit} characters.`,
        })
    }
  },
}

/** A number as JSON or a form sends it: a finite number, or a string that is exactly one. */
function isNumberValue(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value)
  return (
    typeof value === 'string' &&
    /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value.trim()) &&
    Number.isFinite(Number(value))
  )
}

export function isStorableDate(value: unknown): boolean {
  if (!(value instanceof Date) && typeof value !== 'string') return false
  if (typeof value === 'string' && value.trim() === '') return false
  const date = new Date(value)
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year >= dateYears.min && year <= dateYears.max
}

/** The id of a record in this database, or null: SQL ids are positive 32-bit integers (as numbers or digits). */
export function storableId(value: unknown, idType: 'number' | 'text'): number | string | null {
  if (idType === 'number') {
    const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
    return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= maxSerialId ? id : null
  }
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null
}

const optionValues = (field: LeafField): string[] =>
  (field.options ?? []).map((option) => (typeof option === 'string' ? option : option.value))

/** One related record's id, from a bare id, a populated document `{id}` or a polymorphic `{relationTo, value}`. */
function relationRef(
  field: LeafField,
  value: unknown,
  idType: 'number' | 'text',
): RelationRef | null {
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo ?? '']
  let collection = targets[0] ?? ''
  let raw = value
  if (Array.isArray(field.relationTo)) {
    if (
      !isPlainObject(value) ||
      typeof value.relationTo !== 'string' ||
      !targets.includes(value.relationTo)
    )
      return null
    collection = value.relationTo
    raw = value.value
  }
  if (isPlainObject(raw) && 'id' in raw) raw = raw.id
  const id = storableId(raw, idType)
  return id === null ? null : { collection, id }
}

/** Each value of a `hasMany` field (or the one value), or a message when a list was expected. */
function eachValue(
  field: LeafField,
  value: unknown,
  req: PayloadRequest,
  max: number,
): unknown[] | string {
  if (!field.hasMany) return [value]
  if (!Array.isArray(value)) return shapeMessages.notList(req)
  if (value.length > max) return shapeMessages.tooMany(req, max)
  return value
}

/**
 * What is wrong with `value` for this leaf field (not a group, array or layout field), or null.
 * Related ids are collected in `check.relations` for one existence query per collection.
 */
export function leafValueProblem(
  field: LeafField,
  value: unknown,
  { req, relations }: Check,
): string | null {
  if (value === null || value === undefined) return null
  const { config } = req.payload
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const values = eachValue(field, value, req, maxRows)
      if (typeof values === 'string') return values
      const max = field.maxLength ?? config.defaultMaxTextLength ?? 40_000
      for (const text of values) {
        if (typeof text !== 'string') return shapeMessages.notText(req)
        if (text.length > max) return shapeMessages.tooLong(req, max)
      }
      return null
    }
    case 'number': {
      const values = eachValue(field, value, req, maxRows)
      if (typeof values === 'string') return values
      return values.every(isNumberValue) ? null : shapeMessages.notNumber(req)
    }
    case 'date':
      return isStorableDate(value) ? null : shapeMessages.notDate(req)
    case 'checkbox':
      return typeof value === 'boolean' ? null : shapeMessages.notBoolean(req)
    case 'select':
    case 'radio': {
      const values = eachValue(field, value, req, maxRows)
      if (typeof values === 'string') return values
      const options = optionValues(field)
      return values.every((option) => typeof option === 'string' && options.includes(option))
        ? null
        : shapeMessages.notOption(req, options)
    }
    case 'relationship':
    case 'upload': {
      const values = eachValue(field, value, req, maxRelations)
      if (typeof values === 'string') return values
      const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
      for (const one of values) {
        const ref = relationRef(field, one, idType)
        if (!ref) return shapeMessages.notId(req, [field.relationTo].flat().join(' / '))
        relations.push(ref)
      }
      return null
    }
    case 'richText': {
      const problem = richTextProblem(value, {
        ...richTextLimits,
        nodeTypes: editorNodeTypes(field.editor),
      })
      return problem ? shapeMessages.richText(req, problem) : null
    }
    default:
      return null
  }
}
