/**
 * The config file (.cfn-kms-check.yml, or --config): every mistake reported with file, line and column
 * before anything is scanned (exit 2), and each key doing what it says: levels per rule and scope,
 * parameter values per template glob, suppressions by file glob, resource and rule, and paths, ignore,
 * fail-on and partition as defaults that the command line overrides.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError, findConfig, loadConfig } from '../../src/scan/config.js'
import { brief, cli, cliJson, fixture, lineOf, project, removeProjects } from './helpers.js'

const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const CONFIG = '.cfn-kms-check.yml'

afterAll(removeProjects)

/** The problems a config text has, as `line:column: message`. */
function problems(text: string, file = CONFIG): string[] {
  const cwd = project({ [file]: text })
  try {
    loadConfig(file, cwd)
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    return e.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)
  }
  return []
}

describe('config validation', () => {
  it.each([
    [
      'an unknown top-level key',
      'paths: [templates]\nfail_on: warning\n',
      `${CONFIG}:2:1: unknown key "fail_on" (allowed: paths, ignore, partition, fail-on, `,
    ],
    ['an unknown rule in levels', 'levels:\n  KMS.2: error\n  KMS.9: error\n', `${CONFIG}:3:3: unknown rule "KMS.9"`],
    [
      'a level that does not exist',
      'levels:\n  account-wide: fatal\n',
      `${CONFIG}:2:17: level must be error, warning, note or off, got "fatal"`,
    ],
    [
      'an unknown scope',
      'levels:\n  KMS.2/everywhere: note\n',
      `${CONFIG}:2:3: unknown scope "everywhere" (scopes: all-keys, any-account, account-wide, unresolved)`,
    ],
    [
      'parameters without files',
      "parameters:\n  - values:\n      KeyArn: '*'\n",
      `${CONFIG}:2:5: each parameters entry needs files (a glob) and values`,
    ],
    [
      'a parameter value that is not a string',
      "parameters:\n  - files: '**'\n    values:\n      KeyArn: [a, b]\n",
      `${CONFIG}:4:15: the value of parameter KeyArn must be a string`,
    ],
    [
      'a suppression without files',
      'suppress:\n  - resource: AppRole\n    rule: KMS.2\n    reason: Accepted\n',
      `${CONFIG}:2:5: a suppression in the config file needs files: a glob of the templates it applies to`,
    ],
    [
      'a suppression without a reason',
      "suppress:\n  - files: 'legacy/**'\n    rule: KMS.2\n",
      `${CONFIG}:2:5: suppression of KMS.2 has no reason`,
    ],
    [
      'a suppression with an empty reason',
      "suppress:\n  - files: 'legacy/**'\n    rule: KMS.2\n    reason: ' '\n",
      `${CONFIG}:4:5: suppression of KMS.2 has no reason`,
    ],
    [
      'a suppression of an unknown rule',
      "suppress:\n  - files: 'legacy/**'\n    rule: KMS.9\n    reason: Accepted\n",
      `${CONFIG}:3:5: suppression names unknown rule "KMS.9"`,
    ],
    [
      'a suppression with a bad date',
      "suppress:\n  - files: 'legacy/**'\n    rule: KMS.2\n    reason: Accepted\n    expires: 31/12/2026\n",
      `${CONFIG}:5:5: expires must be a date written YYYY-MM-DD; got "31/12/2026"`,
    ],
    [
      'a bad fail-on',
      'fail-on: sometimes\n',
      `${CONFIG}:1:10: fail-on must be one of error, warning, note, never; got "sometimes"`,
    ],
    [
      'a bad partition',
      'partition: mars\n',
      `${CONFIG}:1:12: partition must be a partition name such as aws, aws-cn or aws-us-gov; got "mars"`,
    ],
    [
      'paths that are not strings',
      'paths:\n  - templates\n  - { dir: infra }\n',
      `${CONFIG}:2:3: paths must be a string or a list of strings`,
    ],
    ['a list instead of a mapping', '- paths\n', `${CONFIG}:1:1: the config file must be a mapping`],
    ['broken YAML', 'paths: [templates\nfail-on: error\n', `${CONFIG}:2:`],
  ])('names file, line and column: %s', (_, text, expected) => {
    expect(problems(text)).toEqual([expect.stringContaining(expected)])
  })

  it('reports every problem at once, in file order', () => {
    const text = 'fail_on: warning\nlevels:\n  KMS.9: error\n  account-wide: fatal\nfail-on: sometimes\n'
    expect(problems(text).map((p) => p.split(': ')[0])).toEqual([
      `${CONFIG}:1:1`,
      `${CONFIG}:3:3`,
      `${CONFIG}:4:17`,
      `${CONFIG}:5:10`,
    ])
  })

  it('accepts every key at once, with levels by rule, scope and rule/scope and off', () => {
    const text = [
      'paths: [infra]',
      "ignore: ['**/generated/**']",
      'partition: aws-us-gov',
      'fail-on: warning',
      'levels:',
      '  account-wide: error',
      '  KMS.3: off',
      '  KMS.2/unresolved: note',
      'parameters:',
      "  - files: 'infra/prod/**'",
      '    values: { KeyArn: x, Stage: 3 }',
      'suppress:',
      "  - files: 'infra/legacy/**'",
      '    resource: AppRole',
      '    rule: KMS.2',
      '    reason: Retired in Q3',
      '    expires: 2026-09-30',
      '    policy: read-secrets',
      '',
    ].join('\n')
    const cwd = project({ [CONFIG]: text })
    expect(loadConfig(CONFIG, cwd)).toEqual({
      file: CONFIG,
      paths: ['infra'],
      ignore: ['**/generated/**'],
      partition: 'aws-us-gov',
      failOn: 'warning',
      levels: { 'account-wide': 'error', 'KMS.3': 'off', 'KMS.2/unresolved': 'note' },
      parameters: [{ files: 'infra/prod/**', values: { KeyArn: 'x', Stage: '3' } }],
      suppress: [
        {
          rule: 'KMS.2',
          reason: 'Retired in Q3',
          expires: '2026-09-30',
          policy: 'read-secrets',
          resource: 'AppRole',
          files: 'infra/legacy/**',
          source: `${CONFIG}:13`,
        },
      ],
    })
  })

  it('stops the CLI before any scan: exit 2, each problem as file:line:column on stderr', async () => {
    const cwd = project({
      [CONFIG]: 'paths: [templates]\nfail_on: warning\n',
      'app.yaml': fixture('plain/app-roles.yaml'),
    })
    const outcome = await cli(cwd)
    expect(outcome).toMatchObject({
      exitCode: 2,
      stdout: '',
      stderr: expect.stringMatching(
        /^cfn-kms-check: invalid config file: \.cfn-kms-check\.yml:2:1: unknown key "fail_on" \(allowed: [^\n]+\)\n$/,
      ),
    })
  })

  it('names the file given with --config, and says when it cannot be read', async () => {
    const cwd = project({ 'ci/strict.yml': 'levels:\n  KMS.2: severe\n', 'app.yaml': fixture('plain/app-roles.yaml') })
    const invalid = await cli(cwd, '--config', 'ci/strict.yml')
    expect(invalid.exitCode).toBe(2)
    expect(invalid.stderr).toContain('ci/strict.yml:2:10: level must be error, warning, note or off, got "severe"')
    const missing = await cli(cwd, '--config', 'ci/missing.yml')
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toContain('ci/missing.yml: cannot read the config file')
  })
})

