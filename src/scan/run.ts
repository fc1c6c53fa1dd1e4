import { changedFiles, changedLines, compareWithBase } from './baseline.js'
import { findConfig, loadConfig, type Config } from './config.js'
import { scanInParallel } from './parallel.js'
import type { ChangedLines, ScanResult } from '../findings.js'
import { discoverFor, scan, type ScanOptions } from './scan.js'
import { besideTerraform, isTerraformFile } from './terraform.js'
import { startHcl } from '../terraform/hcl.js'
import { DEFAULT_GATE, type FailOn, type Gate } from '../gate.js'
import { today } from './suppress.js'

/** What the CLI and the action both ask for; unset values come from the config file, then defaults. */
export interface RunSettings {
  cwd: string
  paths: readonly string[]
  ignore: readonly string[]
  parameters: Readonly<Record<string, string>>
  /** Terraform `.tfvars` files (relative to cwd) for every root module scanned. */
  varFiles?: readonly string[]
  partition?: string
  failOn?: FailOn
  /** A config file path; undefined looks for .cfn-kms-check.yml in cwd. */
  configFile?: string
  /** Judge only findings that are not on this commit. */
  baselineRef?: string
  /** Scan only the templates changed since this commit. */
  changedSince?: string
  /** Only these files (when the caller knows them, e.g. from the GitHub API). */
  onlyFiles?: readonly string[]
  /** What the change touches, when the caller knows it (the action, from git or the API); else from git. */
  changed?: ChangedLines
  today?: string
  /** Unreadable templates are reported but do not fail the gate. */
  allowUnreadable?: boolean
  /** Finding no template in the paths is not an error. */
  allowEmpty?: boolean
  /** The running bundle, to scan on worker threads. */
  workerEntry?: URL
  /** Where CFN_KMS_CHECK_THREADS is read; the process's own environment unless given. */
  env?: NodeJS.ProcessEnv
}

/**
 * No template in the paths given: most likely a misspelt or moved folder, which must not pass as "no findings"
 * on every run. The message names the paths; each entry point adds how to allow it.
 */
export class EmptyScanError extends Error {}

export interface RunOutcome {
  result: ScanResult
  gate: Gate
  config: Config | null
  /** Only changed files were asked for and none of them is a template: a pass with nothing to check. */
  noTemplateChanged: boolean
}

/**
 * Reads the config (throws ConfigError when it is invalid), scans, and compares with the base when asked.
 * Throws EmptyScanError when the paths hold no template, unless allowed or unless only changed files were
 * asked for (a change that touches no template has nothing to check).
 */
export async function runScan(settings: RunSettings): Promise<RunOutcome> {
  const configFile = settings.configFile ?? findConfig(settings.cwd)
  const config = configFile ? loadConfig(configFile, settings.cwd) : null
  const warnings: string[] = []
  let onlyFiles = settings.onlyFiles
  if (settings.changedSince && !onlyFiles) {
    const changed = changedFiles(settings.cwd, settings.changedSince)
    if ('files' in changed) onlyFiles = changed.files
    else
      warnings.push(
        `cannot tell which files changed since ${settings.changedSince}: ${changed.missing}; so every template is scanned`,
      )
  }
  const options: ScanOptions = {
    cwd: settings.cwd,
    paths: settings.paths.length > 0 ? settings.paths : (config?.paths ?? ['.']),
    ignore: [...(config?.ignore ?? []), ...settings.ignore],
    parameters: settings.parameters,
    // The config file's first: files given later win, so those of the command line or action win.
    varFiles: [...(config?.varFiles ?? []), ...(settings.varFiles ?? [])],
    parameterSets: config?.parameters ?? [],
    partition: settings.partition ?? config?.partition ?? 'aws',
    levels: config?.levels ?? {},
    suppressions: config?.suppress ?? [],
    // One date for the whole scan: every file is judged against the same day.
    today: settings.today ?? today(),
    onlyFiles,
  }
  const discovery = discoverFor(options)
  // The HCL parser is loaded only when there is Terraform to read (a plan's .tf files included): other
  // repositories never pay for it.
  if (discovery.files.some(isTerraformFile) || besideTerraform(discovery.files, options.cwd).size > 0) await startHcl()
  let result = settings.workerEntry
    ? await scanInParallel(options, settings.workerEntry, discovery, settings.env)
    : scan(options, discovery)
  const empty = isEmpty(result)
  if (empty && !onlyFiles && !settings.allowEmpty) throw new EmptyScanError(emptyMessage(options.paths, result))
  if (settings.baselineRef) result = compareWithBase(result, settings.baselineRef, options)
  // Reports put what the change touches first: known from the base commit the scan is compared with.
  const base = settings.baselineRef ?? settings.changedSince
  const changed = settings.changed ?? (base ? (changedLines(settings.cwd, base) ?? undefined) : undefined)
  return {
    result: { ...result, warnings: [...warnings, ...result.warnings], ...(changed ? { changed } : {}) },
    gate: {
      failOn: settings.failOn ?? config?.failOn ?? DEFAULT_GATE.failOn,
      allowUnreadable: settings.allowUnreadable || (config?.allowUnreadable ?? false),
    },
    config,
    noTemplateChanged: empty && onlyFiles !== undefined,
  }
}

/** Every candidate file read was something else than a template, or there was none: nothing was checked. */
function isEmpty({ summary }: ScanResult): boolean {
  return summary.templates === 0 && summary.files === summary.skipped + summary.unparseable
}

function emptyMessage(paths: readonly string[], { summary, errors }: ScanResult): string {
  const read =
    summary.files === 0
      ? 'no YAML, JSON or Terraform file'
      : `${summary.files} file${summary.files === 1 ? '' : 's'} read, none a template`
  // With nothing read, the only errors are paths given that do not exist or are links.
  const why = errors.map((e) => `; ${e.file}: ${e.message}`).join('')
  return `no template found in ${paths.join(', ')} (${read}${why})`
}
