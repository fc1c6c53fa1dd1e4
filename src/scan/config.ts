import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadDocument, type LoadedDocument, type Path } from '../cfn/load.js'
import type { LevelOverrides } from '../checks/context.js'
import { ruleById, RULES } from '../checks/index.js'
import { LEVELS, SCOPES, type Diagnostic, type Level } from '../findings.js'

import { isObject } from '../util/object.js'
import type { FailOn } from '../gate.js'
import { failOnValue, ignoreGlob, InvalidValue, parameterName, partitionName } from './settings.js'
import { isProblem, readSuppression, type Suppression } from './suppress.js'

const CONFIG_NAMES = ['.cfn-kms-check.yml', '.cfn-kms-check.yaml']

/** Parameter values for the templates whose paths match a glob. */
export interface ParameterSet {
  files: string
  values: Record<string, string>
}

export interface Config {
  /** Where it was read from, relative to the working directory. */
  file: string
  paths?: string[]
  ignore?: string[]
  partition?: string
  /** Terraform `.tfvars` files (relative to the working directory) for every root module scanned. */
  varFiles?: string[]
  failOn?: FailOn
  allowUnreadable?: boolean
  levels: LevelOverrides
  parameters: ParameterSet[]
  suppress: Suppression[]
}

/** A config file that cannot be used as written; the scan does not start (exit 2). */
export class ConfigError extends Error {
  constructor(readonly problems: Diagnostic[]) {
    // One line per problem; line 0 is a problem of the whole file (it cannot be read).
    super(problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ''}: ${p.message}`).join('\n'))
  }
}

/**
 * The config file in cwd, or else in the folders above it up to the repository root (the folder with
 * `.git`), so a scan of a subfolder still finds the repository's config. Relative to cwd.
 */
export function findConfig(cwd: string): string | null {
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    const name = CONFIG_NAMES.find((n) => existsSync(path.join(folder, n)))
    if (name) return path.relative(cwd, path.join(folder, name)).split(path.sep).join('/')
    if (existsSync(path.join(folder, '.git')) || path.dirname(folder) === folder) return null
  }
}

/** Reads and validates a config file; every problem is reported with its line. */
export function loadConfig(file: string, cwd: string): Config {
  let text: string
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8')
  } catch (e) {
    throw new ConfigError([
      { file, line: 0, column: 0, message: `cannot read the config file: ${(e as Error).message}` },
    ])
  }
  const loaded = loadDocument(text, file)
  if (!loaded.ok) throw new ConfigError([{ file, ...loaded.error }])
  return new ConfigReader(file, loaded.document).read()
}

class ConfigReader {
  private readonly problems: Diagnostic[] = []

  constructor(
    private readonly file: string,
    private readonly document: LoadedDocument,
  ) {}

  read(): Config {
    const data = this.document.data
    const config: Config = { file: this.file, levels: {}, parameters: [], suppress: [] }
    if (data === null || data === undefined) return config
    if (!isObject(data)) {
      this.problem(
        [],
        'the config file must be a mapping (paths, ignore, partition, fail-on, levels, parameters, var-files, suppress)',
      )
      throw new ConfigError(this.problems)
    }
    for (const [key, value] of Object.entries(data)) {
      switch (key) {
        case 'paths':
          config.paths = this.strings([key], value)
          break
        case 'ignore':
          config.ignore = this.strings([key], value)?.flatMap(
            (glob, i) => this.checked([key, i], 'ignore', () => ignoreGlob(glob)) ?? [],
          )
          break
        case 'partition':
          config.partition = this.checked([key], key, () => partitionName(value))
          break
        case 'fail-on':
          config.failOn = this.checked([key], key, () => failOnValue(value))
          break
        case 'allow-unreadable':
          if (typeof value === 'boolean') config.allowUnreadable = value
          else this.problem([key], 'allow-unreadable must be true or false')
          break
        case 'levels':
          config.levels = this.levels(value)
          break
        case 'parameters':
          config.parameters = this.parameterSets(value)
          break
        case 'var-files':
          config.varFiles = this.strings([key], value)
          break
        case 'suppress':
          config.suppress = this.suppressions(value)
          break
        default:
          this.problem(
            [key],
            `unknown key "${key}" (allowed: paths, ignore, partition, fail-on, allow-unreadable, levels, parameters, var-files, suppress)`,
            true,
          )
      }
    }
    if (this.problems.length > 0) throw new ConfigError(this.problems)
    return config
  }

  /** A value checked by the shared rules in settings.ts; what is wrong with it is said with the key's name. */
  private checked<T>(path: Path, name: string, check: () => T, atKey = false): T | undefined {
    try {
      return check()
    } catch (e) {
      if (!(e instanceof InvalidValue)) throw e
      this.problem(path, `${name} ${e.message}`, atKey)
      return undefined
    }
  }

  private problem(path: Path, message: string, atKey = false): void {
    const at = this.document.locate(path, { key: atKey })
    this.problems.push({ file: this.file, line: at.line, column: at.column, message })
  }

  private strings(path: Path, value: unknown): string[] | undefined {
    const list = typeof value === 'string' ? [value] : value
    if (Array.isArray(list) && list.every((v) => typeof v === 'string')) return list
    this.problem(path, `${String(path[path.length - 1])} must be a string or a list of strings`)
    return undefined
  }

  /** Keys: a rule id, a scope, or `rule/scope`; values: a level or `off`. */
  private levels(value: unknown): LevelOverrides {
    if (!isObject(value)) {
      this.problem(['levels'], 'levels must map a rule, a scope or rule/scope to error, warning, note or off')
      return {}
    }
    const out: Record<string, Level | 'off'> = {}
    for (const [key, level] of Object.entries(value)) {
      const [rule, scope] = key.includes('/')
        ? key.split('/', 2)
        : (SCOPES as readonly string[]).includes(key)
          ? [null, key]
          : [key, null]
      if (rule !== null && ruleById(rule) === undefined)
        this.problem(['levels', key], `unknown rule "${rule}" (rules: ${RULES.map((r) => r.id).join(', ')})`, true)
      else if (scope !== null && !(SCOPES as readonly string[]).includes(scope))
        this.problem(['levels', key], `unknown scope "${scope}" (scopes: ${SCOPES.join(', ')})`, true)
      else if (!([...LEVELS, 'off'] as unknown[]).includes(level))
        this.problem(['levels', key], `level must be error, warning, note or off, got ${JSON.stringify(level)}`)
      else out[key] = level as Level | 'off'
    }
    return out
  }

  private parameterSets(value: unknown): ParameterSet[] {
    if (!Array.isArray(value)) {
      this.problem(['parameters'], 'parameters must be a list of {files: <glob>, values: {Name: Value}}')
      return []
    }
    const sets: ParameterSet[] = []
    value.forEach((entry, i) => {
      const at: Path = ['parameters', i]
      if (!isObject(entry) || typeof entry['files'] !== 'string' || !isObject(entry['values'])) {
        this.problem(
          at,
          'each parameters entry needs files (a glob) and values (a mapping of parameter names to values)',
        )
        return
      }
      const extra = Object.keys(entry).find((k) => k !== 'files' && k !== 'values')
      if (extra) this.problem([...at, extra], `unknown key "${extra}" (allowed: files, values)`, true)
      const values: Record<string, string> = {}
      for (const [name, v] of Object.entries(entry['values'])) {
        if (this.checked([...at, 'values', name], 'parameter', () => parameterName(name), true) === undefined) continue
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') values[name] = String(v)
        else this.problem([...at, 'values', name], `the value of parameter ${name} must be a string`)
      }
      sets.push({ files: entry['files'], values })
    })
    return sets
  }

  private suppressions(value: unknown): Suppression[] {
    if (!Array.isArray(value)) {
      this.problem(['suppress'], 'suppress must be a list of {files, resource?, rule, reason, expires?, policy?}')
      return []
    }
    const out: Suppression[] = []
    value.forEach((entry, i) => {
      const files = isObject(entry) && typeof entry['files'] === 'string' ? entry['files'] : null
      if (files === null) {
        this.problem(
          ['suppress', i],
          'a suppression in the config file needs files: a glob of the templates it applies to',
        )
        return
      }
      const resource = isObject(entry) && typeof entry['resource'] === 'string' ? entry['resource'] : null
      const read = readSuppression(this.document, this.file, ['suppress', i], entry, {
        resource,
        files,
        extraKeys: ['files', 'resource'],
      })
      if (isProblem(read)) this.problems.push({ file: this.file, ...read })
      else out.push(read)
    })
    return out
  }
}
