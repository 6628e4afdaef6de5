import { describeBadInput, type BadInputCase } from '../helpers/badInput'

/**
 * Values of the wrong shape in saves (issue #12, "Bad input → 500", "Accepted although invalid" and
 * item 11): each is refused with 400 naming the field, as a draft and as a published save, and
 * nothing is stored. Drafts matter most: Payload runs no field validator on them.
 */

const draft = '?locale=zh&draft=true'
const zh = '?locale=zh'
const published = { _status: 'published' }

/**
 * A body whose rich text `field` is nested `depth` levels (quotes in quotes), as JSON text: deeper
 * than JSON.stringify can write, not deeper than JSON.parse can read.
 */
function nestedBody(field: string, depth: number, extra = ''): string {
  const open = '{"type":"quote","version":1,"children":['.repeat(depth)
  const close = ']}'.repeat(depth)
  const leaf = '{"type":"text","version":1,"text":"x"}'
  return `{${extra}"${field}":{"root":{"type":"root","version":1,"children":[${open}${leaf}${close}]}}}`
}

const paragraph = (children: unknown) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] },
})

const text = (length: number) => 'x'.repeat(length)

const newEvent = { title: '路演', startDate: '2022-01-01T00:00:00.000Z', format: 'roadshow' }

/** A PATCH of `path` with `body`, once as a draft and once published, each expecting 400 naming `field`. */
function bothSaves(
  name: string,
  path: string,
  body: Record<string, unknown>,
  field: RegExp,
): BadInputCase[] {
  return [
    {
      name: `${name} (draft)`,
      method: 'PATCH',
      path: `${path}${draft}`,
      body,
      as: 'editor',
      expect: { status: 400, mentions: field },
    },
    {
      name: `${name} (published)`,
      method: 'PATCH',
      path: `${path}${zh}`,
      body: { ...body, ...published },
      as: 'editor',
      expect: { status: 400, mentions: field },
    },
  ]
}

