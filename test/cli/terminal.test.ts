/**
 * The text report as a terminal shows it: colour only where it is wanted (NO_COLOR, TERM=dumb, FORCE_COLOR),
 * lines wrapped to the terminal's width, paths as the user gave them, the closing line with the time the run
 * took, and that closing line still on the terminal when the report goes to a file.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/cli.js'
import { requireFreshDist } from '../dist.js'

const BIN = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))
const DECRYPT_ALL = readFileSync(new URL('../fixtures/cli/managed-policy-decrypt-all.yaml', import.meta.url), 'utf8')
const ESC = '\u001b['
const CLOSING =
  /^✖ 1 finding \(1 error\) in 1 template \(1 identity policy; 1 file read, 0 not templates\); \d+\.\d\d s$/

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-terminal-'))
  mkdirSync(path.join(dir, 'templates'))
  writeFileSync(path.join(dir, 'templates/leaky.yaml'), DECRYPT_ALL)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the text report on a terminal', () => {
  it('one line per finding, the fix under it, the rule page once, the closing line with the time', async () => {
    const { stdout } = await runCli(['templates'], dir, {})
    expect(stdout.split('\n')).toEqual([
      'templates/leaky.yaml:7:13  error    KMS.1 (all-keys)  Managed policy Reader can decrypt with any KMS key',
      '    fix      Name the keys: Resource: !Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>"',
      '',
      'KMS.1 rule: https://github.com/cfn-kms-check/cfn-kms-check/blob/v1.0.0/docs/rules/KMS.1.md',
      '',
      expect.stringMatching(CLOSING),
      '',
    ])
  })

  it('--verbose adds where the grant sits, what it grants, the witness, why and the rule page', async () => {
    const { stdout } = await runCli(['templates', '--verbose'], dir, {})
    expect(stdout).toMatch(/^templates\/leaky\.yaml\n {2}templates\/leaky\.yaml:7:13 {2}error {4}KMS\.1 \(all-keys\)/)
    expect(stdout).toContain('    resource Reader (AWS::IAM::ManagedPolicy), policy Reader, Statement[0]\n')
    expect(stdout).toContain('    grants   kms:Decrypt via kms:Decrypt, opened at line 9\n')
    expect(stdout).toMatch(/^ {4}witness {2}arn:aws:kms:\S+$/m)
    expect(stdout).toMatch(/^ {4}why {6}Managed policy Reader can decrypt with any KMS key: /m)
    expect(stdout).toContain(
      '    rule     https://github.com/cfn-kms-check/cfn-kms-check/blob/v1.0.0/docs/rules/KMS.1.md\n',
    )
  })

  it('--verbose names a resource whose type is not a plain string without empty parentheses', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const { stdout } = await runCli(
      ['test/fixtures/deployed/rain-module.yaml', '--verbose', '--fail-on', 'never'],
      root,
      {},
    )
    expect(stdout).toContain('\n    resource Website\n')
  })

  it('wraps to the terminal width at spaces, keeping the place whole and continuing under the text', async () => {
    const { stdout } = await runCli(['templates'], dir, {}, { isTty: true, columns: 60 })
    const plain = stdout.replaceAll(new RegExp(`${ESC.replace('[', '\\[')}\\d+m`, 'g'), '')
    expect(plain.split('\n').slice(0, 4)).toEqual([
      'templates/leaky.yaml:7:13  error    KMS.1 (all-keys)',
      '      Managed policy Reader can decrypt with any KMS key',
      '    fix      Name the keys: Resource: !Sub',
      '             "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>"',
    ])
    // Only a word longer than a line (here the ARN pattern, and the rule page's address) passes the width.
    for (const line of plain.split('\n').filter((l) => l.length > 60))
      expect(line.split(' ').pop()!.length).toBeGreaterThan(60 - 13)
  })

  it.each([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['TERM=dumb on a terminal', { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR in a pipe (an Actions log)', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR over NO_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, false],
  ])('colour on %s: %s', async (_, env, isTty, coloured) => {
    const { stdout } = await runCli(['templates'], dir, env, { isTty, columns: 0 })
    expect(stdout.includes(ESC)).toBe(coloured)
  })
})

describe('the built command', () => {
  beforeAll(requireFreshDist)

  function bin(args: string[]) {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '' },
      timeout: 60_000,
    })
    if (result.error) throw result.error
    return result
  }

  it('prints paths as given: absolute stays absolute, relative stays relative', () => {
    const absolute = path.join(dir, 'templates')
    expect(bin([absolute]).stdout).toMatch(new RegExp(`^${path.join(absolute, 'leaky.yaml')}:7:13  error`, 'm'))
    expect(bin(['templates']).stdout).toMatch(/^templates\/leaky\.yaml:7:13 {2}error/m)
    expect(bin(['./templates/../templates']).stdout).toMatch(/^templates\/leaky\.yaml:7:13 {2}error/m)
  })

  it('with --output, the report goes to the file and the closing line to the terminal', () => {
    const out = path.join(dir, 'report.json')
    const result = bin(['templates', '-f', 'json', '-o', out])
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(1)
    expect(result.stdout).toMatch(new RegExp(`${CLOSING.source.slice(0, -1)}\n$`))
    expect(result.stdout.split('\n')).toHaveLength(2)
    expect(result.status).toBe(1)
  })
})