describe('levels', () => {
  const accountWide = { 'account-keys.yaml': fixture('plain/account-keys.yaml') }

  it('by scope: account-wide as an error fails a gate the default (a note) passes', async () => {
    const before = await cliJson(project(accountWide))
    expect(before.exitCode).toBe(0)
    expect(before.report.findings.map((f) => [f.ruleId, f.scope, f.level])).toEqual([['KMS.2', 'account-wide', 'note']])

    const after = await cliJson(project({ ...accountWide, [CONFIG]: 'levels:\n  account-wide: error\n' }))
    expect(after.exitCode).toBe(1)
    expect(after.report.findings.map((f) => [f.ruleId, f.scope, f.level])).toEqual([['KMS.2', 'account-wide', 'error']])
  })

  it('by rule/scope over the rule alone, and off drops a rule', async () => {
    const cwd = project({
      'roles.yaml': fixture('plain/app-roles.yaml'),
      'reader.yaml': fixture('plain/reader-key-parameter.yaml'),
      [CONFIG]: 'levels:\n  KMS.2: warning\n  KMS.2/all-keys: note\n  KMS.1: off\n',
    })
    const { exitCode, report } = await cliJson(cwd)
    expect(report.findings.map((f) => [f.ruleId, f.resource, f.level])).toEqual([
      ['KMS.2', 'AppRole', 'note'],
      ['KMS.2', 'OpsRole', 'note'],
    ])
    expect(exitCode).toBe(0)
  })
})

