import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { shapeMessages } from '@/fields/valueShapes'

import {
  dataFields,
  isPlainObject,
  rewrittenByHook,
  throwFieldErrors,
  validatorErrors,
  writesAllLocales,
  type FieldError,
  type LeafField,
} from './rejectMalformedValues'

type Args = { draft?: boolean; data?: unknown; id?: unknown }

/** Whether Payload will save this as a draft, and so skip its field validators. */
function savesDraft(operation: string, { draft, data }: Args): boolean {
  if (!draft) return false
  return operation === 'create' || (isPlainObject(data) && data._status !== 'published')
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

/**
 * Required fields a draft create leaves out. A draft may be unfinished, but a record created without
 * one of its required shared values (an event without a format) was stored and then could never be
 * shown or published as it was. Fields filled in by default or by their own hook are left to them.
 */
function missingRequired(
  fields: readonly LeafField[],
  data: Record<string, unknown>,
  req: PayloadRequest,
): FieldError[] {
  return fields
    .filter((field) => {
      const config = field as LeafField & {
        required?: boolean
        defaultValue?: unknown
        custom?: { requiredUnless?: string }
      }
      // `custom.requiredUnless`: required while the named sibling is empty (an event's start date
      // unless its schedule says the source gives none); the field's validator says the same.
      const unless = config.custom?.requiredUnless
      const required = config.required || (unless !== undefined && isEmpty(data[unless]))
      if (!required || config.defaultValue !== undefined || rewrittenByHook(field)) return false
      const value = data[field.name]
      if (
        writesAllLocales(req) &&
        'localized' in field &&
        field.localized &&
        isPlainObject(value)
      ) {
        return Object.values(value).every(isEmpty)
      }
      return isEmpty(value)
    })
    .map((field) => ({ path: field.name, message: shapeMessages.required(req) }))
}

/**
 * Payload skips every field validator when it saves a draft, so a draft took a year of 1800, a
 * website "ftp://x" or a 10 MB summary that published saves refuse. Run each field's own
 * validator on the values a draft save sends (required-ness aside: a draft may leave fields empty,
 * see `missingRequired` for creates). Must run after the hooks that settle whether a save is a draft.
 */
export const validateDrafts: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if ((operation !== 'create' && operation !== 'update') || !savesDraft(operation, args as Args))
    return args
  // A duplicate's values come from the record it copies, after this hook: nothing to judge yet.
  if ((args as { duplicateFromID?: unknown }).duplicateFromID != null) return args
  const data = (args as Args).data
  if (!isPlainObject(data)) return args
  const errors = await validatorErrors(collection.fields, data, req, {
    id: (args as Args).id,
    collectionSlug: collection.slug,
    operation,
  })
  if (operation === 'create')
    errors.push(...missingRequired(dataFields(collection.fields), data, req))
  throwFieldErrors(errors, req, { collection: collection.slug })
  return args
}
