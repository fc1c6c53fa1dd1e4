/**
 * The action on a generated repository too large for one pull request comment (scripts/bench/gen-corpus.mjs,
 * deterministic: 150 templates, 850 findings), scanned for real: the comment keeps within GitHub's limit, says
 * at the top how many entries did not fit and where they are, and shows a prefix of the job summary's order,
 * so what fails the gate comes first and no error is cut while a warning is shown. The summary keeps every entry.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { MAX_COMMENT_BYTES, MAX_SUMMARY_BYTES } from '../../src/report/markdown.js'
import { ROOT } from './fake-github.js'
import { fakeGitHub, runFromSource, temp } from './harness.js'

const github = fakeGitHub()

/** `file:line` of each entry in a rendered report, in order: the "fix these first" blocks, then the table rows. */
function entries(markdown: string): string[] {
  return [...markdown.matchAll(/^(?:\*\*[🔴🟠🔵] \w+\*\* · \*\*|\| )\[([^\]]+:\d+)\]\(/gmu)].map((m) => m[1])
}

/** The collapsed groups of the rest, as their summaries read. */
function groups(markdown: string): string[] {
  return [...markdown.matchAll(/^<details><summary>([🔴🟠🔵][^<]*)<\/summary>/gmu)].map((m) => m[1])
}

describe('on a generated repository whose report exceeds the comment limit', () => {
  it('cuts the comment to the limit, with the count of what did not fit at the top, errors first and none cut before a warning', async () => {
    const cwd = mkdtempSync(path.join(temp, 'generated-'))
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench/gen-corpus.mjs'), cwd, '150', '8', '1'])
    const run = await runFromSource(github, cwd)
    expect(run.status).toBe(1)
    expect(run.outputs).toMatchObject({ findings: '850', templates: '150', failed: 'true' })

    const [{ body: comment }] = github.comments
    const summary = run.summary
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(MAX_COMMENT_BYTES)
    // GitHub counts characters, at most 65,536.
    expect([...comment].length).toBeLessThanOrEqual(65_536)
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES)

    // The summary has room for everything: every entry, errors (all failing the gate) before warnings before notes.
    const all = entries(summary)
    expect(summary).not.toContain('did not fit')
    expect(summary).toContain(` of ${all.length} entries got no annotation`)
    expect(groups(summary)).toEqual([
      expect.stringMatching(/^🔴 Errors: (\d+) entries, \1 failing the gate$/),
      '🟠 Warnings: 150 entries', // 300 KMS.3 findings, two on each key
      expect.stringMatching(/^🔵 Notes: \d+ entries$/),
    ])

    // The comment: what fits of the same order, and right under the verdict how much did not.
    const shown = entries(comment)
    expect(shown.length).toBeGreaterThan(50)
    expect(shown).toEqual(all.slice(0, shown.length))
    const lines = comment.split('\n')
    expect(lines.slice(0, 9)).toEqual([
      '<!-- cfn-kms-check -->',
      '',
      expect.stringMatching(/^### ❌ cfn-kms-check failed \(fail-on: `error`\): 850 findings \(486 errors, /),
      '',
      expect.stringMatching(/^Checked 150 templates /),
      '',
      '> [!WARNING]',
      `> ${all.length - shown.length} entries did not fit in this report. Every finding is in the job summary of [this run](https://github.com/octo-org/infra/actions/runs/4242).`,
      '',
    ])
    // Only errors are shown, and not all of them: no warning took the place of an error.
    expect(groups(comment)).toEqual([expect.stringMatching(/^🔴 Errors: /)])
    const count = (pattern: RegExp): number => Number(pattern.exec(summary)![1])
    const errors =
      count(/^#### Fix these first: (\d+) entries/m) + count(/^<details><summary>🔴 Errors: (\d+) entries/m)
    expect(shown.length).toBeLessThan(errors)
  })
})
