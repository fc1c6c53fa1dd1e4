/**
 * The reviewer order on a pull request whose base commit is not in the clone (actions/checkout's default,
 * fetch-depth 1): the action takes the changed lines from the API's per-file patches, and the entry the pull
 * request changed gets the first annotation and the top of the comment, before equally severe entries in
 * files that sort earlier. The patches are git's own diff of the two commits, with their context lines.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { git, Repo } from '../suppress/helpers.js'
import { FIXTURES, PR_PAYLOAD, PULL_FILES_PATH } from './fake-github.js'
import { annotations, calls, fakeGitHub, runFromSource, temp } from './harness.js'

const github = fakeGitHub()

/** A role that decrypts with every key: one KMS.2 error on its statement, lines 18-21. */
const ROLE = readFileSync(path.join(FIXTURES, 'app-role.yaml'), 'utf8')
const UNCHANGED = Array.from({ length: 10 }, (_, i) => `infra/a${String(i + 1).padStart(2, '0')}.yaml`)

/** The base: twelve roles, the last not yet open to every key. */
const BASE = {
  ...Object.fromEntries(UNCHANGED.map((file) => [file, ROLE])),
  'infra/y-touched.yaml': ROLE,
  'infra/z-opened.yaml': ROLE.replace("Resource: '*'", 'Resource: !ImportValue shared-data-key-arn'),
}
/**
 * The pull request opens z-opened.yaml's statement to every key (line 21), and adds a comment line right
 * above y-touched.yaml's statement: a patch's context lines then reach that statement, which is not changed.
 */
const HEAD = {
  'infra/z-opened.yaml': ROLE,
  'infra/y-touched.yaml': ROLE.replace(
    "            Version: '2012-10-17'\n            Statement:",
    "            Version: '2012-10-17'\n            # reviewed with the data team\n            Statement:",
  ),
}

/** A repository with both commits, a shallow clone of its head, and GitHub's patches of the changed files. */
function pullRequest(): { cwd: string; payload: typeof PR_PAYLOAD; patches: Record<string, string> } {
  const repo = Repo.init(temp)
  const baseSha = repo.commit('base', BASE)
  const headSha = repo.commit('head', HEAD)
  const patches = Object.fromEntries(
    Object.keys(HEAD).map((file) => {
      const diff = git(repo.dir, 'diff', '--no-color', baseSha, headSha, '--', file)
      return [file, diff.slice(diff.indexOf('@@'))]
    }),
  )
  const payload = structuredClone(PR_PAYLOAD)
  payload.pull_request.base.sha = baseSha
  payload.pull_request.head.sha = headSha
  return { cwd: repo.shallowClone(), payload, patches }
}

describe("on a pull request whose base commit is not in the clone: the changed lines from the API's patches", () => {
  it('give the changed statement the first error annotation and the top of the comment, before earlier files', async () => {
    const { cwd, payload, patches } = pullRequest()
    github.pullFiles = Object.keys(HEAD)
    github.patches = patches
    // The context lines of y-touched.yaml's patch reach its statement (now lines 19-22).
    expect(patches['infra/y-touched.yaml']).toMatch(/^@@ -14,6 \+14,7 @@/)

    const run = await runFromSource(github, cwd, { inputs: { 'working-directory': 'infra' }, payload })
    expect(calls(run).filter((c) => c.startsWith(`GET ${PULL_FILES_PATH}`))).toEqual([
      `GET ${PULL_FILES_PATH}?per_page=100`,
    ])
    expect(run.status).toBe(1)

    // Twelve equal errors, nine error slots (one is kept for the failure message): the changed line first, then
    // the changed file, then by name; a08-a10 get none.
    const places = annotations(run, 'error').map((a) => /,file=([^,]+),line=(\d+),/.exec(a)!.slice(1).join(':'))
    expect(places).toEqual([
      'infra/z-opened.yaml:18',
      'infra/y-touched.yaml:19',
      ...UNCHANGED.slice(0, 7).map((file) => `${file}:18`),
    ])
    expect(run.summary).toContain('3 of 12 entries got no annotation')

    const [comment] = github.comments
    expect(comment.body).toMatch(/^#### Fix these first: 1 entry fails the gate on lines this pull request changes$/m)
    const linked = [...comment.body.matchAll(/\[(infra\/[^\]]+)\]\(https:\/\/github\.com\//g)].map((m) => m[1])
    expect(linked).toEqual([
      'infra/z-opened.yaml:18',
      'infra/y-touched.yaml:19',
      ...UNCHANGED.map((file) => `${file}:18`),
    ])
  })
})
