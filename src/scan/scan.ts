import { closeSync, openSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { asDeployed } from '../cfn/deployed.js'
import { extract, isTemplate, looksLikeTemplate, structureProblems, unrendered } from '../cfn/extract.js'
import { loadDocument, type Path } from '../cfn/load.js'
import { ResolveLimitError, Resolver } from '../cfn/resolve.js'
import type { LevelOverrides } from '../checks/context.js'
import { runChecks } from '../checks/index.js'
import { discover, globMatcher, type Discovery } from './discover.js'
import { calledModules, isTerraformFile, scanPlan, scanTerraform, terraformModules } from './terraform.js'
import { isPlan, looksLikePlan } from '../terraform/plan.js'
import type { ParameterSet } from './config.js'
import { unusedParameterWarnings } from './parameters.js'
import { isObject } from '../util/object.js'
import { suppressionFindings } from '../checks/suppression.js'
import { fingerprintOf, LEVELS, type Finding, type Diagnostic, type ScanResult, type ScanSummary } from '../findings.js'
import { applySuppressions, templateSuppressions, type Suppression } from './suppress.js'

export interface ScanOptions {
  /** Files, folders or globs; `.` when empty. */
  paths: readonly string[]
  cwd: string
  ignore?: readonly string[]
  /** Parameter values (`Name=Value`), also `AWS::AccountId`-style pseudo parameters are not needed: they stay fixed. */
  parameters?: Readonly<Record<string, string>>
  /** Terraform `.tfvars` files for the root modules, relative to cwd; `parameters` win over them. */
  varFiles?: readonly string[]
  partition?: string
  levels?: LevelOverrides
  /** Parameter values per template glob (from the config file); `parameters` win over them. */
  parameterSets?: readonly ParameterSet[]
  /** Suppressions from the config file; those in templates are read from each template. */
  suppressions?: readonly Suppression[]
  /** YYYY-MM-DD against which suppressions expire; today (UTC) unless set. */
  today?: string
  /** Scan only these files (relative to cwd): the ones a pull request changes. */
  onlyFiles?: readonly string[]
}

/** CloudFormation accepts templates up to 1 MB from S3; we read up to 5 MiB and say so past that. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

/** Finds templates under the given paths and runs every rule on each; one bad file never stops the others. */
export function scan(options: ScanOptions, discovery = discoverFor(options)): ScanResult {
  return summarize(
    discovery,
    [
      ...discovery.files.filter((file) => !isTerraformFile(file)).map((file) => scanFile(file, options)),
      ...terraformJobs(discovery.files, options).map((judge) => judge()),
    ],
    options,
  )
}

export function discoverFor(options: ScanOptions): Discovery {
  return discover(options.paths, { cwd: options.cwd, ignore: options.ignore, only: options.onlyFiles })
}

/**
 * One step per Terraform module to judge: each folder of `.tf` files is one module, judged as a whole on
 * the main thread (it holds the HCL parser).
 */
export function terraformJobs(files: readonly string[], options: ScanOptions): (() => FileOutcome)[] {
  const modules = terraformModules(files, options.cwd)
  // A folder another module calls (`source = "./..."`) is judged through that call, with its inputs.
  const called = calledModules(modules, options.cwd)
  return [...modules]
    .filter(([folder]) => !called.has(folder))
    .map(
      ([folder, tf]) =>
        () =>
          scanTerraform(folder, tf, options, parametersFor(tf[0], options)),
    )
}

/** Puts per-file outcomes (in file order) together into the result every renderer reads. */
export function summarize(discovery: Discovery, outcomes: readonly FileOutcome[], options: ScanOptions): ScanResult {
  const findings: Finding[] = []
  const suppressed: Finding[] = []
  const unparseable: Diagnostic[] = []
  const errors: Diagnostic[] = [
    ...discovery.missing.map((given) => ({
      file: given,
      line: 0,
      column: 0,
      message: 'no such file or folder, or nothing matches this pattern',
      unreadable: true,
    })),
    ...discovery.links.map((given) => ({
      file: given,
      line: 0,
      column: 0,
      message:
        'a symbolic link: links are not followed (they can loop or lead outside the scanned tree); give the path it points to',
      unreadable: true,
    })),
  ]
  const summary: ScanSummary = {
    files: discovery.files.length,
    templates: 0,
    checked: 0,
    rejected: 0,
    unreadable: discovery.missing.length + discovery.links.length,
    skipped: 0,
    unparseable: 0,
    policies: 0,
    findings: 0,
    errors: 0,
    suppressed: 0,
    baseline: 0,
    unchanged: discovery.unchanged,
  }
  const fromPlans: Finding[] = []
  const suppressedFromPlans: Finding[] = []
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') {
      errors.push({ ...outcome.error, unreadable: true })
      summary.unreadable++
    } else if (outcome.kind === 'skipped') summary.skipped++
    else if (outcome.kind === 'unparseable') unparseable.push(outcome.error)
    else {
      summary.templates++
      // A Terraform module is one outcome over several files: those it could not read count as unreadable files.
      summary.unreadable += new Set(outcome.errors.filter((e) => e.unreadable).map((e) => e.file)).size
      if (outcome.errors.some((e) => !e.unreadable)) summary.rejected++
      else summary.checked++
      summary.policies += outcome.policies
      ;(outcome.plan ? fromPlans : findings).push(...outcome.findings)
      ;(outcome.plan ? suppressedFromPlans : suppressed).push(...outcome.suppressed)
      errors.push(...outcome.errors)
    }
  }
  once(findings, fromPlans)
  once(suppressed, suppressedFromPlans)
  findings.sort(byPlace)
  suppressed.sort(byPlace)
  summary.findings = findings.length
  summary.errors = errors.length
  summary.suppressed = suppressed.length
  summary.unparseable = unparseable.length
  const declared = outcomes.map((outcome, i) => ({
    file: discovery.files[i],
    parameters: outcome.kind === 'template' ? outcome.parameters : null,
  }))
  return {
    findings,
    errors,
    unparseable,
    suppressed,
    baseline: [],
    warnings: unusedParameterWarnings(declared, options),
    summary,
  }
}

