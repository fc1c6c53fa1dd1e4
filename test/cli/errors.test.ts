/**
 * One error contract: a usage, input or I/O error is one line on standard error and exit 2; a bug of ours is
 * exit 3, named with the file it happened in; never a stack trace. Run from the source, and as the built command
 * where the process itself matters (the PATH, a file that cannot be written).
 */
import { spawnSync } from 'node:child_process'
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/cli.js'
import { internalErrorLine } from '../../src/util/internal-error.js'
import { requireFreshDist } from '../dist.js'
import { busyTemplate } from '../fixtures/workers/busy.js'

const BIN = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))
const DECRYPT_ALL = readFileSync(new URL('../fixtures/cli/managed-policy-decrypt-all.yaml', import.meta.url), 'utf8')
/** A line of a stack trace, as Node prints one. */
const STACK_LINE = /^\s+at /m

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-errors-'))
  mkdirSync(path.join(dir, 'templates'))
  writeFileSync(path.join(dir, 'templates/leaky.yaml'), DECRYPT_ALL)
  writeFileSync(path.join(dir, 'two-problems.yml'), 'fail-on: sometimes\npartition: mars\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The built command, as a user runs it, with only the environment given. */
function bin(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1', ...env },
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return result
}

describe('a usage error: one line on stderr, exit 2, no report', () => {
  it.each([
    [
      'an unknown option, with the option meant',
      ['--formt', 'json'],
      'unknown option --formt (did you mean --format?)',
    ],
    ['a misspelt flag with its value', ['--fail-of=warning'], 'unknown option --fail-of (did you mean --fail-on?)'],
    ['an unknown option nothing is near', ['--frobnicate'], 'unknown option --frobnicate'],
    ['an unknown short flag', ['-x'], 'unknown option -x'],
    ['a missing value', ['templates', '--format'], '--format needs a value'],
    ['a missing value of a short flag', ['templates', '-o'], '--output needs a value'],
    ['a value given to a flag that takes none', ['--quiet=yes'], '--quiet takes no value'],
    ['a bad value', ['-f', 'yaml', 'templates'], '--format must be one of text, json, markdown, sarif; got "yaml"'],
  ])('%s', async (_, argv, message) => {
    const outcome = await runCli(argv, dir, {})
    expect(outcome).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: `cfn-kms-check: ${message}; see cfn-kms-check --help\n`,
    })
  })

  it('an invalid config file: one line per problem, each with its file, line and column', async () => {
    const outcome = await runCli(['templates', '--config', 'two-problems.yml'], dir, {})
    expect(outcome.exitCode).toBe(2)
    expect(outcome.stdout).toBe('')
    expect(outcome.stderr).toBe(
      [
        'cfn-kms-check: invalid config file: two-problems.yml:1:10: fail-on must be one of error, warning, note, never; got "sometimes"',
        'cfn-kms-check: invalid config file: two-problems.yml:2:12: partition must be a partition name such as aws, aws-cn or aws-us-gov; got "mars"',
        '',
      ].join('\n'),
    )
  })

  it('a config file that does not exist: one line, exit 2', async () => {
    const outcome = await runCli(['templates', '--config', 'missing.yml'], dir, {})
    expect(outcome.exitCode).toBe(2)
    expect(outcome.stderr).toMatch(
      /^cfn-kms-check: invalid config file: missing\.yml: cannot read the config file: .*\n$/,
    )
  })
})

describe('short flags', () => {
  it('-f json -o FILE -q: the report in the file', () => {
    const out = path.join(dir, 'report.json')
    const result = bin(['-f', 'json', '-o', out, '-q', 'templates'])
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(1)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(1)
  })
})

