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
import { ruleDocsUrl } from '../../src/checks/rule.js'
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

/** The template the factory's finding stands in: its statement on lines 10-13. */
const APP_TEMPLATE = [
  'Resources:',
  '  AppRole:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      Policies:',
  '        - PolicyName: read-secrets',
  '          PolicyDocument:',
  '            Version: "2012-10-17"',
  '            Statement:',
  '              - Sid: Decrypt',
  '                Effect: Allow',
  '                Action: kms:Decrypt',
  '                Resource: "*"',
].join('\n')
const source = (file: string): string | null => (file === 'templates/app.yaml' ? APP_TEMPLATE : null)

describe('renderMarkdown', () => {
  it('gives the verdict, the counts, then what fails the gate in full: the statement as written and the fix as code', () => {
    const body = renderMarkdown(
      result(
        [finding(), finding({ level: 'warning', line: 20, endLine: 20, file: 'templates/other.yaml' })],
        [scanError()],
      ),
      { ...options, links, source },
    )
    const lines = body.split('\n')
    expect(lines[0]).toBe(COMMENT_MARKER)
    expect(lines[2]).toBe(
      '### ❌ cfn-kms-check failed (fail-on: `error`): 2 findings (1 error, 1 warning) and 1 file not read',
    )
    expect(body).toContain(`| [KMS.2](${ruleDocsUrl('KMS.2')}) InlinePolicyDecryptAllKeys | 1 | 1 | 0 |`)
    expect(body).toContain('#### Fix these first: 2 entries fail the gate\n')
    expect(body).toContain(
      `**🔴 error** · **[templates/app.yaml:10](https://github.example/octo-org/infra/blob/${links.sha}/templates/app.yaml#L10-L13)** · [KMS.2](${ruleDocsUrl('KMS.2')}) · Role AppRole can decrypt with any KMS key  \n` +
        '`AppRole` (AWS::IAM::Role) policy `read-secrets` Statement[0] `Decrypt`\n\n' +
        '```yaml\n- Sid: Decrypt\n  Effect: Allow\n  Action: kms:Decrypt\n  Resource: "*"\n```\n\n' +
        '**Fix:** Name the keys:\n\n```yaml\nResource: !GetAtt Key.Arn\n```\n\n<details><summary>Why</summary>',
    )
    expect(body).toContain(
      '- **Witness**, a key it can decrypt with: `arn:aws:kms:sa-east-1:162996080181:key/f6466bbb-c27f-4342-a3b1-6b410b60619b`',
    )
    expect(body).toContain(
      `**🔴 error** · **[templates/broken.yaml:3](https://github.example/octo-org/infra/blob/${links.sha}/templates/broken.yaml#L3)** · not read as a template · YAML: unexpected end of the stream`,
    )
    expect(body).toContain('<details><summary>🟠 Warnings: 1 entry</summary>')
    expect(body).toContain(
      `| [templates/other.yaml:20](https://github.example/octo-org/infra/blob/${links.sha}/templates/other.yaml#L20) | [KMS.2]`,
    )
    // Every finding once: no table row beside a details block with the same words.
    expect(body.match(/templates\/app\.yaml:10\]/g)).toHaveLength(1)
    expect(body.trimEnd().endsWith(`<sub>cfn-kms-check ${VERSION} · ${MANAGED_POLICIES_AS_OF} · 0123456</sub>`)).toBe(
      true,
    )
  })

  it('puts first what fails the gate on lines the pull request changes; the rest of the failing ones go to the error table', () => {
    const body = renderMarkdown(
      {
        ...result([
          finding(),
          finding({ file: 'templates/old.yaml', resource: 'OldRole', title: 'KMS.2 Role OldRole' }),
        ]),
        changed: new Map([['templates/app.yaml', [[11, 11]]]]),
      },
      { ...options, source },
    )
    expect(body).toContain('#### Fix these first: 1 entry fails the gate on lines this pull request changes\n')
    expect(body).toContain('<details><summary>🔴 Errors: 1 entry, 1 failing the gate</summary>')
    expect(body.indexOf('Role AppRole')).toBeLessThan(body.indexOf('Role OldRole'))
  })

  it('shows the rules on one statement as one entry, with every rule id and each fix named by its rule', () => {
    const full = finding({
      ruleId: 'KMS.FullAccess',
      scope: null,
      title: 'KMS.FullAccess Role AppRole has full KMS access',
      fix: 'Grant only the KMS actions the principal needs on the keys it uses: Resource: !GetAtt Key.Arn',
    })
    const body = renderMarkdown(result([finding(), full]), { ...options, source })
    expect(body).toContain(
      `[KMS.2](${ruleDocsUrl('KMS.2')}) + [KMS.FullAccess](${ruleDocsUrl('KMS.FullAccess')}) · Role AppRole can decrypt with any KMS key · Role AppRole has full KMS access`,
    )
    expect(body).toContain('#### Fix these first: 1 entry fails the gate\n')
    expect(body).toContain('**Fix (KMS.2):** Name the keys:')
    expect(body).toContain(
      '**Fix (KMS.FullAccess):** Grant only the KMS actions the principal needs on the keys it uses:',
    )
    expect(body.match(/```yaml\n- Sid: Decrypt/g)).toHaveLength(1)
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
    expect(body).toContain(`| [KMS.9](${ruleDocsUrl('KMS.9')}) KMS.9 | 1 | 0 | 0 |`)
  })

  it('says how many entries got no annotation, which went first, and that every entry is listed when none was cut', () => {
    const annotations = { hidden: 3, total: 13 }
    const NOTE = '> 3 of 13 entries got no annotation: GitHub shows at most 10 annotations of each level per step,'
    expect(renderMarkdown(result([finding()]), { ...options, annotations })).toContain(
      `${NOTE} so they went to what fails the gate first. Every entry is listed here.`,
    )
    const changed = { ...result([finding()]), changed: new Map([['templates/app.yaml', [[1, 2] as [number, number]]]]) }
    expect(renderMarkdown(changed, { ...options, annotations })).toContain(
      `${NOTE} so they went to what fails the gate and to the lines this pull request changes first. Every entry is listed here.`,
    )
    // Cut to size, the report does not list every entry: the note does not say it does.
    const many = Array.from({ length: 200 }, (_, i) => finding({ file: `t${String(i).padStart(3, '0')}.yaml` }))
    const cut = renderMarkdown(result(many), { ...options, annotations, maxBytes: 20_000 })
    expect(cut).toContain('entries did not fit in this report')
    expect(cut).toContain(`${NOTE} so they went to what fails the gate first.\n`)
    expect(cut).not.toContain('Every entry is listed here.')
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
    expect(body).toContain(`\`</details><img src=x>\` (AWS::IAM::Role) policy \`@everyone\` Statement[0] \`\`x\`y\`\``)
    expect(body.match(/<\/details>/g)).toHaveLength(2) // the escaped name plus the one real closing tag
    const outsideCode = body.replace(/(`+)[\s\S]*?\1/g, '')
    expect(outsideCode).not.toMatch(/<img|<script|@everyone/)
    expect(outsideCode).toContain('Policy \\[click\\](https:&#8203;//evil.example)')
  })

  it('stays within maxBytes, says at the top how many entries did not fit, and never cuts an error before a warning', () => {
    const errors = Array.from({ length: 300 }, (_, i) =>
      finding({ file: `templates/e${String(i).padStart(3, '0')}.yaml`, title: `KMS.2 Role E${i} can decrypt` }),
    )
    const warnings = Array.from({ length: 300 }, (_, i) =>
      finding({ level: 'warning', file: `templates/a${String(i).padStart(3, '0')}.yaml`, title: `KMS.3 W${i}` }),
    )
    const body = renderMarkdown(result([...warnings, ...errors]), { ...options, links, maxBytes: 40_000 })
    expect(bytes(body)).toBeLessThanOrEqual(40_000)
    expect(bytes(body)).toBeGreaterThan(36_000)
    const shownErrors = body.match(/Role E\d+ can decrypt/g)!.length
    expect(shownErrors).toBeLessThan(300)
    expect(body).not.toMatch(/W\d+/)
    const lines = body.split('\n')
    expect(lines.slice(0, 8)).toContain(
      `> ${600 - shownErrors} entries did not fit in this report. See the job summary.`,
    )
  })

  it('never passes maxBytes, whatever the limit', () => {
    const findings = Array.from({ length: 40 }, (_, i) =>
      finding({ file: `t${i % 7}.yaml`, line: i + 1, message: `Role R${i} é ✓ `.repeat((i % 5) + 1) }),
    )
    for (let maxBytes = 1500; maxBytes <= 30_000; maxBytes += 137) {
      expect(bytes(renderMarkdown(result(findings), { ...options, source, maxBytes }))).toBeLessThanOrEqual(maxBytes)
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
