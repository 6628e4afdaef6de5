import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { shapeMessages } from '@/fields/valueShapes'

import {
  assertWellFormed,
  dataFields,
  isPlainObject,
  throwFieldErrors,
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

/** A field whose own hook rewrites the value before Payload would validate it (the slug): judge the result, not the input. */
const rewrittenByHook = (field: LeafField): boolean => {
  const hooks = (field as { hooks?: Record<string, unknown[] | undefined> }).hooks
  return Boolean(hooks?.beforeValidate?.length || hooks?.beforeChange?.length)
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
      const config = field as LeafField & { required?: boolean; defaultValue?: unknown }
      if (!config.required || config.defaultValue !== undefined || rewrittenByHook(field))
        return false
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
  const pending: Promise<FieldError | null>[] = []
  const errors = await assertWellFormed(collection.fields, data, req, {
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
          id: (args as Args).id,
          collectionSlug: collection.slug,
          data,
          siblingData,
          event: 'submit',
          operation,
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
  if (operation === 'create')
    errors.push(...missingRequired(dataFields(collection.fields), data, req))
  throwFieldErrors(errors, req, { collection: collection.slug })
  return args
}
