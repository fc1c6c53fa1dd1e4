/**
 * Suppressions written in templates (`Metadata: cfn-kms-check: suppress:` on a resource), in YAML, JSON and
 * CDK output: what they suppress, what they refuse to suppress (no reason, expired, malformed), and how every
 * report lists the suppressed findings apart from those the gate judges.
 */
import { ruleDocsUrl } from '../../src/checks/rule.js'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { ScanResult } from '../../src/findings.js'
import { judgeGate } from '../../src/gate.js'
import { scan } from '../../src/scan/scan.js'
import { renderMarkdown } from '../../src/report/markdown.js'
import { toSarif } from '../../src/report/sarif.js'
import { brief, cli, cliJson, fixture, FIXTURES, lineOf, project, removeProjects } from './helpers.js'

const REASON = 'Break-glass role, reviewed by security on 2026-10-01'
const TODAY = '2026-11-25'

afterAll(removeProjects)

/** The one suppressed KMS.2 finding expected: `fields`, suppressed for REASON until `expires`, written at `source`. */
function onlySuppressed(fields: Record<string, unknown>, expires: string | null, source: string): unknown[] {
  return [
    expect.objectContaining({
      ruleId: 'KMS.2',
      ...fields,
      suppression: { reason: REASON, expires, expired: false, source, kind: 'inSource' },
    }),
  ]
}

function scanFixture(file: string, today = TODAY, cwd = FIXTURES): ScanResult {
  return scan({ paths: [file], cwd, today })
}

describe('a suppression with a reason', () => {
  const yamlText = fixture('break-glass.yaml')

  it('moves the finding to suppressed, with its reason, expiry and the file:line it is written at', () => {
    const result = scanFixture('break-glass.yaml')
    const fields = {
      level: 'error',
      file: 'break-glass.yaml',
      resource: 'BreakGlassRole',
      policy: 'break-glass',
      sid: 'DecryptEverything',
      line: lineOf(yamlText, 'Sid: DecryptEverything'),
    }
    expect(result.suppressed).toEqual(
      onlySuppressed(fields, '2027-03-31', `break-glass.yaml:${lineOf(yamlText, '- rule: KMS.2')}`),
    )
    expect(result.findings.map((f) => f.sid)).not.toContain('DecryptEverything')
    expect(result.summary).toMatchObject({ findings: 1, suppressed: 1 })
  })

  it('with policy: suppresses that policy only; without it, every finding of the rule on the resource', () => {
    const narrowed = scanFixture('break-glass.yaml')
    expect(brief(narrowed.findings)).toEqual([
      `KMS.2 BreakGlassRole reports@${lineOf(yamlText, 'Sid: DecryptReports')}`,
    ])
    expect(judgeGate(narrowed, { failOn: 'error', allowUnreadable: false }).failed).toBe(true)

    const cwd = project({ 'break-glass.yaml': yamlText.replace('            policy: break-glass\n', '') })
    const whole = scanFixture('break-glass.yaml', TODAY, cwd)
    expect(whole.findings).toEqual([])
    expect(whole.suppressed.map((f) => f.policy)).toEqual(['break-glass', 'reports'])
    expect(judgeGate(whole, { failOn: 'note', allowUnreadable: false }).failed).toBe(false)
  })

  it('takes the finding out of the gate in a JSON template: the same template without it fails', () => {
    const text = fixture('break-glass.json')
    const suppressed = scanFixture('break-glass.json')
    expect(suppressed.findings).toEqual([])
    expect(suppressed.suppressed).toEqual(
      onlySuppressed({ resource: 'BreakGlassRole' }, null, `break-glass.json:${lineOf(text, '"rule": "KMS.2"')}`),
    )
    expect(judgeGate(suppressed, { failOn: 'note', allowUnreadable: false }).failed).toBe(false)

    const template = JSON.parse(text)
    delete template.Resources.BreakGlassRole.Metadata
    const unsuppressed = scanFixture(
      'break-glass.json',
      TODAY,
      project({ 'break-glass.json': JSON.stringify(template, null, 2) }),
    )
    expect(brief(unsuppressed.findings)).toEqual([expect.stringMatching(/^KMS\.2 BreakGlassRole break-glass@/)])
    expect(judgeGate(unsuppressed, { failOn: 'error', allowUnreadable: false }).failed).toBe(true)
  })

  it('works in CDK output, where the Metadata holds aws:cdk:path too (addMetadata on the policy resource)', () => {
    const text = fixture('cdk.out/BreakGlassStack.template.json')
    const result = scanFixture('cdk.out')
    expect(result.findings).toEqual([])
    const fields = {
      file: 'cdk.out/BreakGlassStack.template.json',
      resource: 'BreakGlassRoleDefaultPolicy8F3B7E2A',
      resourceType: 'AWS::IAM::Policy',
    }
    expect(result.suppressed).toEqual(
      onlySuppressed(
        fields,
        '2027-03-31',
        `cdk.out/BreakGlassStack.template.json:${lineOf(text, '"suppress": [') + 1}`,
      ),
    )
  })
})