const cases: BadInputCase[] = [
  // Dates Payload cannot store: a server error today.
  ...bothSaves(
    'startDate not a date',
    '/api/events/{event}',
    { startDate: 'not a date' },
    /startDate/,
  ),
  ...bothSaves('startDate 1e20', '/api/events/{event}', { startDate: 1e20 }, /startDate/),
  ...bothSaves(
    'startDate in the year 275760',
    '/api/events/{event}',
    { startDate: '+275760-09-13T00:00:00.000Z' },
    /startDate/,
  ),
  ...bothSaves('startDate empty', '/api/events/{event}', { startDate: '' }, /startDate/),
  ...bothSaves(
    'createdAt not a date',
    '/api/events/{event}',
    { createdAt: 'yesterday' },
    /createdAt/,
  ),
  {
    name: 'create with startDate not a date (draft)',
    method: 'POST',
    path: `/api/events${draft}`,
    body: { ...newEvent, startDate: 'not a date' },
    as: 'editor',
    expect: { status: 400, mentions: /startDate/ },
  },

  // Related records that are not ids or do not exist.
  ...bothSaves(
    'relationship id that does not exist',
    '/api/milestones/{milestone}',
    { platforms: [999999] },
    /platforms/,
  ),
  ...bothSaves(
    'relationship id as a word',
    '/api/milestones/{milestone}',
    { platforms: ['abc'] },
    /platforms/,
  ),
  ...bothSaves(
    'relationship id negative',
    '/api/milestones/{milestone}',
    { platforms: [-1] },
    /platforms/,
  ),
  ...bothSaves(
    'relationship id fractional',
    '/api/milestones/{milestone}',
    { platforms: [1.5] },
    /platforms/,
  ),
  ...bothSaves(
    'relationship with 5,000 ids',
    '/api/milestones/{milestone}',
    { enterprises: Array.from({ length: 5000 }, (_, index) => index + 1) },
    /enterprises/,
  ),
  ...bothSaves(
    'single relationship id beyond 32 bits',
    '/api/enterprises/{enterprise}',
    { platform: 2 ** 31 },
    /platform/,
  ),
  ...bothSaves('upload id "x"', '/api/events/{event}', { cover: 'x' }, /cover/),
  ...bothSaves('upload id of no file', '/api/platforms/{platform}', { image: 999999 }, /image/),

  // Rich text Payload would hand to Lexical or the database as it came.
  {
    name: 'rich text nested 5,000 levels (draft)',
    method: 'PATCH',
    path: `/api/events/{event}${draft}`,
    raw: nestedBody('body', 5000),
    contentType: 'application/json',
    as: 'editor',
    expect: { status: 400, mentions: /body/ },
  },
  {
    name: 'rich text nested 5,000 levels (published)',
    method: 'PATCH',
    path: `/api/events/{event}${zh}`,
    raw: nestedBody('body', 5000, '"_status":"published",'),
    contentType: 'application/json',
    as: 'editor',
    expect: { status: 400, mentions: /body/ },
  },
  ...bothSaves(
    'rich text children not an array',
    '/api/events/{event}',
    { body: paragraph('x') },
    /body/,
  ),
  ...bothSaves(
    'rich text as a string',
    '/api/milestones/{milestone}',
    { body: '<p>hi</p>' },
    /body/,
  ),
  ...bothSaves(
    'rich text {root:"x"}',
    '/api/milestones/{milestone}',
    { body: { root: 'x' } },
    /body/,
  ),
  ...bothSaves(
    'rich text with an unknown node type',
    '/api/platforms/{platform}',
    { description: paragraph([{ type: 'script', version: 1, text: 'alert(1)' }]) },
    /description/,
  ),

  // Accepted although invalid: coerced and stored today.
  ...bothSaves('title as an object', '/api/events/{event}', { title: { a: 1 } }, /title/),
  ...bothSaves('title as an array', '/api/milestones/{milestone}', { title: ['a', 'b'] }, /title/),
  ...bothSaves('year "2020abc"', '/api/milestones/{milestone}', { year: '2020abc' }, /year/),
  ...bothSaves('select value not an option', '/api/events/{event}', { format: 'rave' }, /format/),
  ...bothSaves(
    'checkbox as a word',
    '/api/enterprises/{enterprise}',
    { hiddenChampion: 'yes' },
    /hiddenChampion/,
  ),
  {
    name: '_status "bogus"',
    method: 'PATCH',
    path: `/api/events/{event}${zh}`,
    body: { _status: 'bogus' },
    as: 'editor',
    expect: { status: 400, mentions: /_status/ },
  },
  {
    name: 'create without the required format (draft)',
    method: 'POST',
    path: `/api/events${draft}`,
    body: { title: '路演', startDate: '2022-01-01T00:00:00.000Z' },
    as: 'editor',
    expect: { status: 400, mentions: /format/ },
  },
  {
    name: 'locale=all with a number and a list per locale',
    method: 'PATCH',
    path: '/api/events/{event}?locale=all&draft=true',
    body: { title: { zh: 1, de: ['x'] } },
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },
  {
    name: 'locale=all with a plain string for a localized field',
    method: 'PATCH',
    path: '/api/milestones/{milestone}?locale=all',
    body: { summary: 'nur Deutsch', ...published },
    as: 'editor',
    expect: { status: 400, mentions: /summary/ },
  },
  {
    name: 'locale=all with an unknown locale key',
    method: 'PATCH',
    path: '/api/milestones/{milestone}?locale=all&draft=true',
    body: { title: { fr: 'Jalon' } },
    as: 'editor',
    expect: { status: 400, mentions: /title/ },
  },

  // Item 11: drafts keep the length limits of published saves, and the validators of their fields.
  ...bothSaves(
    'a 10 MB summary',
    '/api/events/{event}',
    { summary: text(10 * 1024 * 1024) },
    /summary/,
  ),
  ...bothSaves(
    'a summary one character too long',
    '/api/milestones/{milestone}',
    { summary: text(40_001) },
    /summary/,
  ),
  ...bothSaves(
    'rich text with more text than an XLIFF unit may carry',
    '/api/events/{event}',
    { body: paragraph([{ type: 'text', version: 1, text: text(100_001) }]) },
    /body/,
  ),
  {
    name: 'a year before 1949 in a draft',
    method: 'PATCH',
    path: `/api/enterprises/{enterprise}${draft}`,
    body: { yearArrived: 1800 },
    as: 'editor',
    expect: { status: 400, mentions: /yearArrived/ },
  },
  {
    name: 'a website that is not a web address in a draft',
    method: 'PATCH',
    path: `/api/platforms/{platform}${draft}`,
    body: { website: 'ftp://x' },
    as: 'editor',
    expect: { status: 400, mentions: /website/ },
  },
  {
    name: 'an end before the start in a draft',
    method: 'PATCH',
    path: `/api/events/{draftEvent}${draft}`,
    body: { startDate: '2019-05-02T00:00:00.000Z', endDate: '2019-05-01T00:00:00.000Z' },
    as: 'editor',
    expect: { status: 400, mentions: /endDate/ },
  },
  {
    name: 'a translator draft with the German title as an object',
    method: 'PATCH',
    path: '/api/events/{event}?locale=de',
    body: { title: { a: 1 } },
    as: 'translator-de',
    expect: { status: 400, mentions: /title/ },
  },

  // The same shapes outside the content collections.
  {
    name: 'glossary term as an object',
    method: 'PATCH',
    path: `/api/glossary/{glossary}${zh}`,
    body: { term: { a: 1 } },
    as: 'editor',
    expect: { status: 400, mentions: /term/ },
  },
  {
    name: 'media alt text as a list',
    method: 'PATCH',
    path: `/api/media/{media}${zh}`,
    body: { alt: ['a'] },
    as: 'editor',
    expect: { status: 400, mentions: /alt/ },
  },
  {
    name: 'media upload without a file',
    method: 'POST',
    path: `/api/media${zh}`,
    raw: () => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ alt: '没有文件' }))
      return form
    },
    as: 'editor',
    expect: { status: 400, mentions: /file/i },
  },
  {
    name: 'media upload with its alt text as an object',
    method: 'POST',
    path: `/api/media${zh}`,
    raw: () => {
      const form = new FormData()
      form.set('_payload', JSON.stringify({ alt: { a: 1 } }))
      form.set(
        'file',
        new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }),
        'x.png',
      )
      return form
    },
    as: 'editor',
    expect: { status: 400, mentions: /alt/ },
  },
  {
    name: 'site name as an object',
    method: 'POST',
    path: `/api/globals/site-settings${zh}`,
    body: { siteName: { a: 1 } },
    as: 'editor',
    expect: { status: 400, mentions: /siteName/ },
  },
  {
    name: 'key figure value as a word',
    method: 'POST',
    path: `/api/globals/key-figures${zh}`,
    body: { figures: [{ key: 'german-enterprises', label: '德资企业', value: 'lots' }] },
    as: 'editor',
    expect: { status: 400, mentions: /figures\.0\.value/ },
  },
  {
    name: 'key figures as a string',
    method: 'POST',
    path: `/api/globals/key-figures${zh}`,
    body: { figures: 'none' },
    as: 'editor',
    expect: { status: 400, mentions: /figures/ },
  },
  {
    name: 'user name as an object',
    method: 'PATCH',
    path: '/api/users/{editorUser}',
    body: { name: { a: 1 } },
    as: 'admin',
    expect: { status: 400, mentions: /name/ },
  },
]

describeBadInput(
  'saves with values of the wrong shape answer 400 naming the field and store nothing',
  cases,
  'badinputfields',
)
