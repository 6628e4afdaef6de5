import { canEditLocale } from '@/access/canEditLocale'
import { canReviewLocale } from '@/access/canReviewLocale'
import { type AccessUser, isEditorUser } from '@/access/roles'

/**
 * Where one locale of one record stands in review. `needs-review`: it was approved (or published)
 * and the source's text changed since; `published` is `approved` and live in that locale.
 */
export const reviewStates = [
  'to-do',
  'in-translation',
  'machine-draft',
  'in-review',
  'approved',
  'published',
  'needs-review',
] as const
export type ReviewState = (typeof reviewStates)[number]

/** What a person asks for through POST /api/translation/review. */
export const reviewActions = [
  'assign',
  'start',
  'machine-draft',
  'request-review',
  'approve',
  'return',
  'acknowledge',
] as const
export type ReviewAction = (typeof reviewActions)[number]

export const isReviewAction = (value: unknown): value is ReviewAction =>
  (reviewActions as readonly unknown[]).includes(value)

/** The states a review has settled in: a change of the source's text reopens them. */
export const settledStates: readonly ReviewState[] = ['approved', 'published']

type Rule = {
  from: readonly ReviewState[] | 'any'
  /** The state after the action; `null` keeps the state (an assignment). */
  to: ReviewState | null
  may: (user: AccessUser, locale: string) => boolean
  /** A reviewer's verdict: made by someone other than the last translator (unless allowed). */
  verdict?: boolean
}

const translates = (user: AccessUser, locale: string) => canEditLocale(user, locale)
const reviews = (user: AccessUser, locale: string) => canReviewLocale(user, locale)

const notYetInReview: readonly ReviewState[] = [
  'to-do',
  'in-translation',
  'machine-draft',
  'needs-review',
]

export const transitions: Record<ReviewAction, Rule> = {
  assign: { from: 'any', to: null, may: (user) => isEditorUser(user) },
  start: { from: notYetInReview, to: 'in-translation', may: translates },
  'machine-draft': { from: ['to-do', 'in-translation'], to: 'machine-draft', may: translates },
  'request-review': { from: notYetInReview, to: 'in-review', may: translates },
  approve: { from: ['in-review'], to: 'approved', may: reviews, verdict: true },
  return: { from: ['in-review'], to: 'in-translation', may: reviews, verdict: true },
  // "No change needed": the reviewer (or an editor) confirms the translation fits the new source.
  acknowledge: {
    from: ['needs-review'],
    to: 'approved',
    may: (user, locale) => reviews(user, locale) || isEditorUser(user),
  },
}

export type TransitionRefusal =
  | { reason: 'notAllowed'; status: 403 }
  | { reason: 'ownWork'; status: 403 }
  | { reason: 'wrongState'; status: 409; allowedFrom: readonly ReviewState[] }

export type TransitionInput = {
  action: ReviewAction
  state: ReviewState
  locale: string
  actor: AccessUser
  lastTranslator: number | string | null | undefined
  allowSelfReview: boolean
}

/** The state an action leads to, or why it is refused: who may, from where, and not one's own work. */
export function nextState(
  input: TransitionInput,
): { state: ReviewState } | { refusal: TransitionRefusal } {
  const rule = transitions[input.action]
  if (!rule.may(input.actor, input.locale)) {
    return { refusal: { reason: 'notAllowed', status: 403 } }
  }
  if (rule.from !== 'any' && !rule.from.includes(input.state)) {
    return { refusal: { reason: 'wrongState', status: 409, allowedFrom: rule.from } }
  }
  if (
    rule.verdict &&
    !input.allowSelfReview &&
    input.lastTranslator !== null &&
    input.lastTranslator !== undefined &&
    String(input.lastTranslator) === String(input.actor.id)
  ) {
    return { refusal: { reason: 'ownWork', status: 403 } }
  }
  return { state: rule.to ?? input.state }
}

/**
 * The state a settled review takes after a save of the record: reopened when the source's text
 * differs from the text approved (or last acknowledged), else published exactly while live.
 */
export function stateAfterSave(
  state: ReviewState,
  { sourceChanged, live }: { sourceChanged: boolean; live: boolean },
): ReviewState {
  if (!settledStates.includes(state)) return state
  if (sourceChanged) return 'needs-review'
  return live ? 'published' : 'approved'
}

/** Past its due date and not yet approved: the dashboard's overdue list. */
export function isOverdue(
  task: { state: ReviewState; dueDate?: string | null },
  now: Date = new Date(),
): boolean {
  if (!task.dueDate || settledStates.includes(task.state)) return false
  return new Date(task.dueDate).getTime() < now.getTime()
}
