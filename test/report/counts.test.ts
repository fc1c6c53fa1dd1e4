/**
 * Counts that add up: templates read, checked, rejected (CloudFormation would reject them) and files that
 * could not be read, each file counted once however many problems it has, and the same numbers in the text,
 * JSON, markdown and SARIF reports. The repository has 10 problems in 8 files, 2 of them unreadable.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/cli.js'

const BAD = fileURLToPath(new URL('../fixtures/bad/', import.meta.url))

/** A template whose `untyped` resources have no Type: one problem each. */
function withoutTypes(untyped: number): string {
  const resources = Array.from({ length: untyped }, (_, i) => `  Untyped${i}:\n    Properties: {}\n`).join('')
  return `Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n${resources}`
}

let dir = ''

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-counts-'))
  // 6 templates CloudFormation rejects, with 8 problems: 3 + 1 + 1 + 1 (no Type) and 2 undefined conditions.
  writeFileSync(path.join(dir, 'three-untyped.yaml'), withoutTypes(3))
  for (const name of ['a', 'b', 'c']) writeFileSync(path.join(dir, `untyped-${name}.yaml`), withoutTypes(1))
  copyFileSync(path.join(BAD, 'fn-if-missing-condition.yaml'), path.join(dir, 'missing-condition-1.yaml'))
  copyFileSync(path.join(BAD, 'fn-if-missing-condition.yaml'), path.join(dir, 'missing-condition-2.yaml'))
  // 2 files meant as templates that cannot be read.
  copyFileSync(path.join(BAD, 'malformed.yaml'), path.join(dir, 'malformed.yaml'))
  copyFileSync(path.join(BAD, 'malformed.json'), path.join(dir, 'malformed.json'))
  // 1 template with no problem.
  writeFileSync(path.join(dir, 'clean.yaml'), withoutTypes(0))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const scan = async (format: string): Promise<string> => (await runCli(['--format', format], dir)).stdout

describe('10 problems in 8 files, 2 of them unreadable', () => {
  it('the JSON summary counts each file once, and the problems apart', async () => {
    const report = JSON.parse(await scan('json'))
    expect(report.summary).toMatchObject({ templates: 7, checked: 1, rejected: 6, unreadable: 2, errors: 10 })
    expect(report.errors.filter((e: { unreadable: boolean }) => e.unreadable)).toHaveLength(2)
  })

  it('the text summary line says the same', async () => {
    const last = (await scan('text')).trimEnd().split('\n').at(-1)
    expect(last).toContain('in 7 templates')
    expect(last).toContain('6 templates CloudFormation would reject (8 problems)')
    expect(last).toContain('2 files could not be read as templates')
    expect(last).not.toMatch(/10 (templates|files)/)
  })

  it('the markdown headline and scanned line say the same, never "10 templates"', async () => {
    const markdown = await scan('markdown')
    expect(markdown).toContain('6 rejected templates and 2 files not read')
    expect(markdown).toContain(
      'Problems: 6 templates CloudFormation would reject (8 problems); 2 files could not be read as templates.',
    )
    expect(markdown).not.toMatch(/10 (templates|files)/)
  })

  it('SARIF notifications say what happened to each file, without contradicting the message', async () => {
    const sarif = JSON.parse(await scan('sarif'))
    const texts: string[] = sarif.runs[0].invocations[0].toolExecutionNotifications.map(
      (n: { message: { text: string } }) => n.message.text,
    )
    expect(texts).toHaveLength(10)
    expect(texts.filter((t) => t.startsWith('File not read as a template: '))).toHaveLength(2)
    expect(texts.filter((t) => t.startsWith('Template CloudFormation would reject: '))).toHaveLength(8)
    expect(texts.some((t) => t.includes('not checked') && t.includes('judged'))).toBe(false)
  })
})
