/**
 * Property tests of the IAM engine (semantics.md 1.2-1.5 and (a)): random policies built from pools of
 * actions, key ARNs, wildcard ARNs, alias ARNs and conditions. Fixed seed and a bounded number of runs, so
 * the suite is deterministic and quick; a failure prints the shrunk counterexample and the seed.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { BLOCKED_ACTIONS } from '../../src/iam/actions.js'
import {
  actionIn,
  evaluateDecrypt,
  evaluateFullAccess,
  rank,
  resourceIn,
  type EvaluationOptions,
  type GrantScope,
} from '../../src/iam/evaluate.js'
import { failing, judgeDecrypt, judgeFullAccess } from '../../src/iam/judge.js'
import { normalizePolicy, UNKNOWN, type Policy, type StatementMemo } from '../../src/iam/policy.js'

const OPTIONS: EvaluationOptions = { partition: 'aws' }
const RUNS = { seed: 20_240_606, numRuns: 300 }

// ---- Pools and generators.

const ACTIONS = [
  'kms:Decrypt',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'KMS:DECRYPT',
  'kms:*',
  'kms:De*',
  'kms:?ecrypt',
  'kms:ReEncrypt*',
  '*',
  's3:*',
  's3:GetObject',
]
const RESOURCES = [
  'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  'arn:aws:kms:eu-west-1:444455556666:key/mrk-0123456789abcdef0123456789abcdef',
  'arn:aws:kms:us-east-1:111122223333:key/*',
  'arn:aws:kms:*:111122223333:key/*',
  'arn:aws:kms:us-east-1:*:key/*',
  'arn:aws:kms:*:*:key/*',
  'arn:aws:kms:*:*:key/mrk-*',
  'arn:aws:kms:*:1111*:key/*',
  'arn:aws:kms:*',
  'arn:*:kms:*:*:*',
  'arn:aws:kms:us-east-1:111122223333:alias/app',
  'arn:aws:kms:*:*:alias/*',
  'arn:aws:s3:::bucket/*',
  '*',
]
const CONDITIONS = [
  { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
  { Bool: { 'aws:SecureTransport': 'true' } },
]

type Json = Record<string, unknown>
type Value = string | string[]

/** A string, or a list of 1-3 distinct strings, from the pool. */
const stringOrList = (pool: readonly string[]): fc.Arbitrary<Value> =>
  fc.oneof(fc.constantFrom(...pool), fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 3 }))

/** One well-formed statement: Allow or Deny; Action or (less often) NotAction; Resource or NotResource; maybe a Condition. */
const statementArb = (effect?: 'Allow' | 'Deny'): fc.Arbitrary<Json> =>
  fc
    .record({
      effect: effect ? fc.constant(effect) : fc.constantFrom('Allow', 'Deny'),
      notAction: fc.constantFrom(false, false, false, true),
      notResource: fc.constantFrom(false, false, false, true),
      action: stringOrList(ACTIONS),
      resource: stringOrList(RESOURCES),
      condition: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined, freq: 3 }),
    })
    .map(({ effect: e, notAction, notResource, action, resource, condition }) => ({
      Effect: e,
      [notAction ? 'NotAction' : 'Action']: action,
      [notResource ? 'NotResource' : 'Resource']: resource,
      ...(condition ? { Condition: condition } : {}),
    }))

const statementsArb = fc.array(statementArb(), { minLength: 1, maxLength: 5 })
const doc = (statements: unknown): Json => ({ Version: '2012-10-17', Statement: statements })

