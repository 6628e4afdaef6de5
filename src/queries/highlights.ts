import type { PlatformType } from '@/domain/platformOptions'

import type { PlatformSummary } from './platforms'

/**
 * The schema has no "featured" flag, so the home page highlights by rule: platforms in operation,
 * the ones a newcomer contacts first (service organisations, then innovation centres, parks,
 * education), newest first within a type.
 */
const priority: PlatformType[] = [
  'service-organisation',
  'innovation-centre',
  'industrial-park',
  'education',
  'incubator',
  'representative-office',
  'infrastructure',
]

export function highlightedPlatforms(
  platforms: readonly PlatformSummary[],
  count: number,
): PlatformSummary[] {
  const rank = (platform: PlatformSummary) => {
    const index = priority.indexOf(platform.type)
    return index === -1 ? priority.length : index
  }
  const operating = platforms.filter((platform) => platform.status === 'operating')
  // One per type first, so the selection shows the range of what Taicang offers.
  const sorted = [...operating].sort(
    (a, b) => rank(a) - rank(b) || (b.openedYear ?? 0) - (a.openedYear ?? 0),
  )
  const picked: PlatformSummary[] = []
  for (const platform of sorted) {
    if (picked.length < count && !picked.some((other) => other.type === platform.type))
      picked.push(platform)
  }
  for (const platform of sorted) {
    if (picked.length < count && !picked.includes(platform)) picked.push(platform)
  }
  return picked
}
