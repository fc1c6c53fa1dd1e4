import { ruleDocsUrl } from '../../src/checks/rule.js'
import { VERSION } from '../../src/version.js'
import { describe, expect, it } from '@jest/globals'
import type { Level } from '../../src/findings.js'
import { ANNOTATIONS_PER_LEVEL, planAnnotations } from '../../src/report/annotations.js'
import { DEFAULT_GATE as GATE } from '../../src/gate.js'
import { finding, result, scanError } from './factory.js'

const many = (count: number, level: Level) =>
  Array.from({ length: count }, (_, i) =>
    finding({
      level,
      file: `${level}.yaml`,
      line: 100 * (i + 1),
      endLine: 100 * (i + 1) + 1,
      title: `KMS.2 finding ${level} ${i}`,
    }),
  )

describe('planAnnotations', () => {
  it('maps levels to error, warning and notice, errors first', () => {
    const plan = planAnnotations(
      result([
        finding({ level: 'note', line: 1 }),
        finding({ level: 'warning', line: 2 }),
        finding({ level: 'error', line: 3 }),
      ]),
      { gate: GATE, reserveErrorSlot: false },
    )
    expect(plan.shown.map((a) => a.level)).toEqual(['error', 'warning', 'notice'])
    expect(plan.hidden).toBe(0)
  })

  it('keeps each level within the per-step limit and counts the rest', () => {
    const plan = planAnnotations(result([...many(12, 'error'), ...many(15, 'warning'), ...many(3, 'note')]), {
      gate: GATE,
      reserveErrorSlot: false,
    })
    const count = (level: string) => plan.shown.filter((a) => a.level === level).length
    expect([count('error'), count('warning'), count('notice')]).toEqual([
      ANNOTATIONS_PER_LEVEL,
      ANNOTATIONS_PER_LEVEL,
      3,
    ])
    expect(plan.hidden).toBe(2 + 5)
  })

  it('leaves one error slot for the failure message, in file and line order when nothing else ranks them', () => {
    const plan = planAnnotations(result(many(12, 'error')), { gate: GATE, reserveErrorSlot: true })
    expect(plan.shown).toHaveLength(ANNOTATIONS_PER_LEVEL - 1)
    expect(plan.shown.map((a) => a.startLine)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900])
    expect(plan.hidden).toBe(3)
  })

  it('gives the error slots to findings before files not checked in the same place, and says how many are left out', () => {
    const plan = planAnnotations(result(many(10, 'error'), [scanError()]), { gate: GATE, reserveErrorSlot: true })
    expect(plan.shown.map((a) => a.title)).toEqual(many(9, 'error').map((f) => f.title))
    expect(plan).toMatchObject({ hidden: 2, total: 11 })
  })

  it('annotates a file not read as a template on its line', () => {
    const plan = planAnnotations(result([], [scanError()]), { gate: GATE, reserveErrorSlot: true })
    expect(plan.shown[0]).toEqual({
      level: 'error',
      title: 'cfn-kms-check: file not read as a template',
      message: 'YAML: unexpected end of the stream',
      file: 'templates/broken.yaml',
      startLine: 3,
      endLine: 3,
      startColumn: 1,
      endColumn: 1,
    })
  })

  it('annotates a path that matched nothing on the file alone', () => {
    const [annotation] = planAnnotations(result([], [scanError({ file: 'missing/', line: 0, column: 0 })]), {
      gate: GATE,
      reserveErrorSlot: false,
    }).shown
    expect(annotation).toEqual({
      level: 'error',
      title: 'cfn-kms-check: file not read as a template',
      message: 'YAML: unexpected end of the stream',
      file: 'missing/',
    })
  })

  it('gives columns only when the range is on one line', () => {
    const [single, multi] = planAnnotations(
      result([finding(), finding({ line: 7, endLine: 7, column: 5, endColumn: 40 })]),
      { gate: GATE, reserveErrorSlot: false },
    ).shown
    expect(multi).toMatchObject({ startLine: 10, endLine: 13 })
    expect(multi).not.toHaveProperty('startColumn')
    expect(single).toMatchObject({ startLine: 7, endLine: 7, startColumn: 5, endColumn: 40 })
  })

  it('titles with the finding title and tells the witness, the fix and where the rule is documented', () => {
    const [annotation] = planAnnotations(result([finding()]), { gate: GATE, reserveErrorSlot: false }).shown
    expect(annotation.title).toBe('KMS.2 Role AppRole can decrypt with any KMS key')
    expect(annotation.message).toBe(
      'Role AppRole can decrypt with any KMS key: policy read-secrets, Statement[0] allows kms:Decrypt on Resource "*".\n' +
        'Witness: arn:aws:kms:sa-east-1:162996080181:key/f6466bbb-c27f-4342-a3b1-6b410b60619b\n' +
        'Fix: Name the keys: Resource: !GetAtt Key.Arn\n' +
        'Rule: https://github.com/cfn-kms-check/cfn-kms-check/blob/v' +
        VERSION +
        '/docs/rules/KMS.2.md',
    )
  })

  it('does not repeat a witness the message already quotes', () => {
    const witness = 'arn:aws:kms:us-east-1:111122223333:key/abc'
    const [annotation] = planAnnotations(result([finding({ witness, message: `It can decrypt with ${witness}.` })]), {
      gate: GATE,
      reserveErrorSlot: false,
    }).shown
    expect(annotation.message).toBe(
      `It can decrypt with ${witness}.\nFix: Name the keys: Resource: !GetAtt Key.Arn\nRule: ${ruleDocsUrl('KMS.2')}`,
    )
  })
})