describe('parameters per template glob', () => {
  const reader = fixture('plain/reader-key-parameter.yaml')
  const cwd = (): string =>
    project({
      'prod/reader.yaml': reader,
      'dev/reader.yaml': reader,
      [CONFIG]: `parameters:\n  - files: 'prod/**'\n    values:\n      KeyArn: ${KEY_ARN}\n  - files: 'dev/**'\n    values:\n      KeyArn: '*'\n`,
    })

  it('judge each template with the values for its path', async () => {
    const { exitCode, report } = await cliJson(cwd())
    expect(report.findings.map((f) => [f.file, f.ruleId, f.level, f.parameters])).toEqual([
      ['dev/reader.yaml', 'KMS.1', 'error', { KeyArn: '*' }],
    ])
    expect(exitCode).toBe(1)
  })

  it('without them the verdict is a warning that depends on the parameter', async () => {
    const { report } = await cliJson(project({ 'prod/reader.yaml': reader }))
    expect(report.findings.map((f) => [f.level, f.scope])).toEqual([['warning', 'unresolved']])
  })

  it('give way to --parameter', async () => {
    const { exitCode, report } = await cliJson(cwd(), '--parameter', `KeyArn=${KEY_ARN}`)
    expect(report.findings).toEqual([])
    expect(exitCode).toBe(0)
  })
})

describe('suppressions in the config file', () => {
  const roles = fixture('plain/app-roles.yaml')
  const layout = (config: string): string =>
    project({ 'legacy/app-roles.yaml': roles, 'services/app-roles.yaml': roles, [CONFIG]: config })

  it('by file glob, resource and rule: only that resource in those files', async () => {
    const config =
      "suppress:\n  - files: 'legacy/**'\n    resource: AppRole\n    rule: KMS.2\n    reason: Legacy stack, retired in Q3\n"
    const { report } = await cliJson(layout(config))
    expect(report.suppressed.map((f) => [f.file, f.resource, f.suppression])).toEqual([
      [
        'legacy/app-roles.yaml',
        'AppRole',
        {
          reason: 'Legacy stack, retired in Q3',
          expires: null,
          expired: false,
          source: `${CONFIG}:2`,
          kind: 'external',
        },
      ],
    ])
    expect(report.findings.map((f) => `${f.file} ${f.resource}`)).toEqual([
      'legacy/app-roles.yaml OpsRole',
      'services/app-roles.yaml AppRole',
      'services/app-roles.yaml OpsRole',
    ])
  })

  it('without resource: every resource in the matching files', async () => {
    const config = "suppress:\n  - files: 'legacy/*.yaml'\n    rule: KMS.2\n    reason: Legacy stack, retired in Q3\n"
    const { report } = await cliJson(layout(config))
    expect(report.suppressed.map((f) => `${f.file} ${f.resource}`)).toEqual([
      'legacy/app-roles.yaml AppRole',
      'legacy/app-roles.yaml OpsRole',
    ])
    expect(brief(report.findings)).toEqual([
      `KMS.2 AppRole read-secrets@${lineOf(roles, 'Sid: DecryptSecrets')}`,
      `KMS.2 OpsRole ops@${lineOf(roles, 'Sid: DecryptForOps')}`,
    ])
  })

  it('expire like those in templates: the finding comes back and names the config line', async () => {
    const config =
      "suppress:\n  - files: 'services/**'\n    rule: KMS.2\n    reason: Until the rewrite\n    expires: 2026-03-31\n"
    const cwd = layout(config)
    expect((await cliJson(cwd, 'services', '--today', '2026-03-31')).exitCode).toBe(0)
    const { exitCode, report } = await cliJson(cwd, 'services', '--today', '2026-04-01')
    expect(exitCode).toBe(1)
    expect(report.findings.map((f) => f.message)).toEqual([
      expect.stringContaining(`A suppression (${CONFIG}:2, "Until the rewrite") expired on 2026-03-31`),
      expect.stringContaining(`A suppression (${CONFIG}:2, "Until the rewrite") expired on 2026-03-31`),
    ])
  })
})

