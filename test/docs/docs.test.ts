/**
 * What a new user reads first: the README (small, the workflow near the top, working as pasted), the docs it links
 * to, and the metadata GitHub's Marketplace and npm show. A broken link, a workflow that points at a tag no release
 * makes, or a rule without a page is something a user notices.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'
import { RULES } from '../../src/checks/index.js'
import { runCli } from '../../src/cli/cli.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const pkg = JSON.parse(read('package.json')) as {
  version: string
  repository: { url: string }
  engines: { node: string }
}
const major = pkg.version.split('.')[0]
/** owner/name on GitHub, from package.json's repository. */
const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1]
const readme = read('README.md')

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f))
  return ['README.md', 'CHANGELOG.md', ...docs]
}

/** The fenced blocks of a markdown text, with the line each starts on (1-based). */
function fences(text: string, language: string): { line: number; body: string }[] {
  const found: { line: number; body: string }[] = []
  const pattern = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm')
  for (const match of text.matchAll(pattern))
    found.push({ line: text.slice(0, match.index).split('\n').length, body: match[1] })
  return found
}

interface Workflow {
  permissions: Record<string, string>
  jobs: Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>
}

describe('the README', () => {
  const workflows = fences(readme, 'yaml')
    .filter((f) => f.body.startsWith('name:'))
    .map((f) => ({ ...f, workflow: yaml.load(f.body) as Workflow }))

  it('is a page, not the manual (at most 20,000 bytes)', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(20_000)
  })

  it('keeps the two commands a contributor starts with at the top', () => {
    const top = readme.split('\n').slice(0, 8).join('\n')
    expect(top).toContain('npm ci && npm run scan')
    expect(top).toContain('npm ci && npm test')
  })

  it('shows a whole workflow to copy within its first 80 lines', () => {
    expect(workflows.length).toBeGreaterThan(0)
    expect(workflows[0].line).toBeLessThanOrEqual(80)
  })

  it('uses the action at the major tag the release workflow moves, with the permissions each step needs', () => {
    for (const { workflow } of workflows) {
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
      const ours = steps.filter((s) => s.uses?.startsWith(`${repository}@`))
      expect(ours.map((s) => s.uses)).toEqual([`${repository}@v${major}`])
      expect(workflow.permissions['contents']).toBe('read')
      expect(workflow.permissions['pull-requests']).toBe('write')
      if (steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))) {
        expect(workflow.permissions['security-events']).toBe('write')
        expect(workflow.permissions['actions']).toBe('read')
      }
    }
  })

  it('names no folder the pasted workflow may not have: paths are given only where the job creates them', () => {
    for (const { body } of fences(readme, 'yaml')) {
      if (!/paths:\s*cdk\.out/.test(body)) continue
      expect(body).toMatch(/cdk synth/)
    }
  })

  it('shows the output the command prints today for examples/, as npm run scan prints it', async () => {
    const example = fences(readme, 'text')[0].body
    const { stdout } = await runCli(['examples', '--fail-on', 'never'], root, {})
    expect(stdout).toContain(example)
  })

  it('states the Node.js version package.json requires', () => {
    const minimum = /^>=(\d+)$/.exec(pkg.engines.node)![1]
    expect(readme).toContain(`Node.js ${minimum} or later`)
  })

  it('pins the pre-commit hook to a released tag of this version', () => {
    expect(readme).toContain(`repo: https://github.com/${repository}\n    rev: v${pkg.version}`)
  })

  it('lists every rule, each linking its page in docs/rules/', () => {
    for (const { id } of RULES) {
      expect(readme).toContain(`[${id}](docs/rules/${id}.md)`)
      expect(existsSync(path.join(root, 'docs/rules', `${id}.md`))).toBe(true)
    }
  })
})

describe('the docs', () => {
  it.each(markdownFiles())('%s links only to files that exist in this repository', (file) => {
    const text = read(file)
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t))
    for (const target of targets) {
      const local = target.split('#')[0]
      if (local === '') continue
      expect(`${target}: ${existsSync(path.resolve(root, path.dirname(file), local))}`).toBe(`${target}: true`)
    }
  })

  it('cite no document a reader of this repository does not have', () => {
    const files = [...markdownFiles(), ...sourceFiles()]
    const citations = files.filter((f) => /\b(decisions|semantics)\.md \(|the spec\b|spec's|\.\.\/shared/.test(read(f)))
    expect(citations).toEqual([])
  })

  it('are what source comments point at when they cite a document', () => {
    for (const file of sourceFiles()) {
      for (const match of read(file).matchAll(/\b(docs\/[\w./-]+\.md)/g))
        expect(`${file}: ${match[1]} ${existsSync(path.join(root, match[1]))}`).toBe(`${file}: ${match[1]} true`)
      expect(`${file}: ${/\b(decisions|semantics)\.md/.test(read(file).replace(/docs\/semantics\.md/g, ''))}`).toBe(
        `${file}: false`,
      )
    }
  })
})

function sourceFiles(): string[] {
  return readdirSync(path.join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join('src', f))
}

describe('publishing', () => {
  it('describes the action within the Marketplace limit (under 125 characters)', () => {
    const action = yaml.load(read('action.yml')) as { description: string }
    expect(action.description.length).toBeLessThan(125)
  })

  it('has release notes for the version package.json says, or the release workflow stops', () => {
    const notes = execFileSync(process.execPath, [path.join(root, 'scripts/release-notes.mjs')], { encoding: 'utf8' })
    expect(notes).toContain('-')
    const missing = (() => {
      try {
        execFileSync(process.execPath, [path.join(root, 'scripts/release-notes.mjs'), '0.0.0-never'], { stdio: 'pipe' })
        return null
      } catch (e) {
        return String((e as { stderr: Buffer }).stderr)
      }
    })()
    expect(missing).toContain('CHANGELOG.md has no "## 0.0.0-never" section')
  })

  it('releases by tagging vX.Y.Z and moving vX, after the checks CI runs', () => {
    const release = read('.github/workflows/release.yml')
    expect(release).toContain('bash .ci/run')
    expect(release).toContain('git tag "v$VERSION"')
    expect(release).toContain('git tag --force "v$MAJOR"')
    expect(release).toContain('scripts/release-notes.mjs')
  })
})

describe('CI', () => {
  it('tests on Node 20, 22 and 24, the range the package and the action run on', () => {
    const ci = yaml.load(read('.github/workflows/ci.yml')) as {
      jobs: Record<string, { strategy?: { matrix: { node: number[] } }; steps: { run?: string }[] }>
    }
    const test = ci.jobs['test']
    expect(test.strategy!.matrix.node).toEqual([20, 22, 24])
    expect(test.steps.some((s) => s.run === 'bash .ci/run')).toBe(true)
  })
})
