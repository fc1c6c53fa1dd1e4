/**
 * decisions.md: a parameter's AllowedPattern is a constraint, decided exactly on the regular expression
 * (an automaton, never sampled strings): if no value it admits holds `*` or `?`, the parameter names
 * specific resources only. CloudFormation matches the whole value, in Java regex syntax.
 */
import { describe, expect, it } from '@jest/globals'
import { admitsNoWildcard } from '../../src/cfn/allowed-pattern.js'

describe('AllowedPattern: does any value it admits hold an IAM wildcard?', () => {
  it.each([
    ['^[0-9]{12}$', 'twelve digits (an account id)'],
    ['[0-9]{12}', 'the same without anchors: CloudFormation matches the whole value'],
    ['arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/(mrk-)?[a-f0-9-]+', 'concrete key ARNs'],
    ['^[^*?]+$', 'a class that excludes both wildcards'],
    ['[\\w-]+', 'word characters and dashes'],
    ['(dev|test|prod)', 'a few names'],
  ])('%s admits no wildcard (%s)', (pattern) => {
    expect(admitsNoWildcard(pattern)).toBe(true)
  })

  it.each([
    ['.*', 'anything'],
    ['arn:aws:kms:.+', 'anything after a prefix'],
    ['^[a-z*]+$', 'a class holding *'],
    ['[^\\s]+', 'every character but white space'],
    ['key/\\?', 'an escaped ?, which is the character itself'],
  ])('%s admits a wildcard (%s)', (pattern) => {
    expect(admitsNoWildcard(pattern)).toBe(false)
  })

  it.each([
    ['\\p{Punct}+', 'a Java character class JavaScript does not know'],
    ['\\Q*\\E', 'Java quoting'],
    ['\\A[0-9]+', "Java's start of input"],
    ['[a-z&&[^x]]+', 'Java class intersection'],
    ['[0-9', 'not a regular expression at all'],
  ])('%s proves nothing (%s): read as possibly a wildcard', (pattern) => {
    expect(admitsNoWildcard(pattern)).toBe(false)
  })
})
