/**
 * The built command line printing a large JSON report into a pipe, as `cfn-kms-check --format json | jq` does:
 * the report is written as it is made, so the pipe's reader sets the pace; what it reads is the report
 * `--output` writes, byte for byte, and the exit status still says whether the gate failed.
 * The repository is generated (scripts/bench/gen-corpus.mjs, deterministic: every template has findings).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { requireFreshDist } from '../dist.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIN = path.join(ROOT, 'dist/cli/index.js')

let cwd = ''

beforeAll(() => {
  requireFreshDist()
  cwd = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-large-'))
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench/gen-corpus.mjs'), cwd, '40', '40', '1'])
})

afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/** Runs the CLI with standard output into a pipe whose reader waits before it reads, and gathers what it reads. */
function runPiped(args: string[], waitMs: number): Promise<{ status: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
    const pieces: Buffer[] = []
    child.stdout.pause()
    setTimeout(() => child.stdout.resume(), waitMs)
    child.stdout.on('data', (piece: Buffer) => pieces.push(piece))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(pieces) }))
  })
}

describe('a JSON report larger than a pipe holds, printed', () => {
  it('is the report --output writes, byte for byte, and the exit status says the gate failed', async () => {
    const printed = await runPiped(['.', '--format', 'json'], 1000)
    expect(printed.status).toBe(1)
    // Many times what a pipe holds (64 KB), and more than one piece of a megabyte.
    expect(printed.stdout.length).toBeGreaterThan(1 << 20)
    const report = JSON.parse(printed.stdout.toString('utf8')) as { findings: unknown[] }
    expect(report.findings.length).toBeGreaterThan(800)

    const file = path.join(cwd, 'report.json')
    const written = await runPiped(['.', '--format', 'json', '--output', 'report.json'], 0)
    expect(written.status).toBe(1)
    expect(readFileSync(file).equals(printed.stdout)).toBe(true)
    rmSync(file)
  }, 60_000)

  it('is the same report when standard output is a file, appended after what the file held (`>>`)', () => {
    // Outside the scanned folder, so that neither report is scanned by the other run.
    const out = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-redirect-'))
    const written = path.join(out, 'report.json')
    expect(spawnSync(process.execPath, [BIN, '.', '--format', 'json', '--output', written], { cwd }).status).toBe(1)
    const redirected = path.join(out, 'redirected.json')
    writeFileSync(redirected, 'before\n')
    const fd = openSync(redirected, 'a')
    const run = spawnSync(process.execPath, [BIN, '.', '--format', 'json'], { cwd, stdio: ['ignore', fd, 'pipe'] })
    closeSync(fd)
    expect(run.stderr.toString()).toBe('')
    expect(run.status).toBe(1)
    expect(readFileSync(redirected).equals(Buffer.concat([Buffer.from('before\n'), readFileSync(written)]))).toBe(true)
    rmSync(out, { recursive: true })
  }, 60_000)

  it('ends quietly with the gate’s status when the reader stops early, as `| head` does', async () => {
    const child = spawn(process.execPath, [BIN, '.', '--format', 'json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (piece: Buffer) => (stderr += piece.toString()))
    child.stdout.once('data', () => child.stdout.destroy())
    const status = await new Promise((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(status).toBe(1)
  }, 60_000)
})
