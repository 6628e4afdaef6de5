import type { Locale } from '@/i18n/locales'

/** A select option whose label reads in every locale of the admin panel. */
export type Option<V extends string = string> = { value: V; label: Record<Locale, string> }

export function optionValues<V extends string>(options: readonly Option<V>[]): V[] {
  return options.map((option) => option.value)
}
