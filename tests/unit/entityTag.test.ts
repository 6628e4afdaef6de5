import { entityTag, noneMatch, notModified } from '@/http/entityTag'

describe('entity tags of pages (RFC 9110)', () => {
  const tag = entityTag('<html>…</html>')

  it('are strong, quoted, and change with every byte of the body', () => {
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(entityTag('<html>…</html>')).toBe(tag)
    expect(entityTag('<html>…</html> ')).not.toBe(tag)
  })

  it('match If-None-Match by the weak comparison: a list, W/ prefixes, *', () => {
    expect(noneMatch(tag, tag)).toBe(true)
    expect(noneMatch(`W/${tag}`, tag)).toBe(true)
    expect(noneMatch(`"other", W/"x,y" ,${tag}`, tag)).toBe(true)
    expect(noneMatch('*', tag)).toBe(true)
    expect(noneMatch(' * ', tag)).toBe(true)
  })

  it('do not match another tag, a tag cut at a comma, or no header', () => {
    expect(noneMatch('"other"', tag)).toBe(false)
    expect(noneMatch(tag.slice(1, -1), tag)).toBe(false)
    expect(noneMatch(`"a,${tag.slice(1)}`, tag)).toBe(false)
    expect(noneMatch(null, tag)).toBe(false)
    expect(noneMatch('', tag)).toBe(false)
  })

  it('answer 304 with the 200’s headers but not its body’s type, and no body', async () => {
    const response = notModified({
      'content-type': 'text/html; charset=utf-8',
      etag: tag,
      'cache-control': 's-maxage=60',
      vary: 'Accept-Encoding',
    })
    expect(response.status).toBe(304)
    expect(Object.fromEntries(response.headers)).toEqual({
      etag: tag,
      'cache-control': 's-maxage=60',
      vary: 'Accept-Encoding',
    })
    expect(await response.text()).toBe('')
  })
})
