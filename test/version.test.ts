import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { REPOSITORY, VERSION } from '../src/version.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
  repository: { url: string }
}

describe('version', () => {
  it('is the version package.json publishes, so --version never lies', () => {
    expect(VERSION).toBe(pkg.version)
  })

  it('links into the repository package.json names, so rule pages open where the code is', () => {
    expect(pkg.repository.url).toBe(`git+${REPOSITORY}.git`)
  })
})
