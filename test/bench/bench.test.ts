import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

describe('npm run bench', () => {
  it('runs end to end on a tiny corpus and reports every figure', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-bench-'))
    try {
      const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' })
      expect(build.status).toBe(0)
      const run = spawnSync(
        process.execPath,
        [
          'scripts/bench/run.mjs',
          ...['--templates', '12', '--megabytes', '0.1', '--runs', '1', '--out', out],
          ...['--real', 'examples', '--copies', '2'],
          ...['--crossover', '--scaling', '--sizes', '4,8'],
        ],
        { cwd: root, encoding: 'utf8' },
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/cold start: CLI on one template \d+ ms/)
      const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'))
      // The same figures as tables for docs/performance.md.
      const tables = readFileSync(path.join(out, 'results.md'), 'utf8')
      expect(tables).toMatch(/^\| realistic \| 12 \| [\d.]+ \| \d+ ms \| \d+ ms \| \d+ ms \| [\d.]+x \|/m)
      expect(tables).toMatch(
        /^Cold start: CLI on one template \d+ ms \(first run, without the compile cache: \d+ ms\)/m,
      )
      // Every scan ran with the bench's own compile cache, written before the first was timed.
      expect(readdirSync(path.join(out, 'compile-cache')).filter((name) => name.endsWith('.v8cache'))).toHaveLength(1)
      expect(results.rows.map((r: { corpus: string }) => r.corpus)).toEqual([
        'realistic',
        'worst-case',
        'own-realistic',
        'own-worst-case',
        'terraform',
        'real-shaped',
      ])
      for (const row of results.rows) {
        for (const figure of [
          'bareParseMs',
          'ourParseMs',
          'scanMs',
          'ratio',
          'ratioToOurParse',
          'templatesPerSecond',
          'megabytesPerSecond',
          'peakRssMb',
        ]) {
          expect(row[figure]).toBeGreaterThan(0)
        }
      }
      expect(results.rows[0].templates).toBe(12)
      expect(Object.keys(results.targets)).toEqual([
        'scan <= 1.5x the bare parse (realistic)',
        'scan <= 3x the bare parse (worst case)',
        'scan <= 2x the bare parse (real-shaped)',
        'scan <= 2x the tree-sitter parse (terraform)',
        'cold start <= 300 ms',
        'peak RSS <= 300 MB',
        'time per template at 8 <= at 4 (+10%)',
      ])
      // One thread against two on the first templates of the realistic corpus, and the scan at each size.
      expect(results.crossover.map((r: { templates: number }) => r.templates)).toEqual([4, 8])
      for (const row of results.crossover) {
        expect(row.oneThreadMs).toBeGreaterThan(0)
        expect(row.twoThreadsMs).toBeGreaterThan(0)
      }
      expect(results.scaling.map((r: { templates: number }) => r.templates)).toEqual([4, 8])
      for (const row of results.scaling) {
        expect(row.scanMs).toBeGreaterThan(0)
        expect(row.peakRssMb).toBeGreaterThan(0)
      }
      expect(results.coldStart.cliMs).toBeGreaterThan(0)
      expect(results.coldStart.cliFirstRunMs).toBeGreaterThan(0)
      expect(results.coldStart.actionMs).toBeGreaterThan(0)
      expect(results.coldStart.nodeMs).toBeGreaterThan(0)
      // The worst case really has a finding in every template; the realistic one in few.
      const worst = JSON.parse(readFileSync(path.join(out, 'own-worst-case.json'), 'utf8'))
      expect(new Set(worst.findings.map((f: { file: string }) => f.file)).size).toBe(12)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)

  it('times the warm-up: the first steps of files against the steady state, for the bare parse and the scan', () => {
    withCorpus(['12', '4', '0.5'], (corpus) => {
      const run = benchScript('warm-up.mjs', [corpus, '--step', '4'])
      for (const files of ['1-4', '5-8', '9-12'])
        expect(run.stdout).toMatch(new RegExp(`'${files}' +│ \\d+ +│ \\d+ +│`))
      expect(run.stdout).toMatch(
        /^bare parse: \d+ ms in all, [\d.]+ ms a step of 4 files once warm, warm-up -?\d+ ms above that$/m,
      )
      expect(run.stdout).toMatch(
        /^scan: \d+ ms in all, [\d.]+ ms a step of 4 files once warm, warm-up -?\d+ ms above that$/m,
      )
      expect(run.stdout).toMatch(/^scan \/ bare parse: [\d.]+x in all, [\d.]+x once warm$/m)
    })
  }, 60_000)

  it('profiles a one-thread scan by stage, the report written as the CLI writes it', () => {
    withCorpus(['40', '10', '1'], (corpus) => {
      const run = benchScript('profile.mjs', [corpus, '--one-thread', '--detail', 'parse'])
      expect(run.stdout).toMatch(/^1 thread\(s\), \d+ ms busy in all \(idle \d+ ms\)$/m)
      expect(run.stdout).toMatch(/^│ parse +│ \d+ +│ '[\d.]+%' +│$/m)
      expect(run.stdout).toMatch(/^parse: where its own time goes$/m)
    })
  }, 60_000)

  it('generates the same corpus from the same seed: YAML with short-form tags, CDK JSON, findings in a few templates', async () => {
    const { writeCorpus } = await import('../../scripts/bench/corpus.mjs')
    const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-corpus-'))
    try {
      const make = (name: string): { file: string; text: string }[] =>
        writeCorpus({ dir: path.join(out, name), count: 300, totalBytes: 1_200_000, findingShare: 0.05, seed: 7 }).map(
          ({ file }) => ({ file: path.relative(path.join(out, name), file), text: readFileSync(file, 'utf8') }),
        )
      const first = make('a')
      expect(make('b')).toEqual(first)
      const yamlFiles = first.filter((f) => f.file.endsWith('.yaml'))
      const jsonFiles = first.filter((f) => f.file.startsWith('cdk.out') && f.file.endsWith('.template.json'))
      expect(yamlFiles.length + jsonFiles.length).toBe(300)
      expect(yamlFiles.every((f) => f.text.includes('!Sub') && f.text.includes('!If'))).toBe(true)
      expect(jsonFiles.length).toBeGreaterThan(50)
      const bytes = first.reduce((n, f) => n + Buffer.byteLength(f.text), 0)
      expect(bytes).toBeGreaterThan(1_100_000)
      const withFindings = first.filter((f) => f.text.includes('LeakyPolicy') || f.text.includes('WideGrant')).length
      expect(withFindings).toBeGreaterThan(3)
      expect(withFindings).toBeLessThan(40)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  it('generates the same Terraform corpus from the same seed: modules of ten .tf files, all-keys grants in a few', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-tf-corpus-'))
    try {
      const make = (name: string): Record<string, string> => {
        const dir = path.join(out, name)
        const run = spawnSync(process.execPath, ['scripts/bench/gen-terraform.mjs', dir, '200', '0.05'], {
          cwd: root,
          encoding: 'utf8',
        })
        expect(run.status).toBe(0)
        return Object.fromEntries(
          readdirSync(dir, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => [
              path.relative(dir, path.join(e.parentPath, e.name)),
              readFileSync(path.join(e.parentPath, e.name), 'utf8'),
            ]),
        )
      }
      const first = make('a')
      expect(make('b')).toEqual(first)
      expect(Object.keys(first)).toHaveLength(200)
      expect(new Set(Object.keys(first).map((file) => path.dirname(file))).size).toBe(20)
      const open = Object.values(first).filter((text) => text.includes('resources = ["*"]')).length
      expect(open).toBeGreaterThan(3)
      expect(open).toBeLessThan(25)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

/**
 * Compiles the sources (the bench's scripts read build/) and gives `check` a corpus of gen-corpus.mjs's
 * (COUNT, RESOURCES_PER_TEMPLATE, FINDING_RATE) in a temporary folder, removed afterwards.
 */
function withCorpus(shape: string[], check: (corpus: string) => void): void {
  const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-bench-script-'))
  try {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' })
    expect(build.status).toBe(0)
    const corpus = path.join(out, 'corpus')
    const made = spawnSync(process.execPath, ['scripts/bench/gen-corpus.mjs', corpus, ...shape], { cwd: root })
    expect(made.status).toBe(0)
    check(corpus)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/** Runs one of scripts/bench/, which must end well and say nothing on standard error. */
function benchScript(script: string, args: string[]) {
  const run = spawnSync(process.execPath, [`scripts/bench/${script}`, ...args], { cwd: root, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  return run
}
