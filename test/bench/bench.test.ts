import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../..')

describe('npm run bench', () => {
  it('runs end to end on a tiny corpus and reports every figure', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-bench-'))
    try {
      const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' })
      expect(build.status).toBe(0)
      const run = spawnSync(process.execPath, ['scripts/bench/run.mjs', '--templates', '12', '--megabytes', '0.1', '--runs', '1', '--out', out], { cwd: root, encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.stdout).toMatch(/cold start: CLI on an empty folder \d+ ms/)
      const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'))
      expect(results.rows.map((r: { corpus: string }) => r.corpus)).toEqual(['realistic', 'worst-case', 'realistic-half'])
      for (const row of results.rows) {
        for (const figure of ['parseOnlyMs', 'scanMs', 'ratio', 'templatesPerSecond', 'megabytesPerSecond', 'peakRssMb']) {
          expect(row[figure]).toBeGreaterThan(0)
        }
      }
      expect(results.rows[0].templates).toBe(12)
      expect(Object.keys(results.targets)).toHaveLength(5)
      // The worst case really has a finding in every template; the realistic one in few.
      const worst = JSON.parse(readFileSync(path.join(out, 'worst-case.json'), 'utf8'))
      expect(new Set(worst.findings.map((f: { file: string }) => f.file)).size).toBe(12)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  }, 120_000)
})
