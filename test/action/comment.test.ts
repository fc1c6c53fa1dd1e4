import { describe, expect, it } from '@jest/globals'
import { isOwnComment } from '../../src/action/comment.js'
import { COMMENT_MARKER } from '../../src/report/markdown.js'

const bot = { login: 'github-actions[bot]' }
const body = `${COMMENT_MARKER}\n\n### ✅ cfn-kms-check: no findings`

describe('isOwnComment', () => {
  it('matches the marker on the first line by the token account, with or without the [bot] suffix', () => {
    expect(isOwnComment({ id: 1, body, user: bot }, 'github-actions[bot]')).toBe(true)
    expect(isOwnComment({ id: 1, body, user: bot }, 'github-actions')).toBe(true)
  })

  it('ignores the marker from someone else, or anywhere but the first line', () => {
    expect(isOwnComment({ id: 1, body, user: { login: 'mallory' } }, 'github-actions')).toBe(false)
    expect(isOwnComment({ id: 1, body: `Quoting:\n${body}`, user: bot }, 'github-actions')).toBe(false)
    expect(isOwnComment({ id: 1, body: null, user: bot }, 'github-actions')).toBe(false)
    expect(isOwnComment({ id: 1, body, user: null }, 'github-actions')).toBe(false)
  })
})
