/**
 * A machine draft is marked in the provenance record itself (src/translation/sourceTracking.ts):
 * the field's recorded source fingerprint carries this prefix. So the marker needs no column of
 * its own, belongs to one locale and one field, and goes away by itself when a person saves new
 * text in that field (the save records the plain fingerprint). A changed source still shows, as
 * the fingerprint no longer matches.
 */
const machinePrefix = 'machine:'

/** What a machine draft records for a field translated from the source with this fingerprint. */
export function machineDraftPrint(sourcePrint: string): string {
  return `${machinePrefix}${sourcePrint}`
}

/** Whether a recorded print marks a machine draft. */
export function isMachineDraftPrint(recorded: string | null | undefined): boolean {
  return typeof recorded === 'string' && recorded.startsWith(machinePrefix)
}

/** The source fingerprint a recorded print names, with or without the machine marker. */
export function sourcePrintOf(recorded: string | null | undefined): string | undefined {
  if (typeof recorded !== 'string') return undefined
  return isMachineDraftPrint(recorded) ? recorded.slice(machinePrefix.length) : recorded
}

/**
 * A locale's recorded prints with every machine marker removed: what a review that accepts the
 * machine text as it stands records (the text is then a person's, translated from that source).
 */
export function withoutMachineMarks(
  recorded: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(recorded).map(([path, print]) => [path, sourcePrintOf(print) ?? print]),
  )
}
