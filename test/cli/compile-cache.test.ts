/**
 * The CLI's compile cache (src/cli/compile-cache.ts): where it is kept, that only the user's own files are
 * read, that it is written whole, and, with the built bundle (`npm run build`), that a run with the cache
 * reports exactly what a run without it does, Terraform included.
 */
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cacheFile, cacheFolder, readCache, writeCache, type Host } from '../../src/cli/compile-cache.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIN = path.join(ROOT, 'dist/cli/index.js')
const UID = process.getuid!()

const host = (env: NodeJS.ProcessEnv, platform: NodeJS.Platform = 'linux'): Host => ({
  env,
  platform,
  home: '/home/dev',
  node: 'v20.20.2',
  arch: 'x64',
  uid: UID,
})

let temp = ''
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'cfn-kms-cache-'))
})
afterEach(() => rmSync(temp, { recursive: true, force: true }))

describe('where the cache is kept', () => {
  it("is the user's cache folder on each system", () => {
    expect(cacheFolder(host({}))).toBe('/home/dev/.cache/cfn-kms-check')
    expect(cacheFolder(host({ XDG_CACHE_HOME: '/var/cache/dev' }))).toBe('/var/cache/dev/cfn-kms-check')
    // The XDG specification ignores a relative path.
    expect(cacheFolder(host({ XDG_CACHE_HOME: 'cache' }))).toBe('/home/dev/.cache/cfn-kms-check')
    expect(cacheFolder(host({}, 'darwin'))).toBe('/home/dev/Library/Caches/cfn-kms-check')
    expect(cacheFolder(host({ LOCALAPPDATA: '/appdata' }, 'win32'))).toBe(
      path.join('/appdata', 'cfn-kms-check', 'Cache'),
    )
  })

  it('is the folder CFN_KMS_CHECK_CACHE names, or none when it says off', () => {
    expect(cacheFolder(host({ CFN_KMS_CHECK_CACHE: '/srv/ci-cache' }))).toBe('/srv/ci-cache')
    expect(cacheFolder(host({ CFN_KMS_CHECK_CACHE: 'off' }))).toBeNull()
    expect(cacheFile(host({ CFN_KMS_CHECK_CACHE: 'off' }), 'abc')).toBeNull()
  })

  it('is none when the user has no home folder, unless CFN_KMS_CHECK_CACHE names one', () => {
    expect(cacheFolder({ ...host({}), home: '' })).toBeNull()
    expect(cacheFolder({ ...host({ CFN_KMS_CHECK_CACHE: '/srv/ci-cache' }), home: '' })).toBe('/srv/ci-cache')
  })

  it('names the file by the build of the bundle, the Node version and the processor', () => {
    expect(cacheFile(host({}), '0123456789abcdef')).toBe(
      '/home/dev/.cache/cfn-kms-check/cli-0123456789abcdef-node20.20.2-x64.v8cache',
    )
  })
})

describe('reading and writing it', () => {
  it('writes the whole file, private to the user, in a folder it makes private', () => {
    const file = path.join(temp, 'made', 'cli-k-node20-x64.v8cache')
    writeCache(file, Buffer.from('compiled code'), UID)
    expect(readFileSync(file, 'utf8')).toBe('compiled code')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)])
    expect(readCache(file, UID)?.toString()).toBe('compiled code')
  })

  it('never reads a cache another user could have written', () => {
    const file = path.join(temp, 'cli-k-node20-x64.v8cache')
    writeFileSync(file, 'code', { mode: 0o600 })
    chmodSync(temp, 0o700)
    expect(readCache(file, UID)).toBeDefined()
    expect(readCache(file, UID + 1)).toBeUndefined()
    chmodSync(file, 0o666)
    expect(readCache(file, UID)).toBeUndefined()
    chmodSync(file, 0o600)
    chmodSync(temp, 0o777)
    expect(readCache(file, UID)).toBeUndefined()
    chmodSync(temp, 0o700)
    const link = path.join(temp, 'cli-link.v8cache')
    symlinkSync(file, link)
    expect(readCache(link, UID)).toBeUndefined()
    expect(readCache(path.join(temp, 'missing.v8cache'), UID)).toBeUndefined()
  })

  it('does not write into a folder others can write to', () => {
    chmodSync(temp, 0o777)
    writeCache(path.join(temp, 'cli-k-node20-x64.v8cache'), Buffer.from('code'), UID)
    expect(readdirSync(temp)).toEqual([])
  })

  it("removes other builds' caches that no run has written for a week, and nothing else", () => {
    const now = Date.now()
    const ago = (days: number): number => (now - days * 24 * 60 * 60 * 1000) / 1000
    for (const [name, days] of [
      ['cli-old-node20-x64.v8cache', 8],
      ['cli-recent-node22-x64.v8cache', 2],
      ['notes.txt', 30],
    ] as const) {
      writeFileSync(path.join(temp, name), 'x')
      utimesSync(path.join(temp, name), ago(days), ago(days))
    }
    chmodSync(temp, 0o700)
    writeCache(path.join(temp, 'cli-new-node20-x64.v8cache'), Buffer.from('code'), UID, now)
    expect(readdirSync(temp).sort()).toEqual([
      'cli-new-node20-x64.v8cache',
      'cli-recent-node22-x64.v8cache',
      'notes.txt',
    ])
  })
})