describe('the built command', () => {
  beforeAll(requireFreshDist)

  it('a report that cannot be written: one line naming the file and the reason, exit 2', () => {
    const result = bin(['templates', '--output', '/missing/folder/report.json'])
    expect(result.stderr).toBe(
      'cfn-kms-check: cannot write the report to /missing/folder/report.json: no such file or directory\n',
    )
    expect(result.stdout).toBe('')
    expect(result.status).toBe(2)
  })

  it.each([
    ['a device that is always full', '/dev/full', 'w', 'no space left on device'],
    ['a file opened only for reading', 'report.json', 'r', 'bad file descriptor'],
  ])('standard output that cannot take the report, %s: one line with the reason, exit 2', (_, file, flags, reason) => {
    writeFileSync(path.join(dir, 'report.json'), '')
    const fd = openSync(path.resolve(dir, file), flags)
    try {
      const result = spawnSync(process.execPath, [BIN, 'templates', '-f', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', fd, 'pipe'],
      })
      expect(result.stderr).toBe(`cfn-kms-check: cannot write the report to standard output: ${reason}\n`)
      expect(result.status).toBe(2)
    } finally {
      closeSync(fd)
    }
  })

  it('git missing from the PATH with --baseline-ref: a warning that says so, and the scan goes on', () => {
    const result = bin(['templates', '--baseline-ref', 'main', '-f', 'json'], { PATH: path.join(dir, 'no-bin') })
    expect(result.stderr).toBe(
      'cfn-kms-check: warning: cannot read the base commit main: git is not installed (or not on the PATH); so every finding is judged, old or new (in a shallow checkout, fetch it with fetch-depth: 0)\n',
    )
    expect(JSON.parse(result.stdout).findings).toHaveLength(1)
    expect(result.status).toBe(1)
  })

  it.each([
    ['an unknown option', ['--formt', 'json']],
    ['a report that cannot be written', ['templates', '-o', '/missing/x.json']],
    ['an invalid config file', ['templates', '--config', 'two-problems.yml']],
  ])('%s: never a stack trace', (_, args) => {
    const result = bin(args)
    expect(result.status).toBe(2)
    expect(result.stderr).not.toMatch(STACK_LINE)
  })
})

describe('a bug of ours: exit 3, one line naming the file, never a stack trace', () => {
  it('a scan worker that stops: each file it held is an internal error, on stderr and in the report', async () => {
    const many = mkdtempSync(path.join(tmpdir(), 'cfn-kms-worker-'))
    try {
      // Enough work that the worker is up and holding files before the main thread has taken them all.
      for (let i = 0; i < 600; i++) writeFileSync(path.join(many, `stack${i}.yaml`), busyTemplate())
      const entry = new URL('../fixtures/workers/exits.mjs', import.meta.url)
      // Two threads whatever the machine has: the worker is what is tested.
      const env = { CFN_KMS_CHECK_THREADS: '2' }
      const outcome = await runCli(['.', '-f', 'json'], many, env, { isTty: false, columns: 0 }, entry)
      expect(outcome.exitCode).toBe(3)
      const lines = outcome.stderr.trimEnd().split('\n')
      expect(lines.length).toBeGreaterThan(0)
      for (const line of lines)
        expect(line).toMatch(
          /^cfn-kms-check: stack\d+\.yaml: internal error while checking this template, please report it: the scan worker stopped \(exit code 7\) while checking it$/,
        )
      const report = JSON.parse(outcome.stdout)
      expect(report.errors).toHaveLength(lines.length)
      expect(report.errors[0]).toMatchObject({ internal: true })
      expect(report.summary.templates + lines.length).toBe(600)
    } finally {
      rmSync(many, { recursive: true, force: true })
    }
  })

  it('outside any template: the message and the file and line of our code it happened in', () => {
    const thrownHere = (): never => {
      throw new TypeError("Cannot read properties of undefined (reading 'Resources')")
    }
    let line = ''
    try {
      thrownHere()
    } catch (error) {
      line = internalErrorLine(error)
    }
    expect(line).toMatch(
      /^internal error in \/\S+\/test\/cli\/errors\.test\.ts:\d+, please report it: Cannot read properties of undefined \(reading 'Resources'\)$/,
    )
  })
})
