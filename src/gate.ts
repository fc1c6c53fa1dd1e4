import { LEVELS, type Level, type ScanResult } from './findings.js'

/**
 * The gate: whether a scan fails the build. The CLI's exit status, the action's `failed` output and
 * step status, and the markdown headline all read it here, so they cannot disagree.
 */

/** The level from which findings fail the gate; `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface Gate {
  failOn: FailOn
  /** Templates that cannot be read are reported but do not fail the gate. */
  allowUnreadable: boolean
}

/** The gate when neither the inputs nor the config file set one. */
export const DEFAULT_GATE: Gate = { failOn: 'error', allowUnreadable: false }

export interface GateOutcome {
  failed: boolean
  /** Findings at the fail-on level or above. */
  reaching: number
  /**
   * Files not checked in full (unreadable, or with a problem that left part unchecked) that count against
   * the gate, each once however many problems it has; none when they are allowed.
   */
  notChecked: number
}

/** The finding levels that fail the gate, most severe first; none for `never`. */
export function levelsReaching(failOn: FailOn): readonly Level[] {
  return failOn === 'never' ? [] : LEVELS.slice(0, LEVELS.indexOf(failOn) + 1)
}

/**
 * Any finding at the threshold fails, and so does any template that could not be read: one we cannot
 * read must not pass in silence, unless the user allows it explicitly.
 */
export function judgeGate(result: Pick<ScanResult, 'findings' | 'errors'>, gate: Gate): GateOutcome {
  const levels = levelsReaching(gate.failOn)
  const reaching = result.findings.filter((f) => levels.includes(f.level)).length
  const notChecked =
    gate.failOn === 'never' || gate.allowUnreadable ? 0 : new Set(result.errors.map((e) => e.file)).size
  return { failed: reaching + notChecked > 0, reaching, notChecked }
}