/** Sort keys for a permutation: any list of numbers orders any list of items deterministically. */
const keysArb = fc.array(fc.integer(), { minLength: 6, maxLength: 6 })
function permute<T>(items: readonly T[], keys: readonly number[], salt = 0): T[] {
  return items
    .map((item, i) => ({ item, key: keys[(i + salt) % keys.length] * 31 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item)
}

// ---- Counterexamples found with other seeds, replayed on every run (fast-check `examples`).

const KEY = RESOURCES[0]
/**
 * Allow on us-east-1 keys of any account (or on "*"), and a Deny of everything outside `arn:aws:kms:us-east-1:*:key/*`:
 * both leave every us-east-1 key of every account open (any-account). With the Allow widened to "*" the engine
 * only probes `arn:aws:kms:F:F:key/F...` (region F), which the Deny covers, and reports nothing.
 */
const CARVED_BY_DENY: Json[] = [
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: [KEY] },
  { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: ['arn:aws:kms:us-east-1:*:key/*', KEY] },
  { Effect: 'Deny', Action: ['kms:Decrypt'], NotResource: 'arn:aws:kms:us-east-1:*:key/*' },
]
/** The same shape with the key part carved: kms:* on mrk-* keys of any account survives a Deny of all but mrk-* keys. */
const CARVED_MRK: Json[] = [
  { Effect: 'Deny', NotAction: ['kms:Decrypt'], NotResource: ['arn:aws:kms:*:*:key/mrk-*'] },
  { Effect: 'Allow', Action: 'kms:Decrypt', Resource: [KEY] },
  { Effect: 'Allow', Action: 'kms:*', Resource: ['arn:aws:kms:*:*:key/mrk-*', KEY] },
  { Effect: 'Deny', Action: ['kms:Decrypt'], Resource: ['*', KEY] },
]
/** Every key of account 111122223333 (account-wide), once through its own pattern, once as "*" minus the rest. */
const CARVED_ACCOUNT: Json[] = [
  { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: 'arn:aws:kms:*:111122223333:key/*' },
  { Effect: 'Deny', Action: ['kms:Decrypt'], NotResource: 'arn:aws:kms:*:111122223333:key/*' },
]
const WIDENING_EXAMPLES: [Json[], number, number][] = [
  [CARVED_BY_DENY, 1, 0],
  [CARVED_MRK, 1, 0],
  [CARVED_ACCOUNT, 0, 0],
]
const SOUNDNESS_EXAMPLES: [Json[], string[]][] = [
  [CARVED_BY_DENY, ['none', 'resource', 'none', 'none', 'none']],
  [CARVED_MRK, ['none', 'none', 'resource', 'none', 'none']],
]

// ---- What a policy comes to.

function normalized(document: unknown): Policy {
  return normalizePolicy(document).policy
}

interface Verdicts {
  scope: GrantScope
  /** The scope of each blocked action (scoped when it has no grant). */
  perAction: Record<string, GrantScope>
  full: boolean
}

function verdicts(document: unknown): Verdicts {
  const policy = normalized(document)
  const decrypt = evaluateDecrypt(policy, OPTIONS)
  const perAction = Object.fromEntries(
    BLOCKED_ACTIONS.map((a) => [a, decrypt.grants.find((g) => g.action === a)?.scope ?? 'scoped']),
  )
  return { scope: decrypt.scope, perAction, full: evaluateFullAccess(policy, OPTIONS).full }
}

/** The statement list with `extra` inserted at a position chosen by `at`. */
function insert(statements: readonly Json[], extra: Json, at: number): Json[] {
  const i = at % (statements.length + 1)
  return [...statements.slice(0, i), extra, ...statements.slice(i)]
}

/** Rewrites each Action/NotAction/Resource/NotResource: strings become one-element lists and vice versa. */
function flipForms(statement: Json): Json {
  const out: Json = { ...statement }
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    const v = statement[key]
    if (typeof v === 'string') out[key] = [v]
    else if (Array.isArray(v) && v.length === 1) out[key] = v[0]
  }
  return out
}

function shuffleLists(statement: Json, keys: readonly number[], salt: number): Json {
  const out: Json = { ...statement }
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) {
    const v = statement[key]
    if (Array.isArray(v)) out[key] = permute(v, keys, salt + key.length)
  }
  return out
}

// =====================================================================================================

