/**
 * The bounds the README promises for hostile input: a scan of every hostile file, through the built CLI,
 * stays within a bounded peak memory (the time is guarded by a hang limit, not asserted: speed is the
 * benchmark's business).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_FILE_BYTES } from '../../src/scan/scan.js'
import { requireFreshDist } from '../dist.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const CLI = path.join(root, 'dist/cli/index.js')
const PEAK_MB = 300
/** Prints the process's peak resident set size when it exits. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb:'+process.resourceUsage().maxRSS+'\\n'))`

let dir: string

beforeAll(() => {
  requireFreshDist()
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-bounds-'))
  const bad = path.join(root, 'test/fixtures/bad')
  for (const name of readdirSync(bad)) copyFileSync(path.join(bad, name), path.join(dir, name))
  writeFileSync(
    path.join(dir, 'deep.yaml'),
    `Resources:\n  X:\n    Type: AWS::IAM::Policy\n    Metadata: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  )
  writeFileSync(path.join(dir, 'too-big.yaml'), `Resources: {}\n# ${'x'.repeat(MAX_FILE_BYTES)}\n`)
  const many = Array.from(
    { length: 5_000 },
    (_, i) =>
      `  Role${i}:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p${i}\n      Roles: [r]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: kms:Decrypt\n            Resource: ${i % 100 === 0 ? '"*"' : `!Sub "arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/k${i}"`}\n`,
  )
  writeFileSync(path.join(dir, 'many-resources.yaml'), `Resources:\n${many.join('')}`)
  const conditions = Array.from({ length: 300 }, (_, i) => `  C${i}: !Equals [a, b]`).join('\n')
  const chained = Array.from({ length: 300 }).reduce<string>(
    (inner, _, i) => `!If [C${i}, "arn:aws:kms:us-east-1:111122223333:key/k${i}", ${inner}]`,
    '"*"',
  )
  writeFileSync(
    path.join(dir, 'if-explosion.yaml'),
    `Conditions:\n${conditions}\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: kms:Decrypt\n            Resource: ${chained}\n`,
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('resource bounds on hostile input', () => {
  it(`scans every hostile file together within ${PEAK_MB} MB of peak memory, and reports on each`, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', REPORT_RSS, CLI, '.', '--format', 'json', '--fail-on', 'never'],
      { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 },
    )
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
    const peakMb = Number(/peak-rss-kb:(\d+)/.exec(run.stderr)![1]) / 1024
    expect(peakMb).toBeLessThan(PEAK_MB)
    const report = JSON.parse(run.stdout) as { findings: { file: string }[]; errors: { file: string }[] }
    const told = new Set([...report.findings, ...report.errors].map((x) => x.file))
    for (const file of [
      'alias-bomb-policy.yaml',
      'alias-bomb-elsewhere.yaml',
      'deep.yaml',
      'too-big.yaml',
      'many-resources.yaml',
      'if-explosion.yaml',
    ]) {
      expect(told).toContain(file)
    }
  }, 90_000)
})
