/**
 * The built command line (dist/cli/index.js), run as a user runs it: `node dist/cli/index.js ...` in a
 * temporary copy of the fixtures. Exit status, flags, the JSON report's schema, the text report's shape,
 * and which files are read, skipped or reported as broken.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { RULES } from '../../src/checks/index.js'
import { ruleDocsUrl } from '../../src/checks/rule.js'
import type { Diagnostic } from '../../src/findings.js'
import { VERSION } from '../../src/version.js'
import { requireFreshDist } from '../dist.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const BIN = path.join(repoRoot, 'dist/cli/index.js')
const FIXTURES = path.join(repoRoot, 'test/fixtures/policies')
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

let tmp = ''
/** A small project: 3 templates with findings (an error, a note, a CDK error), 1 clean, 1 broken, 3 non-templates, and ignored folders. */
let project = ''

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function run(args: string[], cwd = tmp): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

interface JsonReport {
  version: number
  findings: Record<string, unknown>[]
  errors: Diagnostic[]
  summary: Record<string, number>
}

function json(args: string[], cwd = tmp): { status: number | null; report: JsonReport } {
  const result = run([...args, '--format', 'json'], cwd)
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport }
}

const BROKEN_YAML = ['Resources:', '  AppRole:', '    Type: AWS::IAM::Role', '   Properties: {}', ''].join('\n')

