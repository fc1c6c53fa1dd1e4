import { LEVELS, type Finding, type Level, type Diagnostic, type ScanResult } from '../findings.js'
import { judgeGate, type Gate } from '../gate.js'
import { VERSION } from '../version.js'
import { MANAGED_POLICIES_AS_OF } from '../iam/managed.js'
import {
  notCheckedParts,
  notCheckedPhrase,
  pathToUri,
  plural,
  ruleInfo,
  ruleOrder,
  titleText,
  unparseablePhrase,
} from './shared.js'

/** First line of the PR comment: how the action finds its own comment again. */
export const COMMENT_MARKER = '<!-- cfn-kms-check -->'
/** GitHub rejects comments over 65,536 characters; counting UTF-8 bytes stays under it whatever it counts. */
export const MAX_COMMENT_BYTES = 65_000
/** The runner drops a step summary over 1 MiB (1,048,576 bytes) whole. */
export const MAX_SUMMARY_BYTES = 1_000_000

/** Where line links point: `<serverUrl>/<repository>/blob/<sha>/<file>#L<line>`. */
export interface LineLinks {
  serverUrl: string
  repository: string
  sha: string
}

export interface MarkdownOptions {
  /** The gate the headline says the scan passed or failed. */
  gate: Gate
  /** Start with COMMENT_MARKER (the PR comment; the CLI prints the same body). */
  marker: boolean
  links?: LineLinks
  /** Annotations the runner could not show, to say so. */
  hiddenAnnotations?: number
  maxBytes: number
  /** Trusted markdown naming where the full report is, shown when the body had to be cut. */
  overflowPointer: string
}

const LEVEL_BADGE: Record<Level, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' }
const FILE_TABLE_HEAD = '| Line | Level | Rule | Resource | Finding |\n| ---: | --- | --- | --- | --- |'

interface Item {
  row: string
  details: string | null
}

interface FileSection {
  heading: string
  head: string
  items: Item[]
}

/**
 * The report as GitHub markdown: verdict, counts by rule and level, then a table per file with each finding's
 * witness and fix in a collapsed block. Every name that comes from a template or a path is escaped. Files are
 * added while they fit in `maxBytes`; the rest is counted and the reader sent to `overflowPointer`.
 */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions): string {
  const head = [
    ...(options.marker ? [COMMENT_MARKER] : []),
    headline(result, options.gate),
    scannedLine(result),
    ...(result.findings.length > 0 ? [countsTable(result.findings)] : []),
    ...(options.hiddenAnnotations ? [hiddenAnnotationsNote(options.hiddenAnnotations)] : []),
  ]
  const footer = `<sub>cfn-kms-check ${VERSION} · ${MANAGED_POLICIES_AS_OF}${options.links ? ` · ${options.links.sha.slice(0, 7)}` : ''}</sub>`
  // Findings already on the base branch and suppressed ones come after the files, within the same budget.
  const sections = [...fileSections(result, options.links), ...apartSections(result, options.links)]
  const total = sections.reduce((n, s) => n + s.items.length, 0)
  const parts = [...head]
  // What is always there, with room for the overflow note (its count has at most as many digits as the total).
  let used = bytes(parts.join('\n\n')) + bytes(`\n\n${overflowNote(total, options.overflowPointer)}\n\n${footer}\n`)
  let omitted = 0
  for (const section of sections) {
    if (omitted > 0) {
      omitted += section.items.length
      continue
    }
    // Sizes as renderSection joins them (each row after a newline, each details block after a blank line),
    // and the blank line that puts the section after the part before it.
    let size = 2 + bytes(section.heading) + 2 + bytes(section.head)
    let taken = 0
    for (const item of section.items) {
      const cost = bytes(item.row) + 1 + (item.details === null ? 0 : bytes(item.details) + 2)
      if (used + size + cost > options.maxBytes) break
      size += cost
      taken++
    }
    if (taken > 0) {
      parts.push(renderSection(section, taken))
      used += size
    }
    omitted += section.items.length - taken
  }
  if (omitted > 0) parts.push(overflowNote(omitted, options.overflowPointer))
  parts.push(footer)
  return parts.join('\n\n') + '\n'
}

