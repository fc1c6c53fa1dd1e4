import { onFirstUse } from './util/first-use.js'
import type { GrantScope } from './iam/evaluate.js'

/** What a scan reports: findings and errors. Shared by every stage and renderer; the rules are in checks/. */

export type Level = 'error' | 'warning' | 'note'
export const LEVELS: readonly Level[] = ['error', 'warning', 'note']

/**
 * How far a decrypt grant reaches, as a finding reports it: the IAM engine's scope when it fails, or
 * `unresolved` when it depends on a value known only at deploy time. The level of a KMS.1/KMS.2 finding follows it.
 */
export type Scope = Exclude<GrantScope, 'scoped'> | 'unresolved'
export const SCOPES: readonly Scope[] = ['all-keys', 'any-account', 'account-wide', 'unresolved']

export interface Finding {
  ruleId: string
  level: Level
  scope: Scope | null
  /** Relative to the working directory, with `/` separators. */
  file: string
  /** The statement (or property) that grants the access; 1-based. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The Resource or NotResource element that opens a decrypt grant up, when there is one. */
  resourceLine: number | null
  resourceColumn: number | null
  resource: string
  resourceType: string
  policy: string | null
  /** Index in the policy's Statement list, from 0. */
  statement: number | null
  sid: string | null
  /** The statement's actions as written (`kms:*`), or its NotAction list prefixed with `NotAction `. */
  actions: string[]
  /** Which blocked actions the statement grants (`kms:Decrypt`, `kms:ReEncryptFrom`). */
  grants: string[]
  /** A concrete key ARN the policy allows decryption with, checked against the policy. */
  witness: string | null
  /** The `Fn::If` conditions and branches of the worst variant, e.g. `IsProd=false`. */
  condition: string | null
  /** Parameter values the verdict depends on. */
  parameters: Record<string, string>
  /** Mapping entries used where a FindInMap key is known only at deploy time, e.g. `RegionMap/eu-west-1/Key`. */
  mappings: string[]
  /** IAM condition keys on the statement (they are ignored: the finding says so). */
  conditionKeys: string[]
  /** What could not be resolved offline. */
  unresolved: string[]
  title: string
  message: string
  fix: string
  /**
   * What the finding is about, independent of where it stands (the statement's content, the key
   * property): with rule, file, resource and policy it makes the fingerprint that matches a finding
   * across commits even when lines move.
   */
  basis?: string
  /** Stable identity across commits (set by the scan); pre-existing findings are matched by it. */
  fingerprint?: string
  /** The suppression that names this finding: active (the finding is listed apart) or expired. */
  suppression?: SuppressionNote
}

/**
 * Rule, file, resource, policy and what the finding is about (its statement's content, or its title):
 * the same finding on another commit, whatever lines moved. Matches baselines and SARIF alerts.
 */
export function fingerprintOf(f: Finding): string {
  return sha256(JSON.stringify([f.ruleId, f.file, f.resource, f.policy, f.basis ?? f.title])).slice(0, 32)
}

/**
 * Findings made on a worker thread arrive as copies: the structured clone copies every string of every finding,
 * so 40,000 findings hold 40,000 copies of their rule id, their file, their resource type. Their strings are
 * made one again through `pool` (one per scan): nothing changes but memory (10 MB on the main thread for the
 * 40,000 findings of the worst case).
 */
export function shareStrings(findings: Finding[], pool: Map<string, string>): void {
  const one = <T extends string | null>(text: T): T => {
    if (text === null) return text
    const held = pool.get(text)
    if (held !== undefined) return held as T
    pool.set(text, text)
    return text
  }
  for (const f of findings) {
    f.ruleId = one(f.ruleId)
    f.level = one(f.level)
    f.scope = one(f.scope)
    f.file = one(f.file)
    f.resourceType = one(f.resourceType)
    f.witness = one(f.witness)
    f.fix = one(f.fix)
    for (const list of [f.actions, f.grants]) for (let i = 0; i < list.length; i++) list[i] = one(list[i])
  }
}

/** node:crypto is required at the first finding: a run without findings never needs it. */
const cryptoModule = onFirstUse<typeof import('node:crypto')>('node:crypto')

/** The SHA-256 of a text, in hex. */
export function sha256(text: string): string {
  const crypto = cryptoModule()
  // Two hashes a finding: the one-shot hash() costs a third of a Hash object's; Node 20 before 20.12 lacks it.
  if (typeof crypto.hash === 'function') return crypto.hash('sha256', text, 'hex')
  return crypto.createHash('sha256').update(text).digest('hex')
}

/** A suppression as a finding reports it. */
export interface SuppressionNote {
  reason: string
  /** YYYY-MM-DD, or null for no end. */
  expires: string | null
  expired: boolean
  /** Where it is written: `file:line`. */
  source: string
  /** In the template itself, or in the config file (SARIF's suppression kinds). */
  kind: 'inSource' | 'external'
}

/**
 * A problem at a place in a file that is not a finding: a file that cannot be read as a template, a template
 * problem that stops a judgement, a config entry or suppression that cannot be used. Line 0: no place in it.
 */
export interface Diagnostic {
  file: string
  line: number
  column: number
  message: string
  /**
   * The file could not be read as a template at all (it does not parse, is too large, is not text, is not
   * there): nothing in it was checked. Unset for a problem in part of a template that was read and checked.
   */
  unreadable?: boolean
  /** A bug of ours met while checking this file, not a problem of the file (the CLI exits 3 for it). */
  internal?: true
}

export interface ScanSummary {
  /** Candidate files read. */
  files: number
  /** Files read as CloudFormation templates (`checked` + `rejected`). */
  templates: number
  /** Templates read and checked that have no problem. */
  checked: number
  /**
   * Templates read that CloudFormation would reject for a problem (an undefined condition, a resource without
   * a Type); everything else in them is checked, but they count with `errors` toward the gate.
   */
  rejected: number
  /** Files meant as templates that could not be read at all (and paths given that match nothing): each once. */
  unreadable: number
  /** Candidate files that are not CloudFormation templates (workflows, package.json, ...). */
  skipped: number
  /** Candidate files no parser could read that do not look like templates either (tsconfig.json with comments, Helm charts, ...). */
  unparseable: number
  /** Identity policy documents judged. */
  policies: number
  findings: number
  /** Diagnostics: one per problem, so one file can have several (`unreadable` and `rejected` count files). */
  errors: number
  /** Findings accepted by a suppression, listed apart; they never count toward the gate. */
  suppressed: number
  /** Findings that were already on the base commit (new-findings-only mode). */
  baseline: number
  /** Candidate files not scanned because the change does not touch them (changed-files-only mode). */
  unchanged: number
}

/**
 * The lines a change touches (a pull request, or the commits since a base): per file, relative like findings,
 * the changed line ranges of its new version, inclusive. A file the change touches with no line known (a
 * deleted line only, or no patch from the API) has no ranges.
 */
export type ChangedLines = ReadonlyMap<string, readonly (readonly [number, number])[]>

export interface ScanResult {
  /** What the gate judges: every finding, or only the new ones when a baseline was given. */
  findings: Finding[]
  errors: Diagnostic[]
  /** Files that could not be parsed and do not look like templates, with the parser's complaint: not errors. */
  unparseable: Diagnostic[]
  suppressed: Finding[]
  /** Findings already on the base branch, listed apart (same shape as findings). */
  baseline: Finding[]
  /** Things the user should know that are not findings (e.g. the base commit is missing). */
  warnings: string[]
  summary: ScanSummary
  /** What the change touches, when a base is known: reports put findings on it first. */
  changed?: ChangedLines
}
