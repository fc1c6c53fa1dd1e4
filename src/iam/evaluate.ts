import { actionMatches, BLOCKED_ACTIONS, KMS_ACTIONS, kmsActionsMatched, type BlockedAction } from './actions.js'
import { globMatch, hasWildcard, QUESTION, STAR } from './glob.js'
import { perPattern } from './memo.js'
import { holdsLiteralEscape, type Policy, type Statement } from './policy.js'
import { realisticKeyArns } from './witness.js'
import { mapPacked } from '../util/list.js'

/**
 * How far a policy opens decryption, worst first (docs/semantics.md):
 * every key anywhere, keys in accounts that are not fixed, every key of one fixed account, or less.
 */
export type GrantScope = 'all-keys' | 'any-account' | 'account-wide' | 'scoped'
const SCOPE_ORDER: readonly GrantScope[] = ['all-keys', 'any-account', 'account-wide', 'scoped']

export interface EvaluationOptions {
  /** The partition the stack deploys to; `aws` unless told. */
  partition: string
  /** Region names the template itself mentions; NotResource statements are probed with them. */
  regions?: readonly string[]
  /** A permissions boundary: an action on a key is allowed only where the boundary allows it too. */
  boundary?: Policy
}

/** One Allow statement that opens a blocked action, and the proof. */
export interface Grant {
  action: BlockedAction
  scope: GrantScope
  /** Index of the Allow statement that lets the witness through. */
  statement: number
  /** Which element opens it: index into Resource, or null when it is NotResource. */
  resourceIndex: number | null
  /** A concrete key ARN the policy allows the action on, re-checked against the policy; null if none found. */
  witness: string | null
}

export interface DecryptEvaluation {
  scope: GrantScope
  /** For each blocked action that reaches a scope above scoped: one grant per statement that opens it at that scope. */
  grants: Grant[]
}

/** String methods are called through this, for the reason given in glob.ts: patterns are strings of many kinds. */
const STRING = String.prototype

const REGION_LENGTHS = [9, 10, 11, 12, 13, 14, 15, 16]
const ACCOUNT_LENGTH = 12
const KEY_ID_LENGTH = 36

/** Decides, for each blocked action, the worst scope the policy reaches (docs/semantics.md). */
export function evaluateDecrypt(policy: Policy, options: EvaluationOptions): DecryptEvaluation {
  const engine = new Engine(policy, options)
  // Most policies allow no key beyond those they name (every other Allow names another service).
  if (engine.namesEveryKey) return { scope: 'scoped', grants: [] }
  const grants: Grant[] = []
  for (let i = 0; i < BLOCKED_ACTIONS.length; i++) grants.push(...engine.grantsOf(BLOCKED_ACTIONS[i]))
  const scope = grants.reduce<GrantScope>((worst, g) => (rank(g.scope) < rank(worst) ? g.scope : worst), 'scoped')
  return { scope, grants }
}

export function rank(scope: GrantScope): number {
  return SCOPE_ORDER.indexOf(scope)
}

export interface FullAccessEvaluation {
  full: boolean
  /** The Allow statements on a literal "*" that together grant every KMS action. */
  statements: number[]
}

/**
 * Full KMS access (docs/rules/KMS.FullAccess.md): every KMS action survives the Denies, and the Allow statements
 * whose Resource holds the literal "*" grant every KMS action between them. A Deny only subtracts when it
 * is unconditional and covers every resource, so a Deny on one key cannot hide `kms:*` on "*".
 */
export function evaluateFullAccess(policy: Policy, options: EvaluationOptions): FullAccessEvaluation {
  const none: FullAccessEvaluation = { full: false, statements: [] }
  // Which KMS actions each Allow on "*" grants, from what each pattern matches (remembered per pattern):
  // the first statement granting an action is the one named for it.
  const ungranted = new Array<boolean>(KMS_ACTIONS.length).fill(true)
  let left = KMS_ACTIONS.length
  const statements: number[] = []
  for (let j = 0; j < policy.statements.length && left > 0; j++) {
    const s = policy.statements[j]
    if (s.effect !== 'Allow' || !(s.resource ?? []).includes('*')) continue
    const matched = mapPacked(s.action ?? s.notAction ?? [], kmsActionsMatched)
    let named = false
    for (let i = 0; i < KMS_ACTIONS.length; i++) {
      if (ungranted[i] && grantsKmsAction(s, matched, i)) {
        ungranted[i] = false
        left--
        named = true
      }
    }
    if (named && !statements.includes(s.index)) statements.push(s.index)
  }
  if (left > 0) return none
  // Only a Deny takes an action away: the engine (and the probe it may build) only when there is one.
  const deny = (s: Statement): boolean => s.effect === 'Deny'
  if (policy.statements.some(deny) || options.boundary?.statements.some(deny)) {
    const engine = new Engine(policy, options)
    if (KMS_ACTIONS.some((action) => engine.deniesEverywhere(action))) return none
  }
  return { full: true, statements: statements.sort((a, b) => a - b) }
}

