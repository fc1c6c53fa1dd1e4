import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding, Level, Diagnostic, ScanResult } from '../findings.js'
import type { Gate } from '../gate.js'
import { entriesInOrder, type Entry } from './order.js'
import { instancesPhrase } from './shared.js'

type AnnotationLevel = 'error' | 'warning' | 'notice'

/** One workflow-command annotation; the property names are those of `@actions/core`'s AnnotationProperties. */
interface Annotation {
  level: AnnotationLevel
  title: string
  message: string
  file: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export interface AnnotationPlan {
  /** In the order to print them: errors, warnings, notices; each within GitHub's per-step limit. */
  shown: Annotation[]
  /** Entries left out because their level was full. */
  hidden: number
  /** Entries in all: one per statement (every rule on it) or file not checked in full. */
  total: number
}

/** GitHub keeps at most this many annotations of each level per step and drops the rest without a word. */
export const ANNOTATIONS_PER_LEVEL = 10

const ANNOTATION_LEVEL: Record<Level, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }
const LEVEL_ORDER: readonly AnnotationLevel[] = ['error', 'warning', 'notice']

/**
 * Chooses the annotations to print: one per entry (a statement with every rule on it, or a file not checked
 * in full), in reviewer order (report/order.ts), so each level's slots go first to what fails the gate and
 * to what the change touches. `reserveErrorSlot` keeps one error annotation free for the step's failure
 * message, which the runner counts as an error annotation too.
 */
export function planAnnotations(
  result: ScanResult,
  options: { gate: Gate; reserveErrorSlot: boolean },
): AnnotationPlan {
  const all = entriesInOrder(result, options.gate).map(entryAnnotation)
  const shown: Annotation[] = []
  for (const level of LEVEL_ORDER) {
    const limit = ANNOTATIONS_PER_LEVEL - (level === 'error' && options.reserveErrorSlot ? 1 : 0)
    shown.push(...all.filter((a) => a.level === level).slice(0, limit))
  }
  return { shown, hidden: all.length - shown.length, total: all.length }
}

function entryAnnotation(entry: Entry): Annotation {
  return entry.kind === 'diagnostic'
    ? errorAnnotation(entry.diagnostic)
    : findingsAnnotation(entry.findings, entry.instances, entry.level)
}

/** The findings on one statement: every title, message and rule page; the witness and each fix once. */
function findingsAnnotation(findings: readonly Finding[], instances: readonly string[], level: Level): Annotation {
  const first = findings[0]
  const lines = [
    ...(instances.length > 0 ? [`In ${instancesPhrase(instances)}.`] : []),
    ...findings.map((f) => f.message),
  ]
  // The engine's message usually quotes the witness already; say it once.
  const witness = findings.find((f) => f.witness)?.witness
  if (witness && !lines.some((l) => l.includes(witness))) lines.push(`Witness: ${witness}`)
  lines.push(...new Set(findings.map((f) => `Fix: ${f.fix}`)))
  lines.push(...new Set(findings.map((f) => `Rule: ${ruleDocsUrl(f.ruleId)}`)))
  return {
    level: ANNOTATION_LEVEL[level],
    title: [...new Set(findings.map((f) => f.title))].join(' · '),
    message: lines.join('\n'),
    file: first.file,
    ...region(
      first.line,
      first.column,
      Math.max(...findings.map((f) => f.endLine)),
      Math.max(...findings.map((f) => f.endColumn)),
    ),
  }
}

function errorAnnotation(e: Diagnostic): Annotation {
  // Line 0 means "no place in the file" (a path that matched nothing): annotate the file alone.
  const place = e.line > 0 ? region(e.line, e.column, e.line, e.column) : {}
  const title = e.unreadable
    ? 'cfn-kms-check: file not read as a template'
    : 'cfn-kms-check: template CloudFormation would reject'
  return { level: 'error', title, message: e.message, file: e.file, ...place }
}

/** GitHub ignores columns on a range over several lines, and core drops zeros: give columns only where they count. */
function region(
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
): Pick<Annotation, 'startLine' | 'endLine' | 'startColumn' | 'endColumn'> {
  if (startLine !== endLine) return { startLine, endLine }
  return { startLine, endLine, startColumn, endColumn }
}
