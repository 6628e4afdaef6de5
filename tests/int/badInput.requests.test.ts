import { describeBadInput, fillPath, type BadInputCase, type World } from '../helpers/badInput'
import { rest, type Method, type RestRequest } from '../helpers/rest'

const gql = (query: string) => ({ query })
/** Names a group of cases in the test titles, after the item. */
const named = (name: string, cases: BadInputCase[]) => cases.map((c) => ({ name, ...c }))

/** Item 10: a path segment that is not exactly an id names no record. */
const ids: BadInputCase[] = [
  {
    method: 'GET',
    path: '/api/events/{event}abc',
    as: 'editor',
    expect: { status: 404, mentions: /abc/ },
  },
  { method: 'GET', path: '/api/events/{event}abc', as: 'anonymous', expect: { status: 404 } },
  {
    method: 'DELETE',
    path: '/api/events/{event} OR 1=1',
    as: 'editor',
    expect: { status: 404, mentions: /OR 1=1/ },
  },
  { method: 'DELETE', path: '/api/milestones/{milestone}.0', as: 'admin', expect: { status: 404 } },
  {
    method: 'PATCH',
    path: '/api/events/{event}abc?locale=zh',
    body: { title: '改' },
    as: 'editor',
    expect: { status: 404 },
  },
  {
    method: 'PATCH',
    path: '/api/events/ {event}?locale=de',
    body: { title: 'Neu' },
    as: 'translator-de',
    expect: { status: 404 },
  },
  { method: 'GET', path: '/api/events/-1', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/events/0', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/events/0x10', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/events/1e3', as: 'editor', expect: { status: 404 } },
  {
    method: 'GET',
    path: '/api/events/99999999999999999999',
    as: 'editor',
    expect: { status: 404 },
  },
  { method: 'DELETE', path: '/api/media/{media}abc', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/events/versions/abc', as: 'editor', expect: { status: 404 } },
  { method: 'POST', path: '/api/events/versions/1 OR 1=1', as: 'editor', expect: { status: 404 } },
  { method: 'POST', path: '/api/events/{event}x/duplicate', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/users/{editorUser}abc', as: 'admin', expect: { status: 404 } },
  { method: 'DELETE', path: '/api/users/{editorUser};', as: 'admin', expect: { status: 404 } },
]

/** Bodies of Payload's JSON endpoints must be one JSON object, not too deep. */
const deep = (levels: number) => '{"x":'.repeat(levels) + '1' + '}'.repeat(levels)
const json = (raw: string) => ({ raw, contentType: 'application/json' })
/** A JSON body streamed without end (no content-length): refused once the cap is read, never buffered whole. */
const endlessJson = (counter: { chunks: number } = { chunks: 0 }) => {
  const chunk = new TextEncoder().encode(`"${'x'.repeat(1024 * 1024 - 2)}",`)
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += 1
      counter.chunks = sent
      // Far beyond the cap; the guard must stop long before the stream would.
      if (sent > 4096) controller.close()
      else controller.enqueue(sent === 1 ? new TextEncoder().encode('{"title":[') : chunk)
    },
  })
}
/** The admin's save: multipart form data with the document as JSON text in `_payload`. */
const form = (payload: string) => {
  const data = new FormData()
  data.append('_payload', payload)
  return data
}
/** The same as a browser sends it, with its length declared (small bodies of upload collections are checked). */
const sizedForm = (payload: string) => {
  const raw = `--b0undary\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${payload}\r\n--b0undary--\r\n`
  return {
    raw,
    contentType: 'multipart/form-data; boundary=b0undary',
    headers: { 'content-length': String(new TextEncoder().encode(raw).byteLength) },
  }
}
const bodies: BadInputCase[] = [
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json('null'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json('42'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json('[{"title":"x"}]'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json('"title"'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json('{"title": '),
    as: 'editor',
    expect: { status: 400, mentions: /JSON/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    ...json('null'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=de',
    ...json('true'),
    as: 'translator-de',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/globals/site-settings?locale=zh',
    ...json('null'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/globals/key-figures?locale=zh',
    ...json('[]'),
    as: 'admin',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/users/login',
    ...json('null'),
    as: 'anonymous',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/users/forgot-password',
    ...json('["a@example.org"]'),
    as: 'anonymous',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    raw: '{"title":"x"}',
    contentType: 'text/plain',
    as: 'editor',
    expect: { status: 415, mentions: /text\/plain/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    raw: 'title=x&format=forum',
    contentType: 'application/x-www-form-urlencoded',
    as: 'editor',
    expect: { status: 415, mentions: /urlencoded/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: 'title=x',
    contentType: 'application/x-www-form-urlencoded',
    as: 'editor',
    expect: { status: 415 },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    ...json(`{"title":"x","junk":${deep(20_000)}}`),
    as: 'editor',
    expect: { status: 400, mentions: /nested too deeply/ },
  },
  {
    method: 'POST',
    path: '/api/events?locale=zh',
    ...json(deep(100)),
    as: 'editor',
    expect: { status: 400, mentions: /nested too deeply/ },
  },
  {
    method: 'POST',
    path: '/api/globals/site-settings?locale=zh',
    ...json(deep(5_000)),
    as: 'admin',
    expect: { status: 400, mentions: /nested too deeply/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: () => endlessJson(),
    contentType: 'application/json',
    as: 'editor',
    expect: { status: 413, mentions: /larger than/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: 'not a form',
    contentType: 'multipart/form-data; boundary=xyz',
    as: 'editor',
    expect: { status: 400, mentions: /multipart/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: () => form('{bad json'),
    as: 'editor',
    expect: { status: 400, mentions: /_payload/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: () => form('null'),
    as: 'editor',
    expect: { status: 400, mentions: /_payload.*JSON object/ },
  },
  {
    method: 'PATCH',
    path: '/api/events/{event}?locale=zh',
    raw: () => form('[1]'),
    as: 'editor',
    expect: { status: 400, mentions: /_payload.*JSON object/ },
  },
  {
    method: 'PATCH',
    path: '/api/media/{media}?locale=zh',
    ...sizedForm('{bad json'),
    as: 'editor',
    expect: { status: 400, mentions: /_payload/ },
  },
  {
    method: 'PATCH',
    path: '/api/media/{media}?locale=de',
    ...sizedForm('null'),
    as: 'translator-de',
    expect: { status: 400, mentions: /_payload.*JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/milestones?locale=zh',
    raw: () => form(deep(200)),
    as: 'editor',
    expect: { status: 400, mentions: /nested too deeply/ },
  },
  {
    method: 'POST',
    path: '/api/globals/site-settings?locale=de',
    raw: () => form('"Name"'),
    as: 'translator-de',
    expect: { status: 400, mentions: /JSON object/ },
  },
]

/** Queries are checked against the collection's fields before they reach the database. */
const queries: BadInputCase[] = [
  {
    method: 'GET',
    path: '/api/events?where[title][equals][$ne]=x',
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[title][equals][$ne]=x',
    as: 'anonymous',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[startDate][greater_than]=notadate',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[startDate][in]=notadate',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[title][near]=1,2',
    as: 'editor',
    expect: { status: 400, mentions: /near/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[title][bogus]=x',
    as: 'editor',
    expect: { status: 400, mentions: /bogus/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[nonexistent][equals]=x',
    as: 'editor',
    expect: { status: 400, mentions: /nonexistent/ },
  },
  {
    method: 'GET',
    path: '/api/milestones?where[year][equals]=abc',
    as: 'editor',
    expect: { status: 400, mentions: /year/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[id][equals]=1 OR 1=1',
    as: 'editor',
    expect: { status: 400, mentions: /id/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[or][0][title][equals][$gt]=',
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'GET',
    path: '/api/events/count?where[startDate][less_than]=x',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[format][equals]=bogus',
    as: 'editor',
    expect: { status: 400, mentions: /format/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[_status][in]=published,bogus',
    as: 'editor',
    expect: { status: 400, mentions: /_status/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[platforms][equals]=abc',
    as: 'editor',
    expect: { status: 400, mentions: /platforms/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[cover][in]={media},x',
    as: 'editor',
    expect: { status: 400, mentions: /cover/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[startDate][exists]=maybe',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[title]=x',
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'GET',
    path: '/api/events?where=notjson',
    as: 'anonymous',
    expect: { status: 400, mentions: /where/ },
  },
  {
    method: 'GET',
    path: '/api/events?where={"startDate":{"less_than":"soon"}}',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events?where[title][in][a][b]=x',
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'GET',
    path: '/api/events/versions?where[version.startDate][greater_than]=x',
    as: 'editor',
    expect: { status: 400, mentions: /version\.startDate/ },
  },
  {
    method: 'GET',
    path: '/api/events/versions?where[parent][equals]=abc',
    as: 'editor',
    expect: { status: 400, mentions: /parent/ },
  },
  {
    method: 'GET',
    path: '/api/events/versions?where[version.format][equals]=bogus',
    as: 'editor',
    expect: { status: 400, mentions: /bogus/ },
  },
  {
    method: 'GET',
    path: '/api/events/versions?where[updatedAt][less_than]=yesterday',
    as: 'translator-none',
    expect: { status: 400, mentions: /updatedAt/ },
  },
  {
    method: 'GET',
    path: '/api/events/versions?sort=nope',
    as: 'editor',
    expect: { status: 400, mentions: /nope/ },
  },
  {
    method: 'POST',
    path: '/api/events',
    raw: 'where[title][equals][$ne]=x',
    contentType: 'application/x-www-form-urlencoded',
    headers: { 'x-payload-http-method-override': 'GET' },
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    method: 'POST',
    path: '/api/events',
    raw: 'where[startDate][less_than]=x&limit=5',
    contentType: 'application/x-www-form-urlencoded',
    headers: { 'x-http-method-override': 'GET' },
    as: 'anonymous',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'DELETE',
    path: '/api/events?where[id][in]={event},1 OR 1=1',
    as: 'editor',
    expect: { status: 400, mentions: /1 OR 1=1/ },
  },
  {
    method: 'PATCH',
    path: '/api/events?where[id][equals]={event}abc&locale=de',
    body: { title: 'x' },
    as: 'translator-de',
    expect: { status: 400, mentions: /abc/ },
  },
  {
    method: 'GET',
    path: '/api/users?where[roles][equals]=superuser',
    as: 'admin',
    expect: { status: 400, mentions: /roles/ },
  },
  {
    method: 'GET',
    path: '/api/glossary?sort=-nope&where[term][exists]=yes',
    as: 'translator-none',
    expect: { status: 400, mentions: /term.*true or false/ },
  },
  {
    method: 'GET',
    path: '/api/events?limit=-1',
    as: 'editor',
    expect: { status: 400, mentions: /limit/ },
  },
  {
    method: 'GET',
    path: '/api/events?limit=abc',
    as: 'editor',
    expect: { status: 400, mentions: /limit/ },
  },
  {
    method: 'GET',
    path: '/api/events?page=0',
    as: 'editor',
    expect: { status: 400, mentions: /page/ },
  },
  {
    method: 'GET',
    path: '/api/events?page=1.5',
    as: 'editor',
    expect: { status: 400, mentions: /page/ },
  },
  {
    method: 'GET',
    path: '/api/events?depth=-1',
    as: 'editor',
    expect: { status: 400, mentions: /depth/ },
  },
  {
    method: 'GET',
    path: '/api/events?depth=abc',
    as: 'anonymous',
    expect: { status: 400, mentions: /depth/ },
  },
  {
    method: 'GET',
    path: '/api/events/{event}?depth=x',
    as: 'editor',
    expect: { status: 400, mentions: /depth/ },
  },
  {
    method: 'GET',
    path: '/api/events?sort=nonexistent',
    as: 'editor',
    expect: { status: 400, mentions: /nonexistent/ },
  },
  {
    method: 'GET',
    path: '/api/events?sort=-nonexistent',
    as: 'editor',
    expect: { status: 400, mentions: /nonexistent/ },
  },
  {
    method: 'DELETE',
    path: '/api/events?where[startDate][greater_than]=notadate',
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },
  {
    method: 'PATCH',
    path: '/api/events?where[title][equals][$ne]=x&locale=zh',
    body: { title: 'x' },
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
]

/** Collections and globals without versions have no versions to list. */
const versions: BadInputCase[] = [
  { method: 'GET', path: '/api/glossary/versions', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/glossary/versions/1', as: 'editor', expect: { status: 404 } },
  { method: 'POST', path: '/api/glossary/versions/1', as: 'editor', expect: { status: 404 } },
  { method: 'GET', path: '/api/media/versions', as: 'anonymous', expect: { status: 404 } },
  { method: 'GET', path: '/api/key-figures/versions', as: 'editor', expect: { status: 404 } },
  {
    method: 'GET',
    path: '/api/globals/key-figures/versions',
    as: 'editor',
    expect: { status: 404 },
  },
  {
    method: 'GET',
    path: '/api/globals/site-settings/versions',
    as: 'admin',
    expect: { status: 404 },
  },
  {
    method: 'GET',
    path: '/api/globals/site-settings/versions/1',
    as: 'admin',
    expect: { status: 404 },
  },
]

/** GraphQL: bad bodies are 400, bad arguments a GraphQL error, never a 500 or a write. */
const graphql: BadInputCase[] = [
  {
    method: 'POST',
    path: '/api/graphql',
    ...json('{"query": '),
    as: 'editor',
    expect: { status: 400, mentions: /JSON/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    raw: () => endlessJson(),
    contentType: 'application/json',
    as: 'anonymous',
    expect: { status: 413, mentions: /larger than/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    ...json('null'),
    as: 'editor',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    ...json('[{"query":"{ Events { docs { id } } }"}]'),
    as: 'anonymous',
    expect: { status: 400, mentions: /JSON object/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    ...json(`{"query":"{ Events { docs { id } } }","variables":${deep(20_000)}}`),
    as: 'editor',
    expect: { status: 400, mentions: /nested too deeply/ },
  },
  // Argument errors are GraphQL's own: 200 with `errors`, as graphql-http answers them.
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(where: { title: { near: "1,2" } }) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /near/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(where: { startDate: { greater_than: "notadate" } }) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /notadate/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Event(id: "1abc") { id } }'),
    as: 'editor',
    expect: { status: 200, mentions: /1abc/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('mutation { deleteEvent(id: "1 OR 1=1") { id } }'),
    as: 'editor',
    expect: { status: 200, mentions: /1 OR 1=1/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(where: { platforms: { equals: "abc" } }) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /platforms/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(where: { OR: [{ cover: { in: ["x", 1.5] } }] }) { docs { id } } }'),
    as: 'anonymous',
    expect: { status: 200, mentions: /cover/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(page: -5, limit: 2) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /page/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(limit: -1) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /limit/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ Events(sort: "nonexistent") { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /nonexistent/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql(
      '{ countMilestones(where: { year: { equals: 1993 }, AND: [{ category: { equals: bogus } }] }) { totalDocs } }',
    ),
    as: 'editor',
    expect: { status: 200, mentions: /bogus/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ versionsEvents(page: -1) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /page/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ versionsEvents(where: { parent: { equals: "abc" } }) { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /parent/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql(
      '{ versionsEvents(where: { version__platforms: { in: ["1", "abc"] } }) { docs { id } } }',
    ),
    as: 'editor',
    expect: { status: 200, mentions: /version__platforms/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('{ versionsEvents(sort: "nope") { docs { id } } }'),
    as: 'editor',
    expect: { status: 200, mentions: /nope/ },
  },
  {
    method: 'POST',
    path: '/api/graphql',
    body: gql('mutation { updateEvent(id: 1, data: { title: { a: 1 } }) { id } }'),
    as: 'editor',
    expect: { status: 200, mentions: /title|String/ },
  },
]

/** The guards stand in front of every request: good ones of the same kinds must pass unchanged. */
function goodRequestsStillPass(world: () => Promise<World>) {
  const send = async (
    as: keyof World['tokens'],
    method: Method,
    path: string,
    options: RestRequest = {},
  ) => {
    const { tokens, fixtures } = await world()
    return rest(method, fillPath(path, fixtures), { ...options, token: tokens[as] })
  }

  it.each([
    '/api/events?where[startDate][greater_than]=2018-01-01T00:00:00.000Z&sort=-startDate,title',
    '/api/events?where[format][in]=forum,summit&limit=0&page=1&depth=0',
    '/api/events?where[id][in]={event},{draftEvent}&draft=true',
    '/api/events?where[or][0][title][like]=论坛&where[or][1][platforms][exists]=false',
    '/api/events?where[cover][equals]=null&where[_status][equals]=published',
    '/api/events?where={"startDate":{"less_than":"2030-01-01"}}',
    '/api/milestones?where[year][greater_than_equal]=1993&sort=year',
    '/api/events/count?where[format][not_equals]=summit',
    '/api/events/{event}?depth=1&locale=all',
    '/api/events/versions?where[parent][equals]={event}&sort=-updatedAt',
    '/api/events/versions?where[version.title][like]=论坛&where[latest][equals]=true&where[version.startDate][less_than]=2030-01-01&sort=-version.startDate',
    '/api/globals/site-settings?depth=0&locale=de',
    '/api/payload-preferences/collection-events',
  ])('GET %s answers 200', async (path) => {
    const response = await send('editor', 'GET', path)
    expect(`${response.status} ${response.text.slice(0, 300)}`).toMatch(/^200 /)
  })

  it('a media upload as multipart form data is stored', async () => {
    const { default: sharp } = await import('sharp')
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#123456' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'upload.png')
    form.append('_payload', JSON.stringify({ alt: '上传' }))
    const response = await send('editor', 'POST', '/api/media?locale=zh', { raw: form })
    expect(response.status).toBe(201)
    expect(response.json.doc).toMatchObject({ alt: '上传', mimeType: 'image/png', width: 2 })
  })

  it("the admin's multipart edit of a media file's alt text is stored", async () => {
    const response = await send(
      'editor',
      'PATCH',
      '/api/media/{media}?locale=de',
      sizedForm(JSON.stringify({ alt: 'Testbild' })),
    )
    expect(response.status).toBe(200)
    expect(response.json.doc.alt).toBe('Testbild')
  })

  it("the admin's multipart save (_payload) updates the record", async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: '多部分保存' }))
    const response = await send('editor', 'PATCH', '/api/events/{event}?locale=zh', { raw: form })
    expect(response.status).toBe(200)
    expect(response.json.doc.title).toBe('多部分保存')
  })

  it("the admin's form-encoded query sent as POST with a method override answers the list", async () => {
    const response = await send('editor', 'POST', '/api/events', {
      raw: 'where[format][equals]=forum&limit=5',
      contentType: 'application/x-www-form-urlencoded',
      headers: { 'x-payload-http-method-override': 'GET' },
    })
    expect(response.status).toBe(200)
    expect(Array.isArray(response.json.docs)).toBe(true)
  })

  it('a JSON create and a JSON global update still work', async () => {
    const created = await send('editor', 'POST', '/api/events?locale=zh', {
      body: {
        title: '新活动',
        slug: 'new-event-guarded',
        startDate: '2024-05-01T00:00:00.000Z',
        format: 'forum',
      },
    })
    expect(`${created.status} ${created.text.slice(0, 300)}`).toMatch(/^201 /)
    const global = await send('admin', 'POST', '/api/globals/site-settings?locale=en', {
      body: { siteName: 'Taicang' },
    })
    expect(global.status).toBe(200)
  })

  it('an endless JSON body is read only up to the cap (32 MB), then refused with 413', async () => {
    const counter = { chunks: 0 }
    const response = await send('editor', 'PATCH', '/api/events/{event}?locale=zh', {
      raw: endlessJson(counter),
      contentType: 'application/json',
    })
    expect(response.status).toBe(413)
    // 1 MB chunks; a few more than the cap may be queued ahead of the reader.
    expect(counter.chunks).toBeLessThan(40)
  })

  it('logout without a body answers 200', async () => {
    const response = await send('translator-none', 'POST', '/api/users/logout')
    expect(response.status).toBe(200)
  })

  it.each([
    '{ Events { docs { id title } } }',
    '{ Events(where: { OR: [{ format: { equals: forum } }, { platforms: { exists: false } }] }, sort: "-startDate", limit: 0, page: 1) { docs { id } } }',
    '{ Events(where: { AND: [{ id: { equals: {event} } }, { startDate: { greater_than: "2018-01-01T00:00:00.000Z" } }] }) { docs { id } } }',
    '{ countEvents(where: { cover: { equals: {media} } }) { totalDocs } }',
    '{ versionsEvents(where: { parent: { equals: {event} } }, sort: "-updatedAt,parent,latest", page: 1) { docs { id } } }',
    '{ versionsEvents(where: { version__title: { like: "论坛" }, version__startDate: { less_than: "2030-01-01T00:00:00.000Z" } }) { docs { id } } }',
  ])('the GraphQL query %s answers its data', async (query) => {
    const { fixtures } = await world()
    const response = await send('editor', 'POST', '/api/graphql', {
      body: {
        query: query.replace(/\{(event|media)\}/g, (_, key: string) => String(fixtures[key])),
      },
    })
    expect(`${response.status} ${response.text.slice(0, 300)}`).toMatch(/^200 \{"data"/)
    expect(response.json.errors).toBeUndefined()
  })

  it('the XLIFF export and import endpoints take their own content types', async () => {
    const exported = await send('translator-de', 'GET', '/api/translation/xliff?locale=de')
    expect(exported.status).toBe(200)
    const imported = await send('translator-de', 'POST', '/api/translation/xliff?locale=de', {
      raw: exported.text,
      contentType: 'application/xliff+xml',
    })
    expect(`${imported.status} ${imported.text.slice(0, 300)}`).toMatch(/^200 /)
  })
}

describeBadInput(
  'REST and GraphQL requests: bad input answers 4xx and stores nothing',
  [
    ...named('#12 item 10, id', ids),
    ...named('#12 body', bodies),
    ...named('#12 query', queries),
    ...named('#12 no versions', versions),
    ...named('#12 GraphQL', graphql),
  ],
  'badinputrequests',
  goodRequestsStillPass,
)