/** Whether the statement's Action (or NotAction) covers KMS_ACTIONS[i], given what each of its patterns matches. */
function grantsKmsAction(s: Statement, matched: readonly (readonly boolean[])[], i: number): boolean {
  let covered = false
  for (let j = 0; j < matched.length; j++) {
    if (matched[j][i]) {
      covered = true
      break
    }
  }
  return s.action ? covered : !covered
}

export function actionIn(s: Statement, action: string): boolean {
  if (s.action) return s.action.some((p) => actionMatches(p, action))
  return !(s.notAction ?? []).some((p) => actionMatches(p, action))
}

export function resourceIn(s: Statement, arn: string): boolean {
  if (s.resource) return s.resource.some((p) => resourceMatches(p, arn))
  return !(s.notResource ?? []).some((p) => resourceMatches(p, arn))
}

/** Glob over the whole ARN; `arn`, partition and service compare case-insensitively, the rest exactly. */
function resourceMatches(pattern: string, arn: string): boolean {
  return globMatch(lowerHead(pattern), arn)
}

/**
 * Whether the pattern can match some ARN that starts with `prefix`: false when, before its first wildcard,
 * it already differs from the prefix (or ends inside it). Every ARN the engine probes starts with
 * `arn:<partition>:kms:`, so an Allow on `arn:aws:s3:::bucket/*` never lets one through.
 */
function reachesPrefix(pattern: string, prefix: string): boolean {
  const lowered = lowerHead(pattern)
  const loweredLength = lowered.length
  for (let i = 0; i < prefix.length; i++) {
    if (i === loweredLength) return false
    const c = STRING.charCodeAt.call(lowered, i)
    if (c === STAR || c === QUESTION) return true
    if (c !== STRING.charCodeAt.call(prefix, i)) return false
  }
  return true
}

/** The pattern with its head (`arn`, partition, service) lower-cased; probes match the same patterns again and again. */
const lowerHead = perPattern((pattern: string): string => {
  let end = -1
  for (let i = 0, colons = 0; i < pattern.length; i++) {
    if (pattern[i] === ':' && ++colons === 3) {
      end = i
      break
    }
  }
  return end < 0 ? pattern.toLowerCase() : pattern.slice(0, end).toLowerCase() + pattern.slice(end)
})

interface ArnParts {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

/** ARN segments by pattern: each policy's patterns are split for its probes, and the same patterns recur. */
const arnPartsOf = perPattern((pattern: string): Readonly<ArnParts> | null => splitArnPattern(pattern))

/** Splits a Resource pattern into ARN segments; short patterns ending in `*` are padded, as IAM expands them. */
function splitArnPattern(pattern: string): ArnParts | null {
  const parts = lowerHead(pattern).split(':')
  if (parts.length > 6) parts.splice(5, parts.length - 5, parts.slice(5).join(':'))
  if (parts.length < 6) {
    if (!parts[parts.length - 1].endsWith('*')) return null
    while (parts.length < 6) parts.push('*')
  }
  if (!globMatch(parts[0], 'arn')) return null
  const [, partition, service, region, account, resource] = parts as [string, string, string, string, string, string]
  return { partition, service, region, account, resource }
}

interface ActionStatements {
  allows: Statement[]
  denies: Statement[]
  /** The boundary's Allow statements for the action; null without a boundary. */
  bounds: Statement[] | null
}

class Engine {
  private readonly allows: Statement[]
  private readonly denies: Statement[]
  private readonly bounds: Statement[] | null
  /** The policy's statements and the boundary's: probes and witnesses are made from both. */
  private readonly policy: Policy
  /** Statements by the action they cover: probes test many ARNs against the same few actions. */
  private readonly byAction = new Map<string, ActionStatements>()
  private freshCache: string | null = null
  private text: string | null = null

