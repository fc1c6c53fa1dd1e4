import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding, Level, Diagnostic, ScanResult } from '../findings.js'
import { notCheckedParts, unparseablePhrase } from './shared.js'

export interface TextOptions {
  color: boolean
  /** Only findings at these levels are printed (the summary still counts all). */
  show: readonly Level[]
  /** List the files that could not be parsed and do not look like templates (else only counted). */
  verbose?: boolean
}

/** The report for people: grouped by file, one block per finding, then a one-line summary. */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color)
  const lines: string[] = []
  const shown = result.findings.filter((f) => options.show.includes(f.level))
  const files = [...new Set([...shown.map((f) => f.file), ...result.errors.map((e) => e.file)])].sort()
  for (const file of files) {
    lines.push(paint.bold(file))
    for (const error of result.errors.filter((e) => e.file === file)) lines.push(...errorBlock(error, paint), '')
    for (const finding of shown.filter((f) => f.file === file)) lines.push(...findingBlock(finding, paint), '')
  }
  lines.push(...apart('Already on the base branch (not judged by this change)', result.baseline, paint))
  lines.push(...apart('Suppressed', result.suppressed, paint))
  if (options.verbose && result.unparseable.length > 0) {
    lines.push(paint.bold(`${unparseablePhrase(result.unparseable.length)}:`))
    lines.push(...result.unparseable.map((e) => `  ${e.file}:${e.line}:${e.column}  ${e.message}`), '')
  }
  lines.push(summaryLine(result, paint))
  return lines.join('\n') + '\n'
}

/** Findings listed apart from those the gate judges: one line each. */
function apart(heading: string, findings: readonly Finding[], paint: Painter): string[] {
  if (findings.length === 0) return []
  const rows = findings.map((f) => {
    const why = f.suppression
      ? ` (${f.suppression.reason}${f.suppression.expires ? `, until ${f.suppression.expires}` : ''}; ${f.suppression.source})`
      : ''
    return `  ${f.file}:${f.line}:${f.column}  ${f.level.padEnd(7)}  ${f.title}${why}`
  })
  return [paint.bold(`${heading}: ${findings.length}`), ...rows, '']
}

function findingBlock(f: Finding, paint: Painter): string[] {
  const label = (name: string): string => paint.dim(name.padEnd(9))
  const out = [
    `  ${f.file}:${f.line}:${f.column}  ${paint.level(f.level)}  ${f.ruleId}${f.scope ? ` (${f.scope})` : ''}  ${f.title.slice(f.ruleId.length + 1)}`,
  ]
  const where = [
    `${f.resource} (${f.resourceType})`,
    f.policy ? `policy ${f.policy}` : '',
    f.statement !== null ? `Statement[${f.statement}]${f.sid ? ` Sid ${f.sid}` : ''}` : '',
  ]
  out.push(`    ${label('resource')}${where.filter(Boolean).join(', ')}`)
  if (f.grants.length > 0) {
    const via = f.actions.length > 0 ? ` via ${f.actions.join(', ')}` : ''
    const at = f.resourceLine !== null ? `, opened at line ${f.resourceLine}` : ''
    out.push(`    ${label('grants')}${f.grants.join(', ')}${via}${at}`)
  }
  if (f.witness) out.push(`    ${label('witness')}${f.witness}`)
  const variant = [f.condition, ...f.mappings].filter(Boolean)
  if (variant.length > 0) out.push(`    ${label('variant')}${variant.join(', ')}`)
  const parameters = Object.entries(f.parameters)
  if (parameters.length > 0) out.push(`    ${label('params')}${parameters.map(([k, v]) => `${k}=${v}`).join(', ')}`)
  out.push(`    ${label('why')}${f.message}`)
  out.push(`    ${label('fix')}${f.fix}`)
  out.push(`    ${label('rule')}${ruleDocsUrl(f.ruleId)}`)
  return out
}

function errorBlock(e: Diagnostic, paint: Painter): string[] {
  const place = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file
  return [`  ${place}  ${paint.level('error')}  ${e.message}`]
}

function summaryLine(result: ScanResult, paint: Painter): string {
  const s = result.summary
  const count = (level: Level): number => result.findings.filter((f) => f.level === level).length
  const byLevel = (['error', 'warning', 'note'] as const)
    .map((l) => [count(l), l] as const)
    .filter(([n]) => n > 0)
    .map(([n, l]) => `${n} ${l}${n === 1 ? '' : 's'}`)
  const findings =
    s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'} (${byLevel.join(', ')})`
  const errors = notCheckedParts(s)
    .map((part) => `; ${part}`)
    .join('')
  const scope = `in ${s.templates} template${s.templates === 1 ? '' : 's'} (${s.policies} identity polic${s.policies === 1 ? 'y' : 'ies'}; ${s.files} file${s.files === 1 ? '' : 's'} read, ${s.skipped === 1 ? '1 not a template' : `${s.skipped} not templates`})`
  const listedApart = [
    s.baseline > 0 ? `${s.baseline} already on the base branch` : '',
    s.suppressed > 0 ? `${s.suppressed} suppressed` : '',
    s.unchanged > 0 ? `${s.unchanged} unchanged files not scanned` : '',
  ].filter(Boolean)
  const apartText = listedApart.length > 0 ? `; ${listedApart.join(', ')}` : ''
  const unparseable = s.unparseable > 0 ? `; ${unparseablePhrase(s.unparseable)}` : ''
  const serious = s.errors > 0 || result.findings.some((f) => f.level !== 'note')
  const mark = serious ? paint.red('✖') : paint.green('✔')
  return `${mark} ${findings} ${scope}${errors}${apartText}${unparseable}`
}

interface Painter {
  bold(s: string): string
  dim(s: string): string
  red(s: string): string
  green(s: string): string
  level(l: Level): string
}

function painter(color: boolean): Painter {
  const wrap =
    (code: string) =>
    (s: string): string =>
      color ? `\u001b[${code}m${s}\u001b[0m` : s
  const colors: Record<Level, (s: string) => string> = { error: wrap('31'), warning: wrap('33'), note: wrap('36') }
  return {
    bold: wrap('1'),
    dim: wrap('2'),
    red: wrap('31'),
    green: wrap('32'),
    level: (l) => colors[l](l.padEnd(7)),
  }
}