beforeAll(() => {
  requireFreshDist()
  tmp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-cli-'))
  cpSync(FIXTURES, tmp, { recursive: true })

  project = path.join(tmp, 'project')
  mkdirSync(project)
  for (const file of ['role-inline-policy.yaml', 'user-policy.json', 'key-getatt-arn-clean.yaml'])
    cpSync(path.join(FIXTURES, file), path.join(project, file))
  cpSync(path.join(FIXTURES, 'cdk.out'), path.join(project, 'cdk.out'), { recursive: true })
  mkdirSync(path.join(project, 'broken'))
  writeFileSync(path.join(project, 'broken/bad.yaml'), BROKEN_YAML)
  mkdirSync(path.join(project, '.github/workflows'), { recursive: true })
  writeFileSync(
    path.join(project, '.github/workflows/ci.yml'),
    'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
  )
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'app', version: '1.0.0', scripts: { test: 'jest' } }, null, 2),
  )
  // Templates inside node_modules and .git would fail the gate if they were read.
  for (const ignored of ['node_modules/some-construct', '.git/refs']) {
    mkdirSync(path.join(project, ignored), { recursive: true })
    cpSync(path.join(FIXTURES, 'role-inline-policy.yaml'), path.join(project, ignored, 'template.yaml'))
    cpSync(path.join(FIXTURES, 'standalone-policy-kms-star.json'), path.join(project, ignored, 'template.json'))
  }
})

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('exit status', () => {
  it('0 when nothing reaches the threshold', () => {
    const result = run(['key-getatt-arn-clean.yaml'])
    expect(result).toMatchObject({ status: 0, stderr: '' })
    expect(result.stdout).toMatch(/no findings/)
  })

  it('1 when a finding reaches the threshold', () => {
    expect(run(['role-inline-policy.yaml']).status).toBe(1)
  })

  it.each([
    [['--bogus'], /--bogus/],
    [['--format', 'xml'], /--format.*xml/],
    [['--fail-on', 'critical'], /--fail-on.*critical/],
    [['--parameter', 'KeyArnParam'], /--parameter.*Name=Value/],
    [['--parameter', '=value'], /--parameter/],
  ])('2 for a usage error %j, said on stderr, nothing scanned', (args, message) => {
    const result = run([...args, 'role-inline-policy.yaml'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toMatch(/--help/)
  })

  it('--help prints the usage and exits 0', () => {
    const result = run(['--help'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^Usage: cfn-kms-check/)
  })

  it('--help links every rule to its page at the version that runs', () => {
    const { stdout } = run(['--help'])
    for (const { id } of RULES)
      expect(stdout).toMatch(new RegExp(`^ +${id.replace('.', '\\.')} +${ruleDocsUrl(id)}$`, 'm'))
    expect(ruleDocsUrl('KMS.2')).toBe(
      `https://github.com/cfn-kms-check/cfn-kms-check/blob/v${VERSION}/docs/rules/KMS.2.md`,
    )
  })
})

describe('--fail-on', () => {
  it('a note (account-wide) fails only with --fail-on note', () => {
    expect(run(['user-policy.json']).status).toBe(0)
    expect(run(['user-policy.json', '--fail-on', 'warning']).status).toBe(0)
    expect(run(['user-policy.json', '--fail-on', 'note']).status).toBe(1)
  })

  it('a warning (unresolved) fails with --fail-on warning or note, not with the default', () => {
    expect(run(['parameter-no-default.yaml']).status).toBe(0)
    expect(run(['parameter-no-default.yaml', '--fail-on', 'warning']).status).toBe(1)
    expect(run(['parameter-no-default.yaml', '--fail-on', 'note']).status).toBe(1)
  })

  it('never: exit 0 even with an error-level finding, which is still reported', () => {
    const result = run(['role-inline-policy.yaml', '--fail-on', 'never'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/role-inline-policy\.yaml:22:17 +error +KMS\.2/)
  })
})

describe('--parameter Name=Value', () => {
  it('a given key ARN turns an unresolved warning into a pass', () => {
    const { status, report } = json([
      'parameter-no-default.yaml',
      '--parameter',
      `KeyArnParam=${KEY_ARN}`,
      '--fail-on',
      'warning',
    ])
    expect(status).toBe(0)
    expect(report.findings).toEqual([])
  })

  it('a given "*" turns it into an all-keys error that names the value used', () => {
    const { status, report } = json(['parameter-no-default.yaml', '--parameter', 'KeyArnParam=*'])
    expect(status).toBe(1)
    expect(report.findings).toMatchObject([
      { ruleId: 'KMS.2', scope: 'all-keys', level: 'error', parameters: { KeyArnParam: '*' } },
    ])
  })

  it('a value for a parameter no scanned template declares is a warning naming it and the declared name it probably means', () => {
    const { status, stderr } = run(['parameter-no-default.yaml', '--parameter', `keyarnparam=${KEY_ARN}`])
    expect(stderr).toContain(
      'cfn-kms-check: warning: a value is given for parameter keyarnparam, which no scanned template declares (did you mean KeyArnParam?), so it is not used',
    )
    // Not used: the verdict is still unresolved (a warning, which fails only with --fail-on warning).
    expect(status).toBe(0)
    expect(run(['parameter-no-default.yaml', '--parameter', `KeyArnParm=${KEY_ARN}`]).stderr).toContain(
      'parameter KeyArnParm, which no scanned template declares (did you mean KeyArnParam?)',
    )
    expect(run(['parameter-no-default.yaml', '--parameter', 'Stage=prod']).stderr).toContain(
      'a value is given for parameter Stage, which no scanned template declares, so it is not used',
    )
  })

  it('a value for a declared parameter gives no warning', () => {
    expect(run(['parameter-no-default.yaml', '--parameter', `KeyArnParam=${KEY_ARN}`]).stderr).toBe('')
  })

  it('a given value wins over AllowedValues (which include "*")', () => {
    expect(run(['parameter-allowed-values.json']).status).toBe(1)
    const { status, report } = json(['parameter-allowed-values.json', '--parameter', `KeyArnParam=${KEY_ARN}`])
    expect(status).toBe(0)
    expect(report.findings).toEqual([])
  })
})

describe('--format json', () => {
  const FINDING_FIELDS = [
    'ruleId',
    'level',
    'scope',
    'file',
    'line',
    'column',
    'endLine',
    'endColumn',
    'resource',
    'resourceType',
    'policy',
    'statement',
    'sid',
    'actions',
    'grants',
    'witness',
    'condition',
    'parameters',
    'message',
    'fix',
  ]
  const stringOrNull = (v: unknown): boolean => v === null || typeof v === 'string'
  const strings = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string')

  it('parses and follows the version 1 schema', () => {
    const { status, report } = json(['project'])
    expect(status).toBe(1)
    expect(report.version).toBe(1)
    expect(Object.keys(report.summary).sort()).toEqual([
      'baseline',
      'checked',
      'errors',
      'files',
      'findings',
      'policies',
      'rejected',
      'skipped',
      'suppressed',
      'templates',
      'unchanged',
      'unparseable',
      'unreadable',
    ])
    expect(report).toEqual(expect.objectContaining({ unparseable: [], suppressed: [], baseline: [], warnings: [] }))
    expect(report.findings.length).toBeGreaterThan(0)
    for (const f of report.findings) {
      expect(Object.keys(f).slice(0, FINDING_FIELDS.length)).toEqual(FINDING_FIELDS)
      expect(f).toEqual(
        expect.objectContaining({
          ruleId: expect.any(String),
          resource: expect.any(String),
          resourceType: expect.any(String),
          message: expect.stringMatching(/\S/),
          fix: expect.stringMatching(/\S/),
          line: expect.any(Number),
          column: expect.any(Number),
          endLine: expect.any(Number),
          endColumn: expect.any(Number),
        }),
      )
      expect(['error', 'warning', 'note']).toContain(f['level'])
      expect([null, 'all-keys', 'any-account', 'account-wide', 'unresolved']).toContain(f['scope'])
      for (const k of ['policy', 'sid', 'witness', 'condition']) expect(stringOrNull(f[k])).toBe(true)
      expect(f['statement'] === null || Number.isInteger(f['statement'])).toBe(true)
      expect(strings(f['actions']) && strings(f['grants'])).toBe(true)
      expect(Object.values(f['parameters'] as object).every((v) => typeof v === 'string')).toBe(true)
      expect((f['line'] as number) >= 1 && (f['column'] as number) >= 1).toBe(true)
      expect(
        (f['endLine'] as number) > (f['line'] as number) ||
          ((f['endLine'] as number) === (f['line'] as number) && (f['endColumn'] as number) > (f['column'] as number)),
      ).toBe(true)
    }
    for (const e of report.errors)
      expect(e).toEqual({
        file: expect.any(String),
        line: expect.any(Number),
        column: expect.any(Number),
        message: expect.any(String),
        unreadable: expect.any(Boolean),
      })
  })

  it('file is relative to the working directory, with "/" separators', () => {
    const { report } = json(['project'])
    const files = [...new Set(report.findings.map((f) => f['file']))].sort()
    expect(files).toEqual([
      'project/cdk.out/AppStack.template.json',
      'project/role-inline-policy.yaml',
      'project/user-policy.json',
    ])
    const inside = json(['.'], project).report
    expect([...new Set(inside.findings.map((f) => f['file']))].sort()).toEqual([
      'cdk.out/AppStack.template.json',
      'role-inline-policy.yaml',
      'user-policy.json',
    ])
  })

  it('the summary counts files read, templates, skipped non-templates, policies, findings and errors', () => {
    const { report } = json(['.'], project)
    // Read: 3 fixtures, the CDK template and manifest, bad.yaml, ci.yml, package.json.
    expect(report.summary).toEqual({
      files: 8,
      templates: 4,
      checked: 4,
      rejected: 0,
      unreadable: 1,
      skipped: 3,
      policies: 4,
      findings: 3,
      errors: 1,
      suppressed: 0,
      baseline: 0,
      unchanged: 0,
      unparseable: 0,
    })
    expect(report.findings.map((f) => [f['file'], f['line'], f['column'], f['ruleId'], f['level']])).toEqual([
      ['cdk.out/AppStack.template.json', 114, 7, 'KMS.2', 'error'],
      ['role-inline-policy.yaml', 22, 17, 'KMS.2', 'error'],
      ['user-policy.json', 16, 13, 'KMS.2', 'note'],
    ])
  })
})

describe('files that are not clean templates', () => {
  it('a broken YAML file is reported at file:line:col, and the other files are still scanned', () => {
    const result = run(['.'], project)
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^broken\/bad\.yaml:4:4 +error +YAML: .*indentation/m)
    expect(result.stdout).toMatch(/role-inline-policy\.yaml:22:17/)
    const { report } = json(['.'], project)
    expect(report.errors).toEqual([
      {
        file: 'broken/bad.yaml',
        line: 4,
        column: 4,
        message: expect.stringMatching(/^YAML: .*indentation/),
        unreadable: true,
      },
    ])
  })

  it('a broken file alone fails the gate', () => {
    expect(run(['broken/bad.yaml'], project).status).toBe(1)
  })

  it('a GitHub workflow and package.json are skipped and counted, not reported', () => {
    const { status, report } = json(
      ['.github/workflows/ci.yml', 'package.json', 'cdk.out/manifest.json', '--allow-empty'],
      project,
    )
    expect(status).toBe(0)
    expect(report.errors).toEqual([])
    expect(report.findings).toEqual([])
    expect(report.summary).toMatchObject({ files: 3, templates: 0, skipped: 3 })
  })

  it('node_modules and .git are not read; cdk.out is', () => {
    const { report } = json(['.'], project)
    const files = report.findings.map((f) => f['file'] as string)
    expect(files.filter((f) => f.startsWith('node_modules/') || f.startsWith('.git/'))).toEqual([])
    expect(files).toContain('cdk.out/AppStack.template.json')
  })
})

describe('paths and globs', () => {
  it('**/*.json matches JSON files in subfolders, node_modules and .git excluded', () => {
    const { report } = json(['**/*.json'], project)
    expect(report.summary).toMatchObject({ files: 4, templates: 2, skipped: 2, errors: 0 })
    expect([...new Set(report.findings.map((f) => f['file']))].sort()).toEqual([
      'cdk.out/AppStack.template.json',
      'user-policy.json',
    ])
  })

  it('*.yaml matches only the top folder', () => {
    const { report } = json(['*.yaml'], project)
    expect(report.summary).toMatchObject({ files: 2, templates: 2, errors: 0 })
    expect(report.findings.map((f) => f['file'])).toEqual(['role-inline-policy.yaml'])
  })

  it('several paths: a file and a folder', () => {
    const { report } = json(['user-policy.json', 'cdk.out'], project)
    expect(report.summary).toMatchObject({ files: 3, templates: 2, skipped: 1 })
  })
})

describe('a scan of many files', () => {
  it('reports the same, in the same order, as the files scanned in small batches', () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(path.join(FIXTURES, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = dir ? `${dir}/${e.name}` : e.name
        return e.isDirectory() ? walk(rel) : [rel]
      })
    })('').sort()
    expect(files.length).toBeGreaterThanOrEqual(24)
    const whole = json([...files, '--fail-on', 'never']).report
    const parts = [0, 1, 2].map((i) => json([...files.filter((_, k) => k % 3 === i), '--fail-on', 'never']).report)
    const key = (f: Record<string, unknown>): string =>
      `${f['file']}:${String(f['line']).padStart(5, '0')}:${String(f['column']).padStart(5, '0')}:${f['ruleId']}`
    expect(whole.findings.map(key)).toEqual(parts.flatMap((p) => p.findings.map(key)).sort())
    expect(whole.findings).toEqual(expect.arrayContaining(parts.flatMap((p) => p.findings)))
    for (const field of [
      'files',
      'templates',
      'checked',
      'rejected',
      'unreadable',
      'skipped',
      'policies',
      'findings',
      'errors',
    ]) {
      expect({ field, count: whole.summary[field] }).toEqual({
        field,
        count: parts.reduce((n, p) => n + p.summary[field], 0),
      })
    }
  })
})

