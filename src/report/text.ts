import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding, Level, Diagnostic, ScanResult } from '../findings.js'
import type { Gate } from '../gate.js'
import { entriesInOrder } from './order.js'
import { instancesPhrase, notCheckedParts, plural, titleText, unparseablePhrase } from './shared.js'

export interface TextOptions {
  color: boolean
  /** Only findings at these levels are printed (the summary still counts all). */
  show: readonly Level[]
  /**
   * Every detail of every finding (resource, grants, why, the rule's page) and the files that could not be parsed
   * and do not look like templates; by default one line per finding and only the details that add to it.
   */
  verbose?: boolean
  /** Columns to wrap at (the terminal's width); 0 does not wrap. */
  width?: number
  /** A file as the user named it (absolute when they gave an absolute path); as scanned by default. */
  display?: (file: string) => string
  /** How long the run took, for the closing line. */
  elapsedMs?: number
  /** The gate, whose failing entries come first. */
  gate: Gate
}

/** Columns of the level (`warning`), padded so that the rules line up. */
const LEVEL_WIDTH = 7
/** Indent of the lines under a finding, and of a wrapped title's continuation (two further). */
const DETAIL = '    '
const CONTINUATION = `${DETAIL}  `
/** A detail's label column (`variant  `): its wrapped text continues under the text, past it. */
const LABEL_WIDTH = 9

/**
 * The report for people: one line per finding (place, level, rule and scope, title), with the variant, the
 * witness and the fix indented under it where they add something; `verbose` adds where the grant sits, why and
 * the rule's page. Grouped by file, then the findings listed apart, then one closing line.
 */
export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = painter(options.color)
  const display = options.display ?? ((file: string) => file)
  const verbose = options.verbose ?? false
  const out = (line: Line): string[] => wrapped(line, options.width ?? 0)
  // Verbose output stands under a line naming the file, so its places are indented under it.
  const indented = (line: Line): Line =>
    verbose ? { ...line, lead: `  ${line.lead}`, leadWidth: line.leadWidth + 2 } : line
  const lines: string[] = []
  const rules = new Set<string>()
  let file: string | null = null
  // One entry per statement (every rule on it), in reviewer order (report/order.ts).
  for (const entry of entriesInOrder(result, options.gate)) {
    const findings = entry.kind === 'finding' ? entry.findings.filter((f) => options.show.includes(f.level)) : []
    if (entry.kind === 'finding' && findings.length === 0) continue
    if (verbose && entry.file !== file) lines.push(paint.bold(display(entry.file)))
    file = entry.file
    if (entry.kind === 'diagnostic') lines.push(...out(indented(errorLine(entry.diagnostic, display, paint))))
    else {
      for (const f of findings) rules.add(f.ruleId)
      lines.push(...out(indented(entryLine(findings, display, paint))))
      for (const [label, text] of details(findings, entry.instances, verbose))
        lines.push(...out(detailLine(label, text, paint)))
    }
    if (verbose) lines.push('')
  }
  if (!verbose && file !== null) lines.push('')
  // Each rule's page once, rather than under every finding.
  if (!verbose && rules.size > 0) {
    for (const id of [...rules].sort()) lines.push(`${paint.dim(`${id} rule:`)} ${ruleDocsUrl(id)}`)
    lines.push('')
  }
  lines.push(...apart('Already on the base branch (not judged by this change)', result.baseline, display, paint))
  lines.push(...apart('Suppressed', result.suppressed, display, paint))
  if (verbose && result.unparseable.length > 0) {
    lines.push(paint.bold(`${unparseablePhrase(result.unparseable.length)}:`))
    lines.push(...result.unparseable.map((e) => `  ${display(e.file)}:${e.line}:${e.column}  ${e.message}`), '')
  }
  lines.push(...out({ lead: '', leadWidth: 0, text: summaryLine(result, paint, options.elapsedMs) }))
  return lines.join('\n') + '\n'
}

/** The closing line alone (the verdict, what was scanned, how long it took): for the terminal when the report goes to a file. */
export function renderSummary(result: ScanResult, options: Pick<TextOptions, 'color' | 'elapsedMs'>): string {
  return summaryLine(result, painter(options.color), options.elapsedMs) + '\n'
}

/**
 * A line to print: `lead` (painted, `leadWidth` columns wide, never broken) then `text`, which may wrap onto lines
 * indented by `hang` (under the text itself for a detail, a little in for a finding's title).
 */
interface Line {
  lead: string
  leadWidth: number
  text: string
  hang?: string
}

/** The head line of the findings on one statement: its place, the worst level, every rule and title. */
function entryLine(findings: readonly Finding[], display: (file: string) => string, paint: Painter): Line {
  const f = findings[0]
  const level = (['error', 'warning', 'note'] as const).find((l) => findings.some((x) => x.level === l)) ?? f.level
  const place = `${display(f.file)}:${f.line}:${f.column}  `
  const rule = `  ${findings.map((x) => `${x.ruleId}${x.scope ? ` (${x.scope})` : ''}`).join(' + ')}  `
  return {
    lead: place + paint.level(level) + rule,
    leadWidth: place.length + LEVEL_WIDTH + rule.length,
    text: [...new Set(findings.map(titleText))].join(' · '),
  }
}

function errorLine(e: Diagnostic, display: (file: string) => string, paint: Painter): Line {
  const place = `${e.line > 0 ? `${display(e.file)}:${e.line}:${e.column}` : display(e.file)}  `
  return { lead: `${place}${paint.level('error')}  `, leadWidth: place.length + LEVEL_WIDTH + 2, text: e.message }
}

