import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { extract, isTemplate } from './cfn/extract.js'
import { loadDocument } from './cfn/load.js'
import { Resolver } from './cfn/resolve.js'
import type { LevelOverrides } from './checks/context.js'
import { runChecks } from './checks/index.js'
import { discover, type Discovery } from './discover.js'
import { LEVELS, type Finding, type ScanError } from './findings.js'

export interface ScanOptions {
  /** Files, folders or globs; `.` when empty. */
  paths: readonly string[]
  cwd: string
  ignore?: readonly string[]
  /** Parameter values (`Name=Value`), also `AWS::AccountId`-style pseudo parameters are not needed: they stay fixed. */
  parameters?: Readonly<Record<string, string>>
  partition?: string
  levels?: LevelOverrides
}

export interface ScanSummary {
  /** Candidate files read. */
  files: number
  templates: number
  /** Candidate files that are not CloudFormation templates (workflows, package.json, ...). */
  skipped: number
  /** Identity policy documents judged. */
  policies: number
  findings: number
  errors: number
}

export interface ScanResult {
  findings: Finding[]
  errors: ScanError[]
  summary: ScanSummary
}

/** CloudFormation accepts templates up to 1 MB from S3; we read up to 5 MiB and say so past that. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

/** Finds templates under the given paths and runs every rule on each; one bad file never stops the others. */
export function scan(options: ScanOptions): ScanResult {
  const discovery = discover(options.paths, { cwd: options.cwd, ignore: options.ignore })
  return summarize(discovery, discovery.files.map((file) => scanFile(file, options)))
}

/** Puts per-file outcomes (in file order) together into the result every renderer reads. */
export function summarize(discovery: Discovery, outcomes: readonly FileOutcome[]): ScanResult {
  const findings: Finding[] = []
  const errors: ScanError[] = discovery.missing.map((given) => ({ file: given, line: 0, column: 0, message: 'no such file or folder, or nothing matches this pattern' }))
  const summary: ScanSummary = { files: discovery.files.length, templates: 0, skipped: 0, policies: 0, findings: 0, errors: 0 }
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') errors.push(outcome.error)
    else if (outcome.kind === 'skipped') summary.skipped++
    else {
      summary.templates++
      summary.policies += outcome.policies
      findings.push(...outcome.findings)
    }
  }
  findings.sort(byPlace)
  summary.findings = findings.length
  summary.errors = errors.length
  return { findings, errors, summary }
}

export type FileOutcome =
  | { kind: 'error'; error: ScanError }
  | { kind: 'skipped' }
  | { kind: 'template'; findings: Finding[]; policies: number }

export function scanFile(file: string, options: ScanOptions): FileOutcome {
  const error = (message: string, line = 1, column = 1): FileOutcome => ({ kind: 'error', error: { file, line, column, message } })
  const absolute = path.resolve(options.cwd, file)
  let text: string
  try {
    const size = statSync(absolute).size
    if (size > MAX_FILE_BYTES) return error(`file is ${(size / 1048576).toFixed(1)} MiB; templates over ${MAX_FILE_BYTES / 1048576} MiB are not read (CloudFormation itself takes at most 1 MB)`)
    const decoded = decodeText(readFileSync(absolute))
    if (decoded === null) return error('not a text file (it holds NUL bytes); a template must be UTF-8 or UTF-16 text')
    text = decoded
  } catch (e) {
    return error(`cannot read the file: ${(e as Error).message}`)
  }
  if (text.trim() === '') return { kind: 'skipped' }
  const loaded = loadDocument(text, file)
  if (!loaded.ok) return error(loaded.error.message, loaded.error.line, loaded.error.column)
  if (!isTemplate(loaded.document.data)) return { kind: 'skipped' }
  try {
    const template = loaded.document.data
    const model = extract(template)
    const resolver = new Resolver(template, { parameters: options.parameters ?? {}, partition: options.partition ?? 'aws' })
    const { findings, policies } = runChecks({ file, document: loaded.document, model, resolver, levels: options.levels ?? {} })
    return { kind: 'template', findings, policies }
  } catch (e) {
    // Our own bug must not pass as "no findings": it is an error that fails the gate.
    return error(`internal error while checking this template, please report it: ${(e as Error).stack ?? String(e)}`.split('\n')[0]!)
  }
}

/** UTF-8, or UTF-16 when it starts with a byte order mark; null for binary content. */
function decodeText(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le')
  if (bytes.includes(0)) return null
  return bytes.toString('utf8')
}

function byPlace(a: Finding, b: Finding): number {
  return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId)
}

/** Code-unit order: the same on every machine, unlike locale order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether any finding (or any error: an unreadable template must not pass) reaches the threshold. */
export function gateFails(result: ScanResult, failOn: 'error' | 'warning' | 'note' | 'never'): boolean {
  if (failOn === 'never') return false
  const threshold = LEVELS.indexOf(failOn)
  return result.errors.length > 0 || result.findings.some((f) => LEVELS.indexOf(f.level) <= threshold)
}
