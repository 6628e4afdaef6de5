import { collections, globals } from '@collections/index'
import { locales } from '@/i18n/locales'

/** Every label object in a config tree, with where it was found. */
function labelsIn(value: unknown, path: string, found: { path: string; label: object }[] = []) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => labelsIn(item, `${path}[${index}]`, found))
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const here = `${path}.${key}`
      if (
        ['label', 'singular', 'plural', 'group'].includes(key) &&
        child &&
        typeof child === 'object'
      ) {
        found.push({ path: here, label: child })
      } else if (!['hooks', 'access', 'validate', 'components'].includes(key)) {
        labelsIn(child, here, found)
      }
    }
  }
  return found
}

describe('admin labels', () => {
  const all = [...collections, ...globals].flatMap((config) => labelsIn(config, config.slug))

  it('are found in every collection and global', () => {
    expect(all.length).toBeGreaterThan(100)
  })

  it('name every locale, and nothing else', () => {
    const wrong = all
      .filter(({ label }) => Object.keys(label).sort().join() !== [...locales].sort().join())
      .map(({ path, label }) => `${path}: ${Object.keys(label).join(', ')}`)
    expect(wrong).toEqual([])
  })

  it('are never empty in any locale', () => {
    const empty = all.flatMap(({ path, label }) =>
      Object.entries(label)
        .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
        .map(([code]) => `${path}.${code}`),
    )
    expect(empty).toEqual([])
  })
})