describe('text report', () => {
  it('one line per finding or broken file, the details that add to it indented, the rule pages, the closing line', () => {
    const { stdout } = run(['.'], project)
    expect(stdout.split('\n').filter((l) => /^\S+:\d+:\d+ {2}/.test(l))).toEqual([
      'cdk.out/AppStack.template.json:114:7  error    KMS.2 (all-keys)  Policy HandlerServiceRoleDefaultPolicyCBD0CC91 can decrypt with any KMS key',
      'role-inline-policy.yaml:22:17  error    KMS.2 (all-keys)  Role AppRole can decrypt with any KMS key',
      'broken/bad.yaml:4:4  error    YAML: bad indentation of a mapping entry',
      'user-policy.json:16:13  note     KMS.2 (account-wide)  UserPolicy OperatorKms can decrypt with every KMS key of one account',
    ])
    expect(stdout).not.toMatch(/^ {4}(resource|grants|why|rule) /m)
    expect(stdout).toContain(`KMS.2 rule: ${ruleDocsUrl('KMS.2')}\n`)
    expect(stdout.trimEnd().split('\n').pop()).toMatch(/^✖ 3 findings .*; \d+\.\d\d s$/)
  })

  it('--verbose groups by file: a file line, then a file:line:col block per finding, then a one-line summary', () => {
    const { stdout } = run(['.', '--verbose'], project)
    expect(stdout).not.toContain('\u001b[')
    expect(stdout.endsWith('\n')).toBe(true)
    const lines = stdout.trimEnd().split('\n')
    const headers = lines.filter((l) => l !== '' && !l.startsWith(' ')).slice(0, -1)
    expect(headers).toEqual([
      'cdk.out/AppStack.template.json',
      'role-inline-policy.yaml',
      'broken/bad.yaml',
      'user-policy.json',
    ])
    // Each block's first line names a place in the file under whose header it stands.
    let current = ''
    const places: string[] = []
    for (const line of lines.slice(0, -1)) {
      if (line !== '' && !line.startsWith(' ')) current = line
      const place = /^ {2}(\S+):(\d+):(\d+) {2}/.exec(line)
      if (place) {
        expect(place[1]).toBe(current)
        places.push(`${place[1]}:${place[2]}:${place[3]}`)
      }
    }
    // The two errors that fail the gate, then the file that cannot be read (it fails the gate too), then the note.
    expect(places).toEqual([
      'cdk.out/AppStack.template.json:114:7',
      'role-inline-policy.yaml:22:17',
      'broken/bad.yaml:4:4',
      'user-policy.json:16:13',
    ])
    const summary = lines[lines.length - 1]
    expect(summary).toMatch(/^✖ /)
    for (const part of ['3 findings', '2 errors', '1 note', '4 templates', '8 files read', '3 not templates'])
      expect(summary).toContain(part)
    expect(summary).toMatch(/; 1 file could not be read as a template; \d+\.\d\d s$/)
  })

  it('--verbose: a block shows the resource, policy, statement, grants with the Resource line, witness, why, fix and rule page', () => {
    const { stdout } = run(['role-inline-policy.yaml', '--verbose'])
    const block = stdout.split('\n\n')[0]
    expect(block).toMatch(/^ {2}role-inline-policy\.yaml:22:17 +error +KMS\.2 \(all-keys\)/m)
    expect(block).toMatch(
      /resource +AppRole \(AWS::IAM::Role\), policy read-secrets, Statement\[1\] Sid DecryptEverything/,
    )
    expect(block).toMatch(/grants +kms:Decrypt .*line 25/)
    expect(block).toMatch(/witness +arn:aws:kms:[a-z0-9-]+:\d{12}:key\//)
    expect(block).toMatch(/why +\S/)
    expect(block).toMatch(/fix +\S/)
    expect(block).toContain(`rule     ${ruleDocsUrl('KMS.2')}`)
  })

  it('a clean run says so in its one line', () => {
    const { stdout } = run(['key-getatt-arn-clean.yaml'])
    expect(stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^✔ no findings in 1 template/)])
  })
})

