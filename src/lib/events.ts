import { type DatePrecision, zonedParts, zonedTime } from './format'

type Dated = { startDate: string; endDate?: string | null; datePrecision: DatePrecision }
type MaybeDated = Omit<Dated, 'startDate'> & { startDate: string | null }

/** An event the source dates; the others (held regularly, undated) are neither upcoming nor past. */
export function isDated<T extends MaybeDated>(event: T): event is T & { startDate: string } {
  return event.startDate !== null
}

/**
 * When an event is over: the end of its last day, or of the month or year when only that much is
 * known (an event "in 2026" is upcoming until the year is out), in Taicang's time zone.
 */
export function eventEnd({ startDate, endDate, datePrecision }: Dated): Date {
  const last = new Date(endDate && new Date(endDate) > new Date(startDate) ? endDate : startDate)
  const { year, month, day } = zonedParts(last)
  if (datePrecision === 'year') return zonedTime(year + 1, 1, 1)
  if (datePrecision === 'month')
    return month === 12 ? zonedTime(year + 1, 1, 1) : zonedTime(year, month + 1, 1)
  return zonedTime(year, month, day + 1)
}

export function isUpcoming(event: MaybeDated, now: Date = new Date()): boolean {
  return isDated(event) && eventEnd(event) > now
}

/** Dated events that are over: `!isUpcoming` would also count the undated ones. */
export function isPast(event: MaybeDated, now: Date = new Date()): boolean {
  return isDated(event) && eventEnd(event) <= now
}

/** The year an event falls in, as Taicang counts it; null for an event without a date. */
export function eventYear(event: Pick<MaybeDated, 'startDate'>): number | null {
  return event.startDate === null ? null : zonedParts(new Date(event.startDate)).year
}
