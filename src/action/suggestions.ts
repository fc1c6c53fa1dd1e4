import { ruleDocsUrl } from '../checks/rule.js'
import type { Finding } from '../findings.js'

/** A change GitHub can apply with one click: one line of a file, replaced. */
export interface Suggestion {
  /** Relative to the repository root, `/`-separated, as the pull request's files are named. */
  file: string
  line: number
  /** The line as it should read. */
  text: string
  finding: Finding
}

/**
 * A fix that names one template key and its value, as the checks write it for one line: `DeletionPolicy:
 * Retain`, `"EnableKeyRotation": true`, `Name the keys: Resource: !GetAtt DataKey.Arn`. Anything else (a
 * placeholder such as `<key-id>`, several steps, a CDK construct to change) needs a person.
 */
const MECHANICAL_FIX = /^(?:Name the keys: )?("?)([A-Za-z]+)\1: ([^<>;]+)$/

/** The same in HCL, for a `.tf` file: `resources = [aws_kms_key.data.arn]`, `enable_key_rotation = true`. */
const MECHANICAL_HCL_FIX = /^(?:Name the keys: )?([A-Za-z_]+) = ([^<>;{}]+)$/

/**
 * The one-line change that carries out a finding's fix, when the fix is mechanical and the line it changes
 * (the element that opens the grant up, else the finding's own line) holds that key and its whole value.
 * `lines` is the file's text, split into lines.
 */
export function mechanicalSuggestion(finding: Finding, lines: readonly string[]): Suggestion | null {
  const replace = replacement(finding)
  if (!replace) return null
  for (const line of [finding.resourceLine, finding.line]) {
    if (line === null || line < 1 || line > lines.length) continue
    const text = replace(lines[line - 1])
    if (text !== null && !continues(lines, line)) return { file: finding.file, line, text, finding }
  }
  return null
}

/** How a line changes to carry out the fix, in the file's syntax; null when the fix is not mechanical. */
function replacement(finding: Finding): ((line: string) => string | null) | null {
  const hcl = finding.file.endsWith('.tf') ? MECHANICAL_HCL_FIX.exec(finding.fix) : null
  if (hcl) return (line) => replaceHclValue(line, hcl[1], hcl[2])
  const fix = MECHANICAL_FIX.exec(finding.fix)
  return fix ? (line) => replaceValue(line, fix[2], fix[1] === '"', fix[3]) : null
}

/** Whether the next line with content is indented deeper than this one: it carries this line's value on. */
function continues(lines: readonly string[], line: number): boolean {
  const indent = (text: string): number => text.length - text.trimStart().replace(/^- /, '').length
  const next = lines.slice(line).find((text) => text.trim() !== '' && !text.trim().startsWith('#'))
  return next !== undefined && indent(next) > indent(lines[line - 1])
}

/**
 * The line with the value of `key` replaced, keeping its indentation, a list dash and a JSON comma; null
 * when the line does not hold the key, or its value goes on past the line (a block, an open bracket).
 */
function replaceValue(line: string, key: string, json: boolean, value: string): string | null {
  const pattern = json
    ? new RegExp(`^(\\s*)"${key}"\\s*:\\s*(.+?)(,?)\\s*$`)
    : new RegExp(`^(\\s*(?:- )?)${key}:\\s*(.+?)\\s*(?:\\s#.*)?$`)
  const match = pattern.exec(line)
  // A list names several resources: the fix names the keys, and the others in the list are not to be lost.
  if (!match || !balanced(match[2]) || match[2].startsWith('[')) return null
  return json ? `${match[1]}"${key}": ${value}${match[3]}` : `${match[1]}${key}: ${value}`
}

/**
 * An HCL argument line `name = value` with the value replaced: only a value that ends on the line and is one
 * item (a list of one string, as `resources = ["*"]`, loses nothing); null for anything else.
 */
function replaceHclValue(line: string, name: string, value: string): string | null {
  const match = new RegExp(`^(\\s*)${name}(\\s*=\\s*)(.+?)\\s*(?:(?:#|//).*)?$`).exec(line)
  if (!match || !balanced(match[3])) return null
  if (match[3].startsWith('[') && !/^\[\s*"[^"]*"\s*,?\s*\]$/.test(match[3])) return null
  return `${match[1]}${name}${match[2]}${value}`
}

/** Every bracket and quote the value opens, it closes: the value ends on this line. */
function balanced(value: string): boolean {
  const unquoted = value.replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '')
  if (/["']/.test(unquoted) || /^[|>]/.test(unquoted)) return false
  const count = (c: string): number => unquoted.split(c).length - 1
  return count('[') === count(']') && count('{') === count('}')
}

/** The first line of every review comment this action writes: how a later run finds its own. */
export const SUGGESTION_MARKER = '<!-- cfn-kms-check suggestion -->'

/** A review comment that GitHub shows with a "Commit suggestion" button. */
export function suggestionBody(suggestion: Suggestion): string {
  const { finding } = suggestion
  return [
    SUGGESTION_MARKER,
    `**[${finding.ruleId}](${ruleDocsUrl(finding.ruleId)})** ${finding.title.slice(finding.ruleId.length + 1)}: ${finding.fix}`,
    '',
    '```suggestion',
    suggestion.text,
    '```',
  ].join('\n')
}

/** What a suggestion a later run no longer makes is edited to: no button, and why. */
export const WITHDRAWN_BODY = [
  SUGGESTION_MARKER,
  'Withdrawn: cfn-kms-check no longer suggests a change here (the finding is fixed or has changed).',
].join('\n')
