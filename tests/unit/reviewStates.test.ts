import { canReviewLocale } from '@/access/canReviewLocale'
import { changedPaths, sourcePrints } from '@/workflow/sourcePrints'
import {
  isOverdue,
  nextState,
  reviewStates,
  stateAfterSave,
  type ReviewAction,
  type ReviewState,
  type TransitionInput,
} from '@/workflow/reviewStates'

const editor = { id: 1, roles: ['editor'] }
const admin = { id: 2, roles: ['admin'] }
const translator = { id: 3, roles: ['translator'], locales: ['de'] }
const reviewer = { id: 4, roles: ['reviewer'], locales: ['de'] }
const both = { id: 5, roles: ['translator', 'reviewer'], locales: ['de'] }

const step = (input: Partial<TransitionInput> & { action: ReviewAction; state: ReviewState }) =>
  nextState({
    locale: 'de',
    actor: translator,
    lastTranslator: null,
    allowSelfReview: false,
    ...input,
  })

describe('canReviewLocale', () => {
  it('lets reviewers review their own locales and admins every translated one', () => {
    expect(canReviewLocale(reviewer, 'de')).toBe(true)
    expect(canReviewLocale(reviewer, 'en')).toBe(false)
    expect(canReviewLocale(admin, 'en')).toBe(true)
  })

  it('never the source, and not editors or translators without the role', () => {
    expect(canReviewLocale(admin, 'zh')).toBe(false)
    expect(canReviewLocale(editor, 'de')).toBe(false)
    expect(canReviewLocale(translator, 'de')).toBe(false)
    expect(canReviewLocale(null, 'de')).toBe(false)
  })
})

describe('nextState', () => {
  it('walks the happy path: to do → in translation → in review → approved', () => {
    expect(step({ action: 'start', state: 'to-do' })).toEqual({ state: 'in-translation' })
    expect(step({ action: 'machine-draft', state: 'in-translation' })).toEqual({
      state: 'machine-draft',
    })
    expect(step({ action: 'request-review', state: 'machine-draft' })).toEqual({
      state: 'in-review',
    })
    expect(
      step({ action: 'approve', state: 'in-review', actor: reviewer, lastTranslator: 3 }),
    ).toEqual({ state: 'approved' })
    expect(
      step({ action: 'return', state: 'in-review', actor: reviewer, lastTranslator: 3 }),
    ).toEqual({ state: 'in-translation' })
  })

  it('refuses actions out of their states with the states they need', () => {
    expect(step({ action: 'approve', state: 'to-do', actor: reviewer })).toEqual({
      refusal: { reason: 'wrongState', status: 409, allowedFrom: ['in-review'] },
    })
    expect(step({ action: 'request-review', state: 'approved' })).toMatchObject({
      refusal: { reason: 'wrongState' },
    })
    expect(step({ action: 'acknowledge', state: 'approved', actor: reviewer })).toMatchObject({
      refusal: { reason: 'wrongState' },
    })
  })

  it('refuses the wrong role and the wrong locale', () => {
    expect(step({ action: 'approve', state: 'in-review' })).toMatchObject({
      refusal: { reason: 'notAllowed', status: 403 },
    })
    expect(step({ action: 'start', state: 'to-do', locale: 'en' })).toMatchObject({
      refusal: { reason: 'notAllowed' },
    })
    expect(step({ action: 'assign', state: 'to-do' })).toMatchObject({
      refusal: { reason: 'notAllowed' },
    })
    expect(step({ action: 'assign', state: 'approved', actor: editor })).toEqual({
      state: 'approved',
    })
    // Acknowledging "no change needed" is for the reviewer or an editor, not the translator.
    expect(step({ action: 'acknowledge', state: 'needs-review' })).toMatchObject({
      refusal: { reason: 'notAllowed' },
    })
    expect(step({ action: 'acknowledge', state: 'needs-review', actor: editor })).toEqual({
      state: 'approved',
    })
  })

  it('keeps the last translator from deciding on their own work unless allowed', () => {
    const own = { action: 'approve', state: 'in-review', actor: both, lastTranslator: 5 } as const
    expect(step(own)).toEqual({ refusal: { reason: 'ownWork', status: 403 } })
    expect(step({ ...own, action: 'return' })).toMatchObject({ refusal: { reason: 'ownWork' } })
    expect(step({ ...own, lastTranslator: '5' })).toMatchObject({ refusal: { reason: 'ownWork' } })
    expect(step({ ...own, allowSelfReview: true })).toEqual({ state: 'approved' })
    expect(step({ ...own, lastTranslator: 3 })).toEqual({ state: 'approved' })
  })
})

describe('stateAfterSave', () => {
  it('reopens a settled review when the source text changed, else follows publication', () => {
    expect(stateAfterSave('approved', { sourceChanged: true, live: true })).toBe('needs-review')
    expect(stateAfterSave('published', { sourceChanged: true, live: true })).toBe('needs-review')
    expect(stateAfterSave('approved', { sourceChanged: false, live: true })).toBe('published')
    expect(stateAfterSave('published', { sourceChanged: false, live: false })).toBe('approved')
  })

  it('leaves work in progress alone', () => {
    for (const state of reviewStates.filter((s) => s !== 'approved' && s !== 'published')) {
      expect(stateAfterSave(state, { sourceChanged: true, live: true })).toBe(state)
    }
  })
})

describe('isOverdue', () => {
  const now = new Date('2026-12-02T12:00:00Z')
  it('is past the due date and not yet approved', () => {
    expect(isOverdue({ state: 'in-translation', dueDate: '2026-12-01T00:00:00Z' }, now)).toBe(true)
    expect(isOverdue({ state: 'in-translation', dueDate: '2026-12-03T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ state: 'approved', dueDate: '2026-12-01T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ state: 'to-do', dueDate: null }, now)).toBe(false)
  })
})

describe('sourcePrints', () => {
  const fields = [
    { path: 'name', kind: 'text' as const, required: true },
    { path: 'description', kind: 'richText' as const, required: false },
  ]
  const rich = (text: string, format = 0) => ({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text, format }] }],
    },
  })
  const doc = (name: string, description: unknown) => ({
    id: 1,
    name: { zh: name, de: 'Name' },
    description: { zh: description },
  })

  it('ignores formatting and whitespace, and names the fields whose words changed', () => {
    const approved = sourcePrints(doc('德国中心', rich('平台')), fields)
    expect(Object.keys(approved)).toEqual(['name', 'description'])
    expect(sourcePrints(doc(' 德国中心  ', rich('平台', 1)), fields)).toEqual(approved)
    const changed = sourcePrints(doc('德国中心', rich('服务平台', 1)), fields)
    expect(changedPaths(approved, changed)).toEqual(['description'])
    expect(changedPaths(approved, sourcePrints(doc('德国中心', null), fields))).toEqual([
      'description',
    ])
  })
})
