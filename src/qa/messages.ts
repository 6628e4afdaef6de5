import type { QaCode, QaFinding } from './types'

/** The admin string (src/i18n/adminTranslations.ts, namespace `translator`) that explains a code. */
export function qaMessageKey(code: QaCode): `translator:qa${Capitalize<QaCode>}` {
  return `translator:qa${(code.charAt(0).toUpperCase() + code.slice(1)) as Capitalize<QaCode>}`
}

export type QaTranslate = (key: string, vars?: Record<string, unknown>) => string

export type QaFindingWithMessage = QaFinding & { message: string }

/** Findings with their message in the reader's admin language (Payload's `t`). */
export function withMessages(
  findings: readonly QaFinding[],
  t: QaTranslate,
): QaFindingWithMessage[] {
  return findings.map((finding) => ({
    ...finding,
    message: t(qaMessageKey(finding.code), { detail: finding.detail }),
  }))
}