describe('paths, ignore, fail-on and partition', () => {
  const layout = (config: string): string =>
    project({
      'services/app-roles.yaml': fixture('plain/app-roles.yaml'),
      'legacy/account-keys.yaml': fixture('plain/account-keys.yaml'),
      [CONFIG]: config,
    })
  const files = (report: { findings: { file: string }[] }): string[] => [...new Set(report.findings.map((f) => f.file))]

  it("paths: the config's when the command line names none, the command line's when it does", async () => {
    const cwd = layout('paths: [legacy]\n')
    expect(files((await cliJson(cwd)).report)).toEqual(['legacy/account-keys.yaml'])
    expect(files((await cliJson(cwd, 'services')).report)).toEqual(['services/app-roles.yaml'])
  })

  it("ignore: the config's globs apply, and --ignore adds to them", async () => {
    const cwd = layout("ignore: ['legacy/**']\n")
    const configOnly = await cliJson(cwd)
    expect(files(configOnly.report)).toEqual(['services/app-roles.yaml'])
    expect(configOnly.report.summary['files']).toBe(2)
    // Only the config file itself is left, which is no template: an empty scan, allowed here.
    const both = await cliJson(cwd, '--ignore', 'services/**', '--allow-empty')
    expect(both.report.findings).toEqual([])
    expect(both.report.summary['files']).toBe(1)
  })

  it("fail-on: the config's when --fail-on is not given, --fail-on when it is", async () => {
    const cwd = layout('fail-on: note\n')
    expect((await cli(cwd, 'legacy')).exitCode).toBe(1)
    expect((await cli(cwd, 'legacy', '--fail-on', 'error')).exitCode).toBe(0)
    expect((await cli(cwd, 'services', '--fail-on', 'never')).exitCode).toBe(0)
  })

  it("partition: the config's for witnesses and ARNs, --partition over it", async () => {
    const cwd = layout('partition: aws-cn\n')
    expect((await cliJson(cwd, 'services')).report.findings.map((f) => f.witness)).toEqual([
      expect.stringMatching(/^arn:aws-cn:kms:/),
      expect.stringMatching(/^arn:aws-cn:kms:/),
    ])
    expect((await cliJson(cwd, 'services', '--partition', 'aws')).report.findings.map((f) => f.witness)).toEqual([
      expect.stringMatching(/^arn:aws:kms:/),
      expect.stringMatching(/^arn:aws:kms:/),
    ])
  })
})

describe('which config file', () => {
  const roles = fixture('plain/account-keys.yaml')

  it('--config picks another file; the one at the root is then not read', async () => {
    const cwd = project({ 'keys.yaml': roles, [CONFIG]: 'fail-on: never\n', 'ci/strict.yml': 'fail-on: note\n' })
    expect((await cli(cwd)).exitCode).toBe(0)
    expect((await cli(cwd, '--config', 'ci/strict.yml')).exitCode).toBe(1)
  })

  it('.cfn-kms-check.yaml is found too', async () => {
    const cwd = project({ 'keys.yaml': roles, '.cfn-kms-check.yaml': 'levels:\n  account-wide: error\n' })
    expect((await cliJson(cwd)).report.findings.map((f) => f.level)).toEqual(['error'])
  })
})

describe('where the config file is found', () => {
  it('in the folder scanned from, or up to the repository root when a subfolder is scanned', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cfn-kms-find-'))
    try {
      mkdirSync(path.join(root, '.git'))
      mkdirSync(path.join(root, 'infra', 'stacks'), { recursive: true })
      expect(findConfig(path.join(root, 'infra', 'stacks'))).toBeNull()
      writeFileSync(path.join(root, '.cfn-kms-check.yml'), 'fail-on: warning\n')
      expect(findConfig(path.join(root, 'infra', 'stacks'))).toBe('../../.cfn-kms-check.yml')
      writeFileSync(path.join(root, 'infra', '.cfn-kms-check.yaml'), 'fail-on: note\n')
      expect(findConfig(path.join(root, 'infra', 'stacks'))).toBe('../.cfn-kms-check.yaml')
      expect(findConfig(root)).toBe('.cfn-kms-check.yml')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
