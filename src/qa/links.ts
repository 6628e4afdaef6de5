/**
 * Web addresses and e-mail addresses: a translation keeps each one exactly (a localized page of
 * the same site is a different address and is worth a look, hence only a warning for an added one).
 */
const url = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’，。；、（）()【】]+/gi
const email = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g

/** Trailing sentence punctuation belongs to the sentence, not the address; case of the host does not count. */
export function normalizeUrl(value: string): string {
  const trimmed = value.replace(/[.,;:!?]+$/, '').replace(/\/$/, '')
  const match = /^(https?:\/\/)?([^/]+)(.*)$/i.exec(trimmed)
  return match ? `${(match[1] ?? '').toLowerCase()}${match[2]!.toLowerCase()}${match[3]}` : trimmed
}

export function urlsIn(text: string, linked: readonly string[] = []): string[] {
  return [...(text.match(url) ?? []), ...linked].map(normalizeUrl)
}

export function emailsIn(text: string): string[] {
  // An address inside a URL (mailto: aside) is part of the URL.
  return (text.replace(url, ' ').match(email) ?? []).map((address) => address.toLowerCase())
}
