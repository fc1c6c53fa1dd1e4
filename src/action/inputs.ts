import { statSync } from 'node:fs'
import path from 'node:path'
import type { FailOn } from '../gate.js'
import { failOnValue, ignoreGlob, InvalidValue, oneOf, parameterAssignment } from '../scan/settings.js'

/** The inputs of action.yml, by the names users write. */
export const Input = {
  paths: 'paths',
  ignore: 'ignore',
  failOn: 'fail-on',
  comment: 'comment',
  suggestions: 'suggestions',
  githubToken: 'github-token',
  sarifFile: 'sarif-file',
  parameters: 'parameters',
  varFiles: 'var-files',
  workingDirectory: 'working-directory',
  config: 'config',
  newOnly: 'new-only',
  onlyChanged: 'only-changed',
  allowUnreadable: 'allow-unreadable',
  allowEmpty: 'allow-empty',
  apiTimeout: 'api-timeout',
} as const

const COMMENT_MODES = ['auto', 'always', 'never'] as const
type CommentMode = (typeof COMMENT_MODES)[number]

export interface Settings {
  paths: string[]
  ignore: string[]
  /** Unset: the config file's, else error. */
  failOn: FailOn | undefined
  comment: CommentMode
  /** On pull requests, post mechanical fixes as suggested changes in a review. */
  suggestions: boolean
  githubToken: string
  /** Absolute, or null when no SARIF is wanted. */
  sarifFile: string | null
  parameters: Record<string, string>
  /** Terraform `.tfvars` files, relative to the working directory. */
  varFiles: string[]
  /** Absolute folder the paths are relative to. */
  workingDirectory: string
  /** Config file relative to the working directory; undefined looks for .cfn-kms-check.yml there. */
  config: string | undefined
  /** On pull requests, judge only the findings the pull request adds. */
  newOnly: boolean
  /** On pull requests, scan only the templates the pull request changes. */
  onlyChanged: boolean
  /** Templates that cannot be read are reported but do not fail the step. */
  allowUnreadable: boolean
  /** Finding no template in the paths does not fail the step. */
  allowEmpty: boolean
  /** How long all GitHub API requests of the run may take together. */
  apiTimeoutSeconds: number
}

/** An input with a value the action cannot use; the message names the input. */
export class InputError extends Error {}

/**
 * Reads and checks every input. `getInput` returns the trimmed value ('' when unset), like `core.getInput`;
 * relative paths are taken from `workspace`, the folder the runner starts the action in.
 */
export function readSettings(getInput: (name: string) => string, workspace: string): Settings {
  const workingDirectory = path.resolve(workspace, getInput(Input.workingDirectory) || '.')
  if (!isDirectory(workingDirectory))
    throw new InputError(`Input '${Input.workingDirectory}': ${workingDirectory} is not a folder.`)
  const sarifFile = getInput(Input.sarifFile)
  return {
    paths: splitList(getInput(Input.paths)),
    ignore: splitList(getInput(Input.ignore)).map((glob) => input(Input.ignore, () => ignoreGlob(glob))),
    failOn: getInput(Input.failOn) ? input(Input.failOn, () => failOnValue(getInput(Input.failOn))) : undefined,
    comment: input(Input.comment, () => oneOf(COMMENT_MODES, getInput(Input.comment) || 'auto')),
    suggestions: booleanInput(Input.suggestions, getInput(Input.suggestions) || 'true'),
    githubToken: getInput(Input.githubToken),
    sarifFile: sarifFile ? path.resolve(workspace, sarifFile) : null,
    parameters: parseParameters(getInput(Input.parameters)),
    varFiles: splitList(getInput(Input.varFiles)),
    workingDirectory,
    config: getInput(Input.config) || undefined,
    newOnly: booleanInput(Input.newOnly, getInput(Input.newOnly)),
    onlyChanged: booleanInput(Input.onlyChanged, getInput(Input.onlyChanged)),
    allowUnreadable: booleanInput(Input.allowUnreadable, getInput(Input.allowUnreadable)),
    allowEmpty: booleanInput(Input.allowEmpty, getInput(Input.allowEmpty)),
    apiTimeoutSeconds: secondsInput(Input.apiTimeout, getInput(Input.apiTimeout) || '60'),
  }
}

function secondsInput(input: string, value: string): number {
  const seconds = Number(value)
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw new InputError(`Input '${input}' must be a number of seconds from 1 to 3600; got "${value}".`)
  return seconds
}

/** `true` or `false` (empty is false), as YAML 1.2 core spells them. */
function booleanInput(input: string, value: string): boolean {
  if (value === '' || /^(false|False|FALSE)$/.test(value)) return false
  if (/^(true|True|TRUE)$/.test(value)) return true
  throw new InputError(`Input '${input}' must be true or false; got "${value}".`)
}

/** Entries separated by newlines or commas; a comma inside `{a,b}` belongs to the glob. */
export function splitList(value: string): string[] {
  const entries: string[] = []
  let current = ''
  let depth = 0
  for (const char of value) {
    if (char === '{') depth++
    if (char === '}') depth = Math.max(0, depth - 1)
    if (char === '\n' || (char === ',' && depth === 0)) {
      entries.push(current)
      current = ''
    } else {
      current += char
    }
  }
  entries.push(current)
  return entries.map((e) => e.trim()).filter((e) => e !== '')
}

/** `Name=Value` lines; a value may hold commas and `=`, so only newlines separate them. */
export function parseParameters(value: string): Record<string, string> {
  const lines = value.split('\n').filter((line) => line.trim() !== '')
  return Object.fromEntries(lines.map((line) => input(Input.parameters, () => parameterAssignment(line.trim()))))
}

/** A value checked by the shared rules in scan/settings.ts; what is wrong with it is said with the input's name. */
function input<T>(name: string, check: () => T): T {
  try {
    return check()
  } catch (e) {
    if (e instanceof InvalidValue) throw new InputError(`Input '${name}' ${e.message}.`)
    throw e
  }
}

function isDirectory(folder: string): boolean {
  try {
    return statSync(folder).isDirectory()
  } catch {
    return false
  }
}
