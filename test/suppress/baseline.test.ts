/**
 * New findings only (--baseline-ref, compareWithBase) and changed files only (--changed-since), on real git
 * repositories built here: a base commit with findings already in it, and head commits that move things
 * around and add one real finding. Also what happens when the base commit is not there (a shallow clone).
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { compareWithBase } from '../../src/scan/baseline.js'
import { judgeGate } from '../../src/gate.js'
import { scan, type ScanOptions } from '../../src/scan/scan.js'
import { brief, cli, cliJson, fixture, git, lineOf, project, removeProjects, Repo } from './helpers.js'

const TEMPLATE = 'infra/app.yaml'
const base = fixture('baseline/base.yaml')
const moved = fixture('baseline/head-moved.yaml')
const added = fixture('baseline/head-new.yaml')

afterAll(removeProjects)

/** A repository whose base commit holds the template with its old findings, and whose head holds `head`. */
function pullRequest(head: Record<string, string | null>): { repo: Repo; baseSha: string; headSha: string } {
  const repo = Repo.init()
  const baseSha = repo.commit('base', { [TEMPLATE]: base, 'README.md': '# infra\n' })
  const headSha = repo.commit('head', head)
  return { repo, baseSha, headSha }
}

function scanAndCompare(cwd: string, ref: string) {
  const options: ScanOptions = { paths: ['.'], cwd }
  return compareWithBase(scan(options), ref, options)
}

/** The findings of the base template, where they stand in `text`. */
const OLD = (text: string): string[] =>
  [
    `KMS.4 DataKey -@${lineOf(text, 'EnableKeyRotation: false')}`,
    `KMS.1 AuditPolicy AuditPolicy@${lineOf(text, 'Sid: AuditDecrypt')}`,
    `KMS.2 ReportsRole reports@${lineOf(text, 'Sid: ReadArchive')}`,
    `KMS.2 ReportsRole reports@${lineOf(text, 'Sid: ReadReports')}`,
  ].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]))

describe('compareWithBase', () => {
  it('keeps every finding old when lines move: comments, blank lines, resources, statements and keys reordered, flow style', () => {
    const { repo, baseSha } = pullRequest({ [TEMPLATE]: moved })
    const result = scanAndCompare(repo.dir, baseSha)
    expect(result.findings).toEqual([])
    expect(brief(result.baseline)).toEqual(OLD(moved))
    expect(result.summary).toMatchObject({ findings: 0, baseline: 4 })
    expect(judgeGate(result, { failOn: 'warning', allowUnreadable: false }).failed).toBe(false)
  })

  it('keeps key findings old too (KMS.3 twice on one key, KMS.4, KMS.5) when keys and properties move', () => {
    const repo = Repo.init()
    const baseSha = repo.commit('base', { 'keys.yaml': fixture('baseline/keys-base.yaml') })
    repo.commit('head', { 'keys.yaml': fixture('baseline/keys-moved.yaml') })
    const result = scanAndCompare(repo.dir, baseSha)
    expect(result.findings).toEqual([])
    expect(result.baseline.map((f) => f.ruleId).sort()).toEqual([
      'KMS.3',
      'KMS.3',
      'KMS.3',
      'KMS.3',
      'KMS.3',
      'KMS.4',
      'KMS.5',
    ])
  })

  it('judges only the finding the change adds, and it fails the gate', () => {
    const { repo, baseSha } = pullRequest({ [TEMPLATE]: added })
    const result = scanAndCompare(repo.dir, baseSha)
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'KMS.2',
        resource: 'ReportsRole',
        sid: 'ExportBackups',
        line: lineOf(added, 'Sid: ExportBackups'),
      }),
    ])
    expect(brief(result.baseline)).toEqual(OLD(added))
    expect(result.summary).toMatchObject({ findings: 1, baseline: 4 })
    expect(judgeGate(result, { failOn: 'error', allowUnreadable: false }).failed).toBe(true)
  })

  it('without the comparison, judges all five', () => {
    const { repo } = pullRequest({ [TEMPLATE]: added })
    expect(scan({ paths: ['.'], cwd: repo.dir }).findings).toHaveLength(5)
  })

  it('counts a finding twice when the change copies its statement into a new template', () => {
    const { repo, baseSha } = pullRequest({ 'infra/copy.yaml': base })
    const result = scanAndCompare(repo.dir, baseSha)
    expect(result.findings.map((f) => f.file)).toEqual([
      'infra/copy.yaml',
      'infra/copy.yaml',
      'infra/copy.yaml',
      'infra/copy.yaml',
    ])
    expect(result.baseline.map((f) => f.file)).toEqual([TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE])
  })

  it('reads the base from git without touching the working tree, which may hold uncommitted changes', () => {
    const { repo, baseSha } = pullRequest({ [TEMPLATE]: moved })
    const cwd = repo.dir
    const status = (): string => git(cwd, 'status', '--porcelain')
    writeFileSync(path.join(cwd, TEMPLATE), added)
    const before = status()
    expect(scanAndCompare(cwd, baseSha).findings.map((f) => f.sid)).toEqual(['ExportBackups'])
    expect(status()).toBe(before)
    expect(git(cwd, 'rev-parse', 'HEAD')).not.toBe(baseSha)
  })
})

