import { describeBadInput, type BadInputCase } from '../helpers/badInput'

/**
 * A translator's scope covers every path that changes what another language or the public sees,
 * not only field values (issue #12). Each request is a German translator's (or a translator's with
 * no locales) through the real REST and GraphQL routes: refused with 403, nothing stored.
 */
const de = 'translator-de' as const
const none = 'translator-none' as const
const refused = { status: 403 } as const

const gql = (query: string) => ({ query })
/** GraphQL answers 200 and reports each refused operation in `errors`, with its status. */
const refusedInGraphQL = { status: 200, mentions: /"statusCode":403/ } as const

const cases: BadInputCase[] = [
  // Records: create, duplicate, delete, bulk edit and delete, other locales, every locale at once.
  {
    method: 'POST',
    path: '/api/events?locale=de',
    body: { title: 'Neu', startDate: '2030-01-01T00:00:00.000Z', format: 'forum', slug: 'neu' },
    as: de,
    expect: refused,
  },
  { method: 'POST', path: '/api/events/{event}/duplicate?locale=de', as: de, expect: refused },
  { method: 'DELETE', path: '/api/milestones/{milestone}', as: de, expect: refused },
  { method: 'DELETE', path: '/api/events?where[id][equals]={event}', as: de, expect: refused },
  {
    method: 'PATCH',
    path: '/api/events?where[id][equals]={event}&locale=de',
    body: { format: 'summit' },
    as: de,
    expect: refused,
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    body: { title: '改了' },
    as: de,
    expect: { status: 403, mentions: /zh|locale/i },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=en',
    body: { title: 'Changed' },
    as: de,
    expect: refused,
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=all',
    body: { title: { de: 'Neu', zh: '改了' } },
    as: de,
    expect: refused,
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=de',
    body: { format: 'summit' },
    as: de,
    expect: { status: 403, mentions: /format/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=de',
    body: { slug: 'entfuehrt' },
    as: de,
    expect: { status: 403, mentions: /slug/ },
  },
  {
    method: 'PATCH',
    path: '/api/enterprises/{enterprise}?locale=de',
    body: { yearArrived: 1999 },
    as: de,
    expect: { status: 403, mentions: /yearArrived/ },
  },
  {
    method: 'PATCH',
    path: '/api/platforms/{platform}?locale=de',
    body: { type: 'innovation-centre' },
    as: de,
    expect: { status: 403, mentions: /type/ },
  },
  {
    method: 'PATCH',
    path: '/api/milestones/{milestone}?locale=de',
    body: { title: 'Titel' },
    as: none,
    expect: refused,
  },
  {
    method: 'PATCH',
    path: '/api/milestones/{milestone}?locale=de',
    body: { year: 1990 },
    as: de,
    expect: { status: 403, mentions: /year/ },
  },
  // Publication: another locale's, or a record's as a whole.
  {
    method: 'POST',
    path: '/api/translation/publication?locale=zh',
    body: { collection: 'events', id: '{event}', published: false },
    as: de,
    expect: refused,
  },
  {
    method: 'POST',
    path: '/api/translation/publication?locale=en',
    body: { collection: 'events', id: '{event}', published: false },
    as: de,
    expect: refused,
  },
  {
    method: 'POST',
    path: '/api/translation/publication?locale=de',
    body: { collection: 'events', id: '{event}', published: true },
    as: none,
    expect: refused,
  },
  // Shared files and their shared fields; media records are not a translator's to make or delete.
  { method: 'DELETE', path: '/api/media/{media}', as: de, expect: refused },
  {
    method: 'PATCH',
    path: '/api/media/{media}?locale=zh',
    body: { alt: '改了' },
    as: de,
    expect: refused,
  },
  {
    method: 'PATCH',
    path: '/api/media/{media}?locale=de',
    body: { alt: 'Bild', width: 4000, height: 4000 },
    as: de,
    expect: { status: 403, mentions: /width/ },
  },
  // Globals: other locales and shared values.
  {
    method: 'POST',
    path: '/api/globals/site-settings?locale=zh',
    body: { siteName: '改了' },
    as: de,
    expect: refused,
  },
  {
    method: 'POST',
    path: '/api/globals/site-settings?locale=de',
    body: { contactEmail: 'x@example.org' },
    as: de,
    expect: { status: 403, mentions: /contactEmail/ },
  },
  {
    method: 'POST',
    path: '/api/globals/key-figures?locale=de',
    body: { figures: [] },
    as: de,
    expect: refused,
  },
  // Glossary: terms are editors' to make and delete; a translator refines their locale only.
  {
    method: 'POST',
    path: '/api/glossary?locale=de',
    body: { term: 'Neu' },
    as: de,
    expect: refused,
  },
  { method: 'DELETE', path: '/api/glossary/{glossary}', as: de, expect: refused },
  {
    method: 'PATCH',
    path: '/api/glossary/{glossary}?locale=zh',
    body: { term: '改了' },
    as: de,
    expect: refused,
  },
  // Users: nobody else's record, and no new accounts.
  {
    method: 'PATCH',
    path: '/api/users/{editorUser}',
    body: { locales: ['de'] },
    as: de,
    expect: refused,
  },
  { method: 'DELETE', path: '/api/users/{editorUser}', as: de, expect: refused },
  {
    method: 'POST',
    path: '/api/users',
    body: { email: 'new@example.org', password: 'correct horse battery', roles: ['admin'] },
    as: de,
    expect: refused,
  },
  // The same through GraphQL.
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('mutation { deleteMilestone(id: {milestone}) { id } }'),
    as: de,
    expect: refusedInGraphQL,
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('mutation { updateEvent(id: {event}, locale: zh, data: { title: "改了" }) { id } }'),
    as: de,
    expect: refusedInGraphQL,
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('mutation { updateEvent(id: {event}, locale: de, data: { format: summit }) { id } }'),
    as: de,
    expect: refusedInGraphQL,
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql(
      'mutation { updateSiteSetting(locale: zh, data: { siteName: "改了" }) { siteName } }',
    ),
    as: de,
    expect: refusedInGraphQL,
  },
]

describeBadInput(
  "a translator's every path to other locales, shared structure and the public site is refused",
  cases,
  'translatorpaths',
)
