import type { getOctokit } from '@actions/github'
import { COMMENT_MARKER } from '../report/markdown.js'

type Octokit = ReturnType<typeof getOctokit>

export interface PullRequest {
  owner: string
  repo: string
  number: number
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'not needed'

interface IssueComment {
  id: number
  body?: string | null
  user?: { login: string } | null
}

/**
 * Keeps exactly one comment of this action on the pull request: the one whose first line is the marker and
 * whose author is the token's own account is updated in place; a new one is made only when there is none and
 * `createIfMissing` says so. Searches every page of comments, since a busy PR has more than one.
 */
export async function publishComment(
  octokit: Octokit,
  pr: PullRequest,
  body: string,
  createIfMissing: boolean,
): Promise<CommentOutcome> {
  const login = await tokenLogin(octokit)
  let own: IssueComment | undefined
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  })
  for await (const page of pages) {
    // The newest match wins if an older run ever left two.
    own = page.data.filter((c) => isOwnComment(c, login)).at(-1) ?? own
  }
  if (own) {
    if (own.body?.trim() === body.trim()) return 'unchanged'
    await octokit.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: own.id, body })
    return 'updated'
  }
  if (!createIfMissing) return 'not needed'
  await octokit.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body })
  return 'created'
}

/**
 * Marker and author must both match: anyone can paste the marker into a comment, and updating theirs would
 * fail (or worse, keep their text beside ours).
 */
export function isOwnComment(comment: IssueComment, login: string): boolean {
  return ownedBy(comment, COMMENT_MARKER, login)
}

/** A comment of this action's kind (its first line is `marker`) written by the token's account. */
export function ownedBy(comment: Omit<IssueComment, 'id'>, marker: string, login: string): boolean {
  const firstLine = (comment.body ?? '').split('\n', 1)[0].trim()
  return firstLine === marker && comment.user != null && botless(comment.user.login) === botless(login)
}

/**
 * The account behind the token. GraphQL `viewer` answers for installation tokens such as GITHUB_TOKEN, which
 * REST `GET /user` refuses; it names bots without the `[bot]` suffix that REST comment authors carry.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  const { viewer } = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
  return viewer.login
}

function botless(login: string): string {
  return login.replace(/\[bot\]$/, '').toLowerCase()
}
