import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { requireFreshDist } from './dist.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

describe('a stale dist/ cannot pass the tests that run it', () => {
  let copy = ''
  beforeAll(() => {
    requireFreshDist()
    copy = mkdtempSync(path.join(tmpdir(), 'cfn-kms-dist-'))
    for (const entry of ['src', 'dist', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json'])
      cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true })
  })
  afterAll(() => rmSync(copy, { recursive: true, force: true }))

  const check = () => spawnSync(process.execPath, ['scripts/dist.mjs', 'check'], { cwd: copy, encoding: 'utf8' })

  it('accepts the bundles the sources were built to, and refuses them once a source or a bundle changes', () => {
    expect(check()).toMatchObject({ status: 0, stderr: '' })
    appendFileSync(path.join(copy, 'src', 'version.ts'), '// edited\n')
    expect(check()).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('the sources changed since dist/ was built'),
    })
    cpSync(path.join(ROOT, 'src', 'version.ts'), path.join(copy, 'src', 'version.ts'))
    expect(check().status).toBe(0)
    appendFileSync(path.join(copy, 'dist', 'index.js'), '// edited\n')
    expect(check()).toMatchObject({ status: 1, stderr: expect.stringContaining('dist/ changed after it was built') })
  })
})