function headline(result: ScanResult, gate: Gate): string {
  const found = countsPhrase(result)
  if (found === '') return '### ✅ cfn-kms-check: no findings'
  if (judgeGate(result, gate).failed) return `### ❌ cfn-kms-check failed (fail-on: \`${gate.failOn}\`): ${found}`
  return `### ⚠️ cfn-kms-check passed (fail-on: \`${gate.failOn}\`): ${found}`
}

function countsPhrase(result: ScanResult): string {
  const { findings, errors } = result
  const byLevel = LEVELS.map((l) => [findings.filter((f) => f.level === l).length, l] as const)
    .filter(([n]) => n > 0)
    .map(([n, l]) => plural(n, l))
  const parts = findings.length > 0 ? [`${plural(findings.length, 'finding')} (${byLevel.join(', ')})`] : []
  if (errors.length > 0) parts.push(notCheckedPhrase(result.summary))
  return parts.join(' and ')
}

function scannedLine(result: ScanResult): string {
  const s = result.summary
  const policies = `${s.policies} identity polic${s.policies === 1 ? 'y' : 'ies'}`
  const apart = [
    s.baseline > 0 ? `${plural(s.baseline, 'finding')} already on the base branch` : '',
    s.suppressed > 0 ? `${plural(s.suppressed, 'suppressed finding')}` : '',
  ].filter(Boolean)
  const unchanged = s.unchanged > 0 ? ` ${plural(s.unchanged, 'unchanged file')} not scanned.` : ''
  const unparseable = s.unparseable > 0 ? ` ${unparseablePhrase(s.unparseable)} (not errors).` : ''
  const notChecked = notCheckedParts(s)
  const partly = notChecked.length > 0 ? ` Problems: ${notChecked.join('; ')}.` : ''
  return `Checked ${plural(s.templates, 'template')} (${policies}) among ${plural(s.files, 'file')} read; ${s.skipped === 1 ? '1 was not a template' : `${s.skipped} were not templates`}.${partly}${unparseable}${unchanged}${apart.length > 0 ? ` Listed apart at the end, not judged: ${apart.join(' and ')}.` : ''}`
}

function countsTable(findings: readonly Finding[]): string {
  const rows = ruleOrder(findings.map((f) => f.ruleId)).map((id) => {
    const counts = LEVELS.map((l) => findings.filter((f) => f.ruleId === id && f.level === l).length)
    return tableRow([`**${escapeMarkdown(id)}** ${escapeMarkdown(ruleInfo(id).name)}`, ...counts.map(String)])
  })
  return ['| Rule | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |', ...rows].join('\n')
}

function hiddenAnnotationsNote(hidden: number): string {
  return `> [!NOTE]\n> ${plural(hidden, 'annotation')} could not be shown on the changed lines: GitHub shows at most 10 annotations of each level per step.`
}

function overflowNote(omitted: number, pointer: string): string {
  return `> [!WARNING]\n> ${plural(omitted, 'more entry', 'more entries')} did not fit here. ${pointer}`
}

function fileSections(result: ScanResult, links: LineLinks | undefined): FileSection[] {
  const files = [...new Set([...result.errors.map((e) => e.file), ...result.findings.map((f) => f.file)])].sort()
  return files.map((file) => ({
    heading: `#### ${code(file)}`,
    head: FILE_TABLE_HEAD,
    items: [
      ...result.errors.filter((e) => e.file === file).map((e) => errorItem(e, links)),
      ...result.findings.filter((f) => f.file === file).map((f) => findingItem(f, links)),
    ],
  }))
}

/** Findings the gate does not judge: already on the base branch, or suppressed with a reason. */
function apartSections(result: ScanResult, links: LineLinks | undefined): FileSection[] {
  const where = (f: Finding): string => `${lineLink(f.file, f.line, f.endLine, links, `${f.file}:${f.line}`)}`
  const sections: FileSection[] = []
  if (result.baseline.length > 0) {
    sections.push({
      heading: `#### Already on the base branch: ${result.baseline.length}`,
      head: '| Where | Level | Rule | Resource | Finding |\n| --- | --- | --- | --- | --- |',
      items: result.baseline.map((f) => ({
        row: tableRow([
          where(f),
          LEVEL_BADGE[f.level],
          escapeMarkdown(f.ruleId),
          code(f.resource),
          escapeMarkdown(titleText(f)),
        ]),
        details: null,
      })),
    })
  }
  if (result.suppressed.length > 0) {
    sections.push({
      heading: `#### Suppressed: ${result.suppressed.length}`,
      head: '| Where | Rule | Resource | Reason | Until |\n| --- | --- | --- | --- | --- |',
      items: result.suppressed.map((f) => ({
        row: tableRow([
          where(f),
          escapeMarkdown(f.ruleId),
          code(f.resource),
          escapeMarkdown(f.suppression?.reason ?? ''),
          f.suppression?.expires ?? 'no end',
        ]),
        details: null,
      })),
    })
  }
  return sections
}

