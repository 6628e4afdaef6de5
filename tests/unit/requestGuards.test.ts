import type { Payload } from 'payload'

import { isWellFormedId } from '@/http/documentIds'
import { matchPath } from '@/http/endpointPaths'
import { jsonBodyProblem, maxJsonDepth } from '@/http/jsonBody'
import { pagingNumbersProblem, pagingProblem, parseQuery } from '@/http/queryParams'

const nest = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)

describe('request bodies for Payload’s JSON endpoints', () => {
  it('accepts one JSON object, and an empty body', () => {
    expect(jsonBodyProblem('{"title":"x","body":{"root":{"children":[]}}}')).toBeNull()
    expect(jsonBodyProblem('')).toBeNull()
    expect(jsonBodyProblem(`{"a":${nest(maxJsonDepth - 1)}}`)).toBeNull()
  })

  it('names what else arrived', () => {
    expect(jsonBodyProblem('null')).toMatch(/JSON object, not null/)
    expect(jsonBodyProblem('[1]')).toMatch(/not an array/)
    expect(jsonBodyProblem('3')).toMatch(/not a number/)
    expect(jsonBodyProblem('"x"')).toMatch(/not a string/)
    expect(jsonBodyProblem('{"a":')).toMatch(/not valid JSON/)
    expect(jsonBodyProblem('null', 'The multipart field "_payload"')).toMatch(
      /^The multipart field "_payload" must/,
    )
  })

  it('refuses deep nesting without recursing, and does not count brackets inside strings', () => {
    expect(jsonBodyProblem(`{"a":${nest(maxJsonDepth)}}`)).toMatch(/nested too deeply/)
    expect(jsonBodyProblem('{"x":'.repeat(200_000) + '1' + '}'.repeat(200_000))).toMatch(
      /nested too deeply/,
    )
    expect(jsonBodyProblem(JSON.stringify({ text: '['.repeat(500) + '"\\"{{{' }))).toBeNull()
  })
})

describe('ids in paths and queries', () => {
  const sql = {
    db: { defaultIDType: 'number', name: 'sqlite' },
    collections: { events: {} },
  } as unknown as Payload
  const mongo = {
    db: { defaultIDType: 'text', name: 'mongoose' },
    collections: { events: {} },
  } as unknown as Payload
  const custom = {
    db: { defaultIDType: 'number' },
    collections: { codes: { customIDType: 'text' } },
  } as unknown as Payload

  it('takes only a plain positive integer as a SQL id', () => {
    expect(
      ['1', '12', '9007199254740991'].filter((id) => isWellFormedId(sql, 'events' as never, id)),
    ).toHaveLength(3)
    for (const id of [
      '12abc',
      '1 OR 1=1',
      ' 1',
      '01',
      '0',
      '-1',
      '1.0',
      '1e3',
      '0x10',
      '9007199254740993',
      '',
    ]) {
      expect([id, isWellFormedId(sql, 'events' as never, id)]).toEqual([id, false])
    }
  })

  it('takes an ObjectId on MongoDB and any text for a custom text id', () => {
    expect(isWellFormedId(mongo, 'events' as never, '5f0c9a1b2c3d4e5f6a7b8c9d')).toBe(true)
    expect(isWellFormedId(mongo, 'events' as never, '12')).toBe(false)
    expect(isWellFormedId(custom, 'codes' as never, 'de-2024')).toBe(true)
  })
})

describe('endpoint paths as Payload matches them', () => {
  it('binds parameters, optional ones included', () => {
    expect(matchPath('/:id', ['12'])).toEqual({ id: '12' })
    expect(matchPath('/versions/:id', ['versions', 'x'])).toEqual({ id: 'x' })
    expect(matchPath('/access/:id?', ['access'])).toEqual({})
    expect(matchPath('/', [])).toEqual({})
    expect(matchPath('/:id', ['1', 'duplicate'])).toBeNull()
    expect(matchPath('/count', ['versions'])).toBeNull()
  })
})

describe('paging parameters', () => {
  it('takes whole counts only', () => {
    expect(pagingProblem(parseQuery('?limit=0&page=1&depth=2'))).toBeNull()
    expect(pagingProblem(parseQuery('?limit=-1'))).toMatch(/"limit"/)
    expect(pagingProblem(parseQuery('?page=0'))).toMatch(/"page"/)
    expect(pagingProblem(parseQuery('?depth=1.5'))).toMatch(/"depth"/)
    expect(pagingProblem(parseQuery('?limit[]=1'))).toMatch(/"limit"/)
    expect(pagingNumbersProblem({ limit: 10, page: 2 })).toBeNull()
    expect(pagingNumbersProblem({ page: -5 })).toMatch(/"page"/)
  })
})