describe('IAM engine properties (fast-check, fixed seed)', () => {
  it('evaluation never throws on well-formed policies, with or without unknowns', () => {
    fc.assert(
      fc.property(statementsArb, hideArb, (statements, hide) => {
        const withUnknowns = statements.map((s, i) => hideValue(s, hide[i]))
        for (const document of [doc(statements), doc(withUnknowns), doc(statements[0]), UNKNOWN]) {
          const policy = normalized(document)
          evaluateDecrypt(policy, OPTIONS)
          evaluateFullAccess(policy, OPTIONS)
          judgeDecrypt(policy, OPTIONS)
          judgeFullAccess(policy, OPTIONS)
        }
      }),
      RUNS,
    )
  })

  it('evaluation never throws on arbitrary JSON where a policy, a statement or an element should be', () => {
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        '*',
        '**',
        '?',
        'kms:',
        ':',
        'arn:',
        'arn:aws:kms:*:*:key/*?*',
        UNKNOWN,
        `kms:${UNKNOWN}`,
        '${aws:username}',
        '${*}',
      ),
    )
    const statementJunk = fc.record(
      {
        Effect: fc.oneof(fc.constantFrom('Allow', 'Deny', 'allow', ' DENY ', UNKNOWN), junk),
        Action: fc.oneof(stringOrList(ACTIONS), junk, fc.array(junk, { maxLength: 3 })),
        Resource: fc.oneof(stringOrList(RESOURCES), junk, fc.array(junk, { maxLength: 3 })),
        NotResource: junk,
        Condition: junk,
      },
      { requiredKeys: [] },
    )
    const documentJunk = fc.oneof(
      junk,
      fc.record(
        {
          Version: fc.oneof(fc.constant('2012-10-17'), junk),
          Statement: fc.oneof(junk, statementJunk, fc.array(fc.oneof(statementJunk, junk), { maxLength: 4 })),
        },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(documentJunk, (document) => {
        const policy = normalized(document)
        evaluateDecrypt(policy, OPTIONS)
        evaluateFullAccess(policy, OPTIONS)
        judgeDecrypt(policy, OPTIONS)
        judgeFullAccess(policy, OPTIONS)
      }),
      RUNS,
    )
  })

  it('adding a Deny never makes the decrypt scope worse and never adds a full-access verdict', () => {
    fc.assert(
      fc.property(statementsArb, statementArb('Deny'), fc.nat(), (statements, deny, at) => {
        const before = verdicts(doc(statements))
        const after = verdicts(doc(insert(statements, deny, at)))
        for (const action of BLOCKED_ACTIONS)
          expect(rank(after.perAction[action])).toBeGreaterThanOrEqual(rank(before.perAction[action]))
        expect(rank(after.scope)).toBeGreaterThanOrEqual(rank(before.scope))
        if (!before.full) expect(after.full).toBe(false)
      }),
      RUNS,
    )
  })

  it('adding an Allow never makes the decrypt scope better and never removes a full-access verdict', () => {
    fc.assert(
      fc.property(statementsArb, statementArb('Allow'), fc.nat(), (statements, allow, at) => {
        const before = verdicts(doc(statements))
        const after = verdicts(doc(insert(statements, allow, at)))
        for (const action of BLOCKED_ACTIONS)
          expect(rank(after.perAction[action])).toBeLessThanOrEqual(rank(before.perAction[action]))
        expect(rank(after.scope)).toBeLessThanOrEqual(rank(before.scope))
        if (before.full) expect(after.full).toBe(true)
      }),
      RUNS,
    )
  })

  it('widening one Resource element of an Allow to "*" never makes the decrypt scope better', () => {
    fc.assert(
      fc.property(statementsArb, fc.nat(), fc.nat(), (statements, which, element) => {
        const widenable = statements
          .map((s, i) => [s, i] as const)
          .filter(([s]) => s['Effect'] === 'Allow' && 'Resource' in s)
        fc.pre(widenable.length > 0)
        const [target, index] = widenable[which % widenable.length]
        const resource = target['Resource'] as Value
        const widened =
          typeof resource === 'string' ? '*' : resource.map((r, i) => (i === element % resource.length ? '*' : r))
        const before = verdicts(doc(statements))
        const after = verdicts(doc(statements.map((s, i) => (i === index ? { ...s, Resource: widened } : s))))
        for (const action of BLOCKED_ACTIONS) {
          expect({ action, widened: rank(after.perAction[action]) <= rank(before.perAction[action]) }).toEqual({
            action,
            widened: true,
          })
        }
      }),
      { ...RUNS, examples: WIDENING_EXAMPLES },
    )
  })

  it('the order of statements does not matter', () => {
    fc.assert(
      fc.property(statementsArb, keysArb, (statements, keys) => {
        expect(verdicts(doc(permute(statements, keys)))).toEqual(verdicts(doc(statements)))
      }),
      RUNS,
    )
  })

  it('the order inside Action, NotAction, Resource and NotResource lists does not matter', () => {
    fc.assert(
      fc.property(statementsArb, keysArb, (statements, keys) => {
        expect(verdicts(doc(statements.map((s, i) => shuffleLists(s, keys, i))))).toEqual(verdicts(doc(statements)))
      }),
      RUNS,
    )
  })

  it('a string and a one-element list are the same; so are a lone Statement object and a one-element Statement list', () => {
    fc.assert(
      fc.property(statementsArb, (statements) => {
        expect(verdicts(doc(statements.map(flipForms)))).toEqual(verdicts(doc(statements)))
        expect(verdicts(doc(statements[0]))).toEqual(verdicts(doc([statements[0]])))
      }),
      RUNS,
    )
  })

  it('variants of a document normalised through one memo (as the scan does) come out as each alone, policy variables included', () => {
    // A statement with a policy variable gets a placeholder that depends on the statements before it.
    const withVariable = fc.constantFrom<Json>(
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:*:111122223333:key/${aws:username}' },
      { Effect: 'Allow', Action: 'kms:*', Resource: ['arn:aws:kms:*:*:key/${aws:PrincipalTag/team}-*', KEY] },
    )
    const variantArb = fc.array(fc.oneof(fc.nat(), statementArb(), withVariable), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(statementsArb, fc.array(variantArb, { minLength: 1, maxLength: 3 }), (shared, variants) => {
        // A number picks one of the shared statement objects, as the resolver reuses unchanged statements.
        const documents = variants.map((picks) =>
          doc(picks.map((p) => (typeof p === 'number' ? shared[p % shared.length] : p))),
        )
        const memo: StatementMemo = new Map()
        for (const document of documents) expect(normalizePolicy(document, memo)).toEqual(normalizePolicy(document))
      }),
      RUNS,
    )
  })

  it('every grant has a witness, a realistic key ARN, and a direct evaluation allows the action on it', () => {
    const KEY_ARN =
      /^arn:aws:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/(mrk-[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/
    fc.assert(
      fc.property(statementsArb, (statements) => {
        const policy = normalized(doc(statements))
        for (const grant of evaluateDecrypt(policy, OPTIONS).grants) {
          expect(grant.witness).toMatch(KEY_ARN)
          const witness = grant.witness!
          const allows = policy.statements.filter(
            (s) => s.effect === 'Allow' && actionIn(s, grant.action) && resourceIn(s, witness),
          )
          const denies = policy.statements.filter(
            (s) =>
              s.effect === 'Deny' &&
              s.conditionKeys.length === 0 &&
              actionIn(s, grant.action) &&
              resourceIn(s, witness),
          )
          expect({ witness, allowed: allows.length > 0, deniedBy: denies.map((d) => d.index) }).toEqual({
            witness,
            allowed: true,
            deniedBy: [],
          })
          // The statement the grant names is one of those that let the witness through.
          expect(allows.map((s) => s.index)).toContain(grant.statement)
        }
      }),
      RUNS,
    )
  })

  it('the two-world judgement is sound: a pass or fail verdict with unknowns holds for the concrete values behind them', () => {
    // The concrete policy is one way of filling the unknowns, so it must agree with any certain verdict.
    fc.assert(
      fc.property(statementsArb, hideArb, (statements, hide) => {
        const hidden = statements.map((s, i) => hideValue(s, hide[i]))
        const concrete = normalized(doc(statements))
        const unknown = normalized(doc(hidden))
        const decrypt = judgeDecrypt(unknown, OPTIONS)
        const actual = failing(evaluateDecrypt(concrete, OPTIONS).scope)
        if (decrypt.verdict !== 'unknown')
          expect({ judged: decrypt.verdict, concreteFails: actual }).toEqual({
            judged: decrypt.verdict,
            concreteFails: decrypt.verdict === 'fail',
          })
        const full = judgeFullAccess(unknown, OPTIONS)
        const actualFull = evaluateFullAccess(concrete, OPTIONS).full
        if (full.verdict !== 'unknown')
          expect({ judged: full.verdict, concreteFull: actualFull }).toEqual({
            judged: full.verdict,
            concreteFull: full.verdict === 'fail',
          })
      }),
      { ...RUNS, examples: SOUNDNESS_EXAMPLES },
    )
  })
})

/** Per statement, which whole value to hide behind UNKNOWN: the Effect, or one element of Action/NotAction or Resource/NotResource. */
const hideArb = fc.array(fc.constantFrom('none', 'none', 'none', 'effect', 'action', 'resource'), {
  minLength: 5,
  maxLength: 5,
})

function hideValue(statement: Json, what: string): Json {
  if (what === 'none') return statement
  if (what === 'effect') return { ...statement, Effect: UNKNOWN }
  const key = (what === 'action' ? ['Action', 'NotAction'] : ['Resource', 'NotResource']).find((k) => k in statement)!
  const v = statement[key] as Value
  return { ...statement, [key]: typeof v === 'string' ? UNKNOWN : [UNKNOWN, ...v.slice(1)] }
}

describe('the counterexamples above, as plain cases', () => {
  const allowAllBut = (kept: string, action = 'kms:Decrypt'): Json =>
    doc([
      { Effect: 'Allow', Action: action, Resource: '*' },
      { Effect: 'Deny', Action: action, NotResource: kept },
    ])

  it('Allow on "*" with a Deny of everything outside us-east-1 keys of any account is any-account, like Allow on those keys', () => {
    expect(
      verdicts(doc([{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:*:key/*' }])).scope,
    ).toBe('any-account')
    expect(verdicts(allowAllBut('arn:aws:kms:us-east-1:*:key/*')).scope).toBe('any-account')
  })

  it('Allow on "*" with a Deny of everything but multi-Region keys is any-account', () => {
    expect(verdicts(allowAllBut('arn:aws:kms:*:*:key/mrk-*')).scope).toBe('any-account')
  })

  it('Allow on "*" with a Deny of everything outside one account is account-wide', () => {
    expect(verdicts(allowAllBut('arn:aws:kms:*:111122223333:key/*')).scope).toBe('account-wide')
  })
})
