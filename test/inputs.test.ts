/**
 * The inputs the CLI and the action share (fail-on, parameters, ignore globs, and everything in the config
 * file, dates and parameter names included) are checked by one module, src/scan/settings.ts. One table, run
 * against both entry points: each accepts and refuses the same values, and says the same thing about them.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../src/cli/cli.js'
import { FakeGitHub, FIXTURES } from './action/fake-github.js'
import { runFromSource } from './action/harness.js'

const folders: string[] = []
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })))

/** A workspace with a template whose one finding depends on parameter KeyArn, and `config` as kms.yml. */
function workspace(config = ''): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'cfn-kms-inputs-'))
  folders.push(folder)
  cpSync(path.join(FIXTURES, 'key-from-parameter.yaml'), path.join(folder, 'key.yaml'))
  writeFileSync(path.join(folder, 'kms.yml'), config)
  return folder
}

const github = new FakeGitHub()
const action = (cwd: string, inputs: Record<string, string>) =>
  runFromSource(github, cwd, { event: 'push', inputs: { config: 'kms.yml', ...inputs } })
const cli = (cwd: string, argv: string[]) => runCli(['--config', 'kms.yml', ...argv, '--format', 'json'], cwd)

const SUPPRESSION = (expires: string) =>
  `suppress:\n  - files: '**'\n    rule: KMS.1\n    reason: Reviewed\n    expires: ${expires}\n`

interface Refused {
  what: string
  cli: string[]
  action: Record<string, string>
  config?: string
  /** How each entry point names the input, and what it says is wrong. */
  flag: string
  input: string
  problem: string
}

const REFUSED: Refused[] = [
  {
    what: 'a fail-on that is no level',
    cli: ['--fail-on', 'sometimes'],
    action: { 'fail-on': 'sometimes' },
    flag: '--fail-on',
    input: 'fail-on',
    problem: 'must be one of error, warning, note, never; got "sometimes"',
  },
  {
    what: 'a parameter without a value',
    cli: ['--parameter', 'KeyArn'],
    action: { parameters: 'KeyArn' },
    flag: '--parameter',
    input: 'parameters',
    problem:
      'must be Name=Value with a template parameter or Terraform variable name (letters, digits, _ and -); got "KeyArn"',
  },
  {
    what: 'a parameter without a name',
    cli: ['--parameter', '=arn:aws:kms:*'],
    action: { parameters: '=arn:aws:kms:*' },
    flag: '--parameter',
    input: 'parameters',
    problem:
      'must be Name=Value with a template parameter or Terraform variable name (letters, digits, _ and -); got "=arn:aws:kms:*"',
  },
  {
    what: 'a parameter name neither CloudFormation nor Terraform allows',
    cli: ['--parameter', 'key.arn=*'],
    action: { parameters: 'key.arn=*' },
    flag: '--parameter',
    input: 'parameters',
    problem:
      'must be Name=Value with a template parameter or Terraform variable name (letters, digits, _ and -); got "key.arn=*"',
  },
  {
    what: 'an absolute ignore glob, which would match nothing',
    cli: ['--ignore', '/work/infra/**'],
    action: { ignore: '/work/infra/**' },
    flag: '--ignore',
    input: 'ignore',
    problem: 'must be a glob relative to the working directory; got "/work/infra/**"',
  },
]

describe('an input both entry points refuse, with the same words', () => {
  it.each(REFUSED)('$what', async (row) => {
    const cwd = workspace()
    const byCli = await cli(cwd, row.cli)
    expect(byCli.exitCode).toBe(2)
    expect(byCli.stderr).toContain(`${row.flag} ${row.problem}`)
    const byAction = await action(cwd, row.action)
    expect(byAction.status).toBe(1)
    expect(byAction.stdout).toContain(`::error::Input '${row.input}' ${row.problem}.`)
    expect(byAction.outputs).toEqual({})
  })
})

describe('a config file both entry points refuse, with the same line', () => {
  it.each([
    [
      'a suppression that expires on a day that does not exist',
      SUPPRESSION('2024-02-31'),
      'kms.yml:5:5: expires must be a date written YYYY-MM-DD; got "2024-02-31"',
    ],
    [
      'a fail-on that is no level',
      'fail-on: sometimes\n',
      'kms.yml:1:10: fail-on must be one of error, warning, note, never; got "sometimes"',
    ],
    [
      'a partition that is no partition',
      'partition: mars\n',
      'kms.yml:1:12: partition must be a partition name such as aws, aws-cn or aws-us-gov; got "mars"',
    ],
    [
      'a parameter name neither CloudFormation nor Terraform allows',
      "parameters:\n  - files: '**'\n    values:\n      key.arn: '*'\n",
      'kms.yml:4:7: parameter must be a template parameter or Terraform variable name (letters, digits, _ and -); got "key.arn"',
    ],
    [
      'an absolute ignore glob',
      'ignore: [/work/infra/**]\n',
      'kms.yml:1:10: ignore must be a glob relative to the working directory; got "/work/infra/**"',
    ],
  ])('%s', async (_, config, problem) => {
    const cwd = workspace(config)
    const byCli = await cli(cwd, [])
    expect(byCli.exitCode).toBe(2)
    expect(byCli.stderr).toContain(problem)
    const byAction = await action(cwd, {})
    expect(byAction.status).toBe(1)
    expect(byAction.stdout).toContain(problem)
  })
})

describe('an input both entry points accept, to the same effect', () => {
  it.each<[string, string[], Record<string, string>, string, number]>([
    [
      'a parameter that makes the grant reach every key',
      ['--parameter', 'KeyArn=*'],
      { parameters: 'KeyArn=*' },
      '',
      1,
    ],
    [
      'a parameter value with = and commas',
      ['--parameter', 'KeyArn=arn:aws:kms:us-east-1:111122223333:key/a=b,c'],
      { parameters: 'KeyArn=arn:aws:kms:us-east-1:111122223333:key/a=b,c' },
      '',
      0,
    ],
    [
      'a Terraform variable name (letters, digits, _ and -), which no template parameter here matches',
      ['--parameter', 'key_arn=*', '--parameter', 'log-group=app'],
      { parameters: 'key_arn=*\nlog-group=app' },
      '',
      0,
    ],
    [
      'fail-on warning, which the unresolved parameter reaches',
      ['--fail-on', 'warning'],
      { 'fail-on': 'warning' },
      '',
      1,
    ],
    [
      'an ignore glob that leaves the template out, with an empty scan allowed',
      ['--ignore', 'key.*', '--allow-empty'],
      { ignore: 'key.*', 'allow-empty': 'true' },
      '',
      0,
    ],
    ['a suppression that expires on a day that exists', [], {}, SUPPRESSION('2099-02-28'), 0],
  ])('%s', async (_, argv, inputs, config, status) => {
    const cwd = workspace(config)
    const byCli = await cli(cwd, argv)
    expect(byCli.exitCode).toBe(status)
    const byAction = await action(cwd, inputs)
    expect(byAction.status).toBe(status)
    expect(byAction.outputs['findings']).toBe(String(JSON.parse(byCli.stdout).findings.length))
  })
})
