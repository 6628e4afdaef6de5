import type { PayloadRequest } from 'payload'

import { isLocale, sourceLocale, type Locale } from '@/i18n/locales'

type Messages = Record<Locale, string>

/** Validation messages follow the admin language of whoever saves, so editors read them in Chinese. */
export function say(req: PayloadRequest | undefined, messages: Messages): string {
  const language = req?.i18n?.language
  return messages[isLocale(language) ? language : sourceLocale]
}

export function validateYear(
  value: unknown,
  { req, min, max }: { req?: PayloadRequest; min: number; max: number },
): true | string {
  if (value === null || value === undefined || value === '') return true
  const year = Number(value)
  if (Number.isInteger(year) && year >= min && year <= max) return true
  return say(req, {
    zh: `年份必须是 ${min} 至 ${max} 之间的整数。`,
    de: `Das Jahr muss eine ganze Zahl zwischen ${min} und ${max} sein.`,
    en: `The year must be a whole number between ${min} and ${max}.`,
  })
}

export function validateUrl(value: unknown, { req }: { req?: PayloadRequest }): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string') {
    try {
      const url = new URL(value)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.'))
        return true
    } catch {
      // not a URL: fall through to the message
    }
  }
  return say(req, {
    zh: '请输入以 https:// 或 http:// 开头的完整网址。',
    de: 'Bitte eine vollständige Adresse angeben, die mit https:// oder http:// beginnt.',
    en: 'Enter a full web address starting with https:// or http://.',
  })
}

export function validateNotBefore(
  value: unknown,
  start: unknown,
  { req }: { req?: PayloadRequest },
): true | string {
  if (!value || !start) return true
  const end = new Date(value as string).getTime()
  const begin = new Date(start as string).getTime()
  if (Number.isNaN(end) || Number.isNaN(begin) || end >= begin) return true
  return say(req, {
    zh: '结束日期不能早于开始日期。',
    de: 'Das Enddatum darf nicht vor dem Beginn liegen.',
    en: 'The end date cannot be before the start date.',
  })
}

export function validateNonNegative(
  value: unknown,
  { req }: { req?: PayloadRequest },
): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return true
  return say(req, {
    zh: '请输入不小于 0 的数字。',
    de: 'Bitte eine Zahl größer oder gleich 0 angeben.',
    en: 'Enter a number of 0 or more.',
  })
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function validateSlug(value: unknown, { req }: { req?: PayloadRequest }): true | string {
  if (typeof value === 'string' && slugPattern.test(value)) return true
  return say(req, {
    zh: '网址别名只能包含小写拉丁字母、数字和连字符。',
    de: 'Der Slug darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten.',
    en: 'The slug may contain only lowercase letters, digits and hyphens.',
  })
}

/** The validators above in the shape a field's `validate` takes. */
type FieldValidate = (
  value: unknown,
  options: { req: PayloadRequest; siblingData?: unknown },
) => true | string

export const yearValidate =
  (min = 1949, max = 2100): FieldValidate =>
  (value, { req }) =>
    validateYear(value, { req, min, max })

export const urlValidate: FieldValidate = (value, { req }) => validateUrl(value, { req })

export const nonNegativeValidate: FieldValidate = (value, { req }) =>
  validateNonNegative(value, { req })

/** For an end date: not before the sibling field `startField`. */
export const notBeforeValidate =
  (startField: string): FieldValidate =>
  (value, { req, siblingData }) =>
    validateNotBefore(value, (siblingData as Record<string, unknown> | undefined)?.[startField], {
      req,
    })

/**
 * An event's start: a valid date, required unless the sibling `scheduleField` marks the event as
 * held regularly or undated in the source; an "undated" event with a date contradicts itself.
 */
export const startDateValidate =
  (scheduleField: string): FieldValidate =>
  (value, { req, siblingData }) => {
    const schedule = (siblingData as Record<string, unknown> | undefined)?.[scheduleField]
    const empty = value === null || value === undefined || value === ''
    if (empty) {
      if (schedule) return true
      return say(req, {
        zh: '请填写开始日期；来源未给出日期时，请在“无日期”中注明。',
        de: 'Bitte den Beginn angeben; nennt die Quelle kein Datum, das unter „Ohne Datum“ vermerken.',
        en: 'Enter the start date; where the source gives none, say so under "Without a date".',
      })
    }
    if (schedule === 'undated')
      return say(req, {
        zh: '“来源未注明日期”的活动不能有开始日期。',
        de: 'Eine Veranstaltung „ohne Datumsangabe“ kann keinen Beginn haben.',
        en: 'An event marked "no date in the source" cannot have a start date.',
      })
    // What Payload's own date validation checks, which a custom `validate` replaces.
    if (!Number.isNaN(Date.parse(String(value)))) return true
    return say(req, {
      zh: `“${String(value)}”不是有效日期。`,
      de: `„${String(value)}“ ist kein gültiges Datum.`,
      en: `"${String(value)}" is not a valid date.`,
    })
  }
