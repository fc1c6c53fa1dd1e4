import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { availableParallelism } from 'node:os'
import { mixedOrder, scanInParallel, threadCount } from '../src/scan/parallel.js'
import { discoverFor, scan } from '../src/scan/scan.js'
import { requireFreshDist } from './dist.js'
import { busyTemplate } from './fixtures/workers/busy.js'

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli/index.js')

function template(i: number): string {
  const resource =
    i % 5 === 0 ? '"*"' : `!Sub "arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:key/k${i}"`
  return [
    'Resources:',
    `  Role${i}:`,
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      Policies:',
    `        - PolicyName: p${i}`,
    '          PolicyDocument:',
    '            Statement:',
    '              - Effect: Allow',
    '                Action: kms:Decrypt',
    `                Resource: ${resource}`,
  ].join('\n')
}

describe('scanning on worker threads', () => {
  beforeAll(requireFreshDist)
  it('reports exactly what a single-threaded scan reports, in the same order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-parallel-'))
    try {
      for (let i = 0; i < 300; i++) {
        mkdirSync(path.join(dir, `team${i % 7}`), { recursive: true })
        writeFileSync(path.join(dir, `team${i % 7}`, `stack${i}.yaml`), template(i))
      }
      writeFileSync(path.join(dir, 'broken.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n')
      writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // comments are fine here\n  "compilerOptions": {}\n}\n')
      // Two threads whatever the machine has: the worker is what is tested.
      const env = { ...process.env, CFN_KMS_CHECK_THREADS: '2' }
      const run = spawnSync(process.execPath, [cli, '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', env })
      expect(run.status).toBe(1)
      const threaded = JSON.parse(run.stdout)
      const direct = scan({ paths: ['.'], cwd: dir })
      expect(threaded.findings.map((f: { file: string; line: number }) => `${f.file}:${f.line}`)).toEqual(
        direct.findings.map((f) => `${f.file}:${f.line}`),
      )
      expect(threaded.findings).toHaveLength(60)
      expect(threaded.errors).toEqual(direct.errors)
      expect(threaded.errors).toHaveLength(1)
      expect(threaded.unparseable).toEqual(direct.unparseable)
      expect(threaded.unparseable).toEqual([expect.objectContaining({ file: 'tsconfig.json', line: 2 })])
      expect(threaded.summary).toEqual(direct.summary)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('takes every file exactly once, folders interleaved from the first files on', () => {
    for (const count of [0, 1, 15, 16, 17, 100, 2000]) {
      const order = mixedOrder(count)
      expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i))
    }
    // 2,000 files in four folders of 500: the first 16 files taken come from all four.
    const folders = new Set(
      mixedOrder(2000)
        .slice(0, 16)
        .map((i) => Math.floor(i / 500)),
    )
    expect(folders.size).toBe(4)
  })
})

describe('how many threads scan', () => {
  beforeAll(requireFreshDist)
  it('one per available core but one (at least one), unless CFN_KMS_CHECK_THREADS names a whole number', () => {
    expect(threadCount({})).toEqual({ threads: Math.max(1, availableParallelism() - 1), warning: null })
    expect(threadCount({ CFN_KMS_CHECK_THREADS: '1' })).toEqual({ threads: 1, warning: null })
    expect(threadCount({ CFN_KMS_CHECK_THREADS: '12' })).toEqual({ threads: 12, warning: null })
  })

  it('a value that is not a thread count is not used, and the scan says so', () => {
    for (const asked of ['0', 'two', '1.5', '-3']) {
      expect(threadCount({ CFN_KMS_CHECK_THREADS: asked })).toEqual({
        threads: Math.max(1, availableParallelism() - 1),
        warning: `CFN_KMS_CHECK_THREADS must be a whole number of threads, got "${asked}": scanning on ${Math.max(1, availableParallelism() - 1)}`,
      })
    }
  })

  it('the CLI scans on one thread when told to, with the same report, and warns about a bad value', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-threads-'))
    try {
      for (let i = 0; i < 30; i++) writeFileSync(path.join(dir, `stack${i}.yaml`), template(i))
      const run = (threads: string) =>
        spawnSync(process.execPath, [cli, '.', '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, CFN_KMS_CHECK_THREADS: threads },
        })
      const one = run('1')
      const bad = run('many')
      expect(one.stderr).toBe('')
      expect(bad.stderr).toContain('warning: CFN_KMS_CHECK_THREADS must be a whole number of threads, got "many"')
      expect(JSON.parse(one.stdout).findings).toEqual(JSON.parse(bad.stdout).findings)
      expect(JSON.parse(one.stdout).findings).toHaveLength(6)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a repository of fewer than 256 files is scanned on the main thread alone, even when two threads are asked for', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-floor-'))
    try {
      // Loaded in every thread of the CLI: each worker thread says that it started.
      const probe = path.join(dir, 'probe.cjs')
      writeFileSync(
        probe,
        "if (!require('node:worker_threads').isMainThread) require('node:fs').writeSync(2, 'worker started\\n')",
      )
      const workersStarted = (files: number) => {
        const repo = path.join(dir, `repo${files}`)
        mkdirSync(repo)
        for (let i = 0; i < files; i++) writeFileSync(path.join(repo, `stack${i}.yaml`), template(i))
        const run = spawnSync(process.execPath, ['--require', probe, cli, '.', '--format', 'json'], {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, CFN_KMS_CHECK_THREADS: '2' },
        })
        expect(JSON.parse(run.stdout).findings).toHaveLength(Math.ceil(files / 5))
        return run.stderr.split('worker started').length - 1
      }
      expect(workersStarted(255)).toBe(0)
      expect(workersStarted(256)).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('a scan worker that stops', () => {
  it.each([
    ['exits without an error event', 'exits.mjs', 'the scan worker stopped (exit code 7) while checking it'],
    ['crashes with an uncaught error', 'throws.mjs', 'the scan worker failed: worker bug'],
  ])(
    'never waits for a worker that %s: the files it held are internal errors, the others are scanned',
    async (_, entry, reason) => {
      // Enough work that the worker is up and holding files before the main thread has taken them all.
      const FILES = 600
      const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-crash-'))
      try {
        for (let i = 0; i < FILES; i++) writeFileSync(path.join(dir, `stack${i}.yaml`), busyTemplate())
        const workerEntry = new URL(`./fixtures/workers/${entry}`, import.meta.url)
        const options = { paths: ['.'], cwd: dir }
        const result = await scanInParallel(options, workerEntry, discoverFor(options), { CFN_KMS_CHECK_THREADS: '2' })
        expect(result.errors.length).toBeGreaterThan(0)
        expect(new Set(result.errors.map((e) => e.message))).toEqual(
          new Set([`internal error while checking this template, please report it: ${reason}`]),
        )
        expect(result.errors.every((e) => e.internal)).toBe(true)
        expect(result.summary.templates + result.errors.length).toBe(FILES)
        expect(result.summary.templates).toBeGreaterThan(0)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    },
  )
})
