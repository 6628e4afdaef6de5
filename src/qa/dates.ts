/**
 * Chinese dates (2019年5月12日, 2019年5月, 5月12日, 1993年) and whether a translation names the
 * same one. A translation writes the month as a figure or by name (12. Mai 2019, May 12, 2019,
 * 12.05.2019, 2019-05-12), so only the year and the day must appear as figures.
 */
const zhDate =
  /(?:(\d{4})\s*年\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?)|(?:(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])/g

export type SourceDate = { text: string; year?: number; month?: number; day?: number }

export function sourceDates(text: string): { dates: SourceDate[]; rest: string } {
  const dates: SourceDate[] = []
  const rest = text.replace(zhDate, (match, year, month, day, monthOnly, dayOnly) => {
    const num = (value: string | undefined) => (value === undefined ? undefined : Number(value))
    dates.push({
      text: match,
      year: num(year),
      month: num(month ?? monthOnly),
      day: num(day ?? dayOnly),
    })
    return ' '.repeat(match.length)
  })
  return { dates, rest }
}

const monthNames: RegExp[] = [
  /\b(jan(uary|uar)?|jänner)\b/i,
  /\bfeb(ruary|ruar)?\b/i,
  /\b(mar(ch)?|märz|mär|mrz)\b/i,
  /\bapr(il)?\b/i,
  /\b(may|mai)\b/i,
  /\bjun[ei]?\b/i,
  /\bjul[iy]?\b/i,
  /\baug(ust)?\b/i,
  /\bsep(t|tember)?\b/i,
  /\b(oct(ober)?|okt(ober)?)\b/i,
  /\bnov(ember)?\b/i,
  /\b(dec(ember)?|dez(ember)?)\b/i,
]

/** Whether a translation names the date: its year and day as figures, its month as figure or name. */
export function dateNamed(date: SourceDate, target: string, values: ReadonlySet<number>): boolean {
  if (date.year !== undefined && !values.has(date.year)) return false
  if (date.day !== undefined && !values.has(date.day)) return false
  if (date.month === undefined) return true
  return values.has(date.month) || monthNames[date.month - 1]?.test(target) === true
}
