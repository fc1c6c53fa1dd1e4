import {
  evaluateDecrypt,
  evaluateFullAccess,
  type DecryptEvaluation,
  type EvaluationOptions,
  type FullAccessEvaluation,
  type GrantScope,
} from './evaluate.js'
import { UNKNOWN, type Policy, type Statement } from './policy.js'

export type Verdict = 'fail' | 'pass' | 'unknown'

export interface DecryptJudgement {
  verdict: Verdict
  /** The scope both worlds agree on at least: the certain one (optimistic world) unless unknown. */
  scope: GrantScope
  /** What the policy grants in the world the report is about: the certain one, or the pessimistic one when unknown. */
  result: DecryptEvaluation
}

export interface FullAccessJudgement {
  verdict: Verdict
  result: FullAccessEvaluation
}

/**
 * Judges a policy whose strings may hold UNKNOWN (docs/semantics.md): once with every unknown read as the
 * worst value for the principal's access, once as the best. Agreeing worlds give a verdict; disagreeing
 * ones give `unknown`, which is reported, never passed silently.
 */
export function judgeDecrypt(policy: Policy, options: EvaluationOptions): DecryptJudgement {
  const boundary = options.boundary
  if (!mentionsUnknown(policy) && !(boundary && mentionsUnknown(boundary))) {
    const result = evaluateDecrypt(policy, options)
    return { verdict: failing(result.scope) ? 'fail' : 'pass', scope: result.scope, result }
  }
  // A permissions boundary's Allow widens what the principal may do just as an identity policy's does.
  const inBoth = (world: 'pessimistic' | 'optimistic'): EvaluationOptions =>
    boundary ? { ...options, boundary: inWorld(boundary, world) } : options
  const worst = evaluateDecrypt(inWorld(policy, 'pessimistic'), inBoth('pessimistic'))
  const best = evaluateDecrypt(inWorld(policy, 'optimistic'), inBoth('optimistic'))
  if (failing(worst.scope) === failing(best.scope)) {
    return { verdict: failing(best.scope) ? 'fail' : 'pass', scope: best.scope, result: best }
  }
  return { verdict: 'unknown', scope: worst.scope, result: worst }
}

export function judgeFullAccess(policy: Policy, options: EvaluationOptions): FullAccessJudgement {
  if (!mentionsUnknown(policy)) {
    const result = evaluateFullAccess(policy, options)
    return { verdict: result.full ? 'fail' : 'pass', result }
  }
  const worst = evaluateFullAccess(inWorld(policy, 'pessimistic'), options)
  const best = evaluateFullAccess(inWorld(policy, 'optimistic'), options)
  if (worst.full === best.full) return { verdict: best.full ? 'fail' : 'pass', result: best }
  return { verdict: 'unknown', result: worst }
}

export function failing(scope: GrantScope): boolean {
  return scope === 'all-keys' || scope === 'any-account'
}

/** String methods are called through this, for the reason given in glob.ts: patterns are strings of many kinds. */
const STRING = String.prototype

/** A literal that no ARN or action contains: an unknown that matches nothing. */
const NOTHING = '\uE0FF'

/**
 * The pessimistic world reads an unknown in an Allow as `*` and in a Deny as matching nothing;
 * the optimistic world the reverse. An unknown Effect is an Allow in the first and a Deny in the second.
 */
export function inWorld(policy: Policy, world: 'pessimistic' | 'optimistic'): Policy {
  const statements = policy.statements.map((s): Statement => {
    const effect = s.effect === 'Unknown' ? (world === 'pessimistic' ? 'Allow' : 'Deny') : s.effect
    const widen = (effect === 'Allow') === (world === 'pessimistic')
    const fill = (list: string[] | null): string[] | null =>
      list && list.map((v) => v.split(UNKNOWN).join(widen ? '*' : NOTHING))
    // In NotAction/NotResource a wildcard excludes, so the widening value is the one that matches nothing.
    const fillNot = (list: string[] | null): string[] | null =>
      list && list.map((v) => v.split(UNKNOWN).join(widen ? NOTHING : '*'))
    return {
      ...s,
      effect,
      action: fill(s.action),
      notAction: fillNot(s.notAction),
      resource: fill(s.resource),
      notResource: fillNot(s.notResource),
    }
  })
  return { ...policy, statements }
}

/** Plain loops: asked twice of every policy variant judged, and nearly always false. */
function mentionsUnknown(policy: Policy): boolean {
  const statements = policy.statements
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]
    if (
      s.effect === 'Unknown' ||
      unknownIn(s.action) ||
      unknownIn(s.notAction) ||
      unknownIn(s.resource) ||
      unknownIn(s.notResource)
    )
      return true
  }
  return false
}

function unknownIn(list: string[] | null): boolean {
  if (list === null) return false
  for (let i = 0; i < list.length; i++) if (STRING.includes.call(list[i], UNKNOWN)) return true
  return false
}
