/**
 * IAM wildcard matching (src/iam/glob.ts) against a reference built from a regular expression: `*` any run
 * of characters, `?` exactly one, everything else literal. Patterns with one trailing `*` take a shortcut
 * (a prefix test), and a trailing `*` after others ends the match at once; the reference checks every path
 * on the same pools.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { globMatch } from '../../src/iam/glob.js'

function reference(pattern: string, text: string): boolean {
  const source = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('')
  return new RegExp(`^${source}$`, 's').test(text)
}

const piece = fc.constantFrom('a', 'b', ':', '/', '*', '?', 'kms', 'arn:aws:', '\uF000', '[', '.')

describe('globMatch', () => {
  it('agrees with a regular expression on patterns with and without a trailing star', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(piece, { maxLength: 8 }), (p, t) => {
        const text = t.join('').replace(/[*?]/g, 'x')
        for (const pattern of [p.join(''), `${p.join('')}*`])
          expect(globMatch(pattern, text)).toBe(reference(pattern, text))
      }),
      { seed: 20_261_201, numRuns: 2000 },
    )
  })

  it.each([
    ['*', '', true],
    ['*', 'arn:aws:kms:us-east-1:111122223333:key/x', true],
    ['kms:*', 'kms:decrypt', true],
    ['kms:*', 'kms', false],
    ['kms:*', 'kms:', true],
    ['arn:aws:kms:*', 'arn:aws:s3:::b', false],
    ['a?*', 'a', false],
    ['a?*', 'ab', true],
    ['**', '', true],
    ['arn:aws:kms:*:*:key/*', 'arn:aws:kms:us-east-1:111122223333:key/x', true],
    ['arn:aws:kms:*:*:key/*', 'arn:aws:kms:us-east-1:111122223333:alias/x', false],
    ['a*b*', 'ab', true],
    ['a*b*', 'a', false],
    ['', 'a', false],
    ['', '', true],
  ] as const)('%s against %s is %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected)
  })
})
