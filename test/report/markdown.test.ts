import { describe, expect, it } from '@jest/globals'
import {
  code,
  COMMENT_MARKER,
  escapeHtml,
  escapeMarkdown,
  MAX_COMMENT_BYTES,
  renderMarkdown,
  type MarkdownOptions,
} from '../../src/report/markdown.js'
import { finding, result, scanError } from './factory.js'
import { MANAGED_POLICIES_AS_OF } from '../../src/iam/managed.js'
import { VERSION } from '../../src/version.js'

const options: MarkdownOptions = {
  gate: { failOn: 'error', allowUnreadable: false },
  marker: true,
  maxBytes: MAX_COMMENT_BYTES,
  overflowPointer: 'See the job summary.',
}
const links = {
  serverUrl: 'https://github.example',
  repository: 'octo-org/infra',
  sha: '0123456789abcdef0123456789abcdef01234567',
}
const bytes = (text: string) => Buffer.byteLength(text, 'utf8')
const ZWSP = '&#8203;'

describe('escaping', () => {
  it('turns markdown and HTML into literal text', () => {
    expect(escapeMarkdown('*bold* _it_ [x](y) `c` ~~s~~ $m$ a\\b <img src=x> & more')).toBe(
      '\\*bold\\* \\_it\\_ \\[x\\](y) \\`c\\` \\~\\~s\\~\\~ \\$m\\$ a\\\\b &lt;img src=x&gt; &amp; more',
    )
  })

  it('breaks mentions, issue references and autolinks', () => {
    expect(escapeMarkdown('@octo-org/admins #12 https://evil.example www.evil.example')).toBe(
      `@${ZWSP}octo-org/admins #${ZWSP}12 https:${ZWSP}//evil.example www${ZWSP}.evil.example`,
    )
  })

  it('keeps escaped text on one line, so it cannot start a heading or a table', () => {
    expect(escapeMarkdown('one\n# two\r\n| three |')).toBe(`one #${ZWSP} two | three |`)
  })

  it('escapes only HTML inside an HTML element, where markdown is not parsed', () => {
    expect(escapeHtml('</summary><b>*x*</b> @me')).toBe(`&lt;/summary&gt;&lt;b&gt;*x*&lt;/b&gt; @${ZWSP}me`)
  })

  it('fences code spans past any backticks inside', () => {
    expect(code('AppRole')).toBe('`AppRole`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`x`')).toBe('`` `x` ``')
  })
})

