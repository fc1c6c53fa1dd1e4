import { ruleDocsUrl } from '../checks/rule.js'
import { LEVELS, type Finding, type Level, type Diagnostic, type ScanResult } from '../findings.js'
import { judgeGate, type Gate } from '../gate.js'
import { VERSION } from '../version.js'
import { MANAGED_POLICIES_AS_OF } from '../iam/managed.js'
import { entriesInOrder, type Entry, type FindingEntry } from './order.js'
import {
  instancesPhrase,
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
  /** How many entries got no annotation (GitHub shows 10 of each level per step), of how many, to say so. */
  annotations?: { hidden: number; total: number }
  /** A template's text by its report path, to show each statement that fails the gate as written. */
  source?: (file: string) => string | null
  maxBytes: number
  /** Trusted markdown naming where the full report is, shown when the body had to be cut. */
  overflowPointer: string
}

const LEVEL_BADGE: Record<Level, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' }
const LEVEL_GROUP: Record<Level, string> = { error: '🔴 Errors', warning: '🟠 Warnings', note: '🔵 Notes' }
/** Entries shown in full (statement, fix, why) at the top: a short list to act on, the rest in tables. */
const FIX_FIRST = 10
/** Lines of a statement shown as written; a longer one is cut with a line that says so. */
const SNIPPET_LINES = 12
const ENTRY_TABLE_HEAD = '| Where | Rules | Resource | Finding | Fix |\n| --- | --- | --- | --- | --- |'

/** A part of the body that holds entries: an opening, the entries (as many as fit), a closing. */
interface Section {
  open: string
  items: string[]
  /** Between the opening and each entry. */
  separator: string
  close: string
}

/**
 * The report as GitHub markdown, reviewer first: the verdict and counts; a short "fix these first" list of the
 * entries that fail the gate on lines the change touches (every rule on the statement, the statement as
 * written, the fix as code, the why collapsed); then the rest by level, each a collapsed table, one row per
 * entry; then what is listed apart. Entries follow report/order.ts and are added while they fit in
 * `maxBytes`, so an error is never cut before a warning; when any is cut, a line right under the verdict
 * says how many and sends the reader to `overflowPointer`. Every name from a template or a path is escaped.
 */
export function renderMarkdown(result: ScanResult, options: MarkdownOptions): string {
  const entries = entriesInOrder(result, options.gate)
  const first = fixFirst(entries, result.changed !== undefined)
  const sections = [
    ...(first.length > 0 ? [fixFirstSection(first, result.changed !== undefined, options)] : []),
    ...restSections(
      entries.filter((e) => !first.includes(e)),
      options.links,
    ),
    ...apartSections(result, options.links),
  ]
  const total = sections.reduce((n, s) => n + s.items.length, 0)
  const top = [...(options.marker ? [COMMENT_MARKER] : []), headline(result, options.gate), scannedLine(result)]
  const rest = (cut: boolean): string[] => [
    ...(options.annotations && options.annotations.hidden > 0
      ? [annotationsNote(options.annotations, result.changed !== undefined, cut)]
      : []),
    ...(result.findings.length > 0 ? [countsTable(result.findings)] : []),
  ]
  const footer = `<sub>cfn-kms-check ${VERSION} · ${MANAGED_POLICIES_AS_OF}${options.links ? ` · ${options.links.sha.slice(0, 7)}` : ''}</sub>`
  // What is always there, with room for the overflow note (its count has at most as many digits as the total).
  let used = bytes([...top, overflowNote(total, options.overflowPointer), ...rest(false), footer].join('\n\n') + '\n')
  const rendered: string[] = []
  let omitted = 0
  for (const section of sections) {
    if (omitted > 0) {
      omitted += section.items.length
      continue
    }
    let size = 2 + bytes(section.open) + bytes(section.close)
    let taken = 0
    for (const item of section.items) {
      const cost = bytes(section.separator) + bytes(item)
      if (used + size + cost > options.maxBytes) break
      size += cost
      taken++
    }
    if (taken > 0) {
      rendered.push(
        section.open +
          section.items
            .slice(0, taken)
            .map((item) => section.separator + item)
            .join('') +
          section.close,
      )
      used += size
    }
    omitted += section.items.length - taken
  }
  const cut = omitted > 0 ? [overflowNote(omitted, options.overflowPointer)] : []
  return [...top, ...cut, ...rest(omitted > 0), ...rendered, footer].join('\n\n') + '\n'
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
  return `Checked ${plural(s.templates, 'template')} (${policies}) among ${plural(s.files, 'file')} read${s.skipped === 0 ? '' : s.skipped === 1 ? '; 1 was not a template' : `; ${s.skipped} were not templates`}.${partly}${unparseable}${unchanged}${apart.length > 0 ? ` Listed apart at the end, not judged: ${apart.join(' and ')}.` : ''}`
}