  constructor(
    policy: Policy,
    private readonly options: EvaluationOptions,
  ) {
    const boundary = options.boundary?.statements ?? []
    this.policy = boundary.length > 0 ? { ...policy, statements: [...policy.statements, ...boundary] } : policy
    // Every ARN the engine asks about is a key ARN of the partition: an Allow whose every Resource names
    // another service (most of a policy) can never let one through, and is not matched against each probe.
    const keyArn = `arn:${options.partition}:kms:`
    this.allows = policy.statements.filter(
      (s) => s.effect === 'Allow' && (s.resource === null || s.resource.some((p) => reachesPrefix(p, keyArn))),
    )
    // A Deny with a Condition might not apply, so it never cancels an Allow (docs/semantics.md); a boundary's Deny denies too.
    this.denies = this.policy.statements.filter((s) => s.effect === 'Deny' && s.conditionKeys.length === 0)
    this.bounds = options.boundary ? boundary.filter((s) => s.effect === 'Allow') : null
  }

  /**
   * Whether the Allow statements that could match a key ARN name their keys, without a wildcard or a
   * NotResource: then no action reaches a scope above scoped (grantsOf's first test, for every action).
   */
  get namesEveryKey(): boolean {
    return this.allows.every(namesItsResources)
  }

  /** A character that occurs nowhere in the policy: a probe made of it is an arbitrary value. */
  private get fresh(): string {
    return (this.freshCache ??= freshCharacter(this.policyText))
  }

  /** The policy's patterns as one text: witnesses avoid what it holds, and the fresh character is not in it. */
  private get policyText(): string {
    return (this.text ??= policyText(this.policy))
  }

  /** The first Allow statement that lets the action on the ARN through, unless a Deny or the boundary stops it. */
  private allowingStatement({ allows, denies, bounds }: ActionStatements, arn: string): Statement | undefined {
    if (denies.some((d) => resourceIn(d, arn)) || (bounds && !bounds.some((b) => resourceIn(b, arn)))) return undefined
    return allows.find((s) => resourceIn(s, arn))
  }

  private statementsFor(action: BlockedAction): ActionStatements {
    let entry = this.byAction.get(action)
    if (!entry) {
      // A blocked action is a KMS action: what each pattern matches of those is remembered per pattern.
      const index = KMS_ACTIONS.indexOf(action)
      const covers = (s: Statement): boolean =>
        grantsKmsAction(s, mapPacked(s.action ?? s.notAction ?? [], kmsActionsMatched), index)
      entry = {
        allows: this.allows.filter(covers),
        denies: this.denies.filter(covers),
        bounds: this.bounds && this.bounds.filter(covers),
      }
      this.byAction.set(action, entry)
    }
    return entry
  }

  /** An unconditional Deny of the action on every resource, "*" included. */
  deniesEverywhere(action: string): boolean {
    return this.denies.some((d) => {
      if (!actionIn(d, action)) return false
      if (d.resource) return d.resource.some((p) => /^\*+$/.test(p))
      // The probe (and the fresh character it needs) only when a NotResource Deny asks for it.
      const probe = this.genericKeys()[0]
      return !(d.notResource ?? []).some((p) => resourceMatches(p, probe) || resourceMatches(p, '*'))
    })
  }

  /** A key ARN of every Region length, all fresh characters: the probes of all-keys, one list per partition and fresh character. */
  private genericKeys(): readonly string[] {
    return genericKeysOf(this.options.partition, this.fresh)
  }

  grantsOf(action: BlockedAction): Grant[] {
    const statements = this.statementsFor(action)
    // Every probe holds the fresh character, which no literal pattern matches: without a wildcard
    // (or a NotResource) in the Allow statements, the action is scoped to named resources.
    if (statements.allows.every(namesItsResources)) return []
    const allowed = (probe: string): boolean => this.allowingStatement(statements, probe) !== undefined
    const generic = this.genericKeys()
    if (generic.every(allowed)) return this.grants(action, statements, 'all-keys', generic)
    const anyAccount = this.probesBeyondFixedAccount().filter(allowed)
    if (anyAccount.length > 0) return this.grants(action, statements, 'any-account', anyAccount)
    const accountWide = this.probesOfFixedAccount().filter(allowed)
    if (accountWide.length > 0) return this.grants(action, statements, 'account-wide', accountWide)
    return []
  }