describe('renderMarkdown', () => {
  it('starts with the marker and gives the verdict, counts by rule and level, and a table per file', () => {
    const body = renderMarkdown(
      result(
        [finding(), finding({ level: 'warning', line: 20, endLine: 20, file: 'templates/other.yaml' })],
        [scanError()],
      ),
      { ...options, links },
    )
    const lines = body.split('\n')
    expect(lines[0]).toBe(COMMENT_MARKER)
    expect(lines[2]).toBe(
      '### ❌ cfn-kms-check failed (fail-on: `error`): 2 findings (1 error, 1 warning) and 1 file not read',
    )
    expect(body).toContain('| **KMS.2** InlinePolicyDecryptAllKeys | 1 | 1 | 0 |')
    expect(body).toContain('#### `templates/app.yaml`')
    expect(body).toContain(
      `| [10](https://github.example/octo-org/infra/blob/${links.sha}/templates/app.yaml#L10-L13) | 🔴 error | KMS.2 | \`AppRole\` (AWS::IAM::Role) policy \`read-secrets\` Statement[0] \`Decrypt\` | Role AppRole can decrypt with any KMS key |`,
    )
    expect(body).toContain(
      `| [20](https://github.example/octo-org/infra/blob/${links.sha}/templates/other.yaml#L20) | 🟠 warning |`,
    )
    expect(body).toContain(
      `| [3](https://github.example/octo-org/infra/blob/${links.sha}/templates/broken.yaml#L3) | 🔴 error | not checked | — | YAML: unexpected end of the stream |`,
    )
    expect(body).toContain('<details><summary>Line 10 · KMS.2 · Role AppRole can decrypt with any KMS key</summary>')
    expect(body).toContain(
      '- **Witness**, a key it can decrypt with: `arn:aws:kms:sa-east-1:162996080181:key/f6466bbb-c27f-4342-a3b1-6b410b60619b`',
    )
    expect(body).toContain('- **Fix:** Name the keys: Resource: !GetAtt Key.Arn')
    expect(body.trimEnd().endsWith(`<sub>cfn-kms-check ${VERSION} · ${MANAGED_POLICIES_AS_OF} · 0123456</sub>`)).toBe(
      true,
    )
  })

  it('says when nothing is left, so an old comment does not keep stale findings', () => {
    const body = renderMarkdown(result([]), options)
    expect(body.startsWith(`${COMMENT_MARKER}\n\n### ✅ cfn-kms-check: no findings\n`)).toBe(true)
    expect(body).not.toContain('####')
  })

  it('says when findings stay below fail-on', () => {
    expect(renderMarkdown(result([finding({ level: 'note' })]), { ...options, marker: false }).split('\n')[0]).toBe(
      '### ⚠️ cfn-kms-check passed (fail-on: `error`): 1 finding (1 note)',
    )
  })

  it('renders a rule id it does not know by its id', () => {
    const body = renderMarkdown(result([finding({ ruleId: 'KMS.9', title: 'KMS.9 Something new' })]), options)
    expect(body).toContain('| **KMS.9** KMS.9 | 1 | 0 | 0 |')
    expect(body).toContain('| 10 | 🔴 error | KMS.9 |')
  })

  it('says how many annotations could not be shown', () => {
    expect(renderMarkdown(result([finding()]), { ...options, hiddenAnnotations: 3 })).toContain(
      '> 3 annotations could not be shown on the changed lines',
    )
  })

  it('percent-encodes paths in links and escapes names from templates', () => {
    const hostile = finding({
      file: 'my templates/a|b.yaml',
      resource: '</details><img src=x>',
      policy: '@everyone',
      sid: 'x`y',
      title: 'KMS.2 Role </summary><img src=x onerror=alert(1)> @everyone can decrypt',
      message: 'Policy [click](https://evil.example) <script>alert(1)</script>',
      witness: null,
    })
    const body = renderMarkdown(result([hostile]), { ...options, links })
    expect(body).toContain(`/blob/${links.sha}/my%20templates/a%7Cb.yaml#L10-L13`)
    expect(body).toContain('#### `my templates/a|b.yaml`')
    expect(body).toContain(`\`</details><img src=x>\` (AWS::IAM::Role) policy \`@everyone\` Statement[0] \`\`x\`y\`\``)
    expect(body.match(/<\/details>/g)).toHaveLength(2) // the escaped name plus the one real closing tag
    const outsideCode = body.replace(/(`+)[\s\S]*?\1/g, '')
    expect(outsideCode).not.toMatch(/<img|<script|@everyone/)
    expect(outsideCode).toContain('Policy \\[click\\](https:&#8203;//evil.example)')
  })

  it('stays within maxBytes, keeps whole rows and counts what it left out', () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding({
        file: `templates/t${String(i).padStart(3, '0')}.yaml`,
        title: `KMS.2 Role R${i} can decrypt with any KMS key`,
      }),
    )
    const body = renderMarkdown(result(findings), { ...options, links, maxBytes: 20_000 })
    expect(bytes(body)).toBeLessThanOrEqual(20_000)
    expect(bytes(body)).toBeGreaterThan(18_000)
    const shown = body.match(/^\| \[10\]/gm)!.length
    expect(body.match(/<details>/g)).toHaveLength(shown)
    expect(body).toContain(`> ${400 - shown} more entries did not fit here. See the job summary.`)
    expect(body.split('\n')[0]).toBe(COMMENT_MARKER)
  })

  it('never passes maxBytes, whatever the limit', () => {
    const findings = Array.from({ length: 40 }, (_, i) =>
      finding({ file: `t${i % 7}.yaml`, line: i + 1, message: `Role R${i} é ✓ `.repeat((i % 5) + 1) }),
    )
    for (let maxBytes = 1500; maxBytes <= 30_000; maxBytes += 137) {
      expect(bytes(renderMarkdown(result(findings), { ...options, maxBytes }))).toBeLessThanOrEqual(maxBytes)
    }
  })

  it('cuts a scan too large for a comment to the comment limit', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding({ line: i * 5 + 1, endLine: i * 5 + 4 }))
    expect(bytes(renderMarkdown(result(findings), { ...options, links }))).toBeLessThanOrEqual(MAX_COMMENT_BYTES)
    expect(
      bytes(renderMarkdown(result(findings), { ...options, links, maxBytes: 10 * MAX_COMMENT_BYTES })),
    ).toBeGreaterThan(MAX_COMMENT_BYTES)
  })
})
