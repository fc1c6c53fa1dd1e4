/**
 * The package as a user installs it: `npm pack`, then `npm install <tarball>` in an empty folder with the registry
 * unreachable (the CLI bundle carries its dependencies), then `npx cfn-kms-check`. The pre-commit hook runs the
 * installed command the way pre-commit does: its entry and args, then the staged files its `files` pattern takes.
 * Needs the built bundle (`npm run build`).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import yaml from 'js-yaml'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
// An address nothing listens on: any attempt to reach the registry fails the install.
const OFFLINE = { ...process.env, npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', NO_COLOR: '1' }

let tmp = ''
let tarball = ''
let consumer = ''

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: OFFLINE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, env: OFFLINE, encoding: 'utf8', timeout: 60_000 })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-package-'))
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], repoRoot)) as { filename: string }[]
  tarball = path.join(tmp, packed[0].filename)
  consumer = path.join(tmp, 'consumer')
  mkdirSync(consumer)
  // A package.json of its own, or npm would install into the nearest folder above that has one.
  writeFileSync(path.join(consumer, 'package.json'), '{"name": "consumer", "private": true}\n')
  npm(['install', '--no-fund', '--offline', tarball], consumer)
}, 120_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the npm package', () => {
  it('ships the CLI bundle and nothing of the sources, tests or fixtures', () => {
    const packed = JSON.parse(npm(['pack', '--dry-run', '--json'], repoRoot)) as { files: { path: string }[] }[]
    const files = packed[0].files.map((f) => f.path).sort()
    expect(files).toContain('dist/cli/index.js')
    expect(files).toContain('README.md')
    expect(files.filter((f) => /^(src|test|examples|scripts)\//.test(f))).toEqual([])
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cli/'))).toEqual([])
  })

  it('installs from the tarball alone and `npx cfn-kms-check` scans examples/', () => {
    cpSync(path.join(repoRoot, 'examples'), path.join(consumer, 'examples'), { recursive: true })
    const result = run('npx', ['--no', 'cfn-kms-check', 'examples'], consumer)
    expect(result.stdout).toContain('examples/plain/data-pipeline.yaml:49:17')
    expect(result.stdout).toContain('KMS.5')
    expect(result.status).toBe(1)
  })

  it('needs nothing but itself: the bundle carries its dependencies', () => {
    const installed = JSON.parse(readFileSync(path.join(consumer, 'node_modules/cfn-kms-check/package.json'), 'utf8'))
    expect(installed.dependencies ?? {}).toEqual({})
  })

  it('installs the locked dependencies on this Node.js without an engine warning (CI runs it on the minimum, 20)', () => {
    const copy = mkdtempSync(path.join(tmp, 'engines-'))
    for (const file of ['package.json', 'package-lock.json']) cpSync(path.join(repoRoot, file), path.join(copy, file))
    const args = ['ci', '--dry-run', '--engine-strict', '--offline', '--ignore-scripts', '--no-fund']
    const result = run('npm', args, copy)
    expect(result.stderr).not.toMatch(/EBADENGINE|notsup/)
    expect(result.status).toBe(0)
  })
})

interface Hook {
  id: string
  entry: string
  args?: string[]
  files: string
  language: string
}

describe('the pre-commit hook', () => {
  const hooks = yaml.load(readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[]
  const hook = hooks.find((h) => h.id === 'cfn-kms-check')!
  let repo = ''

  /** Stages the files in a fresh git repository and runs the hook on them as pre-commit would. */
  function commit(files: Record<string, string>) {
    repo = mkdtempSync(path.join(tmp, 'repo-'))
    execFileSync('git', ['init', '-q'], { cwd: repo })
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, name)), { recursive: true })
      writeFileSync(path.join(repo, name), text)
    }
    execFileSync('git', ['add', '.'], { cwd: repo })
    const staged = execFileSync('git', ['diff', '--cached', '--name-only'], { cwd: repo, encoding: 'utf8' })
      .split('\n')
      .filter((f) => f !== '' && new RegExp(hook.files).test(f))
    // pre-commit puts the installed package's bin folder on the PATH and runs `entry args... files...`.
    const bin = path.join(consumer, 'node_modules/.bin')
    const [command, ...entryArgs] = hook.entry.split(' ')
    return {
      staged,
      ...run(path.join(bin, command), [...entryArgs, ...(hook.args ?? []), ...staged], repo),
    }
  }

  it('is a node hook whose entry is the installed command', () => {
    expect(hook.language).toBe('node')
    expect(hook.entry.split(' ')[0]).toBe('cfn-kms-check')
  })

  it('fails the commit on a staged template that grants decryption with every key, naming its line', () => {
    const result = commit({
      'infra/leaky.yaml': readFileSync(path.join(repoRoot, 'examples/plain/data-pipeline.yaml'), 'utf8'),
      'infra/clean.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      'README.md': '# infra\n',
    })
    expect(result.staged).toEqual(['infra/clean.yaml', 'infra/leaky.yaml'])
    expect(result.stdout).toContain('infra/leaky.yaml:49:17')
    expect(result.status).toBe(1)
  })

  it('passes a commit whose staged YAML and JSON files hold no template', () => {
    const result = commit({ '.github/workflows/ci.yml': 'on: push\njobs: {}\n', 'package.json': '{"name": "app"}\n' })
    expect(result.staged).toEqual(['.github/workflows/ci.yml', 'package.json'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('passes a commit of clean templates and files that are not templates', () => {
    const result = commit({
      'template.yaml': 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'package.json': '{"name": "app"}\n',
    })
    expect(result.staged).toEqual(['.github/workflows/ci.yml', 'package.json', 'template.yaml'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })
})