  /**
   * Probe ARNs with an arbitrary account that the policy allows (scope any-account). Each segment takes
   * the values the policy's own patterns single out (every KMS ARN pattern, Deny and NotResource ones
   * included, with wildcards filled by the fresh character) and the probes are their combinations:
   * `Allow "*"` with `Deny NotResource arn:aws:kms:us-east-1:*:key/*` opens exactly the Region that Deny
   * leaves out, which no single pattern shows.
   */
  private probesBeyondFixedAccount(): string[] {
    const { regions, accounts, keys } = this.segmentValues()
    const open = accounts.filter((a) => a.includes(this.fresh))
    return this.combine(regions, open, keys)
  }

  /** Probe ARNs in one fixed account, each standing for every key of it (scope account-wide when allowed). */
  private probesOfFixedAccount(): string[] {
    const { regions, accounts } = this.segmentValues()
    const fixed = accounts.filter((a) => !a.includes(this.fresh))
    return this.combine(regions, fixed, [`key/${this.fresh.repeat(KEY_ID_LENGTH)}`])
  }

  private combine(regions: string[], accounts: string[], keys: string[]): string[] {
    const probes: string[] = []
    for (const region of regions) {
      for (const account of accounts) {
        for (const key of keys) {
          if (probes.length >= MAX_PROBES) return probes
          probes.push(`arn:${this.options.partition}:kms:${region}:${account}:${key}`)
        }
      }
    }
    return probes
  }

  private segments: { regions: string[]; accounts: string[]; keys: string[] } | null = null

  /** The values of each ARN segment that the policy's KMS patterns single out, fresh fills included. */
  private segmentValues(): { regions: string[]; accounts: string[]; keys: string[] } {
    if (this.segments) return this.segments
    const f = this.fresh
    const fill = (segment: string): string => (hasWildcard(segment) ? this.instantiate(segment) : segment)
    // Every key has a Region, an account and a key id: an empty segment, or one holding IAM's literal
    // `*`, `?` or `$` (`${*}`), names no real key, so it singles out no value to probe with.
    const real = (segment: string): boolean => segment !== '' && !holdsLiteralEscape(segment)
    const regions = new Set([f.repeat(REGION_LENGTHS[0]), ...(this.options.regions ?? [])])
    const accounts = new Set([f.repeat(ACCOUNT_LENGTH)])
    const keys = new Set([`key/${f.repeat(KEY_ID_LENGTH)}`])
    for (const s of this.policy.statements) {
      for (const pattern of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
        const parts = this.kmsParts(pattern)
        if (!parts) continue
        if (real(parts.region)) regions.add(fill(parts.region))
        if (real(parts.account)) accounts.add(fill(parts.account))
        // Key parts with a wildcard only: one named key id is scoped in any account (a key id is unique).
        // Only key ARNs count: `alias/*` or `KEY/*` open nothing to decrypt with.
        if (hasWildcard(parts.resource) && real(parts.resource)) {
          const key = fill(parts.resource)
          if (key.startsWith('key/')) keys.add(key)
        }
      }
    }
    this.segments = { regions: [...regions], accounts: [...accounts], keys: [...keys] }
    return this.segments
  }

  /** The ARN segments of a pattern that can name a KMS key in our partition, or null. */
  private kmsParts(pattern: string): Readonly<ArnParts> | null {
    const parts = arnPartsOf(pattern)
    if (!parts || !globMatch(parts.partition, this.options.partition) || !globMatch(parts.service, 'kms')) return null
    return parts
  }

  /** Each wildcard replaced by one fresh character: the narrowest value the pattern leaves open. */
  private instantiate(segment: string): string {
    return segment.replace(/[*?]/g, this.fresh)
  }