function renderSection(section: FileSection, count: number): string {
  const items = section.items.slice(0, count)
  const details = items.flatMap((i) => (i.details === null ? [] : [i.details]))
  const table = [section.head, ...items.map((i) => i.row)].join('\n')
  return [section.heading, table, ...details].join('\n\n')
}

function findingItem(f: Finding, links: LineLinks | undefined): Item {
  const where = [code(f.resource), `(${escapeMarkdown(f.resourceType)})`]
  if (f.policy !== null && f.policy !== f.resource) where.push(`policy ${code(f.policy)}`)
  if (f.statement !== null) where.push(`Statement[${f.statement}]${f.sid ? ` ${code(f.sid)}` : ''}`)
  const row = tableRow([
    lineLink(f.file, f.line, f.endLine, links),
    LEVEL_BADGE[f.level],
    escapeMarkdown(f.ruleId),
    where.join(' '),
    escapeMarkdown(titleText(f)),
  ])
  const facts = [
    ...(f.witness ? [`- **Witness**, a key it can decrypt with: ${code(f.witness)}`] : []),
    ...(f.condition || f.mappings.length > 0
      ? [
          `- **Variant:** ${[f.condition, ...f.mappings]
            .filter(Boolean)
            .map((v) => code(v!))
            .join(', ')}`,
        ]
      : []),
    ...(Object.keys(f.parameters).length > 0
      ? [
          `- **Parameters:** ${Object.entries(f.parameters)
            .map(([k, v]) => code(`${k}=${v}`))
            .join(', ')}`,
        ]
      : []),
    `- **Why:** ${escapeMarkdown(f.message)}`,
    `- **Fix:** ${escapeMarkdown(f.fix)}`,
  ]
  const summary = escapeHtml(`Line ${f.line} · ${f.ruleId} · ${titleText(f)}`)
  return { row, details: [`<details><summary>${summary}</summary>`, '', ...facts, '', '</details>'].join('\n') }
}

function errorItem(e: Diagnostic, links: LineLinks | undefined): Item {
  const line = e.line > 0 ? lineLink(e.file, e.line, e.line, links) : '—'
  return { row: tableRow([line, LEVEL_BADGE.error, 'not checked', '—', escapeMarkdown(e.message)]), details: null }
}

function lineLink(
  file: string,
  line: number,
  endLine: number,
  links: LineLinks | undefined,
  label = String(line),
): string {
  if (!links) return label === String(line) ? label : escapeMarkdown(label)
  const range = endLine > line ? `L${line}-L${endLine}` : `L${line}`
  return `[${label === String(line) ? label : escapeMarkdown(label)}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${pathToUri(file)}#${range})`
}

/** A GFM table row; a `|` in a cell (even inside a code span) must be written `\|`. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
}

/**
 * Text that renders as itself in markdown: no emphasis, links, headings, HTML, and no @mention, #reference or
 * autolink (a zero-width space breaks those, since GitHub finds them after markdown is rendered).
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(oneLine(text).replace(/[\\`*_[\]~$]/g, '\\$&'))
}

/** Text for the inside of an HTML element such as `<summary>`, where markdown is not parsed. */
export function escapeHtml(text: string): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
  return oneLine(text)
    .replace(/[&<>]/g, (c) => entities[c])
    .replace(/([@#]|:(?=\/\/)|\bwww(?=\.))/gi, '$1&#8203;')
}

/** An inline code span that holds any text: the fence is one backtick longer than any run inside. */
export function code(text: string): string {
  const flat = oneLine(text)
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
