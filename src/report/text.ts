import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding, Level, Diagnostic, ScanResult } from '../findings.js'
import type { Gate } from '../gate.js'
import { entriesInOrder } from './order.js'
import { notCheckedParts, unparseablePhrase } from './shared.js'

export interface TextOptions {
  color: boolean
  /** Only findings at these levels are printed (the summary still counts all). */
  show: readonly Level[]
  /** List the files that could not be parsed and do not look like templates (else only counted). */
  verbose?: boolean
  /** The gate, whose failing entries come first. */
  gate: Gate
}

/**
 * The report for people: one block per statement (every rule on it) in reviewer order (report/order.ts: what
 * fails the gate first, then by level, what the change touches first), under a file line wherever the file
 * changes; then a one-line summary.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color)
  const lines: string[] = []
  let file: string | null = null
  for (const entry of entriesInOrder(result, options.gate)) {
    const findings = entry.kind === 'finding' ? entry.findings.filter((f) => options.show.includes(f.level)) : []
    if (entry.kind === 'finding' && findings.length === 0) continue
    if (entry.file !== file) lines.push(paint.bold(entry.file))
    file = entry.file
    lines.push(...(entry.kind === 'diagnostic' ? errorBlock(entry.diagnostic, paint) : entryBlock(findings, paint)), '')
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

/** The findings on one statement: one head line with every rule, then what they share and what each says. */
function entryBlock(findings: readonly Finding[], paint: Painter): string[] {
  const label = (name: string): string => paint.dim(name.padEnd(9))
  const f = findings[0]
  const level = (['error', 'warning', 'note'] as const).find((l) => findings.some((x) => x.level === l)) ?? f.level
  const rules = findings.map((x) => `${x.ruleId}${x.scope ? ` (${x.scope})` : ''}`)
  const titles = [...new Set(findings.map((x) => x.title.slice(x.ruleId.length + 1)))]
  const out = [`  ${f.file}:${f.line}:${f.column}  ${paint.level(level)}  ${rules.join(' + ')}  ${titles.join(' · ')}`]
  const where = [
    `${f.resource} (${f.resourceType})`,
    f.policy ? `policy ${f.policy}` : '',
    f.statement !== null ? `Statement[${f.statement}]${f.sid ? ` Sid ${f.sid}` : ''}` : '',
  ]
  out.push(`    ${label('resource')}${where.filter(Boolean).join(', ')}`)
  const granting = findings.find((x) => x.grants.length > 0)
  if (granting) {
    const via = granting.actions.length > 0 ? ` via ${granting.actions.join(', ')}` : ''
    const at = granting.resourceLine !== null ? `, opened at line ${granting.resourceLine}` : ''
    out.push(`    ${label('grants')}${granting.grants.join(', ')}${via}${at}`)
  }
  const witness = findings.find((x) => x.witness)?.witness
  if (witness) out.push(`    ${label('witness')}${witness}`)
  const variant = [f.condition, ...f.mappings].filter(Boolean)
  if (variant.length > 0) out.push(`    ${label('variant')}${variant.join(', ')}`)
  const parameters = Object.entries(f.parameters)
  if (parameters.length > 0) out.push(`    ${label('params')}${parameters.map(([k, v]) => `${k}=${v}`).join(', ')}`)
  const each = (text: (x: Finding) => string): string[] =>
    findings.length === 1 ? [text(f)] : [...new Set(findings.map((x) => `${x.ruleId}: ${text(x)}`))]
  out.push(...each((x) => x.message).map((why) => `    ${label('why')}${why}`))
  out.push(...[...new Set(findings.map((x) => x.fix))].map((fix) => `    ${label('fix')}${fix}`))
  out.push(...[...new Set(findings.map((x) => ruleDocsUrl(x.ruleId)))].map((url) => `    ${label('rule')}${url}`))
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