describe('a suppression without a reason', () => {
  const text = fixture('no-reason.yaml')

  it.each([
    ['missing', 'MissingReasonRole', lineOf(text, '- rule: KMS.2', 0)],
    ['empty', 'EmptyReasonRole', lineOf(text, "reason: ''")],
    ['only blanks', 'BlankReasonRole', lineOf(text, "reason: '   '")],
  ])('(%s) suppresses nothing and is itself an error at its line', (_, role, line) => {
    const result = scanFixture('no-reason.yaml')
    expect(result.suppressed).toEqual([])
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'KMS.2', resource: role, level: 'error' }))
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'Suppression',
        level: 'error',
        file: 'no-reason.yaml',
        line,
        column: 13,
        message: expect.stringContaining('suppression of KMS.2 has no reason'),
      }),
    )
  })

  it('fails the gate even where nothing else would: exit 1 and the text report points at the suppression', async () => {
    const cwd = project({ 'role.yaml': text.replace(/Action: kms:Decrypt/g, 'Action: s3:GetObject') })
    const outcome = await cli(cwd, 'role.yaml', '--today', TODAY)
    expect(outcome.exitCode).toBe(1)
    expect(outcome.stdout).toContain(`role.yaml:${lineOf(text, "reason: ''")}:13  error    Suppression`)
    expect(outcome.stdout).toMatch(/✖ 3 findings \(3 errors\)/)
  })

  it('names the resource the suppression is written on', () => {
    const problems = scanFixture('no-reason.yaml').findings.filter((f) => f.ruleId === 'Suppression')
    expect(problems.map((f) => f.resource)).toEqual(['MissingReasonRole', 'EmptyReasonRole', 'BlankReasonRole'])
  })
})

describe('an expired suppression', () => {
  const text = fixture('expiring.yaml')

  it.each(['2026-06-29', '2026-06-30'])('still suppresses on %s (expires: 2026-06-30 is its last day)', (today) => {
    const result = scanFixture('expiring.yaml', today)
    expect(result.suppressed).toHaveLength(1)
    expect(result.findings).toEqual([])
  })

  it('from the day after, no longer suppresses, and the finding says it expired and when', () => {
    const [finding, ...rest] = scanFixture('expiring.yaml', '2026-07-01').findings
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      ruleId: 'KMS.2',
      resource: 'MigrationRole',
      suppression: {
        reason: 'Data migration, ends with ticket SEC-1234',
        expires: '2026-06-30',
        expired: true,
        source: `expiring.yaml:${lineOf(text, '- rule: KMS.2')}`,
      },
    })
    expect(finding.message).toMatch(/expired on 2026-06-30/)
    expect(finding.message).toContain('Data migration, ends with ticket SEC-1234')
  })

  it('follows --today in the CLI: passes on the last day, fails the day after with the expiry in the report', async () => {
    expect((await cli(FIXTURES, 'expiring.yaml', '--today', '2026-06-30')).exitCode).toBe(0)
    const after = await cli(FIXTURES, 'expiring.yaml', '--today', '2026-07-01', '--verbose')
    expect(after.exitCode).toBe(1)
    expect(after.stdout).toMatch(
      /why .*A suppression \(expiring\.yaml:9, "Data migration, ends with ticket SEC-1234"\) expired on 2026-06-30/,
    )
    const json = await cliJson(FIXTURES, 'expiring.yaml', '--today', '2026-07-01')
    expect(json.report.suppressed).toEqual([])
    expect(json.report.findings[0].suppression).toMatchObject({ expired: true, expires: '2026-06-30' })
  })

  it('rejects a --today that is not a date (exit 2)', async () => {
    const outcome = await cli(FIXTURES, 'expiring.yaml', '--today', '1 July')
    expect(outcome.exitCode).toBe(2)
    expect(outcome.stderr).toContain('--today must be a date written YYYY-MM-DD; got "1 July"')
  })
})

