import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding, Level, Diagnostic, ScanResult } from '../findings.js'

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
  /** Annotations left out because their level was full. */
  hidden: number
}

/** GitHub keeps at most this many annotations of each level per step and drops the rest without a word. */
export const ANNOTATIONS_PER_LEVEL = 10

const ANNOTATION_LEVEL: Record<Level, AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }
const LEVEL_ORDER: readonly AnnotationLevel[] = ['error', 'warning', 'notice']

/**
 * Chooses the annotations to print. Unreadable templates come first among the errors (nothing in them was
 * checked), then findings in scan order. `reserveErrorSlot` keeps one error annotation free for the step's
 * failure message, which the runner counts as an error annotation too.
 */
export function planAnnotations(result: ScanResult, options: { reserveErrorSlot: boolean }): AnnotationPlan {
  const all = [...result.errors.map(errorAnnotation), ...result.findings.map(findingAnnotation)]
  const shown: Annotation[] = []
  for (const level of LEVEL_ORDER) {
    const limit = ANNOTATIONS_PER_LEVEL - (level === 'error' && options.reserveErrorSlot ? 1 : 0)
    shown.push(...all.filter((a) => a.level === level).slice(0, limit))
  }
  return { shown, hidden: all.length - shown.length }
}

function findingAnnotation(f: Finding): Annotation {
  const lines = [f.message]
  // The engine's message usually quotes the witness already; say it once.
  if (f.witness && !f.message.includes(f.witness)) lines.push(`Witness: ${f.witness}`)
  lines.push(`Fix: ${f.fix}`)
  lines.push(`Rule: ${ruleDocsUrl(f.ruleId)}`)
  return {
    level: ANNOTATION_LEVEL[f.level],
    title: f.title,
    message: lines.join('\n'),
    file: f.file,
    ...region(f.line, f.column, f.endLine, f.endColumn),
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
