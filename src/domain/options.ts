// The one import this folder makes: a type, so the labels follow the locale list (adding a locale
// makes every table below a type error until it has the new label).
import type { Locale } from '@/i18n/locales'

/** A select option whose label reads in every locale of the admin panel and the site. */
export type Option<V extends string = string> = { readonly value: V; readonly label: Label }

type Label = Readonly<Record<Locale, string>>

type OptionsOf<T extends Record<string, Label>> = {
  [V in keyof T & string]: { readonly value: V; readonly label: T[V] }
}[keyof T & string][]

/**
 * A select's options from one table of value → label, in the table's order (no value is an
 * integer-like string, so object order is insertion order).
 */
export function optionsFrom<const T extends Record<string, Label>>(table: T): OptionsOf<T> {
  return Object.entries(table).map(([value, label]) => ({ value, label })) as OptionsOf<T>
}
