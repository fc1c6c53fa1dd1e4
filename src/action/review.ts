import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ChangedLines, Finding } from '../findings.js'
import { ownedBy, tokenLogin, type PullRequest } from './comment.js'
import type { Octokit } from './ports.js'
import {
  mechanicalSuggestion,
  SUGGESTION_MARKER,
  suggestionBody,
  WITHDRAWN_BODY,
  type Suggestion,
} from './suggestions.js'

export interface ReviewOutcome {
  /** Suggestions posted in this run's review. */
  created: number
  /** Suggestions an earlier run posted on the same line, edited to this run's change. */
  updated: number
  /** Suggestions an earlier run posted that this run does not make any more, edited to say so. */
  withdrawn: number
  unchanged: number
}

interface ReviewComment {
  id: number
  path: string
  /** Null once the line changed after the comment: GitHub shows it as outdated. */
  line?: number | null
  body: string
  user?: { login: string } | null
}

/**
 * Suggests the mechanical fixes of the findings as one review of the pull request, each a review comment with
 * a suggestion block on a line the pull request changed. A later run edits its earlier comments instead of
 * repeating them, and withdraws those it no longer makes, also when it has nothing to suggest at all; it posts
 * a review only for what is new. A run with nothing to suggest and nothing to withdraw makes one request (the
 * listing of review comments) and gives null.
 * `workspace` holds the files at the pull request's head, which the findings' paths are relative to;
 * `pullChanges` gives the lines the pull request adds, by path from the repository root (GitHub's diff,
 * where it accepts suggestions), asked only when there is something to suggest.
 */
export async function publishSuggestions(
  octokit: Octokit,
  pr: PullRequest & { headSha: string },
  findings: readonly Finding[],
  workspace: string,
  pullChanges: () => Promise<ChangedLines>,
): Promise<ReviewOutcome | null> {
  const candidates = mechanicalSuggestions(findings, workspace)
  const listed: ReviewComment[] = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })
  // Those GitHub shows as outdated (their line changed since) need nothing more.
  const marked = listed.filter((c) => c.line != null && c.body.split('\n', 1)[0].trim() === SUGGESTION_MARKER)
  const standing = marked.filter((c) => c.body.trim() !== WITHDRAWN_BODY)
  if (candidates.length === 0 && standing.length === 0) return null
  const changed: ChangedLines = candidates.length > 0 ? await pullChanges() : new Map()
  const wanted = candidates.filter((s) => changed.get(s.file)?.some(([from, to]) => from <= s.line && s.line <= to))
  // Anyone can paste the marker: only the token's own comments are ours to edit.
  const login = marked.length > 0 ? await tokenLogin(octokit) : ''
  const earlier = marked.filter((c) => ownedBy(c, SUGGESTION_MARKER, login))

  const outcome: ReviewOutcome = { created: 0, updated: 0, withdrawn: 0, unchanged: 0 }
  const edit = (comment: ReviewComment, body: string): Promise<unknown> =>
    octokit.rest.pulls.updateReviewComment({ owner: pr.owner, repo: pr.repo, comment_id: comment.id, body })
  const fresh: { path: string; line: number; side: 'RIGHT'; body: string }[] = []
  for (const suggestion of wanted) {
    const body = suggestionBody(suggestion)
    const same = earlier.find((c) => c.path === suggestion.file && c.line === suggestion.line)
    if (!same) fresh.push({ path: suggestion.file, line: suggestion.line, side: 'RIGHT', body })
    else if (same.body.trim() === body.trim()) outcome.unchanged++
    else {
      await edit(same, body)
      outcome.updated++
    }
  }
  for (const comment of earlier) {
    const kept = wanted.some((s) => s.file === comment.path && s.line === comment.line)
    if (kept || comment.body.trim() === WITHDRAWN_BODY) continue
    await edit(comment, WITHDRAWN_BODY)
    outcome.withdrawn++
  }
  if (fresh.length > 0) {
    await octokit.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: 'COMMENT',
      body: `cfn-kms-check suggests ${fresh.length === 1 ? 'a change' : `${fresh.length} changes`} that fix its findings; each can be committed from its comment.`,
      comments: fresh,
    })
    outcome.created = fresh.length
  }
  return outcome
}

/** One suggestion per line at most: the first finding's, in the order the findings come. */
function mechanicalSuggestions(findings: readonly Finding[], workspace: string): Suggestion[] {
  const texts = new Map<string, string[] | null>()
  const linesOf = (file: string): string[] | null => {
    if (!texts.has(file)) texts.set(file, readLines(path.join(workspace, file)))
    return texts.get(file)!
  }
  const found: Suggestion[] = []
  for (const finding of findings) {
    const lines = linesOf(finding.file)
    const suggestion = lines && mechanicalSuggestion(finding, lines)
    if (!suggestion || found.some((s) => s.file === suggestion.file && s.line === suggestion.line)) continue
    found.push(suggestion)
  }
  return found
}

function readLines(file: string): string[] | null {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)
  } catch {
    return null
  }
}