describe('the built CLI with its cache', () => {
  const run = (cache: string, args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, CFN_KMS_CHECK_CACHE: cache, NO_COLOR: '1' },
      encoding: 'utf8',
    })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  }
  const scan = ['examples', '--format', 'json', '--fail-on', 'never']
  const caches = (folder: string): string[] =>
    existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.v8cache')) : []

  it('writes the cache after a first scan, and reports the same with it, Terraform included', () => {
    const folder = path.join(temp, 'cache')
    const first = run(folder, scan)
    expect(caches(folder)).toHaveLength(1)
    const second = run(folder, scan)
    const without = run('off', scan)
    expect(second.stderr).toBe('')
    expect(second.stdout).toBe(first.stdout)
    expect(second.stdout).toBe(without.stdout)
    // The Terraform chunk is imported from cached code: its findings are there, and no module is left unread.
    const report = JSON.parse(second.stdout)
    expect(report.findings.some((f: { file: string }) => f.file === 'examples/terraform/app/main.tf')).toBe(true)
    expect(second.stdout).not.toContain('could not start')
  })

  it('--help says that a cache is kept, and how to move it or turn it off', () => {
    const help = run('off', ['--help']).stdout
    expect(help).toContain('The code V8 compiles for the CLI is kept in your cache folder')
    expect(help).toContain('CFN_KMS_CHECK_CACHE=DIR keeps it in DIR instead, CFN_KMS_CHECK_CACHE=off keeps none.')
  })

  it('keeps no cache when told off, and writes none after --version or --help', () => {
    expect(run('off', scan).status).toBe(0)
    const folder = path.join(temp, 'cache')
    expect(run(folder, ['--version']).status).toBe(0)
    expect(run(folder, ['--help']).status).toBe(0)
    expect(caches(folder)).toEqual([])
  })

  it('replaces a damaged cache and reports the same', () => {
    const folder = path.join(temp, 'cache')
    const good = run(folder, scan)
    const [name] = caches(folder)
    writeFileSync(path.join(folder, name), 'not compiled code')
    expect(run(folder, scan).stdout).toBe(good.stdout)
    expect(statSync(path.join(folder, name)).size).toBeGreaterThan(100_000)
  })

  it('says in one line that the installation is incomplete when the bundle is missing, never a stack trace', () => {
    const copy = path.join(temp, 'cli')
    cpSync(path.join(ROOT, 'dist/cli'), copy, { recursive: true })
    rmSync(path.join(copy, 'bundle.js'))
    const result = spawnSync(process.execPath, [path.join(copy, 'index.js'), 'examples'], {
      cwd: ROOT,
      env: { ...process.env, CFN_KMS_CHECK_CACHE: 'off' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(3)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^cfn-kms-check: cannot load .*bundle\.js \(ENOENT[^\n]*\); reinstall cfn-kms-check\n$/,
    )
  })

  it('is never read from a folder others can write to', () => {
    const folder = path.join(temp, 'shared')
    mkdirSync(folder, { mode: 0o777 })
    chmodSync(folder, 0o777)
    const result = run(folder, scan)
    expect(result.stdout).toBe(run('off', scan).stdout)
    expect(caches(folder)).toEqual([])
  })
})