function countsTable(findings: readonly Finding[]): string {
  const rows = ruleOrder(findings.map((f) => f.ruleId)).map((id) => {
    const counts = LEVELS.map((l) => findings.filter((f) => f.ruleId === id && f.level === l).length)
    return tableRow([`${ruleLink(id)} ${escapeMarkdown(ruleInfo(id).name)}`, ...counts.map(String)])
  })
  return ['| Rule | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |', ...rows].join('\n')
}

/** The lines changed come second only when the change is known; "every entry is listed" only when none was cut. */
function annotationsNote(
  { hidden, total }: { hidden: number; total: number },
  changeKnown: boolean,
  cut: boolean,
): string {
  const first = changeKnown ? 'what fails the gate and to the lines this pull request changes' : 'what fails the gate'
  return `> [!NOTE]\n> ${hidden} of ${plural(total, 'entry', 'entries')} got no annotation: GitHub shows at most 10 annotations of each level per step, so they went to ${first} first.${cut ? '' : ' Every entry is listed here.'}`
}

function overflowNote(omitted: number, pointer: string): string {
  return `> [!WARNING]\n> ${plural(omitted, 'entry', 'entries')} did not fit in this report. ${pointer}`
}

/** What to fix first: the entries that fail the gate on changed lines, or, with no change known or none on it, that fail the gate. */
function fixFirst(entries: readonly Entry[], changeKnown: boolean): Entry[] {
  const failing = entries.filter((e) => e.failing)
  const onChange = failing.filter((e) => e.change === 'line')
  return (changeKnown && onChange.length > 0 ? onChange : failing).slice(0, FIX_FIRST)
}

function fixFirstSection(entries: readonly Entry[], onChange: boolean, options: MarkdownOptions): Section {
  const where = entries.every((e) => e.change === 'line') && onChange ? ' on lines this pull request changes' : ''
  return {
    open: `#### Fix these first: ${plural(entries.length, 'entry fails', 'entries fail')} the gate${where}`,
    items: entries.map((e) =>
      e.kind === 'diagnostic' ? diagnosticBlock(e.diagnostic, options.links) : entryBlock(e, options),
    ),
    separator: '\n\n',
    close: '',
  }
}

/** The rest, by level: each level a collapsed table, one row per entry, in report order. */
function restSections(entries: readonly Entry[], links: LineLinks | undefined): Section[] {
  return LEVELS.flatMap((level) => {
    const atLevel = entries.filter((e) => e.level === level)
    if (atLevel.length === 0) return []
    const failing = atLevel.filter((e) => e.failing).length
    const summary = `${LEVEL_GROUP[level]}: ${plural(atLevel.length, 'entry', 'entries')}${failing > 0 ? `, ${failing} failing the gate` : ''}`
    return [
      {
        open: `<details><summary>${escapeHtml(summary)}</summary>\n\n${ENTRY_TABLE_HEAD}`,
        items: atLevel.map((e) => (e.kind === 'diagnostic' ? diagnosticRow(e.diagnostic, links) : entryRow(e, links))),
        separator: '\n',
        close: '\n\n</details>',
      },
    ]
  })
}

