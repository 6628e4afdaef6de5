import { describeBadInput, type BadInputCase } from '../helpers/badInput'

/** Requests with hostile or sloppy ids, bodies and queries (issue #12): 4xx naming the problem, nothing stored. */
const cases: BadInputCase[] = [
  { method: 'GET', path: '/api/events/999999', as: 'editor', expect: { status: 404 } },
  { method: 'DELETE', path: '/api/events/{event}', as: 'translator-de', expect: { status: 403 } },
  { method: 'DELETE', path: '/api/events/{event}', as: 'anonymous', expect: { status: 403 } },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    body: { startDate: 'not a date' },
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
]

describeBadInput('REST and GraphQL requests: bad input answers 4xx and stores nothing', cases, 'badinputrequests')
