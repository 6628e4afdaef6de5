import type { UnitState } from './types'

/**
 * XLIFF 1.2 keeps the state on `<target>`. "new" is written as `needs-translation`, which is what
 * the spec means by "please translate" (its `new` only says the unit was added).
 */
export const state12: Record<UnitState, string> = {
  new: 'needs-translation',
  translated: 'translated',
  'needs-review': 'needs-review-translation',
  final: 'final',
}

export function stateFrom12(
  state: string | undefined,
  approved: string | undefined,
): UnitState | undefined {
  switch (state) {
    case 'new':
    case 'needs-translation':
    case 'needs-l10n':
    case 'needs-adaptation':
      return 'new'
    case 'translated':
      return 'translated'
    case 'needs-review-translation':
    case 'needs-review-l10n':
    case 'needs-review-adaptation':
      return 'needs-review'
    case 'final':
    case 'signed-off':
      return 'final'
  }
  return approved === 'yes' ? 'final' : undefined
}

/**
 * XLIFF 2.0 has four states (initial, translated, reviewed, final). A translation that has gone out
 * of date is sent as `initial` with its old target as a draft, marked by a `cms:` subState: once the
 * translator confirms it, the CAT tool moves it to `translated` and the mark no longer counts.
 */
export const needsReviewSubState = 'cms:needs-review'

export function state20(state: UnitState): { state: string; subState?: string } {
  if (state === 'needs-review') return { state: 'initial', subState: needsReviewSubState }
  return { state: state === 'new' ? 'initial' : state }
}

/** `reviewed` counts as translated: only an explicit `final` may mark a translation as final. */
export function stateFrom20(
  state: string | undefined,
  subState: string | undefined,
): UnitState | undefined {
  switch (state) {
    case 'initial':
      return subState === needsReviewSubState ? 'needs-review' : 'new'
    case 'translated':
    case 'reviewed':
      return 'translated'
    case 'final':
      return 'final'
  }
  return undefined
}

const rank: Record<UnitState, number> = { new: 0, 'needs-review': 1, translated: 2, final: 3 }

/** A unit split into segments is only as far along as its least finished segment. */
export function leastFinished(states: (UnitState | undefined)[]): UnitState | undefined {
  let least: UnitState | undefined
  for (const state of states) {
    if (state !== undefined && (least === undefined || rank[state] < rank[least])) least = state
  }
  return least
}
