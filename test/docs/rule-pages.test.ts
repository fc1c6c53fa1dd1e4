/**
 * docs/rules/<rule>.md, the page every finding links to: each says what the rule checks, why it matters, how to
 * fix and suppress it and what other tools call it, and every example on it does what the page says. The
 * templates under "Fails" give a finding of the rule, those under "Passes" give none, and those under "Suppress"
 * give it only as suppressed: each block is scanned as a file of its own language.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from '@jest/globals'
import { RULES } from '../../src/checks/index.js'
import { scan } from '../../src/scan/scan.js'

const DOCS = fileURLToPath(new URL('../../docs/rules', import.meta.url))
const EXAMPLE_SECTIONS = ['Fails', 'Passes', 'Suppress'] as const
type Section = (typeof EXAMPLE_SECTIONS)[number]
const HEADINGS = ['What it checks', 'Why it matters', 'Fails', 'Passes', 'How to fix', 'Suppress']

interface Example {
  section: Section
  language: 'yaml' | 'json'
  text: string
  /** 1-based line of the opening fence in the page, to name a failing example. */
  line: number
}

/** The yaml and json code blocks under each `## Fails` / `## Passes` / `## Suppress` heading of a page. */
function examplesOf(page: string): Example[] {
  const examples: Example[] = []
  const lines = page.split('\n')
  let section: Section | null = null
  for (let i = 0; i < lines.length; i++) {
    const heading = /^## (.+)$/.exec(lines[i])
    if (heading) section = (EXAMPLE_SECTIONS as readonly string[]).includes(heading[1]) ? (heading[1] as Section) : null
    const fence = /^```(yaml|json)\s*$/.exec(lines[i])
    if (!fence) continue
    const end = lines.indexOf('```', i + 1)
    if (section)
      examples.push({
        section,
        language: fence[1] as Example['language'],
        text: lines.slice(i + 1, end).join('\n'),
        line: i + 1,
      })
    i = end
  }
  return examples
}

const pages = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ rule: name.slice(0, -'.md'.length), text: readFileSync(path.join(DOCS, name), 'utf8') }))

const tmp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-docs-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function rulesIn(example: Example): { found: string[]; suppressed: string[] } {
  const file = `example.${example.language}`
  writeFileSync(path.join(tmp, file), example.text)
  const result = scan({ paths: [file], cwd: tmp, today: '2026-01-01' })
  expect(result.errors).toEqual([])
  expect(result.summary.templates).toBe(1)
  return { found: result.findings.map((f) => f.ruleId), suppressed: result.suppressed.map((f) => f.ruleId) }
}

describe('rule pages', () => {
  it('exist for every rule, and for no rule that does not exist', () => {
    expect(pages.map((p) => p.rule).sort()).toEqual(RULES.map((r) => r.id).sort())
  })

  describe.each(pages)('$rule', ({ rule, text }) => {
    const examples = examplesOf(text)

    it('opens with the rule id and has every section, and says what Security Hub, Prowler and tfsec call it', () => {
      expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${rule.replace('.', '\\.')}: `))
      const headings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1])
      expect(headings).toEqual(expect.arrayContaining(HEADINGS))
      for (const tool of ['Security Hub', 'Prowler', 'tfsec']) expect(text).toContain(tool)
    })

    it('has examples that fail and pass, in YAML and in JSON', () => {
      for (const section of ['Fails', 'Passes'] as const)
        expect(examples.filter((e) => e.section === section).map((e) => e.language)).toEqual(
          expect.arrayContaining(['yaml', 'json']),
        )
    })

    it.each(examples.map((e) => [`${e.section} (${e.language}, line ${e.line})`, e] as const))(
      'example %s does what the page says',
      (_name, example) => {
        const { found, suppressed } = rulesIn(example)
        if (example.section === 'Fails') expect(found).toContain(rule)
        if (example.section === 'Passes') expect(found).not.toContain(rule)
        if (example.section === 'Suppress') {
          expect(found).not.toContain(rule)
          expect(suppressed).toContain(rule)
        }
      },
    )
  })
})
