/**
 * A Terraform module called by several callers holds its statement once: every report shows the findings of all
 * its instances as one entry (one annotation, one text line, one comment block), naming the instances; JSON and
 * SARIF keep one result per instance, grouped by a shared statementId.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import type { ScanResult } from '../../src/findings.js'
import type { Gate } from '../../src/gate.js'
import { planAnnotations } from '../../src/report/annotations.js'
import { renderJson } from '../../src/report/json.js'
import { MAX_COMMENT_BYTES, renderMarkdown } from '../../src/report/markdown.js'
import { renderSarif } from '../../src/report/sarif.js'
import { renderText } from '../../src/report/text.js'
import { runScan } from '../../src/scan/run.js'

/** app_reader and batch_reader pass every key to modules/reader (line 13 holds its statement); audit_reader its own key. */
const DIR = fileURLToPath(new URL('../fixtures/terraform/module-called-twice', import.meta.url))
const gate: Gate = { failOn: 'error', allowUnreadable: false }
const INSTANCES = 'in 2 module instances: module.app_reader, module.batch_reader'
let result: ScanResult

beforeAll(async () => {
  result = (await runScan({ cwd: DIR, paths: ['.'], ignore: [], parameters: {} })).result
})

describe('a statement of a module called twice', () => {
  it('is one annotation, at the statement in the module, naming both instances', () => {
    const { shown, total, hidden } = planAnnotations(result, { gate, reserveErrorSlot: true })
    expect({ total, hidden }).toEqual({ total: 1, hidden: 0 })
    expect(shown).toEqual([
      expect.objectContaining({
        level: 'error',
        title: 'KMS.1 aws_iam_policy.read can decrypt with any KMS key',
        file: 'modules/reader/main.tf',
        startLine: 13,
        message: expect.stringMatching(/^In 2 module instances: module\.app_reader, module\.batch_reader\.\n/),
      }),
    ])
  })

  it('is one line in the text report, with the instances under it', () => {
    const text = renderText(result, { color: false, show: ['error', 'warning', 'note'], gate })
    expect(text.split('\n').slice(0, 2)).toEqual([
      'modules/reader/main.tf:13:18  error    KMS.1 (all-keys)  aws_iam_policy.read can decrypt with any KMS key',
      `    in       ${INSTANCES.slice(3)}`,
    ])
  })

  it('is one entry in the comment, the statement once, told inside the module', () => {
    const body = renderMarkdown(result, { gate, marker: true, maxBytes: MAX_COMMENT_BYTES, overflowPointer: '' })
    expect(body).toContain('#### Fix these first: 1 entry fails the gate')
    expect(body).toContain(
      `\`aws_iam_policy.read\` (aws\\_iam\\_policy) Statement[0], ${INSTANCES.replace(/module\.\w+/g, '`$&`')}`,
    )
    expect(body).not.toContain('module.app_reader.aws_iam_policy.read')
    // Each caller names its policy: no one name is the statement's.
    expect(body).not.toMatch(/policy `(app|batch)-reader`/)
  })

  it('stays one result per instance in JSON and SARIF, grouped by one statementId', () => {
    const json = JSON.parse(renderJson(result)) as { findings: { resource: string; statementId: string }[] }
    expect(json.findings.map((f) => f.resource)).toEqual([
      'module.app_reader.aws_iam_policy.read',
      'module.batch_reader.aws_iam_policy.read',
    ])
    expect(new Set(json.findings.map((f) => f.statementId)).size).toBe(1)
    const sarif = JSON.parse(renderSarif(result, gate)) as {
      runs: { results: { properties: { statementId: string } }[] }[]
    }
    const results = sarif.runs[0].results
    expect(results).toHaveLength(2)
    expect(results[0].properties.statementId).toBe(json.findings[0].statementId)
    expect(results[1].properties.statementId).toBe(json.findings[0].statementId)
  })
})
