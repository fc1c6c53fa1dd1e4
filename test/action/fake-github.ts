/**
 * A local fake of the GitHub API that records every request: just the endpoints the action uses, with the
 * fixtures' pull request. Shared by the action's tests from source and the bundle's end-to-end test.
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url))
export const TOKEN = 'ghs_e2eFakeInstallationToken'
export const REPOSITORY = 'octo-org/infra'
export const PR_PAYLOAD = JSON.parse(readFileSync(path.join(FIXTURES, 'pull_request.json'), 'utf8'))
export const HEAD_SHA: string = PR_PAYLOAD.pull_request.head.sha
export const COMMENTS_PATH = `/repos/${REPOSITORY}/issues/7/comments`
export const PULL_FILES_PATH = `/repos/${REPOSITORY}/pulls/7/files`
const REVIEW_COMMENTS_PATH = `/repos/${REPOSITORY}/pulls/7/comments`
/** How the action looks for its earlier suggestions on every pull request run (suggestions on). */
export const REVIEW_COMMENTS_LISTING = `GET ${REVIEW_COMMENTS_PATH}?per_page=100`
export const REVIEWS_PATH = `/repos/${REPOSITORY}/pulls/7/reviews`
export const BOT = { login: 'github-actions[bot]', type: 'Bot' }

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  body: RequestBody | undefined
}

interface RequestBody {
  body?: string
  commit_id?: string
  event?: string
  comments?: { path: string; line: number; side: string; body: string }[]
}

/** A review comment as GitHub lists it: `line` is null once the line changed since (GitHub shows it outdated). */
interface StoredReviewComment {
  id: number
  path: string
  line: number | null
  body: string
  user: { login: string; type: string }
}

interface StoredComment {
  id: number
  body: string
  user: { login: string; type: string }
}

/**
 * An answer in place of the normal one: an error status with GitHub's error body, or none at all (`stall` runs
 * once the request is in: a test moves its clock past the action's deadline there).
 */
export type Fault = { status: number; data: unknown } | { stall: () => void }

/** GitHub's answer when a comment body is too long (it counts characters, not the bytes the action counts). */
const BODY_TOO_LONG = {
  message: 'Validation Failed',
  errors: [
    {
      resource: 'IssueComment',
      code: 'unprocessable',
      field: 'data',
      message: 'Body is too long (maximum is 65536 characters)',
    },
  ],
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '422',
}

/**
 * Just the endpoints the action uses, with Link pagination, a switch to refuse writes like a read-only token,
 * a limit on comment bodies like GitHub's, and faults queued per route (`METHOD /path`), used up in order.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  comments: StoredComment[] = []
  /** The paths (from the repository root) that `GET /pulls/7/files` lists, as the pull request's changed files. */
  pullFiles: string[] = []
  /** The unified diff GitHub gives for a file of `pullFiles` (its `patch`); none when unset. */
  patches: Record<string, string> = {}
  reviewComments: StoredReviewComment[] = []
  /** The reviews posted, each with the comments it carried. */
  reviews: RequestBody[] = []
  refuseWrites = false
  /** Comment bodies longer than this (in characters) get a 422 "Body is too long". */
  maxBodyChars = Infinity
  url = ''
  private readonly faults = new Map<string, Fault[]>()
  private readonly server = http.createServer((request, response) => this.handle(request, response))

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  reset(): void {
    this.requests.length = 0
    this.comments = []
    this.pullFiles = []
    this.patches = {}
    this.reviewComments = []
    this.reviews = []
    this.refuseWrites = false
    this.maxBodyChars = Infinity
    this.faults.clear()
  }

  /** The next requests to `route` get these answers, one each, before the normal answers resume. */
  fail(route: string, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults])
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    let text = ''
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')))
    request.on('end', () => {
      const url = new URL(request.url!, this.url)
      const body = text ? JSON.parse(text) : undefined
      this.requests.push({
        method: request.method!,
        path: url.pathname + url.search,
        authorization: request.headers.authorization,
        body,
      })
      const reply = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        response.end(JSON.stringify(data))
      }
      const route = `${request.method} ${url.pathname}`
      const fault = this.faults.get(route)?.shift()
      if (fault && 'status' in fault) return reply(fault.status, fault.data)
      if (fault) return fault.stall()
      this.answer(route, url, body, reply)
    })
  }

  /** One page of `items` as GitHub pages lists: `per_page` (default 30) and `page`, with a Link header to the next and last pages. */
  private replyPage(
    listPath: string,
    items: readonly unknown[],
    url: URL,
    reply: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const pages = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number): string => `${this.url}${listPath}?per_page=${perPage}&page=${n}`
    const headers: Record<string, string> =
      page < pages ? { link: `<${link(page + 1)}>; rel="next", <${link(pages)}>; rel="last"` } : {}
    reply(200, items.slice((page - 1) * perPage, page * perPage), headers)
  }

  private answer(
    route: string,
    url: URL,
    body: RequestBody | undefined,
    reply: (status: number, data: unknown, headers?: Record<string, string>) => void,
  ): void {
    const forbidden = (): void =>
      reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments',
        status: '403',
      })
    const tooLong = (): boolean => (body?.body ?? '').length > this.maxBodyChars
    if (route === 'POST /graphql') return reply(200, { data: { viewer: { login: BOT.login } } })
    if (route === `GET ${COMMENTS_PATH}`) return this.replyPage(COMMENTS_PATH, this.comments, url, reply)
    if (route === `GET ${PULL_FILES_PATH}`) {
      const files = this.pullFiles.map((filename, i) => ({
        sha: `${i}`.padStart(40, '0'),
        filename,
        status: 'modified',
        additions: 1,
        deletions: 1,
        changes: 2,
        ...(this.patches[filename] !== undefined ? { patch: this.patches[filename] } : {}),
      }))
      return this.replyPage(PULL_FILES_PATH, files, url, reply)
    }
    if (route === `GET ${REVIEW_COMMENTS_PATH}`)
      return this.replyPage(REVIEW_COMMENTS_PATH, this.reviewComments, url, reply)
    if (route === `POST ${REVIEWS_PATH}`) {
      if (this.refuseWrites) return forbidden()
      this.reviews.push(body!)
      for (const c of body!.comments ?? [])
        this.reviewComments.push({
          id: 1000 + this.reviewComments.length,
          path: c.path,
          line: c.line,
          body: c.body,
          user: BOT,
        })
      return reply(200, { id: this.reviews.length, state: 'COMMENTED' })
    }
    const reviewEdit = /^PATCH \/repos\/octo-org\/infra\/pulls\/comments\/(\d+)$/.exec(route)
    const reviewComment = reviewEdit && this.reviewComments.find((c) => c.id === Number(reviewEdit[1]))
    if (reviewComment) {
      if (this.refuseWrites) return forbidden()
      reviewComment.body = body!.body!
      return reply(200, reviewComment)
    }
    if (route === `POST ${COMMENTS_PATH}`) {
      if (this.refuseWrites) return forbidden()
      if (tooLong()) return reply(422, BODY_TOO_LONG)
      const comment = { id: this.comments.length + 1, body: body!.body!, user: BOT }
      this.comments.push(comment)
      return reply(201, comment)
    }
    const update = /^PATCH \/repos\/octo-org\/infra\/issues\/comments\/(\d+)$/.exec(route)
    const existing = update && this.comments.find((c) => c.id === Number(update[1]))
    if (existing) {
      if (this.refuseWrites) return forbidden()
      if (tooLong()) return reply(422, BODY_TOO_LONG)
      existing.body = body!.body!
      return reply(200, existing)
    }
    reply(404, { message: 'Not Found' })
  }
}
