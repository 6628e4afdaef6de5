import { calendar, type CalendarEvent } from '@/lib/ics'

import { parseIcs, unescapeText } from '../helpers/ics'

const base: CalendarEvent = {
  uid: 'event-1@taicang.example.org',
  title:
    'Deutsch-chinesisches Forum für KMU-Kooperation mit einem Titel, der länger ist als eine iCalendar-Zeile',
  summary: 'Forum; in Hannover, Deutschland',
  start: '2012-01-01T00:00:00.000Z',
  end: null,
  precision: 'year',
  status: 'scheduled',
  location: 'Hannover',
  url: 'https://taicang.example.org/de/events/forum',
  updatedAt: '2026-01-02T03:04:05.000Z',
}

const build = (events: CalendarEvent[]) =>
  calendar({
    name: 'Veranstaltungen',
    locale: 'de',
    url: 'https://taicang.example.org/de/events',
    events,
    precisionNote: (p) => `nur ${p}`,
  })

describe('iCalendar output', () => {
  it('is a well-formed RFC 5545 calendar', () => {
    const text = build([base])
    const { lines, components } = parseIcs(text)
    expect(text.endsWith('END:VCALENDAR')).toBe(true)
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    expect(lines).toEqual(expect.arrayContaining(['VERSION:2.0', 'METHOD:PUBLISH']))
    expect(components.VEVENT).toHaveLength(1)
    const event = components.VEVENT![0]!
    expect(event.UID).toBe(base.uid)
    expect(event.DTSTAMP).toBe('20260102T030405Z')
    expect(unescapeText(event.SUMMARY)).toBe(base.title)
    expect(event.DESCRIPTION).toContain('Forum\\; in Hannover\\, Deutschland')
  })

  it('spans the whole year for an event the source dates only to a year, marked free', () => {
    const event = parseIcs(build([base])).components.VEVENT![0]!
    expect(event['DTSTART;VALUE=DATE']).toBe('20120101')
    expect(event['DTEND;VALUE=DATE']).toBe('20130101')
    expect(event.TRANSP).toBe('TRANSPARENT')
    expect(event.DESCRIPTION).toContain('nur year')
  })

  it('writes timed events in Asia/Shanghai with a VTIMEZONE Outlook can resolve', () => {
    const { components } = parseIcs(
      build([
        {
          ...base,
          precision: 'day',
          start: '2026-03-15T01:30:00.000Z',
          end: '2026-03-15T09:00:00.000Z',
          status: 'postponed',
        },
      ]),
    )
    const event = components.VEVENT![0]!
    expect(event['DTSTART;TZID=Asia/Shanghai']).toBe('20260315T093000')
    expect(event['DTEND;TZID=Asia/Shanghai']).toBe('20260315T170000')
    expect(event.STATUS).toBe('TENTATIVE')
    expect(components.VTIMEZONE?.[0]?.TZID).toBe('Asia/Shanghai')
  })

  it('makes a day without a time an all-day entry on that day in Taicang', () => {
    const event = parseIcs(
      build([{ ...base, precision: 'day', start: '2026-03-14T16:00:00.000Z' }]),
    ).components.VEVENT![0]!
    expect(event['DTSTART;VALUE=DATE']).toBe('20260315')
    expect(event['DTEND;VALUE=DATE']).toBe('20260316')
  })
})

describe('iCalendar text from editors and translators (issue #12, item 9)', () => {
  const injection =
    '\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Injected\r\nEND:VEVENT\nX-EVIL:1\rX-EVIL:2'

  const hostile = () =>
    calendar({
      name: `Veranstaltungen${injection}`,
      locale: 'de',
      url: 'https://taicang.example.org/de/events',
      events: [
        {
          ...base,
          title: `Forum${injection}\u0000\u0007\u0085`,
          summary: `Erster Absatz${injection}`,
          location: `Hannover${injection}`,
        },
      ],
      precisionNote: (p) => `nur ${p}`,
    })

  it('adds no line, property or component for a line break in any value', () => {
    const text = hostile()
    const { lines, components } = parseIcs(text)
    expect(components.VEVENT).toHaveLength(1)
    expect(components.VEVENT![0]!.UID).toBe(base.uid)
    expect(lines.filter((line) => /^(BEGIN|END|UID|X-EVIL|SUMMARY)[:;]/.test(line))).toEqual([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:event-1@taicang.example.org',
      expect.stringMatching(/^SUMMARY:Forum /),
      'END:VEVENT',
      'END:VCALENDAR',
    ])
    // Every line break the file has is one of its own CRLFs (RFC 5545 §3.1), and no control character.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/)
  })

  it('keeps the words of a one-line value on its one line', () => {
    const { components } = parseIcs(hostile())
    const vcalendar = components.VCALENDAR![0]!
    expect(vcalendar.NAME).toBe(
      'Veranstaltungen BEGIN:VEVENT UID:evil SUMMARY:Injected END:VEVENT X-EVIL:1 X-EVIL:2',
    )
    expect(vcalendar['X-WR-CALNAME']).toBe(vcalendar.NAME)
    const event = components.VEVENT![0]!
    expect(unescapeText(event.SUMMARY)).toBe(
      'Forum BEGIN:VEVENT UID:evil SUMMARY:Injected END:VEVENT X-EVIL:1 X-EVIL:2',
    )
    expect(unescapeText(event.LOCATION)).toBe(
      'Hannover BEGIN:VEVENT UID:evil SUMMARY:Injected END:VEVENT X-EVIL:1 X-EVIL:2',
    )
  })

  it('keeps a description’s line breaks as escaped \\n', () => {
    const event = parseIcs(hostile()).components.VEVENT![0]!
    expect(unescapeText(event.DESCRIPTION)).toBe(
      'Erster Absatz\nBEGIN:VEVENT\nUID:evil\nSUMMARY:Injected\nEND:VEVENT\nX-EVIL:1\nX-EVIL:2' +
        '\n\nnur year\n\nhttps://taicang.example.org/de/events/forum',
    )
  })
})
