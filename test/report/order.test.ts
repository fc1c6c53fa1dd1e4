/**
 * One ordering everywhere (report/order.ts): what fails the gate first, then by level; within a level, what
 * stands on lines the change touches, then in files it touches, then the rest; files not checked in full
 * after the findings of their level when allow-unreadable is set. Findings on one statement are one entry.
 * Then the same order where a reviewer meets it: annotations, SARIF results, the text report; and the
 * changed lines as git and the API give them.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChangedLines, Finding } from '../../src/findings.js'
import type { Gate } from '../../src/gate.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { renderJson } from '../../src/report/json.js'
import { entriesInOrder, statementId } from '../../src/report/order.js'
import { toSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { changedLines, patchLines } from '../../src/scan/baseline.js'
import { finding, result, scanError } from './factory.js'

const GATE: Gate = { failOn: 'error', allowUnreadable: false }

/** A finding in its own file at line 10, named by what it shows. */
const at = (name: string, overrides: Partial<Finding> = {}): Finding =>
  finding({ file: `${name}.yaml`, resource: name, title: `KMS.2 ${name}`, ...overrides })

const changed: ChangedLines = new Map([
  ['changed-line.yaml', [[12, 12]]],
  ['changed-file.yaml', [[40, 45]]],
])

const names = (entries: ReturnType<typeof entriesInOrder>): string[] =>
  entries.map((e) => (e.kind === 'finding' ? e.findings[0].resource : `not checked ${e.file}`))

describe('entriesInOrder', () => {
  it('puts what fails the gate first, then by level, even before a warning on a changed line', () => {
    const findings = [
      at('note', { level: 'note' }),
      at('warning-on-change', { level: 'warning', file: 'changed-line.yaml' }),
      at('error', { level: 'error' }),
    ]
    expect(names(entriesInOrder({ ...result(findings), changed }, GATE))).toEqual([
      'error',
      'warning-on-change',
      'note',
    ])
    expect(
      names(entriesInOrder({ ...result(findings), changed }, { failOn: 'never', allowUnreadable: false })),
    ).toEqual(['error', 'warning-on-change', 'note'])
  })

  it('within a level: on a changed line, then in a changed file, then the rest (file order last)', () => {
    const findings = [
      at('a-untouched'),
      at('in-changed-file', { file: 'changed-file.yaml' }),
      at('z-untouched'),
      at('on-changed-line', { file: 'changed-line.yaml', line: 10, endLine: 13 }),
    ]
    expect(names(entriesInOrder({ ...result(findings), changed }, GATE))).toEqual([
      'on-changed-line',
      'in-changed-file',
      'a-untouched',
      'z-untouched',
    ])
  })

  it('ranks a file not checked in full with the gate, after findings in the same place, unless allowed', () => {
    const findings = [at('error'), at('warning', { level: 'warning' })]
    const broken = scanError({ file: 'changed-line.yaml', line: 12 })
    const input = { ...result(findings, [broken]), changed }
    // Failing, on a changed line: before the error in an untouched file.
    expect(names(entriesInOrder(input, GATE))).toEqual(['not checked changed-line.yaml', 'error', 'warning'])
    // Allowed: a notice after every finding of its level (error), before the warnings.
    expect(names(entriesInOrder(input, { failOn: 'error', allowUnreadable: true }))).toEqual([
      'error',
      'not checked changed-line.yaml',
      'warning',
    ])
  })

  it('makes one entry of the rules on one statement, worst level first, and gives them one statementId', () => {
    const kms2 = at('role', { level: 'warning' })
    const full = at('role', { ruleId: 'KMS.FullAccess', level: 'error', title: 'KMS.FullAccess role' })
    const other = at('role', { line: 20, endLine: 22 })
    const entries = entriesInOrder(result([kms2, full, other]), GATE)
    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({ kind: 'finding', level: 'error', failing: true, line: 10 })
    expect(entries[0].kind === 'finding' && entries[0].findings.map((f) => f.ruleId)).toEqual([
      'KMS.2',
      'KMS.FullAccess',
    ])
    expect(statementId(kms2)).toBe(statementId(full))
    expect(statementId(kms2)).not.toBe(statementId(other))
    const json = JSON.parse(renderJson(result([kms2, full, other])))
    expect(json.findings.map((f: { statementId: string }) => f.statementId)).toEqual([
      statementId(kms2),
      statementId(kms2),
      statementId(other),
    ])
  })
})

