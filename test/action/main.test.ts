/**
 * The action run from its source (`run` with faked ports, see harness.ts) on pull requests and pushes: outputs,
 * annotations, the job summary, the gate, the pull request comment, new-only, only-changed, and every way the
 * GitHub API can fail. The bundle itself runs in e2e.test.ts.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ruleDocsUrl } from '../../src/checks/rule.js'
import { COMMENT_MARKER } from '../../src/report/markdown.js'
import { SHAPES } from '../robustness/real-repository-shapes.js'
import { fixture, lineOf, Repo, writeFiles } from '../suppress/helpers.js'
import {
  BOT,
  COMMENTS_PATH,
  FIXTURES,
  HEAD_SHA,
  PR_PAYLOAD,
  PULL_FILES_PATH,
  REPOSITORY,
  REVIEW_COMMENTS_LISTING,
  REVIEWS_PATH,
  ROOT,
  TOKEN,
} from './fake-github.js'
import { FakeClock } from './fakes.js'
import {
  annotations,
  calls,
  expectPullRequestRun,
  fakeGitHub,
  PULL_REQUEST_FILES,
  PULL_REQUEST_INPUTS,
  runFromSource,
  temp,
  workspace,
  type ActionRun,
  type RunOptions,
} from './harness.js'

const github = fakeGitHub()

const runAction = (cwd: string, options: RunOptions = {}): Promise<ActionRun> => runFromSource(github, cwd, options)

describe('on a pull request', () => {
  it('annotates, writes the summary, outputs, SARIF and the JSON report, comments once and fails by fail-on', async () => {
    const cwd = workspace(PULL_REQUEST_FILES)
    const run = await runAction(cwd, { inputs: PULL_REQUEST_INPUTS })
    expectPullRequestRun(run, github, cwd)
  })

  it('updates its comment on the next run instead of adding one, and says when all is fixed', async () => {
    const cwd = workspace({ 'app-role.yaml': 'app-role.yaml' })
    const first = await runAction(cwd)
    expect(first.status).toBe(1)
    expect(calls(first)).toContain(`POST ${COMMENTS_PATH}`)

    copyFileSync(path.join(FIXTURES, 'app-role-fixed.yaml'), path.join(cwd, 'app-role.yaml'))
    const second = await runAction(cwd)
    expect(second.status).toBe(0)
    // Nothing to order: the pull request's files are not asked for.
    expect(calls(second)).toEqual([
      'POST /graphql',
      `GET ${COMMENTS_PATH}?per_page=100`,
      `PATCH /repos/${REPOSITORY}/issues/comments/1`,
      REVIEW_COMMENTS_LISTING,
    ])
    expect(github.comments).toHaveLength(1)
    expect(github.comments[0].body).toBe(second.requests[2].body!.body)
    expect(github.comments[0].body).toContain('### ✅ cfn-kms-check: no findings')
    expect(second.outputs['failed']).toBe('false')
  })

  it('finds its comment on a later page and leaves look-alikes by others alone', async () => {
    github.comments = Array.from({ length: 150 }, (_, i) => ({
      id: i + 1,
      body: `Looks good ${i}`,
      user: { login: 'octocat', type: 'User' },
    }))
    github.comments[4] = {
      id: 5,
      body: `${COMMENT_MARKER}\nPasted by someone else`,
      user: { login: 'mallory', type: 'User' },
    }
    github.comments[129] = { id: 130, body: `${COMMENT_MARKER}\n\nold report`, user: BOT }
    const run = await runAction(workspace({ 'app-role.yaml': 'app-role.yaml' }))
    expect(calls(run)).toEqual([
      `GET ${PULL_FILES_PATH}?per_page=100`,
      'POST /graphql',
      `GET ${COMMENTS_PATH}?per_page=100`,
      `GET ${COMMENTS_PATH}?per_page=100&page=2`,
      `PATCH /repos/${REPOSITORY}/issues/comments/130`,
      REVIEW_COMMENTS_LISTING,
    ])
    expect(github.comments).toHaveLength(150)
    expect(github.comments[4].body).toBe(`${COMMENT_MARKER}\nPasted by someone else`)
  })

  it('with comment auto and nothing found, makes no comment; with always, it does', async () => {
    const cwd = workspace({ 'app-role.yaml': 'app-role-fixed.yaml' })
    const auto = await runAction(cwd)
    expect(auto.status).toBe(0)
    expect(calls(auto)).toEqual(['POST /graphql', `GET ${COMMENTS_PATH}?per_page=100`, REVIEW_COMMENTS_LISTING])
    const always = await runAction(cwd, { inputs: { comment: 'always' } })
    expect(calls(always)).toContain(`POST ${COMMENTS_PATH}`)
    expect(github.comments[0].body).toContain('### ✅ cfn-kms-check: no findings')
  })

  it.each([
    ['error', 1, 'true'],
    ['never', 0, 'false'],
  ])(
    'on a fork (403 from the comment API) with fail-on %s, warns and keeps the summary, outputs and status',
    async (failOn, status, failed) => {
      github.refuseWrites = true
      const fork = structuredClone(PR_PAYLOAD)
      fork.pull_request.head.repo = { ...fork.pull_request.head.repo, id: 777, full_name: 'mallory/infra', fork: true }
      const run = await runAction(workspace({ 'app-role.yaml': 'app-role.yaml' }), {
        inputs: { 'fail-on': failOn },
        payload: fork,
      })
      expect(run.status).toBe(status)
      expect(run.stdout).toMatch(
        /^::warning::Could not write the pull request comment: Resource not accessible by integration.*This pull request comes from a fork/m,
      )
      expect(annotations(run, 'error')).toHaveLength(1)
      expect(run.summary).toContain('[app-role.yaml:18](')
      expect(run.outputs).toMatchObject({ findings: '1', errors: '0', failed })
      expect(github.comments).toHaveLength(0)
    },
  )
})

describe('outside pull requests', () => {
  it('makes no API call, and still annotates and writes the summary', async () => {
    const run = await runAction(workspace({ 'app-role.yaml': 'app-role.yaml' }), { event: 'push' })
    expect(run.requests).toEqual([])
    expect(run.status).toBe(1)
    expect(annotations(run, 'error')).toHaveLength(1)
    expect(run.summary).toContain(
      `[app-role.yaml:18](https://github.com/octo-org/infra/blob/${HEAD_SHA}/app-role.yaml#L18-L21)`,
    )
  })

  it.each([
    ['key-from-parameter.yaml', 'error', 0],
    ['key-from-parameter.yaml', 'warning', 1],
    ['key-from-parameter.yaml', 'note', 1],
    ['account-keys.json', 'warning', 0],
    ['account-keys.json', 'note', 1],
    ['broken.yaml', 'never', 0],
    ['broken.yaml', 'note', 1],
  ])('%s with fail-on %s exits %i', async (fixture, failOn, status) => {
    const run = await runAction(workspace({ [fixture]: fixture }), { event: 'push', inputs: { 'fail-on': failOn } })
    expect(run.status).toBe(status)
    expect(run.outputs['failed']).toBe(String(status === 1))
  })

  it('judges a parameter with the value given in parameters', async () => {
    const run = await runAction(workspace({ 'key.yaml': 'key-from-parameter.yaml' }), {
      event: 'push',
      inputs: { parameters: 'KeyArn=*' },
    })
    expect(run.status).toBe(1)
    expect(annotations(run, 'error')).toEqual([
      expect.stringMatching(/^::error title=KMS\.1 [^,]*,file=key\.yaml,line=13,endLine=15::/),
    ])
  })

  it('judges Terraform variables with the files given in var-files, and those of the config file', async () => {
    const files = { 'infra/main.tf': 'reader-by-variable.tf', 'env/all.tfvars': 'all-keys.tfvars' }
    const unresolved = await runAction(workspace(files), { event: 'push' })
    expect(unresolved.status).toBe(0)
    expect(annotations(unresolved, 'warning')).toEqual([
      expect.stringMatching(
        /^::warning title=KMS\.1 [^,]*,file=infra\/main\.tf,line=8,.*Fix: Give variable reader_keys its value \(CLI --parameter reader_keys=<value> or --var-file, action inputs parameters or var-files, /,
      ),
    ])
    const given = await runAction(workspace(files), { event: 'push', inputs: { 'var-files': 'env/all.tfvars' } })
    expect(given.status).toBe(1)
    expect(annotations(given, 'error')).toEqual([
      expect.stringMatching(/^::error title=KMS\.1 [^,]*,file=infra\/main\.tf,line=8,endLine=8,col=18,.*Resource "\*"/),
    ])
    const configured = workspace(files)
    writeFileSync(path.join(configured, '.cfn-kms-check.yml'), 'var-files:\n  - env/all.tfvars\n')
    expect((await runAction(configured, { event: 'push' })).status).toBe(1)
  })

  it('keeps one error annotation free for the failure message and says how many it could not show', async () => {
    const roles = Array.from(
      { length: 12 },
      (_, i) =>
        `  Role${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }\n      Policies:\n        - PolicyName: p\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: kms:Decrypt\n                Resource: '*'\n`,
    )
    const cwd = workspace({})
    writeFileSync(path.join(cwd, 'many.yaml'), `Resources:\n${roles.join('')}`)
    const run = await runAction(cwd, { event: 'push' })
    expect(annotations(run, 'error')).toHaveLength(9)
    expect(run.stdout).toContain(
      '::error::cfn-kms-check failed (fail-on: error): 12 findings at level error or above. 3 annotations could not be shown: see the job summary.',
    )
    expect(run.summary).toContain(
      '> 3 of 12 entries got no annotation: GitHub shows at most 10 annotations of each level per step',
    )
  })

  it.each([
    [
      { 'fail-on': 'sometimes' },
      `::error::Input 'fail-on' must be one of error, warning, note, never; got "sometimes".`,
    ],
    [{ parameters: 'KeyArn' }, `::error::Input 'parameters' must be Name=Value`],
  ])('fails the step on the invalid input %j, naming it', async (inputs, message) => {
    const run = await runAction(workspace({ 'app-role.yaml': 'app-role.yaml' }), { inputs })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(message)
    expect(run.requests).toEqual([])
    expect(run.outputs).toEqual({})
  })
})

describe('on files found beside templates in real repositories', () => {
  const BAD = path.join(ROOT, 'test', 'fixtures', 'bad')

  it.each(SHAPES.map((shape) => [shape.fixture, shape] as const))(
    '%s alone: its exit status, annotation and summary sentence',
    async (fixture, shape) => {
      const cwd = workspace({})
      copyFileSync(path.join(BAD, fixture), path.join(cwd, fixture))
      // Alone, a file that is no template leaves the scan empty: allowed here, to see how the file itself is taken.
      const run = await runAction(cwd, { event: 'push', inputs: { 'allow-empty': 'true' } })
      expect(run.status).toBe(shape.status)
      expect(run.outputs['failed']).toBe(String(shape.status === 1))
      expect(run.summary).toContain(shape.action)
      const [line] = shape.error?.split(':') ?? []
      expect(annotations(run, 'error').filter((a) => a.includes(`,file=${fixture},`))).toEqual(
        line ? [expect.stringContaining(`,line=${line},`)] : [],
      )
      expect(run.stdout).not.toMatch(/^\s+at\s/m)
    },
  )

  it("ignore matches from each scanned folder: '**/legacy/**' leaves out ../shared/legacy from working-directory infra", async () => {
    const cwd = workspace({
      'infra/app-role.yaml': 'app-role-fixed.yaml',
      'shared/legacy/app-role.yaml': 'app-role.yaml',
    })
    const inputs = { 'working-directory': 'infra', paths: '.\n../shared' }
    const without = await runAction(cwd, { event: 'push', inputs })
    expect(without.status).toBe(1)
    expect(annotations(without, 'error')).toEqual([expect.stringContaining(',file=shared/legacy/app-role.yaml,')])
    const ignoring = await runAction(cwd, { event: 'push', inputs: { ...inputs, ignore: '**/legacy/**' } })
    expect(ignoring.status).toBe(0)
    expect(annotations(ignoring, 'error')).toEqual([])
    expect(ignoring.summary).toContain('among 1 file read')
  })
})

describe('when the paths hold no template', () => {
  const cwd = (): string => {
    const folder = workspace({ 'infra/app-role.yaml': 'app-role.yaml' })
    writeFiles(folder, { 'docs/mkdocs.yml': 'site_name: docs\n' })
    return folder
  }

  it('fails the step, naming the paths and how to allow it, with no outputs and no comment', async () => {
    const run = await runAction(cwd(), { inputs: { paths: 'docs' } })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe(
      "::error::cfn-kms-check: no template found in docs (1 file read, none a template). Check the inputs 'paths' and 'working-directory', or set 'allow-empty: true'.\n",
    )
    expect(run.outputs).toEqual({})
    expect(run.requests).toEqual([])
  })

  it('passes with allow-empty: true', async () => {
    const run = await runAction(cwd(), { event: 'push', inputs: { paths: 'docs', 'allow-empty': 'true' } })
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0', failed: 'false' })
  })
})

describe('with suppressions and new-only', () => {
  it('with new-only on a pull request, judges only the finding the pull request adds and lists the old ones apart', async () => {
    const repo = Repo.init(temp)
    const baseSha = repo.commit('base', { 'infra/app.yaml': fixture('baseline/base.yaml') })
    const headSha = repo.commit('head', { 'infra/app.yaml': fixture('baseline/head-new.yaml') })
    const payload = structuredClone(PR_PAYLOAD)
    payload.pull_request.base.sha = baseSha
    payload.pull_request.head.sha = headSha
    const run = await runAction(repo.dir, { inputs: { 'new-only': 'true' }, payload })

    const newLine = lineOf(fixture('baseline/head-new.yaml'), 'Sid: ExportBackups')
    expect(run.status).toBe(1)
    expect(annotations(run, 'error')).toEqual([
      expect.stringMatching(
        new RegExp(`^::error title=KMS\\.2 Role ReportsRole [^,]*,file=infra/app\\.yaml,line=${newLine},`),
      ),
    ])
    expect(annotations(run, 'warning')).toEqual([])
    expect(run.stdout).toContain('::error::cfn-kms-check failed (fail-on: error): 1 finding at level error or above.')
    expect(run.stdout).not.toMatch(/^::warning::the base commit/m)
    expect(run.outputs).toMatchObject({ findings: '1', failed: 'true' })
    expect(JSON.parse(readFileSync(run.outputs['report'], 'utf8')).baseline).toHaveLength(4)

    for (const body of [github.comments[0].body, run.summary]) {
      expect(body).toMatch(
        /^(<!-- cfn-kms-check -->\n\n)?### ❌ cfn-kms-check failed \(fail-on: `error`\): 1 finding \(1 error\)\n/,
      )
      expect(body).toContain('Listed apart at the end, not judged: 4 findings already on the base branch.')
      const judged = body.indexOf('#### Fix these first: 1 entry fails the gate on lines this pull request changes')
      const apart = body.indexOf('<details><summary>Already on the base branch: 4</summary>')
      expect(judged).toBeGreaterThan(0)
      expect(apart).toBeGreaterThan(judged)
      expect(body.slice(judged, apart)).toContain(
        `[infra/app.yaml:${newLine}](https://github.com/octo-org/infra/blob/${headSha}/infra/app.yaml#L`,
      )
      expect(body.slice(apart).match(/^\| \[infra\/app\.yaml:\d+\]/gm)).toHaveLength(4)
    }
  })

  it('passes when a suppression with a reason silences the only finding, and lists it under Suppressed', async () => {
    const cwd = workspace({})
    writeFileSync(path.join(cwd, 'break-glass.json'), fixture('break-glass.json'))
    const run = await runAction(cwd, { inputs: { comment: 'always' } })

    expect(run.status).toBe(0)
    expect(annotations(run, 'error')).toEqual([])
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0', failed: 'false' })
    const report = JSON.parse(readFileSync(run.outputs['report'], 'utf8'))
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'KMS.2',
        suppression: expect.objectContaining({ reason: 'Break-glass role, reviewed by security on 2026-10-01' }),
      }),
    ])

    expect(github.comments).toHaveLength(1)
    for (const body of [github.comments[0].body, run.summary]) {
      expect(body).toContain('### ✅ cfn-kms-check: no findings')
      expect(body).toContain('<details><summary>Suppressed: 1</summary>')
      expect(body).toMatch(
        /^\| \[break-glass\.json:\d+\]\([^)]*\) \| \[KMS\.2\]\([^)]*\) \| `BreakGlassRole` \| Break-glass role, reviewed by security on 2026-10-01 \| no end \|$/m,
      )
    }
  })
})

describe('when the GitHub API fails on the comment', () => {
  const TEMPLATES = {
    'infra/app-role.yaml': 'app-role.yaml',
    'infra/key-from-parameter.yaml': 'key-from-parameter.yaml',
    'infra/broken.yaml': 'broken.yaml',
  }
  const COMMENT_WARNING = /^::warning::Could not write the pull request comment: /
  const AFTERWORD =
    ' The annotations and the job summary show every finding; the verdict does not depend on the comment.'
  const FORBIDDEN = {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    status: '403',
  }
  const NOT_FOUND = {
    message: 'Not Found',
    documentation_url: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
    status: '404',
  }
  const SERVER_ERROR = { message: 'Server Error' }
  const SLOW = 30_000

  /**
   * What the run leaves the workflow, the comment aside: exit status, workflow commands on stdout (annotations,
   * the verdict, warnings) but the comment's warning, the job summary, the outputs, and the JSON report's content
   * (its path is in each run's own temporary folder).
   */
  function verdictOf(run: ActionRun): unknown {
    const { report, ...outputs } = run.outputs
    return {
      status: run.status,
      commands: run.stdout.split('\n').filter((line) => line.startsWith('::') && !COMMENT_WARNING.test(line)),
      summary: run.summary,
      outputs,
      report: report === undefined ? undefined : JSON.parse(readFileSync(report, 'utf8')),
    }
  }

  /** The same workspace and inputs against a healthy API, then against one `arrange` breaks (from a clean slate). */
  async function withAndWithoutFault(
    cwd: string,
    inputs: Record<string, string>,
    arrange: () => void,
    clock = new FakeClock(),
  ): Promise<{ healthy: ActionRun; faulty: ActionRun }> {
    const healthy = await runAction(cwd, { inputs })
    expect(calls(healthy)).toEqual([
      `GET ${PULL_FILES_PATH}?per_page=100`,
      'POST /graphql',
      `GET ${COMMENTS_PATH}?per_page=100`,
      `POST ${COMMENTS_PATH}`,
      REVIEW_COMMENTS_LISTING,
    ])
    github.reset()
    arrange()
    const faulty = await runAction(cwd, { inputs, clock })
    expect(verdictOf(faulty)).toEqual(verdictOf(healthy))
    return { healthy, faulty }
  }

  const commentWarnings = (run: ActionRun): string[] =>
    run.stdout.split('\n').filter((line) => COMMENT_WARNING.test(line))
  const retries = (run: ActionRun): string[] =>
    run.stdout.split('\n').filter((line) => /^GitHub API .* failed .*; retrying/.test(line))
  const posted = (run: ActionRun): string[] =>
    run.requests.filter((r) => r.method === 'POST' && r.path === COMMENTS_PATH).map((r) => r.body!.body!)

  /** Roles that each let a principal decrypt with every key: one error finding apiece, for a long report. */
  function manyRoles(count: number): string {
    const role = (i: number): string =>
      `  DecryptEverythingRole${i}:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }\n      Policies:\n        - PolicyName: decrypt-all\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: kms:Decrypt\n                Resource: '*'\n`
    return `Resources:\n${Array.from({ length: count }, (_, i) => role(i)).join('')}`
  }

  describe.each([
    ['error', 1, 'true'],
    ['never', 0, 'false'],
  ])('with fail-on %s (exit %i, failed %s), the verdict is what it is with a healthy API', (failOn, status, failed) => {
    const inputs = { 'fail-on': failOn, 'working-directory': 'infra' }

    it('on a 403 creating the comment (same-repository pull request): warns that the token needs pull-requests: write', async () => {
      const { faulty } = await withAndWithoutFault(workspace(TEMPLATES), inputs, () =>
        github.fail(`POST ${COMMENTS_PATH}`, { status: 403, data: FORBIDDEN }),
      )
      expect(faulty.status).toBe(status)
      expect(faulty.outputs).toMatchObject({ findings: '2', errors: '1', failed })
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        `POST ${COMMENTS_PATH}`,
        REVIEW_COMMENTS_LISTING,
      ])
      expect(commentWarnings(faulty)).toEqual([
        `::warning::Could not write the pull request comment: Resource not accessible by integration - ${FORBIDDEN.documentation_url}. The token needs 'pull-requests: write' permission.${AFTERWORD}`,
      ])
      expect(retries(faulty)).toEqual([])
      expect(github.comments).toEqual([])
    })

    it('on a 403 updating its earlier comment: warns, and leaves the earlier comment as it was', async () => {
      const earlier = { id: 1, body: `${COMMENT_MARKER}\n\nold report`, user: BOT }
      const { faulty } = await withAndWithoutFault(workspace(TEMPLATES), inputs, () => {
        github.comments = [{ ...earlier }]
        github.fail(`PATCH /repos/${REPOSITORY}/issues/comments/1`, { status: 403, data: FORBIDDEN })
      })
      expect(faulty.status).toBe(status)
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        `PATCH /repos/${REPOSITORY}/issues/comments/1`,
        REVIEW_COMMENTS_LISTING,
      ])
      expect(commentWarnings(faulty)).toEqual([
        expect.stringMatching(
          /^::warning::Could not write the pull request comment: Resource not accessible by integration.*The token needs 'pull-requests: write' permission\./,
        ),
      ])
      expect(github.comments).toEqual([earlier])
    })

    it('on a 404 listing the comments: warns with the answer, does not retry and does not create a comment blindly', async () => {
      const { faulty } = await withAndWithoutFault(workspace(TEMPLATES), inputs, () =>
        github.fail(`GET ${COMMENTS_PATH}`, { status: 404, data: NOT_FOUND }),
      )
      expect(faulty.status).toBe(status)
      expect(faulty.outputs).toMatchObject({ findings: '2', errors: '1', failed })
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        REVIEW_COMMENTS_LISTING,
      ])
      expect(commentWarnings(faulty)).toEqual([
        `::warning::Could not write the pull request comment: Not Found - ${NOT_FOUND.documentation_url}.${AFTERWORD}`,
      ])
      expect(retries(faulty)).toEqual([])
      expect(github.comments).toEqual([])
    })
  })

  it(
    'on a 422 "Body is too long" creating the comment: tries once more with a shorter body, which is created',
    async () => {
      const cwd = workspace(TEMPLATES)
      writeFileSync(path.join(cwd, 'infra', 'many-roles.yaml'), manyRoles(400))
      const limit = 40_000
      const { healthy, faulty } = await withAndWithoutFault(
        cwd,
        { 'working-directory': 'infra' },
        () => (github.maxBodyChars = limit),
      )
      // The report must be long enough that GitHub's limit bites and half the size is really shorter.
      expect(posted(healthy)[0].length).toBeGreaterThan(limit)

      expect(faulty.status).toBe(1)
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        `POST ${COMMENTS_PATH}`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        `POST ${COMMENTS_PATH}`,
        REVIEW_COMMENTS_LISTING,
      ])
      const [first, second] = posted(faulty)
      expect(first).toBe(posted(healthy)[0])
      expect(second.length).toBeLessThan(first.length)
      expect(Buffer.byteLength(second)).toBeLessThanOrEqual(65_000 / 2)
      expect(second.split('\n')[0]).toBe(COMMENT_MARKER)
      expect(second).toContain(
        'Every finding is in the job summary of [this run](https://github.com/octo-org/infra/actions/runs/4242).',
      )
      expect(github.comments).toEqual([{ id: 1, body: second, user: BOT }])
      expect(faulty.stdout).toMatch(
        /^The pull request comment was refused \(Validation Failed: .*Body is too long \(maximum is 65536 characters\).*\); trying again with a shorter body\.$/m,
      )
      expect(faulty.stdout).toMatch(/^Pull request comment: created\.$/m)
      expect(commentWarnings(faulty)).toEqual([])
    },
    SLOW,
  )

  it(
    'on a 422 for the shorter body too: gives up after that one retry, with a warning naming the refusal',
    async () => {
      const { faulty } = await withAndWithoutFault(
        workspace(TEMPLATES),
        { 'working-directory': 'infra' },
        () => (github.maxBodyChars = 100),
      )
      expect(faulty.status).toBe(1)
      const bodies = posted(faulty)
      expect(bodies).toHaveLength(2)
      expect(commentWarnings(faulty)).toEqual([
        expect.stringMatching(
          /^::warning::Could not write the pull request comment: Validation Failed: .*Body is too long \(maximum is 65536 characters\)/,
        ),
      ])
      expect(github.comments).toEqual([])
    },
    SLOW,
  )

  it(
    'on a 500 then success creating the comment: retries once after a pause, says so, and creates one comment',
    async () => {
      const { faulty } = await withAndWithoutFault(workspace(TEMPLATES), { 'working-directory': 'infra' }, () =>
        github.fail(`POST ${COMMENTS_PATH}`, { status: 500, data: SERVER_ERROR }),
      )
      expect(faulty.status).toBe(1)
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        `POST ${COMMENTS_PATH}`,
        `POST ${COMMENTS_PATH}`,
        REVIEW_COMMENTS_LISTING,
      ])
      const [first, second] = posted(faulty)
      expect(second).toBe(first)
      expect(retries(faulty)).toEqual([
        expect.stringMatching(/^GitHub API POST \S*\/comments failed \(500\); retrying in 1 s\.$/),
      ])
      expect(faulty.clock.pauses).toEqual([1_000])
      expect(faulty.stdout).toMatch(/^Pull request comment: created\.$/m)
      expect(commentWarnings(faulty)).toEqual([])
      expect(github.comments).toEqual([{ id: 1, body: first, user: BOT }])
    },
    SLOW,
  )

  it(
    'on 500s that persist listing the comments: retries twice, then warns with the answer',
    async () => {
      const { faulty } = await withAndWithoutFault(
        workspace(TEMPLATES),
        { 'working-directory': 'infra', 'fail-on': 'never' },
        () =>
          github.fail(
            `GET ${COMMENTS_PATH}`,
            ...Array.from({ length: 3 }, () => ({ status: 500, data: SERVER_ERROR })),
          ),
      )
      expect(faulty.status).toBe(0)
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        ...Array.from({ length: 3 }, () => `GET ${COMMENTS_PATH}?per_page=100`),
        REVIEW_COMMENTS_LISTING,
      ])
      expect(retries(faulty)).toEqual([
        expect.stringMatching(/^GitHub API GET \S*\/issues\/7\/comments\S* failed \(500\); retrying in 1 s\.$/),
        expect.stringMatching(/^GitHub API GET \S*\/issues\/7\/comments\S* failed \(500\); retrying in 3 s\.$/),
      ])
      expect(faulty.clock.pauses).toEqual([1_000, 3_000])
      expect(commentWarnings(faulty)).toEqual([
        `::warning::Could not write the pull request comment: Server Error.${AFTERWORD}`,
      ])
      expect(github.comments).toEqual([])
    },
    SLOW,
  )

  it(
    'on an answer slower than api-timeout: gives up at the deadline, without retrying, and warns that the API did not answer',
    async () => {
      const apiTimeout = 2
      const clock = new FakeClock()
      // The API takes the whole api-timeout over listing the comments.
      const { faulty } = await withAndWithoutFault(
        workspace(TEMPLATES),
        { 'working-directory': 'infra', 'api-timeout': String(apiTimeout) },
        () => github.fail(`GET ${COMMENTS_PATH}`, { stall: () => clock.advance(apiTimeout * 1000) }),
        clock,
      )
      expect(faulty.status).toBe(1)
      expect(calls(faulty)).toEqual([
        `GET ${PULL_FILES_PATH}?per_page=100`,
        'POST /graphql',
        `GET ${COMMENTS_PATH}?per_page=100`,
        REVIEW_COMMENTS_LISTING,
      ])
      expect(commentWarnings(faulty)).toEqual([
        `::warning::Could not write the pull request comment: the GitHub API did not answer within ${apiTimeout} s (input api-timeout).${AFTERWORD}`,
      ])
      // The deadline covers every request of the run, retries included: a request that ran out of time is not retried.
      expect(retries(faulty)).toEqual([])
      // Ends at the deadline: no retry pause after it.
      expect(faulty.clock.pauses).toEqual([])
      expect(faulty.clock.now()).toBe(apiTimeout * 1000)
      expect(github.comments).toEqual([])
    },
    SLOW,
  )
})

