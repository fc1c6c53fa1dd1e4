/**
 * Issue 18: ignore globs (--ignore, the config's ignore) match the path relative to the scanned folder as well
 * as relative to the working directory, so `**\/x` leaves out files of a folder given as `../other` or as an
 * absolute path, whose paths relative to the working directory start with `../` or lie elsewhere.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { cliJson, fixture, project, removeProjects } from '../suppress/helpers.js'

afterAll(removeProjects)

/** A working directory `app/` beside the folder `other/` that the scan is pointed at. */
function layout(config?: string): { app: string; other: string } {
  const parent = project({
    'other/services/app-roles.yaml': fixture('plain/app-roles.yaml'),
    'other/legacy/account-keys.yaml': fixture('plain/account-keys.yaml'),
    'app/README.md': 'the working directory\n',
    ...(config ? { 'app/.cfn-kms-check.yml': config } : {}),
  })
  return { app: path.join(parent, 'app'), other: path.join(parent, 'other') }
}

const files = (report: { findings: { file: string }[] }): string[] => [...new Set(report.findings.map((f) => f.file))]
const SERVICES = '../other/services/app-roles.yaml'
const LEGACY = '../other/legacy/account-keys.yaml'

describe('--ignore on a folder outside the working directory', () => {
  it('without --ignore, both templates of ../other are scanned (the contrast)', async () => {
    const { app } = layout()
    const { report } = await cliJson(app, '../other')
    expect(files(report)).toEqual([LEGACY, SERVICES])
    expect(report.summary['files']).toBe(2)
  })

  it.each([
    ['a ** glob, folder given as ../other', '../other', '**/legacy/**'],
    ['a ** glob naming the file, folder given as ../other', '../other', '**/account-keys.yaml'],
    ['a glob relative to the scanned folder', '../other', 'legacy/**'],
    ['a glob relative to the working directory, as before', '../other', '../other/legacy/**'],
    ['a ** glob, folder given as an absolute path', 'ABSOLUTE', '**/legacy/**'],
  ])('%s: the matching file is left out', async (_title, given, glob) => {
    const { app, other } = layout()
    const { report } = await cliJson(app, given === 'ABSOLUTE' ? other : given, '--ignore', glob)
    expect(report.summary['files']).toBe(1)
    expect(files(report).map((f) => path.basename(f))).toEqual(['app-roles.yaml'])
  })

  it("the config file's ignore works the same way for ../other", async () => {
    const { app } = layout("paths: ['../other']\nignore: ['**/legacy/**']\n")
    const { report } = await cliJson(app)
    expect(files(report)).toEqual([SERVICES])
    expect(report.summary['files']).toBe(1)
  })

  it('a glob over paths from the working directory scans files of ../other with the same ignore', async () => {
    const { app } = layout()
    const { report } = await cliJson(app, '../other/**/*.yaml', '--ignore', '**/legacy/**')
    expect(files(report)).toEqual([SERVICES])
  })
})

describe('a folder that holds the working directory', () => {
  it('names the files under the working directory from it, the others with ../', async () => {
    const parent = project({
      'app/stacks/app-roles.yaml': fixture('plain/app-roles.yaml'),
      'legacy/account-keys.yaml': fixture('plain/account-keys.yaml'),
    })
    const { report } = await cliJson(path.join(parent, 'app'), '..', '--ignore', 'legacy/**')
    expect(files(report)).toEqual(['stacks/app-roles.yaml'])
    const { report: all } = await cliJson(path.join(parent, 'app'), '..')
    expect(files(all).sort()).toEqual(['../legacy/account-keys.yaml', 'stacks/app-roles.yaml'])
  })
})