describe('the same order where reviewers meet it', () => {
  /** 30 errors in untouched files, 5 files not checked, 3 errors on changed lines, 12 warnings. */
  const big = {
    ...result(
      [
        ...Array.from({ length: 30 }, (_, i) => at(`untouched-${String(i).padStart(2, '0')}`)),
        ...Array.from({ length: 3 }, (_, i) =>
          at(`changed-${i}`, { file: 'changed-line.yaml', line: 10 + i * 20, endLine: 12 + i * 20 }),
        ),
        ...Array.from({ length: 12 }, (_, i) => at(`warning-${i}`, { level: 'warning' })),
      ],
      Array.from({ length: 5 }, (_, i) => scanError({ file: `broken-${i}.yaml` })),
    ),
    changed: new Map([['changed-line.yaml', [[1, 100]]]]) as ChangedLines,
  }

  it('annotations: the error slots go to what fails the gate on changed lines first, never to files not checked', () => {
    const plan = planAnnotations(big, { gate: GATE, reserveErrorSlot: true })
    const errors = plan.shown.filter((a) => a.level === 'error')
    expect(errors).toHaveLength(9)
    expect(errors.slice(0, 3).map((a) => a.file)).toEqual([
      'changed-line.yaml',
      'changed-line.yaml',
      'changed-line.yaml',
    ])
    expect(errors.every((a) => a.title.startsWith('KMS.2'))).toBe(true)
    expect(plan.shown.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(plan).toMatchObject({ total: 50, hidden: 50 - 19 })
  })

  it('annotations: one per statement, with every rule and each rule page', () => {
    const full = at('role', { ruleId: 'KMS.FullAccess', title: 'KMS.FullAccess Role role has full KMS access' })
    const plan = planAnnotations(result([at('role'), full]), { gate: GATE, reserveErrorSlot: false })
    expect(plan.shown).toHaveLength(1)
    expect(plan.shown[0].title).toBe('KMS.2 role · KMS.FullAccess Role role has full KMS access')
    expect(plan.shown[0].message).toMatch(/Rule: .*KMS\.2\.md\nRule: .*KMS\.FullAccess\.md$/)
  })

  it('SARIF results follow the entries, one result per rule', () => {
    const results = toSarif(big, GATE).runs[0].results!
    const expected = entriesInOrder(big, GATE).flatMap((e) => (e.kind === 'finding' ? e.findings : []))
    expect(results.map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri)).toEqual(
      expected.map((f) => f.file),
    )
    expect(results[0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('changed-line.yaml')
  })

  it('the text report prints the entries in that order, one block per statement with every rule id', () => {
    const full = at('untouched-00', { ruleId: 'KMS.FullAccess', scope: null, title: 'KMS.FullAccess full access' })
    const text = renderText(
      { ...big, findings: [...big.findings, full] },
      // Verbose: the blocks under a line naming each file, whose places are indented under it.
      { color: false, show: ['error', 'warning', 'note'], gate: GATE, verbose: true },
    )
    const heads = text.split('\n').filter((l) => /^ {2}\S+:\d+:\d+ /.test(l) || /^ {2}\S+:\d+:\d+ {2}error/.test(l))
    expect(heads[0]).toMatch(/^ {2}changed-line\.yaml:10:11 {2}error +KMS\.2 \(all-keys\) {2}changed-0$/)
    expect(heads.filter((l) => l.includes('KMS.2 (all-keys) + KMS.FullAccess'))).toEqual([
      '  untouched-00.yaml:10:11  error    KMS.2 (all-keys) + KMS.FullAccess  untouched-00 · full access',
    ])
    const firstBroken = heads.findIndex((l) => l.startsWith('  broken-'))
    const firstWarning = heads.findIndex((l) => l.includes('warning-'))
    expect(firstBroken).toBeGreaterThan(heads.findIndex((l) => l.includes('untouched-29')))
    expect(firstWarning).toBeGreaterThan(firstBroken)
  })
})

describe('the lines a change touches', () => {
  let repo = ''
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } })

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'cfn-kms-changes-'))
    git('init', '-q')
    git('config', 'user.email', 'test@example.com')
    git('config', 'user.name', 'test')
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`)
    writeFileSync(path.join(repo, 'edited.yaml'), lines.join('\n') + '\n')
    writeFileSync(path.join(repo, 'trimmed.yaml'), lines.join('\n') + '\n')
    writeFileSync(path.join(repo, 'gone.yaml'), 'x\n')
    git('add', '.')
    git('commit', '-qm', 'base')
    const edited = [...lines]
    edited[4] = 'changed 5'
    edited.splice(14, 0, 'inserted after 14', 'and another')
    writeFileSync(path.join(repo, 'edited.yaml'), edited.join('\n') + '\n')
    writeFileSync(path.join(repo, 'trimmed.yaml'), lines.filter((_, i) => i !== 9).join('\n') + '\n')
    rmSync(path.join(repo, 'gone.yaml'))
    writeFileSync(path.join(repo, 'new file.yaml'), 'a\nb\n')
  })

  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  it('git: changed and added lines of the new version; a file with lines removed only is changed with no line; new files whole', () => {
    const lines = changedLines(repo, 'HEAD')!
    expect(lines.get('edited.yaml')).toEqual([
      [5, 5],
      [15, 16],
    ])
    expect(lines.get('trimmed.yaml')).toEqual([])
    expect(lines.has('gone.yaml')).toBe(false)
    expect(lines.get('new file.yaml')).toEqual([[1, Number.MAX_SAFE_INTEGER]])
  })

  it('git: none when the base commit is not in the clone', () => {
    expect(changedLines(repo, '0123456789abcdef0123456789abcdef01234567')).toBeNull()
  })

  it("the API's patch: the lines it adds, numbered in the new file, past context and removed lines", () => {
    const patch = [
      '@@ -3,4 +3,5 @@ Resources:',
      '   DataKey:',
      '-    DeletionPolicy: Retain',
      '+    DeletionPolicy: Delete',
      '+    UpdateReplacePolicy: Retain',
      '     Type: AWS::KMS::Key',
      '@@ -20,2 +21,2 @@',
      '-  x',
      '+  y',
      '   z',
      '@@ -30,2 +31,0 @@',
      '-p',
      '-q',
    ].join('\n')
    expect(patchLines(patch)).toEqual([
      [4, 5],
      [21, 21],
    ])
    expect(patchLines(undefined)).toEqual([])
  })
})