  /**
   * The grants at a scope, one per Allow statement that lets a realistic witness through on its own
   * (so a user fixing one statement is told of the next at once), each witness re-checked.
   */
  private grants(
    action: BlockedAction,
    statements: ActionStatements,
    scope: GrantScope,
    probes: readonly string[],
  ): Grant[] {
    const { allows, denies, bounds } = statements
    const lets = (statement: Statement, arn: string): boolean =>
      resourceIn(statement, arn) &&
      !denies.some((d) => resourceIn(d, arn)) &&
      (!bounds || bounds.some((b) => resourceIn(b, arn)))
    // A statement is reported at the scope when it reaches it on its own: every probe of all-keys, one of the
    // others. Every probe is allowed (no Deny or boundary stops it), so reaching one is matching its resource.
    const alone = allows.filter((s) =>
      scope === 'all-keys' ? probes.every((p) => resourceIn(s, p)) : probes.some((p) => resourceIn(s, p)),
    )
    const found: Grant[] = []
    for (const statement of alone.length > 0 ? alone : allows) {
      search: for (const probe of probes) {
        const witnesses = this.witnessesOf(probe)
        for (let i = 0, candidate; (candidate = witnesses.at(i)) !== undefined; i++) {
          if (lets(statement, candidate)) {
            found.push(this.describeGrant(action, scope, statement, candidate))
            break search
          }
        }
      }
    }
    if (found.length > 0) return found
    return [this.describeGrant(action, scope, this.allowingStatement(statements, probes[0])!, null)]
  }

  /** Realistic key ARNs per probe: each statement and each action replays the same ones. */
  private readonly witnesses = new Map<string, Witnesses>()

  private witnessesOf(probe: string): Witnesses {
    let witnesses = this.witnesses.get(probe)
    if (!witnesses) {
      witnesses = new Witnesses(realisticKeyArns(probe, this.fresh, this.policyText, this.options.partition))
      this.witnesses.set(probe, witnesses)
    }
    return witnesses
  }

  private describeGrant(action: BlockedAction, scope: GrantScope, statement: Statement, witness: string | null): Grant {
    const probe = witness ?? ''
    const index = statement.resource ? statement.resource.findIndex((p) => resourceMatches(p, probe)) : -1
    return {
      action,
      scope,
      statement: statement.index,
      resourceIndex: statement.resource ? Math.max(index, 0) : null,
      witness,
    }
  }
}

/** The realistic key ARNs a probe stands for, drawn as asked for (in the order realisticKeyArns gives) and kept. */
class Witnesses {
  private readonly drawn: string[] = []

  constructor(private rest: Generator<string> | null) {}

  /** The i-th one, or undefined past the last. */
  at(i: number): string | undefined {
    while (i >= this.drawn.length && this.rest) {
      const next = this.rest.next()
      if (next.done) this.rest = null
      else this.drawn.push(next.value)
    }
    return this.drawn[i]
  }
}

/** Generic key ARNs by partition and fresh character: nearly every policy asks for the same eight. */
const genericKeys = new Map<string, readonly string[]>()

function genericKeysOf(partition: string, fresh: string): readonly string[] {
  const name = `${partition}\n${fresh}`
  let keys = genericKeys.get(name)
  if (keys === undefined) {
    keys = REGION_LENGTHS.map(
      (length) =>
        `arn:${partition}:kms:${fresh.repeat(length)}:${fresh.repeat(ACCOUNT_LENGTH)}:key/${fresh.repeat(KEY_ID_LENGTH)}`,
    )
    if (genericKeys.size > 100) genericKeys.clear()
    genericKeys.set(name, keys)
  }
  return keys
}

function namesItsResources(s: Statement): boolean {
  return s.resource !== null && !s.resource.some(hasWildcard)
}

/** Enough for any real policy; a contrived one with hundreds of KMS patterns is probed on the first ones. */
const MAX_PROBES = 4096

/** Every pattern of the policy's Action, NotAction, Resource and NotResource lists, one a line. */
function policyText(policy: Policy): string {
  const strings: string[] = []
  for (const s of policy.statements)
    for (const list of [s.action, s.notAction, s.resource, s.notResource]) if (list) strings.push(...list)
  return strings.join('\n')
}

const HIGH_PRIVATE_USE = /[\uF000-\uF8FF]/

/** The first high private-use character the policy text (its patterns joined by line feeds) does not hold. */
function freshCharacter(text: string): string {
  if (!HIGH_PRIVATE_USE.test(text)) return '\uF000'
  for (let code = 0xf000; ; code++) {
    const c = String.fromCharCode(code)
    if (!text.includes(c)) return c
  }
}