describe('cfn-kms-check --baseline-ref', () => {
  it('JSON: only the new finding under findings, the old ones under baseline in the same shape; exit 1', async () => {
    const { repo, baseSha } = pullRequest({ [TEMPLATE]: added })
    const { exitCode, stderr, report } = await cliJson(repo.dir, '--baseline-ref', baseSha)
    expect(exitCode).toBe(1)
    expect(stderr).toBe('')
    expect(report.findings.map((f) => f.sid)).toEqual(['ExportBackups'])
    expect(brief(report.baseline)).toEqual(OLD(added))
    for (const old of report.baseline) expect(Object.keys(old)).toEqual(Object.keys(report.findings[0]))
    expect(report.summary).toMatchObject({ findings: 1, baseline: 4 })
    expect(report.warnings).toEqual([])
  })

  it('passes when the change only moves things around, and the text report lists the old findings apart', async () => {
    const { repo } = pullRequest({ [TEMPLATE]: moved })
    const outcome = await cli(repo.dir, '--baseline-ref', 'HEAD~1')
    expect(outcome.exitCode).toBe(0)
    expect(outcome.stdout).toContain('Already on the base branch (not judged by this change): 4\n')
    expect(outcome.stdout).toContain(
      `  ${TEMPLATE}:${lineOf(moved, 'Sid: ReadReports')}:17  error    KMS.2 Role ReportsRole can decrypt with any KMS key\n`,
    )
    expect(outcome.stdout).toMatch(/✔ no findings in 1 template .*; 4 already on the base branch; [\d.]+ s\n$/)
  })

  it('works from a folder inside the repository, as the action does with working-directory', async () => {
    const { repo, baseSha } = pullRequest({ [TEMPLATE]: added })
    const { exitCode, report } = await cliJson(path.join(repo.dir, 'infra'), '--baseline-ref', baseSha)
    expect(exitCode).toBe(1)
    expect(report.findings.map((f) => `${f.file} ${f.sid}`)).toEqual(['app.yaml ExportBackups'])
    expect(report.baseline).toHaveLength(4)
  })
})

describe('without the base commit', () => {
  const NOT_IN_CLONE = 'the commit is not in this clone \\(a shallow checkout\\?\\)'
  it.each([
    [
      'a shallow clone (fetch-depth 1)',
      () => {
        const { repo, baseSha } = pullRequest({ [TEMPLATE]: added })
        return { cwd: repo.shallowClone(), ref: baseSha }
      },
      NOT_IN_CLONE,
    ],
    [
      'a ref that does not exist',
      () => ({ cwd: pullRequest({ [TEMPLATE]: added }).repo.dir, ref: 'origin/main' }),
      NOT_IN_CLONE,
    ],
    // git's own words, not a guess of ours.
    [
      'a folder that is not a git repository',
      () => ({ cwd: project({ [TEMPLATE]: added }), ref: 'main' }),
      'fatal: not a git repository',
    ],
  ])('%s: exactly one warning on stderr that says why, and every finding is judged', async (_, setup, why) => {
    const { cwd, ref } = setup()
    const { exitCode, stderr, report } = await cliJson(cwd, '--baseline-ref', ref)
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^cfn-kms-check: warning: cannot read the base commit ${ref}: ${why}.*; so every finding is judged.*fetch-depth: 0`,
        ),
      ),
    ])
    expect(report.warnings).toHaveLength(1)
    expect(report.findings).toHaveLength(5)
    expect(report.baseline).toEqual([])
    expect(exitCode).toBe(1)
  })
})

describe('cfn-kms-check --changed-since', () => {
  const others = {
    'infra/roles.yaml': fixture('plain/app-roles.yaml'),
    'infra/account-keys.yaml': fixture('plain/account-keys.yaml'),
  }

  function changedOnlyApp(): { repo: Repo; baseSha: string } {
    const repo = Repo.init()
    const baseSha = repo.commit('base', { [TEMPLATE]: base, ...others })
    repo.commit('head', { [TEMPLATE]: added })
    return { repo, baseSha }
  }

  it('scans only the templates the change touches and says how many it left out', async () => {
    const { repo, baseSha } = changedOnlyApp()
    const { exitCode, report } = await cliJson(repo.dir, '--changed-since', baseSha)
    expect([...new Set(report.findings.map((f) => f.file))]).toEqual([TEMPLATE])
    expect(report.findings).toHaveLength(5)
    expect(report.summary).toMatchObject({ files: 1, templates: 1, unchanged: 2 })
    expect(exitCode).toBe(1)
    const text = await cli(repo.dir, '--changed-since', baseSha)
    expect(text.stdout).toMatch(/; 2 unchanged files not scanned; [\d.]+ s\n$/)
  })

  it('counts files git does not track yet as changed', async () => {
    const { repo, baseSha } = changedOnlyApp()
    writeFileSync(path.join(repo.dir, 'infra/new-role.yaml'), fixture('plain/app-roles.yaml'))
    const { report } = await cliJson(repo.dir, '--changed-since', baseSha)
    expect([...new Set(report.findings.map((f) => f.file))]).toEqual([TEMPLATE, 'infra/new-role.yaml'])
    expect(report.summary['unchanged']).toBe(2)
  })

  it('with --baseline-ref too: the one new finding, in the one changed template', async () => {
    const { repo, baseSha } = changedOnlyApp()
    const { exitCode, report } = await cliJson(repo.dir, '--changed-since', baseSha, '--baseline-ref', baseSha)
    expect(report.findings.map((f) => `${f.file} ${f.sid}`)).toEqual([`${TEMPLATE} ExportBackups`])
    expect(report.summary).toMatchObject({ findings: 1, baseline: 4, unchanged: 2 })
    expect(exitCode).toBe(1)
  })

  it('without the base commit, warns once and scans every template', async () => {
    const { repo, baseSha } = changedOnlyApp()
    const { stderr, report } = await cliJson(repo.shallowClone(), '--changed-since', baseSha)
    expect(stderr.trimEnd().split('\n')).toEqual([
      `cfn-kms-check: warning: cannot tell which files changed since ${baseSha}: the commit is not in this clone (a shallow checkout?); so every template is scanned`,
    ])
    expect(report.summary).toMatchObject({ templates: 3, unchanged: 0 })
  })
})
