import { changedFiles, compareWithBase } from './baseline.js'
import { findConfig, loadConfig, type Config } from './config.js'
import { scanInParallel } from './parallel.js'
import type { ScanResult } from '../findings.js'
import { scan, type ScanOptions } from './scan.js'
import type { FailOn, Gate } from '../gate.js'
import { today } from './suppress.js'

/** What the CLI and the action both ask for; unset values come from the config file, then defaults. */
export interface RunSettings {
  cwd: string
  paths: readonly string[]
  ignore: readonly string[]
  parameters: Readonly<Record<string, string>>
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
  today?: string
  /** Unreadable templates are reported but do not fail the gate. */
  allowUnreadable?: boolean
  /** The running bundle, to scan on worker threads. */
  workerEntry?: URL
}

/** Reads the config (throws ConfigError when it is invalid), scans, and compares with the base when asked. */
export async function runScan(
  settings: RunSettings,
): Promise<{ result: ScanResult; gate: Gate; config: Config | null }> {
  const configFile = settings.configFile ?? findConfig(settings.cwd)
  const config = configFile ? loadConfig(configFile, settings.cwd) : null
  const warnings: string[] = []
  let onlyFiles = settings.onlyFiles
  if (settings.changedSince && !onlyFiles) {
    const changed = changedFiles(settings.cwd, settings.changedSince)
    if (changed) onlyFiles = changed
    else
      warnings.push(
        `cannot tell which files changed since ${settings.changedSince} (not a git repository, or the commit is not in this clone), so every template is scanned`,
      )
  }
  const options: ScanOptions = {
    cwd: settings.cwd,
    paths: settings.paths.length > 0 ? settings.paths : (config?.paths ?? ['.']),
    ignore: [...(config?.ignore ?? []), ...settings.ignore],
    parameters: settings.parameters,
    parameterSets: config?.parameters ?? [],
    partition: settings.partition ?? config?.partition ?? 'aws',
    levels: config?.levels ?? {},
    suppressions: config?.suppress ?? [],
    // One date for the whole scan: every file is judged against the same day.
    today: settings.today ?? today(),
    onlyFiles,
  }
  let result = settings.workerEntry ? await scanInParallel(options, settings.workerEntry) : scan(options)
  if (settings.baselineRef) result = compareWithBase(result, settings.baselineRef, options)
  return {
    result: { ...result, warnings: [...warnings, ...result.warnings] },
    gate: {
      failOn: settings.failOn ?? config?.failOn ?? 'error',
      allowUnreadable: settings.allowUnreadable || (config?.allowUnreadable ?? false),
    },
    config,
  }
}