describe('a malformed suppression', () => {
  const text = fixture('bad-entries.yaml')
  const problems = (): { line: number; column: number; message: string }[] =>
    scanFixture('bad-entries.yaml')
      .findings.filter((f) => f.ruleId === 'Suppression')
      .map(({ line, column, message }) => ({ line, column, message }))

  it.each([
    ['an unknown rule', lineOf(text, 'rule: KMS.9'), 'suppression names unknown rule "KMS.9"'],
    [
      'a date that does not exist',
      lineOf(text, 'expires: 2026-02-30'),
      'expires must be a date written YYYY-MM-DD; got "2026-02-30"',
    ],
    [
      'words for a date',
      lineOf(text, 'expires: next quarter'),
      'expires must be a date written YYYY-MM-DD; got "next quarter"',
    ],
    ['a misspelt key', lineOf(text, 'expire: 2026-12-31'), 'unknown key "expire" in a suppression'],
  ])('is reported with its line: %s', (_, line, message) => {
    expect(problems()).toContainEqual({ line, column: 13, message: expect.stringContaining(message) })
  })

  it('is reported when the Metadata holds no suppress list', () => {
    expect(problems()).toContainEqual({
      line: lineOf(text, 'rule: KMS.2', 3),
      column: 9,
      message: expect.stringContaining('must hold suppress: a list'),
    })
  })

  it('suppresses nothing: the finding it meant stays, beside one error per bad entry', () => {
    const result = scanFixture('bad-entries.yaml')
    expect(result.suppressed).toEqual([])
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual([
      'KMS.2',
      'Suppression',
      'Suppression',
      'Suppression',
      'Suppression',
      'Suppression',
    ])
  })
})

describe('suppressed findings in the reports', () => {
  const yamlText = fixture('break-glass.yaml')
  const suppressedLine = lineOf(yamlText, 'Sid: DecryptEverything')

  it('JSON: suppressed: [...] beside findings, each with its suppression, counted in the summary', async () => {
    const { exitCode, report } = await cliJson(FIXTURES, 'break-glass.yaml', 'break-glass.json', '--today', TODAY)
    expect(exitCode).toBe(1)
    expect(report.findings.map((f) => [f.policy, f.suppression])).toEqual([['reports', null]])
    expect(report.suppressed.map((f) => [f.file, f.line, f.suppression])).toEqual([
      [
        'break-glass.json',
        lineOf(fixture('break-glass.json'), 'DecryptEverything'),
        { reason: REASON, expires: null, expired: false, source: 'break-glass.json:10', kind: 'inSource' },
      ],
      [
        'break-glass.yaml',
        suppressedLine,
        { reason: REASON, expires: '2027-03-31', expired: false, source: 'break-glass.yaml:9', kind: 'inSource' },
      ],
    ])
    expect(Object.keys(report.suppressed[0])).toEqual(Object.keys(report.findings[0]))
    expect(report.summary).toMatchObject({ findings: 1, suppressed: 2 })
  })

  it('text: a Suppressed list with reason, expiry and source after the findings, and a count in the summary line', async () => {
    const { stdout } = await cli(FIXTURES, 'break-glass.yaml', '--today', TODAY)
    const [judged, apart] = stdout.split('Suppressed: 1\n')
    expect(judged).toContain(`break-glass.yaml:${lineOf(yamlText, 'Sid: DecryptReports')}:17  error    KMS.2`)
    expect(judged).not.toContain(`break-glass.yaml:${suppressedLine}:`)
    expect(apart).toContain(
      `  break-glass.yaml:${suppressedLine}:17  error    KMS.2 Role BreakGlassRole can decrypt with any KMS key (${REASON}, until 2027-03-31; break-glass.yaml:9)`,
    )
    expect(stdout).toMatch(/✖ 1 finding \(1 error\) in 1 template .*; 1 suppressed; [\d.]+ s\n$/)
  })

  it('SARIF: a result with suppressions (kind inSource, the reason as justification), so code scanning closes it', () => {
    const result = scanFixture('break-glass.yaml')
    const results = toSarif(result).runs[0].results!
    const at = (line: number) => results.find((r) => r.locations![0].physicalLocation!.region!.startLine === line)
    expect(at(lineOf(yamlText, 'Sid: DecryptReports'))?.suppressions ?? []).toEqual([])
    expect(at(suppressedLine)).toMatchObject({
      ruleId: 'KMS.2',
      suppressions: [expect.objectContaining({ kind: 'inSource', justification: REASON })],
    })
  })

  it('markdown (PR comment, job summary): the headline counts only judged findings; a Suppressed table gives reason and expiry', () => {
    const result = scanFixture('break-glass.yaml')
    const body = renderMarkdown(result, {
      gate: { failOn: 'error', allowUnreadable: false },
      marker: true,
      maxBytes: 65_000,
      overflowPointer: '',
    })
    expect(body).toContain('### ❌ cfn-kms-check failed (fail-on: `error`): 1 finding (1 error)')
    expect(body).toContain('Listed apart at the end, not judged: 1 suppressed finding.')
    const apart = body.slice(body.indexOf('<details><summary>Suppressed: 1</summary>'))
    expect(apart).toContain(
      `| break-glass.yaml:${suppressedLine} | [KMS.2](${ruleDocsUrl('KMS.2')}) | \`BreakGlassRole\` | ${REASON} | 2027-03-31 |`,
    )
    expect(body.indexOf('#### Fix these first')).toBeLessThan(body.indexOf('<summary>Suppressed: 1</summary>'))
  })
})