describe('with only-changed', () => {
  const SLOW = 30_000
  const template = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8')
  /** The base branch: two templates with findings (an error in app-role.yaml, a warning in key.yaml) and a file that is no template. */
  const BASE = {
    'infra/app-role.yaml': template('app-role.yaml'),
    'infra/key.yaml': template('key-from-parameter.yaml'),
    'infra/README.md': '# infra\n',
  }
  /** The pull request: key.yaml edited (its finding stays, at the same lines), and a new template without findings. */
  const HEAD = {
    'infra/key.yaml': template('key-from-parameter.yaml').replace(
      /^Description: .*$/m,
      'Description: The reader policy, now documented.',
    ),
    'infra/fixed.yaml': template('app-role-fixed.yaml'),
  }
  const KEY_WARNING = /^::warning title=KMS\.1 [^,]*ReaderPolicy[^,]*,file=infra\/key\.yaml,line=13,endLine=15::/
  const SKIPPED_LOG = /^only-changed: 1 candidate file unchanged by the pull request was not scanned\.$/m
  const FILES_PAGE_1 = `GET ${PULL_FILES_PATH}?per_page=100`
  const FILES_PAGE_2 = `GET ${PULL_FILES_PATH}?per_page=100&page=2`
  /** The comment, then the look for earlier suggestions to withdraw. */
  const COMMENT_CALLS = [
    'POST /graphql',
    `GET ${COMMENTS_PATH}?per_page=100`,
    `POST ${COMMENTS_PATH}`,
    REVIEW_COMMENTS_LISTING,
  ]
  /** Warnings that are not annotations of findings (`::warning title=...`): what the action says about itself. */
  const plainWarnings = (run: ActionRun): string[] =>
    run.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
  const report = (
    run: ActionRun,
  ): { findings: { file: string }[]; summary: Record<string, number>; warnings: string[] } =>
    JSON.parse(readFileSync(run.outputs['report'], 'utf8'))
  const extraFolders: string[] = []

  afterAll(() => {
    for (const folder of extraFolders.splice(0)) rmSync(folder, { recursive: true, force: true })
  })

  /** A git repository with the base commit and the pull request's head commit on top, and the payload naming both. */
  function pullRequestRepo(): { repo: Repo; payload: typeof PR_PAYLOAD } {
    const repo = Repo.init(temp)
    const baseSha = repo.commit('base', BASE)
    const headSha = repo.commit('head', HEAD)
    const payload = structuredClone(PR_PAYLOAD)
    payload.pull_request.base.sha = baseSha
    payload.pull_request.head.sha = headSha
    return { repo, payload }
  }

  /** What only the changed templates give: key.yaml's warning, app-role.yaml's error nowhere. */
  function expectOnlyTheChangedTemplate(run: ActionRun, headSha: string): void {
    expect(annotations(run, 'warning')).toEqual([expect.stringMatching(KEY_WARNING)])
    expect(annotations(run, 'error')).toEqual([])
    expect(annotations(run, 'notice')).toEqual([])
    expect(run.stdout).not.toContain('app-role.yaml')
    expect(run.stdout).toMatch(SKIPPED_LOG)

    const json = report(run)
    expect(json.findings.map((f) => f.file)).toEqual(['infra/key.yaml'])
    expect(json.summary).toMatchObject({ findings: 1, unchanged: 1, templates: 2 })

    expect(run.summary).toContain('[infra/key.yaml:13](')
    expect(run.summary).toContain(`(https://github.com/octo-org/infra/blob/${headSha}/infra/key.yaml#L13-L15)`)
    expect(run.summary).toContain('1 unchanged file not scanned.')
    expect(run.summary).not.toContain('app-role.yaml')
  }

  describe.each([
    ['error', 0, 'false'],
    ['warning', 1, 'true'],
  ])('with fail-on %s (exit %i, failed %s)', (failOn, status, failed) => {
    it('on a pull request whose base commit is in the clone: scans only the templates it changes or adds, from git, without asking the API for its files', async () => {
      const { repo, payload } = pullRequestRepo()
      const run = await runAction(repo.dir, {
        inputs: { 'only-changed': 'true', 'working-directory': 'infra', 'fail-on': failOn },
        payload,
      })

      expectOnlyTheChangedTemplate(run, payload.pull_request.head.sha)
      expect(plainWarnings(run)).toEqual([])
      // app-role.yaml's error would fail fail-on error; unchanged, it is not judged.
      expect(run.status).toBe(status)
      expect(run.outputs).toMatchObject({ findings: '1', errors: '0', failed })
      if (failed === 'true')
        expect(run.stdout).toContain(
          '::error::cfn-kms-check failed (fail-on: warning): 1 finding at level warning or above.',
        )
      else expect(run.stdout).not.toMatch(/^::error::/m)

      expect(calls(run)).toEqual(COMMENT_CALLS)
      expect(run.requests.some((r) => r.path.startsWith(PULL_FILES_PATH))).toBe(false)
      expect(github.comments).toHaveLength(1)
      expect(github.comments[0].body).toContain('[infra/key.yaml:13](')
      expect(github.comments[0].body).not.toContain('app-role.yaml')
    })
  })

  it('passes a pull request that changes no template, with a notice that there was nothing to check', async () => {
    const repo = Repo.init(temp)
    const baseSha = repo.commit('base', BASE)
    const headSha = repo.commit('head', { 'infra/README.md': '# infra, documented\n' })
    const payload = structuredClone(PR_PAYLOAD)
    payload.pull_request.base.sha = baseSha
    payload.pull_request.head.sha = headSha
    const run = await runAction(repo.dir, { inputs: { 'only-changed': 'true', 'working-directory': 'infra' }, payload })
    expect(run.status).toBe(0)
    expect(annotations(run, 'error')).toEqual([])
    expect(run.stdout).toMatch(
      /^::notice::only-changed: the pull request changes no template, so there is nothing to check\.$/m,
    )
    expect(run.outputs).toMatchObject({ findings: '0', errors: '0', failed: 'false' })
  })

  it('scans every template without only-changed, in the same repository (the contrast)', async () => {
    const { repo, payload } = pullRequestRepo()
    const run = await runAction(repo.dir, { inputs: { 'working-directory': 'infra' }, payload })
    expect(run.status).toBe(1)
    expect(report(run).findings.map((f) => f.file)).toEqual(['infra/app-role.yaml', 'infra/key.yaml'])
    expect(run.stdout).not.toMatch(/^only-changed:/m)
  })

  /** The pull request's files as the API lists them: 110 documents first, so the templates come on the second page of 100. */
  const API_FILES = [
    ...Array.from({ length: 110 }, (_, i) => `docs/notes-${String(i).padStart(3, '0')}.md`),
    'infra/fixed.yaml',
    'infra/key.yaml',
  ]

  describe.each([
    [
      'no git repository',
      (): { cwd: string; payload: typeof PR_PAYLOAD } => {
        const cwd = workspace({})
        writeFiles(cwd, { ...BASE, ...HEAD })
        return { cwd, payload: PR_PAYLOAD }
      },
    ],
    [
      'a shallow clone without the base commit',
      (): { cwd: string; payload: typeof PR_PAYLOAD } => {
        const { repo, payload } = pullRequestRepo()
        const cwd = repo.shallowClone()
        extraFolders.push(cwd)
        return { cwd, payload }
      },
    ],
    [
      'a git repository that does not know base.sha',
      (): { cwd: string; payload: typeof PR_PAYLOAD } => {
        const { repo, payload } = pullRequestRepo()
        payload.pull_request.base.sha = PR_PAYLOAD.pull_request.base.sha
        return { cwd: repo.dir, payload }
      },
    ],
  ])('when the base commit is not in the workspace (%s)', (_, arrange) => {
    it('lists the pull request files from the API, page by page, and scans only those', async () => {
      const { cwd, payload } = arrange()
      github.pullFiles = API_FILES
      const run = await runAction(cwd, { inputs: { 'only-changed': 'true', 'working-directory': 'infra' }, payload })

      expect(calls(run)).toEqual([FILES_PAGE_1, FILES_PAGE_2, ...COMMENT_CALLS])
      expect(run.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
      expectOnlyTheChangedTemplate(run, payload.pull_request.head.sha)
      expect(plainWarnings(run)).toEqual([])
      expect(run.status).toBe(0)
      expect(run.outputs).toMatchObject({ findings: '1', errors: '0', failed: 'false' })
    })
  })

  it('scans only what the API lists, even a template git would not call changed', async () => {
    // The API is the authority here: with only app-role.yaml listed, key.yaml and fixed.yaml are left out.
    const cwd = workspace({})
    writeFiles(cwd, { ...BASE, ...HEAD })
    github.pullFiles = ['infra/app-role.yaml', 'elsewhere/key.yaml']
    const run = await runAction(cwd, { inputs: { 'only-changed': 'true', 'working-directory': 'infra' } })
    expect(calls(run)).toEqual([FILES_PAGE_1, ...COMMENT_CALLS])
    expect(run.status).toBe(1)
    expect(report(run).findings.map((f) => f.file)).toEqual(['infra/app-role.yaml'])
    expect(report(run).summary).toMatchObject({ unchanged: 2 })
    expect(run.stdout).toMatch(/^only-changed: 2 candidate files unchanged by the pull request were not scanned\.$/m)
  })

  describe('when listing the pull request files fails too', () => {
    const SERVER_ERROR = { message: 'Server Error' }
    const FORBIDDEN = {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files',
      status: '403',
    }
    const FALLBACK_WARNING =
      /^::warning::only-changed: cannot list the pull request's files \(.+\), so every template is scanned\.$/

    /** Exit status, workflow commands but the one fallback warning, job summary, outputs and the JSON report's content. */
    function verdictOf(run: ActionRun): unknown {
      const { report: reportFile, ...outputs } = run.outputs
      return {
        status: run.status,
        commands: run.stdout.split('\n').filter((line) => line.startsWith('::') && !FALLBACK_WARNING.test(line)),
        summary: run.summary,
        outputs,
        report: reportFile === undefined ? undefined : JSON.parse(readFileSync(reportFile, 'utf8')),
      }
    }

    it.each([
      ['a 403', [{ status: 403, data: FORBIDDEN }], [FILES_PAGE_1], 0],
      [
        '500 three times',
        Array.from({ length: 3 }, () => ({ status: 500, data: SERVER_ERROR })),
        [FILES_PAGE_1, FILES_PAGE_1, FILES_PAGE_1],
        2,
      ],
    ])(
      'on %s: one warning says every template is scanned, and the result is that of a run without only-changed',
      async (_, faults, fileCalls, retried) => {
        const cwd = workspace({})
        writeFiles(cwd, { ...BASE, ...HEAD })
        const inputs = { 'working-directory': 'infra' }
        const everything = await runAction(cwd, { inputs })
        expect(everything.status).toBe(1)
        expect(report(everything).findings.map((f) => f.file)).toEqual(['infra/app-role.yaml', 'infra/key.yaml'])

        github.reset()
        github.pullFiles = API_FILES
        github.fail(`GET ${PULL_FILES_PATH}`, ...faults)
        const run = await runAction(cwd, { inputs: { ...inputs, 'only-changed': 'true' } })

        expect(calls(run)).toEqual([...fileCalls, ...COMMENT_CALLS])
        expect(
          run.stdout
            .split('\n')
            .filter((line) => /^GitHub API GET \S*\/pulls\/\S* failed \(500\); retrying in \d s\.$/.test(line)),
        ).toHaveLength(retried)
        expect(plainWarnings(run)).toEqual([expect.stringMatching(FALLBACK_WARNING)])
        expect(run.stdout.split('\n').filter((line) => line.includes('every template is scanned'))).toHaveLength(1)
        expect(run.stdout).not.toMatch(/^only-changed: .* not scanned\.$/m)
        expect(verdictOf(run)).toEqual(verdictOf(everything))
      },
      SLOW,
    )
  })
})

describe('suggested changes', () => {
  const FILE = 'infra/key.yaml'
  const lines = readFileSync(path.join(FIXTURES, 'key-unprotected.yaml'), 'utf8').trimEnd().split('\n')
  /** GitHub's diff of a file the pull request adds whole, or of one that changes only `changed` lines. */
  const patchOf = (text: string[], changed?: number[]): string =>
    changed
      ? changed.map((n) => `@@ -${n},1 +${n},1 @@\n-old\n+${text[n - 1]}`).join('\n')
      : [`@@ -0,0 +1,${text.length} @@`, ...text.map((l) => `+${l}`)].join('\n')
  const setUp = (changed?: number[]): string => {
    const cwd = workspace({ [FILE]: 'key-unprotected.yaml' })
    github.pullFiles = [FILE]
    github.patches = { [FILE]: patchOf(lines, changed) }
    return cwd
  }
  const warnings = (run: ActionRun): string[] => run.stdout.split('\n').filter((l) => l.startsWith('::warning::'))

  it('posts one review with a one-click suggestion on each line the pull request changed that a fix changes', async () => {
    const cwd = setUp()
    const run = await runAction(cwd)
    expect(run.status).toBe(1)
    expect(github.reviews).toHaveLength(1)
    const [review] = github.reviews
    expect(review).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' })
    expect(review.comments!.map((c) => [c.path, c.line, c.side])).toEqual([
      [FILE, 6, 'RIGHT'],
      [FILE, 9, 'RIGHT'],
      [FILE, 26, 'RIGHT'],
    ])
    expect(review.comments![0].body).toBe(
      [
        '<!-- cfn-kms-check suggestion -->',
        `**[KMS.3](${ruleDocsUrl('KMS.3')})** Key DataKey is deleted with its stack: DeletionPolicy: Retain`,
        '',
        '```suggestion',
        '    DeletionPolicy: Retain',
        '```',
      ].join('\n'),
    )
    expect(review.comments![1].body).toContain('```suggestion\n      EnableKeyRotation: true\n```')
    expect(review.comments![2].body).toContain('```suggestion\n                Resource: !GetAtt DataKey.Arn\n```')
    expect(run.stdout).toContain('Suggested changes: 3 posted, 0 updated, 0 unchanged, 0 withdrawn.')
    expect(warnings(run)).toEqual([])
  })

  it('suggests nothing on a line the pull request did not change', async () => {
    const cwd = setUp([9])
    await runAction(cwd)
    expect(github.reviews.map((r) => r.comments!.map((c) => c.line))).toEqual([[9]])
  })

  it('posts no second review on the next run, and withdraws a suggestion the run no longer makes', async () => {
    const cwd = setUp()
    await runAction(cwd)
    const again = await runAction(cwd)
    expect(calls(again)).not.toContain(`POST ${REVIEWS_PATH}`)
    expect(github.reviews).toHaveLength(1)
    expect(github.reviewComments).toHaveLength(3)
    expect(again.stdout).toContain('Suggested changes: 0 posted, 0 updated, 3 unchanged, 0 withdrawn.')

    // Rotation turned on by hand: its suggestion stays on the line, edited to say it is withdrawn.
    const fixed = lines.map((l) => l.replace('EnableKeyRotation: false', 'EnableKeyRotation: true'))
    writeFileSync(path.join(cwd, FILE), fixed.join('\n') + '\n')
    github.patches = { [FILE]: patchOf(fixed) }
    const third = await runAction(cwd)
    expect(github.reviews).toHaveLength(1)
    const rotation = github.reviewComments.find((c) => c.line === 9)!
    expect(rotation.body).not.toContain('```suggestion')
    expect(rotation.body).toMatch(/^<!-- cfn-kms-check suggestion -->\nWithdrawn: /)
    expect(calls(third)).toContain(`PATCH /repos/${REPOSITORY}/pulls/comments/${rotation.id}`)
    expect(third.stdout).toContain('Suggested changes: 0 posted, 0 updated, 2 unchanged, 1 withdrawn.')
  })

  it('only warns when the token may not write (403), and the verdict stays', async () => {
    const cwd = setUp()
    const healthy = await runAction(cwd)
    github.reset()
    github.pullFiles = [FILE]
    github.patches = { [FILE]: patchOf(lines) }
    github.refuseWrites = true
    const refused = await runAction(cwd)
    expect(refused.status).toBe(healthy.status)
    expect(refused.outputs).toEqual({ ...healthy.outputs, report: expect.any(String) })
    expect(github.reviews).toEqual([])
    expect(warnings(refused)).toContainEqual(
      expect.stringMatching(
        /^::warning::Could not post the suggested changes: Resource not accessible by integration .*\. The token needs 'pull-requests: write' permission\./,
      ),
    )
  })

  it('suggests the HCL change on a Terraform file: the policy document names the key, the key rotates', async () => {
    const TF = 'infra/main.tf'
    const tf = readFileSync(path.join(FIXTURES, 'key-and-reader.tf'), 'utf8').trimEnd().split('\n')
    const cwd = workspace({ [TF]: 'key-and-reader.tf' })
    github.pullFiles = [TF]
    github.patches = { [TF]: patchOf(tf) }
    const run = await runAction(cwd)
    expect(run.status).toBe(1)
    expect(github.reviews).toHaveLength(1)
    const comments = github.reviews[0].comments!
    expect(comments.map((c) => [c.path, c.line])).toEqual([
      [TF, 2],
      [TF, 3],
      [TF, 13],
    ])
    expect(comments[0].body).toContain('```suggestion\n  enable_key_rotation     = true\n```')
    expect(comments[1].body).toContain('```suggestion\n  deletion_window_in_days = 30\n```')
    expect(comments[2].body).toBe(
      [
        '<!-- cfn-kms-check suggestion -->',
        `**[KMS.2](${ruleDocsUrl('KMS.2')})** aws_iam_role_policy.reader can decrypt with any KMS key: Name the keys: resources = [aws_kms_key.data.arn]`,
        '',
        '```suggestion',
        '    resources = [aws_kms_key.data.arn]',
        '```',
      ].join('\n'),
    )
    expect(run.stdout).toContain('Suggested changes: 3 posted, 0 updated, 0 unchanged, 0 withdrawn.')
  })

  it('asks nothing of the API with suggestions: false; with no one-line fix, only lists the review comments', async () => {
    // Beyond the pull request's file list, which orders the reports (changed lines first).
    const reviewCalls = (run: ActionRun): string[] =>
      calls(run).filter((c) => c.includes('/pulls/') && !c.startsWith(`GET ${PULL_FILES_PATH}?`))
    const off = await runAction(setUp(), { inputs: { suggestions: 'false' } })
    expect(reviewCalls(off)).toEqual([])
    github.reset()
    const prose = await runAction(workspace({ 'app-role.yaml': 'app-role.yaml' }))
    expect(reviewCalls(prose)).toEqual([REVIEW_COMMENTS_LISTING])
    expect(github.reviews).toEqual([])
    expect(prose.stdout).not.toContain('Suggested changes:')
  })

  it('withdraws its earlier suggestions on a run that has nothing left to suggest, once', async () => {
    const cwd = setUp()
    await runAction(cwd)
    expect(github.reviewComments).toHaveLength(3)
    // The author commits all three suggestions: no finding is left, so no fix to suggest.
    const committed = [...lines]
    for (const c of github.reviewComments) committed[c.line! - 1] = /```suggestion\n(.*)\n```/.exec(c.body)![1]
    writeFileSync(path.join(cwd, FILE), committed.join('\n') + '\n')
    // The lines stay where they were: GitHub keeps showing the comments on them.
    github.patches = { [FILE]: patchOf(committed) }

    const fixed = await runAction(cwd)
    expect(fixed.status).toBe(0)
    expect(fixed.outputs['findings']).toBe('0')
    expect(github.reviewComments.map((c) => [c.line, c.body.split('\n')[1]])).toEqual([
      [6, expect.stringMatching(/^Withdrawn: /)],
      [9, expect.stringMatching(/^Withdrawn: /)],
      [26, expect.stringMatching(/^Withdrawn: /)],
    ])
    expect(github.reviewComments.some((c) => c.body.includes('```suggestion'))).toBe(false)
    expect(fixed.stdout).toContain('Suggested changes: 0 posted, 0 updated, 0 unchanged, 3 withdrawn.')
    expect(calls(fixed).filter((c) => c.includes('/pulls/'))).toEqual([
      REVIEW_COMMENTS_LISTING,
      ...github.reviewComments.map((c) => `PATCH /repos/${REPOSITORY}/pulls/comments/${c.id}`),
    ])
    expect(github.reviews).toHaveLength(1)

    // Nothing is withdrawn twice: the next run only looks.
    const again = await runAction(cwd)
    expect(calls(again).filter((c) => c.includes('/pulls/'))).toEqual([REVIEW_COMMENTS_LISTING])
    expect(again.stdout).not.toContain('Suggested changes:')
  })

  it('leaves alone a suggestion-marked comment of another account when it has nothing to suggest', async () => {
    const cwd = workspace({ 'app-role.yaml': 'app-role.yaml' })
    const pasted = {
      id: 77,
      path: 'app-role.yaml',
      line: 21,
      body: "<!-- cfn-kms-check suggestion -->\nI copied the bot's marker.",
      user: { login: 'octocat', type: 'User' },
    }
    github.reviewComments = [{ ...pasted }]
    const run = await runAction(cwd)
    expect(github.reviewComments).toEqual([pasted])
    expect(calls(run).filter((c) => c.includes('/pulls/comments/'))).toEqual([])
    expect(run.stdout).toContain('Suggested changes: 0 posted, 0 updated, 0 unchanged, 0 withdrawn.')
  })

  it("lists the pull request's files once, for the order of the reports and for the suggestions both", async () => {
    // No git repository: the base commit is not in the workspace, so the order needs the API's file list too.
    const run = await runAction(setUp())
    expect(github.reviews).toHaveLength(1)
    expect(calls(run).filter((c) => c.startsWith(`GET ${PULL_FILES_PATH}`))).toEqual([
      `GET ${PULL_FILES_PATH}?per_page=100`,
    ])
    // The reports used that one list too: they know the entries stand on lines the pull request changes.
    expect(run.summary).toMatch(/^#### Fix these first: 1 entry fails the gate on lines this pull request changes$/m)
  })
})