/** One statement that fails the gate, in full: where, every rule, the statement as written, the fix as code, the why. */
function entryBlock(entry: FindingEntry, options: MarkdownOptions): string {
  const f = entry.findings[0]
  const where = lineLink(f.file, f.line, f.endLine, options.links, `${f.file}:${f.line}`)
  const language = languageOf(f.file)
  const snippet = statementAsWritten(
    options.source?.(f.file) ?? null,
    f.line,
    Math.max(...entry.findings.map((x) => x.endLine)),
  )
  // Each fix once, named by its rules when the rules on the statement ask for different ones.
  const fixes = [...new Set(entry.findings.map((x) => x.fix))].map((fix) => ({
    fix,
    rules: entry.findings.filter((x) => x.fix === fix).map((x) => x.ruleId),
  }))
  const witness = entry.findings.find((x) => x.witness)?.witness
  const facts = [
    ...entry.findings.map((x) => `- **${escapeMarkdown(x.ruleId)}:** ${escapeMarkdown(x.message)}`),
    ...(witness ? [`- **Witness**, a key it can decrypt with: ${code(witness)}`] : []),
    ...(f.condition || f.mappings.length > 0
      ? [
          `- **Variant:** ${[f.condition, ...f.mappings]
            .filter((v): v is string => Boolean(v))
            .map(code)
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
  ]
  return [
    `**${LEVEL_BADGE[entry.level]}** · **${where}** · ${rulesOf(entry.findings)} · ${titlesOf(entry.findings)}  `,
    subjectOf(f) + (entry.instances.length > 0 ? `, in ${instancesPhrase(entry.instances, code)}` : ''),
    ...(snippet === null ? [] : ['', fenced(snippet, language)]),
    ...fixes.flatMap(({ fix, rules }) => ['', ...fixBlock(fix, language, fixes.length > 1 ? rules : [])]),
    '',
    '<details><summary>Why</summary>',
    '',
    ...facts,
    '',
    '</details>',
  ].join('\n')
}

/** A file not checked in full, as a block in the "fix these first" list. */
function diagnosticBlock(e: Diagnostic, links: LineLinks | undefined): string {
  const where = e.line > 0 ? lineLink(e.file, e.line, e.line, links, `${e.file}:${e.line}`) : escapeMarkdown(e.file)
  return `**${LEVEL_BADGE.error}** · **${where}** · ${notCheckedLabel(e)} · ${escapeMarkdown(e.message)}`
}

function entryRow(entry: FindingEntry, links: LineLinks | undefined): string {
  const f = entry.findings[0]
  return tableRow([
    lineLink(f.file, f.line, f.endLine, links, `${f.file}:${f.line}`),
    rulesOf(entry.findings),
    subjectOf(f) + (entry.instances.length > 0 ? `<br>in ${instancesPhrase(entry.instances, code)}` : ''),
    titlesOf(entry.findings),
    [...new Set(entry.findings.map((x) => escapeMarkdown(x.fix)))].join('<br>'),
  ])
}

function diagnosticRow(e: Diagnostic, links: LineLinks | undefined): string {
  const where = e.line > 0 ? lineLink(e.file, e.line, e.line, links, `${e.file}:${e.line}`) : escapeMarkdown(e.file)
  return tableRow([where, notCheckedLabel(e), '—', escapeMarkdown(e.message), '—'])
}

function notCheckedLabel(e: Diagnostic): string {
  return e.unreadable ? 'not read as a template' : 'CloudFormation would reject it'
}

/** `KMS.2` + `KMS.FullAccess`, each linked to its page. */
function rulesOf(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.ruleId))].map(ruleLink).join(' + ')
}

function titlesOf(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => escapeMarkdown(titleText(f))))].join(' · ')
}

function ruleLink(id: string): string {
  return `[${escapeMarkdown(id)}](${ruleDocsUrl(id)})`
}

/** Where a finding stands: `AppRole` (AWS::IAM::Role) policy `p` Statement[0] `Sid`. */
function subjectOf(f: Finding): string {
  const where = [code(f.resource), `(${escapeMarkdown(f.resourceType)})`]
  if (f.policy !== null && f.policy !== f.resource) where.push(`policy ${code(f.policy)}`)
  if (f.statement !== null) where.push(`Statement[${f.statement}]${f.sid ? ` ${code(f.sid)}` : ''}`)
  return where.join(' ')
}

/** The lines of the statement as the template writes them, dedented; null when the text is not at hand. */
function statementAsWritten(text: string | null, line: number, endLine: number): string | null {
  if (text === null) return null
  const lines = text.split(/\r?\n/)
  const last = Math.min(endLine, line + SNIPPET_LINES - 1, lines.length)
  const shown = lines.slice(line - 1, last)
  if (shown.length === 0) return null
  const indent = Math.min(...shown.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length))
  const more = endLine > last ? [`… ${plural(endLine - last, 'more line')}`] : []
  return [...shown.map((l) => l.slice(indent)), ...more].join('\n')
}

/**
 * The fix as the prose that says what to do and, when it holds a template line to write (`Resource: ...`,
 * `DeletionPolicy: Retain`, a JSON `"Resource": ...`, a Terraform `resources = ...` or key argument), that line as code.
 */
function fixBlock(fix: string, language: string, rules: readonly string[]): string[] {
  const label = `**Fix${rules.length > 0 ? ` (${rules.map(escapeMarkdown).join(', ')})` : ''}:**`
  const match =
    /(?:^|: )((?:"?Resource"?|"?DeletionPolicy"?|"?UpdateReplacePolicy"?|"?EnableKeyRotation"?|resources?|enable_key_rotation|deletion_window_in_days)\s*[:=] .+?|lifecycle \{ prevent_destroy = true \})(?=; |, or | \(|$)/.exec(
      fix,
    )
  if (!match) return [`${label} ${escapeMarkdown(fix)}`]
  const start = match.index + match[0].length - match[1].length
  const before = fix.slice(0, start).replace(/:\s*$/, '').trim()
  const after = fix
    .slice(start + match[1].length)
    .replace(/^[;,]?\s*/, '')
    .trim()
  return [
    `${label}${before ? ` ${escapeMarkdown(before)}:` : ''}`,
    '',
    fenced(match[1], language),
    ...(after ? ['', escapeMarkdown(after)] : []),
  ]
}

/** A fenced code block that holds any text: the fence is longer than any run of backticks inside. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

function languageOf(file: string): string {
  if (/\.json$/i.test(file)) return 'json'
  if (/\.tf$/i.test(file)) return 'hcl'
  return 'yaml'
}

/** Findings the gate does not judge: already on the base branch, or suppressed with a reason; collapsed. */
function apartSections(result: ScanResult, links: LineLinks | undefined): Section[] {
  const where = (f: Finding): string => `${lineLink(f.file, f.line, f.endLine, links, `${f.file}:${f.line}`)}`
  const collapsed = (summary: string, head: string, items: string[]): Section => ({
    open: `<details><summary>${escapeHtml(summary)}</summary>\n\n${head}`,
    items,
    separator: '\n',
    close: '\n\n</details>',
  })
  const sections: Section[] = []
  if (result.baseline.length > 0)
    sections.push(
      collapsed(
        `Already on the base branch: ${result.baseline.length}`,
        '| Where | Level | Rule | Resource | Finding |\n| --- | --- | --- | --- | --- |',
        result.baseline.map((f) =>
          tableRow([
            where(f),
            LEVEL_BADGE[f.level],
            ruleLink(f.ruleId),
            code(f.resource),
            escapeMarkdown(titleText(f)),
          ]),
        ),
      ),
    )
  if (result.suppressed.length > 0)
    sections.push(
      collapsed(
        `Suppressed: ${result.suppressed.length}`,
        '| Where | Rule | Resource | Reason | Until |\n| --- | --- | --- | --- | --- |',
        result.suppressed.map((f) =>
          tableRow([
            where(f),
            ruleLink(f.ruleId),
            code(f.resource),
            escapeMarkdown(f.suppression?.reason ?? ''),
            f.suppression?.expires ?? 'no end',
          ]),
        ),
      ),
    )
  return sections
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
