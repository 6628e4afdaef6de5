import { eventEnd, eventYear, isUpcoming } from '@/lib/events'

describe('upcoming or past, by what is known of the date', () => {
  const now = new Date('2026-11-27T12:00:00Z')

  it('keeps an event dated only to this year upcoming until the year is out in Taicang', () => {
    const thisYear = { startDate: '2026-01-01T00:00:00.000Z', datePrecision: 'year' as const }
    expect(isUpcoming(thisYear, now)).toBe(true)
    expect(eventEnd(thisYear).toISOString()).toBe('2026-12-31T16:00:00.000Z')
    expect(isUpcoming({ startDate: '2025-01-01T00:00:00.000Z', datePrecision: 'year' }, now)).toBe(
      false,
    )
  })

  it('ends a month-precision event with its month', () => {
    const november = { startDate: '2026-11-01T00:00:00.000Z', datePrecision: 'month' as const }
    expect(isUpcoming(november, now)).toBe(true)
    expect(isUpcoming(november, new Date('2026-11-30T16:00:00Z'))).toBe(false)
  })

  it('ends a day at midnight in Asia/Shanghai, and uses the end date when there is one', () => {
    const day = { startDate: '2026-11-26T02:00:00.000Z', datePrecision: 'day' as const }
    expect(isUpcoming(day, now)).toBe(false)
    expect(isUpcoming({ ...day, endDate: '2026-11-28T02:00:00.000Z' }, now)).toBe(true)
  })

  it('counts the year as Taicang does', () => {
    // 20:00 UTC on 31 December is already 1 January in Shanghai.
    expect(eventYear({ startDate: '2025-12-31T20:00:00.000Z' })).toBe(2026)
  })
})