function detailLine(label: string, text: string, paint: Painter): Line {
  const leadWidth = DETAIL.length + LABEL_WIDTH
  return { lead: DETAIL + paint.dim(label.padEnd(LABEL_WIDTH)), leadWidth, text, hang: ' '.repeat(leadWidth) }
}

/**
 * The indented lines under the findings on one statement. By default only those that add to the titles: the
 * variant it holds in, a witness that says more than "any key" (which account's keys a wider grant reaches), and
 * the fix; `verbose` adds where the grant sits, what it grants, why and the rule's page.
 */
function details(
  findings: readonly Finding[],
  instances: readonly string[],
  verbose: boolean,
): [label: string, text: string][] {
  const f = findings[0]
  const out: [string, string][] = []
  if (instances.length > 0) out.push(['in', instancesPhrase(instances)])
  if (verbose) {
    const where = [
      // A type that is not a plain string (a Rain module's tag) is left out rather than shown as "()".
      f.resourceType ? `${f.resource} (${f.resourceType})` : f.resource,
      f.policy ? `policy ${f.policy}` : '',
      f.statement !== null ? `Statement[${f.statement}]${f.sid ? ` Sid ${f.sid}` : ''}` : '',
    ]
    out.push(['resource', where.filter(Boolean).join(', ')])
    const granting = findings.find((x) => x.grants.length > 0)
    if (granting) {
      const via = granting.actions.length > 0 ? ` via ${granting.actions.join(', ')}` : ''
      const at = granting.resourceLine !== null ? `, opened at line ${granting.resourceLine}` : ''
      out.push(['grants', `${granting.grants.join(', ')}${via}${at}`])
    }
  }
  const witnessed = findings.find((x) => x.witness && (verbose || x.scope !== 'all-keys'))
  if (witnessed?.witness) out.push(['witness', witnessed.witness])
  const variant = [f.condition, ...f.mappings].filter(Boolean)
  if (variant.length > 0) out.push(['variant', variant.join(', ')])
  const parameters = Object.entries(f.parameters)
  if (parameters.length > 0) out.push(['params', parameters.map(([k, v]) => `${k}=${v}`).join(', ')])
  const each = (text: (x: Finding) => string): string[] =>
    findings.length === 1 ? [text(f)] : [...new Set(findings.map((x) => `${x.ruleId}: ${text(x)}`))]
  if (verbose) out.push(...each((x) => x.message).map((why): [string, string] => ['why', why]))
  out.push(...[...new Set(findings.map((x) => x.fix))].filter(Boolean).map((fix): [string, string] => ['fix', fix]))
  if (verbose)
    out.push(...[...new Set(findings.map((x) => ruleDocsUrl(x.ruleId)))].map((url): [string, string] => ['rule', url]))
  return out
}

/**
 * Breaks `line.text` at spaces so that no line passes `width` columns; continuation lines are indented. A word
 * longer than a line (an ARN, a URL) is kept whole. The lead is never broken: editors and terminals click on
 * the place at its start.
 */
function wrapped(line: Line, width: number): string[] {
  if (width <= 0 || line.leadWidth + line.text.length <= width) return [line.lead + line.text]
  const out: string[] = []
  let current = ''
  const hang = line.hang ?? CONTINUATION
  let room = width - line.leadWidth
  for (const word of line.text.split(' ')) {
    // The first word may go under the lead when it does not fit beside it but fits below.
    const breakable = current !== '' || (out.length === 0 && word.length <= width - hang.length)
    if (breakable && current.length + (current === '' ? 0 : 1) + word.length > room) {
      out.push(current)
      current = word
      room = width - hang.length
    } else current = current === '' ? word : `${current} ${word}`
  }
  out.push(current)
  return out.map((text, i) => (i === 0 ? (line.lead + text).trimEnd() : hang + text))
}

/** Findings listed apart from those the gate judges: one line each. */
function apart(
  heading: string,
  findings: readonly Finding[],
  display: (file: string) => string,
  paint: Painter,
): string[] {
  if (findings.length === 0) return []
  const rows = findings.map((f) => {
    const why = f.suppression
      ? ` (${f.suppression.reason}${f.suppression.expires ? `, until ${f.suppression.expires}` : ''}; ${f.suppression.source})`
      : ''
    return `  ${display(f.file)}:${f.line}:${f.column}  ${f.level.padEnd(LEVEL_WIDTH)}  ${f.title}${why}`
  })
  return [paint.bold(`${heading}: ${findings.length}`), ...rows, '']
}

function summaryLine(result: ScanResult, paint: Painter, elapsedMs: number | undefined): string {
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
    s.unchanged > 0 ? `${plural(s.unchanged, 'unchanged file')} not scanned` : '',
  ].filter(Boolean)
  const apartText = listedApart.length > 0 ? `; ${listedApart.join(', ')}` : ''
  const unparseable = s.unparseable > 0 ? `; ${unparseablePhrase(s.unparseable)}` : ''
  const serious = s.errors > 0 || result.findings.some((f) => f.level !== 'note')
  const mark = serious ? paint.red('✖') : paint.green('✔')
  const took = elapsedMs === undefined ? '' : `; ${seconds(elapsedMs)}`
  return `${mark} ${findings} ${scope}${errors}${apartText}${unparseable}${took}`
}

/** 0.04 s, 3.20 s, 41 s. */
function seconds(ms: number): string {
  const s = ms / 1000
  return s < 10 ? `${s.toFixed(2)} s` : `${Math.round(s)} s`
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
    level: (l) => colors[l](l.padEnd(LEVEL_WIDTH)),
  }
}
