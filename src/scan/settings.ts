import { FAIL_ON, type FailOn } from '../gate.js'

/**
 * The values the CLI, the action and the config file share, checked in one place so that they accept the
 * same things. A check returns the value, or throws InvalidValue saying what is wrong without naming the
 * input: each entry point names it its own way (`--fail-on`, `Input 'fail-on'`, `fail-on` at a line of the
 * config file).
 */
export class InvalidValue extends Error {}

export function oneOf<T extends string>(allowed: readonly T[], value: unknown): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T
  throw new InvalidValue(`must be one of ${allowed.join(', ')}; got ${shown(value)}`)
}

export function failOnValue(value: unknown): FailOn {
  return oneOf(FAIL_ON, value)
}

/**
 * A template parameter's name (letters and digits, CloudFormation's rule) or a Terraform variable's (an
 * identifier: `_` and `-` too, `key_arn`).
 */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/
const NAME_RULE = 'a template parameter or Terraform variable name (letters, digits, _ and -)'

export function parameterName(name: string): string {
  if (NAME.test(name)) return name
  throw new InvalidValue(`must be ${NAME_RULE}; got ${shown(name)}`)
}

/** `Name=Value`: the value may hold `=` and commas; white space around either is dropped. */
export function parameterAssignment(text: string): [name: string, value: string] {
  const eq = text.indexOf('=')
  const name = text.slice(0, eq).trim()
  if (eq <= 0 || !NAME.test(name)) throw new InvalidValue(`must be Name=Value with ${NAME_RULE}; got ${shown(text)}`)
  return [name, text.slice(eq + 1).trim()]
}

/** A day that exists, written YYYY-MM-DD. */
export function dateValue(value: unknown): string {
  const text = String(value)
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`)
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text) return text
  }
  throw new InvalidValue(`must be a date written YYYY-MM-DD; got ${shown(value)}`)
}

/** `aws`, `aws-cn`, `aws-us-gov`, ...: the partition names AWS uses. */
export function partitionName(value: unknown): string {
  if (typeof value === 'string' && /^aws(-[a-z]+)*$/.test(value)) return value
  throw new InvalidValue(`must be a partition name such as aws, aws-cn or aws-us-gov; got ${shown(value)}`)
}

/**
 * A glob of files or folders to leave out. They match paths relative to the working directory, so an
 * absolute one would match nothing and leave everything in, in silence.
 */
export function ignoreGlob(value: string): string {
  if (value.trim() !== '' && !value.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(value)) return value
  throw new InvalidValue(`must be a glob relative to the working directory; got ${shown(value)}`)
}

function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}