/**
 * Adds a plan's findings to `findings`, each grant once: a plan finding located in a `.tf` file at the same
 * statement, by the same rule, for the same address as one already there (the `.tf` file scanned too, or
 * another plan of it) is the same grant, and the worse level of the two is kept.
 */
function once(findings: Finding[], fromPlans: readonly Finding[]): void {
  // Without plans there is nothing to merge: no key is made for every finding of the scan.
  if (fromPlans.length === 0) return
  const keyOf = (f: Finding): string => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.resource])
  const at = new Map(findings.map((f, i) => [keyOf(f), i]))
  for (const finding of fromPlans) {
    const i = at.get(keyOf(finding))
    if (i === undefined) at.set(keyOf(finding), findings.push(finding) - 1)
    else if (LEVELS.indexOf(finding.level) < LEVELS.indexOf(findings[i].level)) findings[i] = finding
  }
}

export type FileOutcome =
  | { kind: 'error'; error: Diagnostic }
  | { kind: 'skipped' }
  | { kind: 'unparseable'; error: Diagnostic }
  | {
      kind: 'template'
      findings: Finding[]
      suppressed: Finding[]
      errors: Diagnostic[]
      policies: number
      /** The names of the parameters the template declares. */
      parameters: string[]
      /** A Terraform plan's: its findings may stand in `.tf` files that are scanned too. */
      plan?: true
    }

export function scanFile(file: string, options: ScanOptions): FileOutcome {
  const absolute = path.resolve(options.cwd, file)
  let text: string | null
  try {
    const bytes = readUpTo(absolute, MAX_FILE_BYTES + 1)
    if (bytes.length > MAX_FILE_BYTES) {
      const size = statSync(absolute).size
      return fileError(
        file,
        `file is ${(size / 1048576).toFixed(1)} MiB; templates over ${MAX_FILE_BYTES / 1048576} MiB are not read (CloudFormation itself takes at most 1 MB)`,
      )
    }
    text = decodeText(bytes)
  } catch (e) {
    return fileError(file, `cannot read the file: ${(e as Error).message}`)
  }
  return scanText(file, text, options)
}

/** One file's bytes at a time, for each thread: a file is read into it up to one byte past the limit. */
let readBuffer: Buffer | null = null

/**
 * A file's first `limit` bytes (all of it when shorter), read through one descriptor into the thread's buffer:
 * no `stat` of the path first (a lookup that cost more than the read), and no file read whole however large.
 * The bytes stay valid until the next call.
 */
function readUpTo(absolute: string, limit: number): Buffer {
  const buffer =
    readBuffer !== null && readBuffer.length >= limit ? readBuffer : (readBuffer = Buffer.allocUnsafe(limit))
  const fd = openSync(absolute, 'r')
  try {
    let length = 0
    while (length < limit) {
      const read = readSync(fd, buffer, length, limit - length, null)
      if (read === 0) break
      length += read
    }
    return buffer.subarray(0, length)
  } finally {
    closeSync(fd)
  }
}

/** Judges one file's content; `file` is only its name in the report (the content may come from git). */
export function scanBytes(file: string, bytes: Buffer, options: ScanOptions): FileOutcome {
  return scanText(file, decodeText(bytes), options)
}