describe('--quiet', () => {
  it('prints only findings reaching --fail-on (error by default), broken files, and the full summary', () => {
    const { stdout, status } = run(['.', '--quiet'], project)
    expect(status).toBe(1)
    const places = stdout.split('\n').flatMap((l) => /^(\S+:\d+:\d+) {2}/.exec(l)?.[1] ?? [])
    expect(places).toEqual([
      'cdk.out/AppStack.template.json:114:7',
      'role-inline-policy.yaml:22:17',
      'broken/bad.yaml:4:4',
    ])
    expect(stdout).not.toMatch(/user-policy\.json/)
    expect(stdout.trimEnd().split('\n').pop()).toContain('3 findings')
  })

  it('with --fail-on note every finding is printed', () => {
    const places = run(['.', '--quiet', '--fail-on', 'note'], project)
      .stdout.split('\n')
      .flatMap((l) => /^(\S+:\d+:\d+) {2}/.exec(l)?.[1] ?? [])
    // The two errors that fail the gate, then the file that cannot be read (it fails the gate too), then the note.
    expect(places).toEqual([
      'cdk.out/AppStack.template.json:114:7',
      'role-inline-policy.yaml:22:17',
      'broken/bad.yaml:4:4',
      'user-policy.json:16:13',
    ])
  })

  it('a warning is printed with --fail-on warning and not with the default', () => {
    expect(run(['parameter-no-default.yaml', '--quiet', '--fail-on', 'warning']).stdout).toMatch(
      /parameter-no-default\.yaml:25:13 +warning +KMS\.2 \(unresolved\)/,
    )
    expect(run(['parameter-no-default.yaml', '--quiet']).stdout).not.toMatch(/parameter-no-default\.yaml:25:13/)
  })
})