function scanText(file: string, text: string | null, options: ScanOptions): FileOutcome {
  if (text === null)
    return fileError(file, 'not a text file (it holds NUL bytes); a template must be UTF-8 or UTF-16 text')
  if (text.trim() === '') return { kind: 'skipped' }
  const loaded = loadDocument(text, file)
  if (!loaded.ok) {
    const error = { file, ...loaded.error }
    // CloudFormation reads one document per file: several, none of them a template, is some other tool's file.
    if ('documents' in loaded) return loaded.documents.some(isTemplate) ? { kind: 'error', error } : { kind: 'skipped' }
    // Only a file that shows it is meant as a template fails the gate for not parsing; one that renders
    // into a template (Jinja, a build's placeholders) is not deployed as written.
    const reason = unrendered(text, error.line)
    if (reason) return { kind: 'unparseable', error: { ...error, message: `${error.message} (${reason})` } }
    return looksLikeTemplate(text) ? { kind: 'error', error } : { kind: 'unparseable', error }
  }
  const data = loaded.document.data
  if (isPlan(data))
    return scanPlan(file, data, loaded.document, options, parametersFor(file, options), text.split('\n').length)
  if (looksLikePlan(data))
    return fileError(file, 'a Terraform plan without planned_values: write it with terraform show -json <plan file>')
  if (!isTemplate(data)) return { kind: 'skipped' }
  let document = loaded.document
  const located = (path: Path, message: string, key = false): Diagnostic => {
    const at = document.locate(path, { key })
    return { file, line: at.line, column: at.column, message }
  }
  try {
    const parameters = parametersFor(file, options)
    // Judged as deployed: loops and SAM Globals expanded, places still those of the source.
    const deployed = asDeployed(loaded.document, data, parameters)
    document = deployed.document
    const template = deployed.template
    const errors = structureProblems(template).map((p) => located(p.path, p.message, p.key))
    const extracted = extract(template)
    const model = { ...extracted, notes: [...deployed.notes, ...extracted.notes] }
    const resolver = new Resolver(template, { parameters, partition: options.partition ?? 'aws' })
    const checked = runChecks({ file, document, model, resolver, levels: options.levels ?? {} })
    errors.push(...[...resolver.problems.values()].map((p) => located(p.path, p.message)))
    const written = templateSuppressions(file, document)
    return judgedTemplate(
      {
        findings: checked.findings,
        problems: suppressionFindings(file, template, written.problems, options.levels ?? {}),
        written: written.suppressions,
        errors,
        policies: checked.policies,
        parameters: isObject(template['Parameters']) ? Object.keys(template['Parameters']) : [],
      },
      options,
    )
  } catch (e) {
    if (e instanceof ResolveLimitError) return { kind: 'error', error: located(e.path, e.message) }
    return internalError(file, e instanceof Error ? e.message : String(e))
  }
}

/**
 * What a judged template (or Terraform module) comes to: the suppressions written in it and those of the config
 * applied, its suppression problems added as findings, every finding fingerprinted.
 */
export function judgedTemplate(
  judged: {
    findings: Finding[]
    /** Findings about the suppressions themselves; never suppressed. */
    problems: Finding[]
    written: readonly Suppression[]
    errors: Diagnostic[]
    policies: number
    parameters: string[]
  },
  options: ScanOptions,
): FileOutcome {
  const applicable = [...judged.written, ...(options.suppressions ?? [])]
  const { findings, suppressed } = applySuppressions(judged.findings, applicable, options.today)
  return {
    kind: 'template',
    findings: withFingerprints([...findings, ...judged.problems]),
    suppressed: withFingerprints(suppressed),
    errors: judged.errors,
    policies: judged.policies,
    parameters: judged.parameters,
  }
}

/** Our own bug must not pass as "no findings": it is an error that fails the gate, marked as ours. */
export function internalError(file: string, detail: string): FileOutcome {
  const message = `internal error while checking this template, please report it: ${detail}`
  return { kind: 'error', error: { file, line: 1, column: 1, message, internal: true } }
}

function fileError(file: string, message: string, line = 1, column = 1): FileOutcome {
  return { kind: 'error', error: { file, line, column, message } }
}

/** Config values for templates matching their glob, then the values given on the command line. */
function parametersFor(file: string, options: ScanOptions): Record<string, string> {
  if (!options.parameterSets?.length) return { ...options.parameters }
  const sets = options.parameterSets.filter((set) => globMatcher(set.files)(file))
  return Object.assign({}, ...sets.map((set) => set.values), options.parameters ?? {}) as Record<string, string>
}

function withFingerprints(findings: Finding[]): Finding[] {
  for (const f of findings) f.fingerprint = fingerprintOf(f)
  return findings
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
