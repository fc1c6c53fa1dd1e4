import { UNKNOWN } from '../iam/policy.js'
import { mapPacked } from '../util/list.js'
import { isObject } from '../util/object.js'
import { admitsNoWildcard } from './allowed-pattern.js'
import { Conditions, OTHER, type ParameterValue, type World } from './conditions.js'
import type { Path } from './load.js'
import { ACCOUNT, display, keyIdOf, REGION, STACK, valueOf } from './markers.js'

/** One decision a variant took: which `Fn::If` branch, which parameter value, which mapping entry. */
export type Choice =
  | { kind: 'condition'; name: string; branch: boolean }
  | { kind: 'parameter'; name: string; value: string; source: 'input' | 'allowed' | 'default' | 'condition' }
  | { kind: 'mapping'; map: string; key: string }

/** A fully resolved value (unknowns as UNKNOWN inside strings) and the decisions that produced it. */
export interface Variant {
  value: unknown
  choices: Choice[]
  /** Constructs that could not be resolved offline, named for the report. */
  unresolved: string[]
}

export interface ResolveOptions {
  /** Values given by the user (`--parameter Name=Value`); they win over Default and AllowedValues. */
  parameters: Readonly<Record<string, string>>
  partition: string
  /** At most this many variants per resolved node; more are cut off and said so. */
  maxVariants?: number
  /** At most this many partial worlds in the search for the worst one; past it the bound's verdict stands. */
  maxSearch?: number
}

/** What to resolve a node under: the Condition of the resource that holds it, which must hold for it to exist. */
export interface ResolveScope {
  condition?: string | null
}

export interface Resolution {
  variants: Variant[]
  /** True when the combinations of conditions and values ran past the cap. */
  capped: boolean
  /** Where each resolved object came from, to point findings at source lines. */
  origin: Origins
}

const NO_VALUE = Symbol('AWS::NoValue')
const DEFAULT_MAX_VARIANTS = 64
const MAX_DEPTH = 100
const MAX_STEPS = 200_000
/** Partial worlds the worst-first search visits at most; past it the verdict is the bound's, never lower. */
const MAX_SEARCH_NODES = 5000

/** Whether a resolved value is `AWS::NoValue` (a list item or key that CloudFormation drops). */
export function isNoValue(value: unknown): boolean {
  return value === NO_VALUE
}

/**
 * A part of a partial world not decided yet (in the worst-first search): each option is what it may
 * turn out to be. Only lists and mappings carry one; a function given one yields UNKNOWN.
 */
export class Either {
  constructor(readonly options: readonly unknown[]) {}
}

/** How the worst-first search ranks worlds: lower is worse. */
export interface WorstSearch {
  /** The score of one fully decided world. */
  score(variant: Variant): number
  /** A score no world that completes this partial one can go below; `value` holds Either where undecided. */
  bound(value: unknown): number
}

export interface WorstResult {
  /** The worst world found; null when the node exists in no world. */
  variant: Variant | null
  /** Its score; when the search ran out of budget, the bound instead where that is lower. */
  score: number
  /** False when the search ran past its budget: then `score` is an upper bound on how bad it gets. */
  exact: boolean
  origin: Origins
}

/**
 * Resolves intrinsic functions the way CloudFormation would, but for every possible world: each `Fn::If`
 * branch, each AllowedValues entry of a parameter without a given value, each mapping entry when a
 * FindInMap key is not static. The possible worlds form a decision tree; every leaf is one variant.
 */
export class Resolver {
  private readonly resources: Record<string, unknown>
  private readonly parameters: Record<string, unknown>
  private readonly mappings: Record<string, unknown>
  private readonly conditions: Conditions

  constructor(
    template: Record<string, unknown>,
    private readonly options: ResolveOptions,
  ) {
    this.resources = record(template['Resources'])
    this.parameters = record(template['Parameters'])
    this.mappings = record(template['Mappings'])
    this.conditions = new Conditions(
      record(template['Conditions']),
      (name) => name in this.parameters || isPseudoParameter(name),
    )
  }

  /**
   * Every possible world of a node, up to the cap. The decisions are parameter values (and mapping entries,
   * and comparisons we cannot evaluate), not Fn::If branches, so a combination of conditions that no
   * parameter values produce is never a variant.
   */
  resolve(node: unknown, path: Path, scope: ResolveScope = {}): Resolution {
    const max = this.options.maxVariants ?? DEFAULT_MAX_VARIANTS
    const origin = new Origins(node, path)
    // A plain value (a policy's name, most key fields) takes no decision: it is its only variant.
    if (isPlain(node) && !scope.condition)
      return { variants: [{ value: node, choices: [], unresolved: [] }], capped: false, origin }
    // Subtrees that took no decision resolve the same in every variant: resolved once, then reused.
    const settled = new Map<object, unknown>()
    const variants: Variant[] = []
    const queue: ReadonlyMap<string, number>[] = [NO_DECISIONS]
    while (queue.length > 0 && variants.length < max) {
      const assignment = queue.shift()!
      const run = new Run(this, assignment, origin, settled, false)
      const value = run.root(node, path, scope)
      if (value !== ABSENT) variants.push(run.variant(value))
      // Branch on each decision this run defaulted, keeping the earlier defaulted ones at their default:
      // that visits every leaf of the decision tree exactly once.
      if (run.open.size === 0) continue
      const fixed = new Map(assignment)
      for (const [variable, size] of run.open) {
        for (let option = 1; option < size && queue.length < max * 4; option++)
          queue.push(new Map(fixed).set(variable, option))
        fixed.set(variable, 0)
      }
    }
    return { variants, capped: queue.length > 0, origin }
  }

  /**
   * The worst possible world of a node, found exactly however many decisions it takes (docs/conditions-and-variants.md: the
   * worst variant is always found). Depth first over the decisions; a partial world whose bound (every
   * undecided part kept as all it may be) cannot be worse than the worst world found is not opened.
   */
  worst(node: unknown, path: Path, search: WorstSearch, scope: ResolveScope = {}): WorstResult {
    const origin = new Origins(node, path)
    const settled = new Map<object, unknown>()
    const stack: ReadonlyMap<string, number>[] = [NO_DECISIONS]
    let best: { variant: Variant; score: number } | null = null
    let rootBound = Number.POSITIVE_INFINITY
    for (let visited = 0; stack.length > 0; visited++) {
      if (visited >= (this.options.maxSearch ?? MAX_SEARCH_NODES)) {
        return {
          variant: best?.variant ?? null,
          score: Math.min(best?.score ?? rootBound, rootBound),
          exact: false,
          origin,
        }
      }
      const assignment = stack.pop()!
      const run = new Run(this, assignment, origin, settled, true)
      const value = run.root(node, path, scope)
      if (run.open.size === 0) {
        if (value === ABSENT) continue
        const variant = run.variant(value)
        const score = search.score(variant)
        if (!best || score < best.score) best = { variant, score }
        if (score <= 0) break
        continue
      }
      const bound = search.bound(value === ABSENT ? undefined : value)
      if (visited === 0) rootBound = bound
      if (best && bound >= best.score) continue
      const [variable, size] = run.open.entries().next().value!
      for (let option = size - 1; option >= 0; option--) stack.push(new Map(assignment).set(variable, option))
    }
    return { variant: best?.variant ?? null, score: best?.score ?? Number.POSITIVE_INFINITY, exact: true, origin }
  }

  /**
   * The values a parameter can take that tell conditions apart: the one given, else its AllowedValues,
   * else each literal the conditions compare it with (that its AllowedPattern admits) and any other value.
   * A Default does not restrict it: stacks are deployed with other values.
   */
  domain(name: string): readonly ParameterValue[] {
    let domain = this.domains.get(name)
    if (domain) return domain
    const parameter = this.parameter(name)
    const given = this.options.parameters[name]
    const allowed = parameter?.['AllowedValues']
    if (given !== undefined) domain = [given]
    else if (Array.isArray(allowed) && allowed.length > 0) domain = allowed.map(String)
    else domain = [...this.conditions.literalsOf(name).filter((v) => admits(parameter?.['AllowedPattern'], v)), OTHER]
    this.domains.set(name, domain)
    return domain
  }

  private readonly domains = new Map<string, readonly ParameterValue[]>()

  resourceType(logicalId: string): string | null {
    const resource = this.resources[logicalId]
    return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : null
  }

  parameter(name: string): Record<string, unknown> | null {
    const p = this.parameters[name]
    return isObject(p) ? p : null
  }

  mapping(name: string): Record<string, unknown> | null {
    const m = this.mappings[name]
    return isObject(m) ? m : null
  }

  hasCondition(name: string): boolean {
    return this.conditions.has(name)
  }

  /** A condition's truth in a world; undefined while a decision it needs is open. */
  condition(name: string, world: World): boolean | undefined {
    return this.conditions.evaluate(name, world)
  }

  /** Template errors met while resolving (CloudFormation would reject them), by place. */
  readonly problems = new Map<string, { path: Path; message: string }>()

  problem(path: Path, message: string): void {
    this.problems.set(JSON.stringify(path), { path, message })
  }

  get settings(): ResolveOptions {
    return this.options
  }
}

/** The assignment before any decision, and the open decisions of a run that met none; never written to. */
const NO_DECISIONS: ReadonlyMap<string, number> = new Map()

/** The node does not exist in this world: its resource's Condition is false. */
const ABSENT = Symbol('absent')

/** One pass over a node under one assignment of the decisions. */
class Run implements World {
  readonly choices: Choice[] = []
  readonly unresolved: string[] = []
  /** Decisions this run met that the assignment leaves open, with their number of options, in the order met. */
  get open(): ReadonlyMap<string, number> {
    return this.opened ?? NO_DECISIONS
  }

  /** Made at the first open decision: most runs meet none. */
  private opened: Map<string, number> | null = null
  /** Subtrees resolved in this run that took a decision; made at the first. */
  private memo: Map<object, unknown> | null = null
  private steps = 0
  /** Decisions, choices and unknowns so far: a subtree during which it did not grow is settled. */
  private marks = 0

  /**
   * `partial`: a decision the assignment leaves open stays open (its part becomes an Either), for the
   * worst-first search; otherwise it takes its first option, and the caller branches on the others.
   */
  constructor(
    private readonly resolver: Resolver,
    private readonly assignment: ReadonlyMap<string, number>,
    private readonly origin: Origins,
    private readonly settled: Map<object, unknown>,
    private readonly partial: boolean,
  ) {}

  /** The node, or ABSENT when the Condition of the resource that holds it is false in this world. */
  root(node: unknown, path: Path, scope: ResolveScope): unknown {
    const trail = path.reduce<Trail>((t, s) => step(t, s), null)
    if (scope.condition) {
      const holds = this.resolver.condition(scope.condition, this)
      // Still open (partial run): the node may exist, which the bound must count.
      if (holds === false) return ABSENT
      if (holds === true) this.choose({ kind: 'condition', name: scope.condition, branch: true })
    }
    return this.value(node, trail, 0)
  }

  variant(value: unknown): Variant {
    return {
      value: value === NO_VALUE ? undefined : value,
      choices: unique(this.choices),
      unresolved: unique(this.unresolved),
    }
  }

  private choose(choice: Choice): void {
    this.marks++
    this.choices.push(choice)
  }

  /** Picks an option for a decision point: the assigned one, else the first (or -1 in a partial run). */
  private decide(variable: string, size: number): number {
    this.marks++
    const chosen = this.assignment.get(variable)
    if (chosen !== undefined || size <= 1) return chosen ?? 0
    if (!this.opened?.has(variable)) (this.opened ??= new Map()).set(variable, size)
    return this.partial ? -1 : 0
  }

  parameter(name: string): ParameterValue | undefined {
    const domain = this.resolver.domain(name)
    const option = this.decide(`param:${name}`, domain.length)
    return option < 0 ? undefined : domain[option]
  }

  /** The parameter's value as a condition read earlier in this run decided it; undefined where none did. */
  private decided(name: string): ParameterValue | undefined {
    const variable = `param:${name}`
    const option = this.assignment.get(variable) ?? (!this.partial && this.opened?.has(variable) ? 0 : undefined)
    return option === undefined ? undefined : this.resolver.domain(name)[option]
  }

  atom(key: string): boolean | undefined {
    const option = this.decide(`atom:${key}`, 2)
    return option < 0 ? undefined : option === 0
  }

  private unknown(what: string): string {
    this.marks++
    this.unresolved.push(display(what))
    return UNKNOWN
  }

  value(node: unknown, path: Trail, depth: number): unknown {
    if (++this.steps > MAX_STEPS) throw new ResolveLimitError(materialize(path))
    if (depth > MAX_DEPTH) return this.unknown(`intrinsic functions nested deeper than ${MAX_DEPTH} levels`)
    if (typeof node === 'string') return this.dynamicReferences(node)
    if (typeof node !== 'object' || node === null) return node
    // YAML aliases share one node in many places; resolving it once (per run, or once for all runs when
    // it took no decision) keeps an alias bomb linear.
    const known = this.settled.get(node) ?? this.memo?.get(node)
    if (known !== undefined) return known
    const marks = this.marks
    const out = this.composite(node, path, depth)
    if (this.marks === marks) this.settled.set(node, out)
    else (this.memo ??= new Map()).set(node, out)
    return out
  }

  /**
   * A list or mapping resolved member by member. A subtree that resolves to itself is returned as it is,
   * not copied (most of a policy has no intrinsic function); only copies need their source path noted.
   * A member gets a path only when it can hold something to point at. That is written out in both loops,
   * not in a helper: TurboFan compiled such a helper as one more copy of the whole recursion.
   */
  private composite(node: object, path: Trail, depth: number): unknown {
    if (Array.isArray(node)) {
      let out: unknown[] | null = null
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i]
        const v = this.value(item, typeof item === 'object' && item !== null ? step(path, i) : path, depth + 1)
        if (out === null && v !== item) out = node.slice(0, i)
        if (out !== null && v !== NO_VALUE) out.push(v)
      }
      if (out === null) return node
      this.origin.set(out, path)
      return out
    }
    const record = node as Record<string, unknown>
    // for-in, not Object.keys: no list of keys is made for each object (templates' objects are plain data).
    let first: string | null = null
    for (const key in record) {
      if (first !== null) {
        first = null
        break
      }
      first = key
    }
    if (first !== null && isIntrinsic(first)) return this.intrinsic(first, record[first], step(path, first), depth + 1)
    let out: Record<string, unknown> | null = null
    for (const key in record) {
      const item = record[key]
      const v = this.value(item, typeof item === 'object' && item !== null ? step(path, key) : path, depth + 1)
      if (v === item) continue
      // A spread copy keeps the node's shape: far cheaper than adding the keys one by one.
      out ??= { ...record }
      if (v === NO_VALUE) delete out[key]
      else out[key] = v
    }
    if (out === null) return node
    this.origin.set(out, path)
    return out
  }

  /** `{{resolve:ssm:...}}` and friends are read at deploy time. */
  private dynamicReferences(text: string): string {
    // One character is found much faster than a word; most strings have no brace at all.
    if (text.indexOf('{') < 0 || !text.includes('{{resolve:')) return text
    return text.replace(/\{\{resolve:[^}]*\}\}/g, (ref) => this.unknown(`dynamic reference ${ref}`))
  }

  private intrinsic(name: string, arg: unknown, path: Trail, depth: number): unknown {
    switch (name) {
      case 'Ref':
        return typeof arg === 'string' ? this.ref(arg) : this.unknown('Ref with a non-string argument')
      case 'Fn::GetAtt':
        return this.getAtt(arg, path, depth)
      case 'Fn::Sub':
        return this.sub(arg, path, depth)
      case 'Fn::Join':
        return this.join(arg, path, depth)
      case 'Fn::Select':
        return this.select(arg, path, depth)
      case 'Fn::Split':
        return this.split(arg, path, depth)
      case 'Fn::FindInMap':
        return this.findInMap(arg, path, depth)
      case 'Fn::If':
        return this.if(arg, path, depth)
      case 'Fn::ToJsonString': {
        const v = this.value(arg, path, depth)
        if (holdsEither(v)) return UNKNOWN
        return typeof v === 'string' || isObject(v) || Array.isArray(v)
          ? JSON.stringify(v)
          : this.unknown('Fn::ToJsonString')
      }
      case 'Fn::Length': {
        const v = this.value(arg, path, depth)
        if (holdsEither(v)) return UNKNOWN
        return Array.isArray(v) ? v.length : this.unknown('Fn::Length of something that is not a list')
      }
      case 'Fn::ImportValue': {
        const v = this.value(arg, path, depth)
        return this.unknown(`Fn::ImportValue ${typeof v === 'string' ? v : ''}`.trim())
      }
      default:
        return this.unknown(`${name} (not resolved offline)`)
    }
  }

  private ref(name: string): unknown {
    switch (name) {
      case 'AWS::AccountId':
        return ACCOUNT
      case 'AWS::Region':
        return REGION
      case 'AWS::Partition':
        return this.resolver.settings.partition
      case 'AWS::StackName':
        return STACK
      case 'AWS::StackId':
        return valueOf('AWS::StackId')
      case 'AWS::URLSuffix':
        return this.resolver.settings.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
      case 'AWS::NoValue':
        return NO_VALUE
      case 'AWS::NotificationARNs':
        return [this.unknown('AWS::NotificationARNs')]
    }
    const parameter = this.resolver.parameter(name)
    if (parameter) return this.parameterValue(name, parameter)
    const type = this.resolver.resourceType(name)
    if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') return keyIdOf(name)
    if (type !== null) return valueOf(name)
    return this.unknown(`Ref ${name} (no such parameter or resource)`)
  }

  private parameterValue(name: string, parameter: Record<string, unknown>): unknown {
    const type = typeof parameter['Type'] === 'string' ? parameter['Type'] : 'String'
    if (type.startsWith('AWS::SSM::Parameter::Value'))
      return this.unknown(`parameter ${name} (read from SSM at deploy time)`)
    const list = type === 'CommaDelimitedList' || type.startsWith('List<')
    const typed = (value: string): unknown => (list ? value.split(',').map((v) => v.trim()) : value)
    const given = this.resolver.settings.parameters[name]
    if (given !== undefined) {
      this.choose({ kind: 'parameter', name, value: given, source: 'input' })
      return typed(given)
    }
    const allowed = parameter['AllowedValues']
    if (Array.isArray(allowed) && allowed.length > 0) {
      // The same decision as in conditions (the domain is the AllowedValues): one value in both places.
      const domain = this.resolver.domain(name) as string[]
      const option = this.decide(`param:${name}`, domain.length)
      if (option < 0) return new Either(domain.map(typed))
      this.choose({ kind: 'parameter', name, value: domain[option], source: 'allowed' })
      return typed(domain[option])
    }
    const fallback = parameter['Default']
    if (isObject(fallback)) return this.unknown(`parameter ${name} (its Default is not a plain value)`)
    if (fallback !== undefined && fallback !== null) {
      const value = Array.isArray(fallback) ? fallback.map(String).join(',') : String(fallback)
      // Where a condition of this world compared the parameter, the value is the one it decided: under
      // `!If [HasPolicy, !Ref Policy, ...]` with HasPolicy `Policy != ""`, never the Default "".
      const decided = this.decided(name)
      if (
        decided === undefined ||
        decided === value ||
        (decided === OTHER && !this.resolver.domain(name).includes(value))
      ) {
        this.choose({ kind: 'parameter', name, value, source: 'default' })
        return typed(value)
      }
      if (decided !== OTHER) {
        this.choose({ kind: 'parameter', name, value: decided, source: 'condition' })
        return typed(decided)
      }
      // Else a value other than every literal its conditions name, the Default among them: as if it had none.
    }
    const pattern = parameter['AllowedPattern']
    // A value its AllowedPattern keeps free of wildcards is one fixed value, named as the template names it.
    if (typeof pattern === 'string' && admitsNoWildcard(pattern)) return list ? [valueOf(name)] : valueOf(name)
    return this.unknown(
      `parameter ${name} (${fallback === undefined || fallback === null ? 'no value given, no Default' : 'a value its conditions do not name'})`,
    )
  }

  private getAtt(arg: unknown, path: Trail, depth: number): unknown {
    const resolved = this.value(arg, path, depth)
    const logicalId: unknown = Array.isArray(resolved) ? resolved[0] : undefined
    const attribute: unknown = Array.isArray(resolved) ? resolved[1] : undefined
    if (typeof logicalId !== 'string' || typeof attribute !== 'string')
      return this.unknown('Fn::GetAtt with unresolved arguments')
    return this.attribute(logicalId, attribute)
  }

  private attribute(logicalId: string, attribute: string): unknown {
    const type = this.resolver.resourceType(logicalId)
    if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') {
      if (attribute === 'Arn')
        return `arn:${this.resolver.settings.partition}:kms:${REGION}:${ACCOUNT}:key/${keyIdOf(logicalId)}`
      if (attribute === 'KeyId') return keyIdOf(logicalId)
    }
    if (type === null) return this.unknown(`Fn::GetAtt ${logicalId}.${attribute} (no such resource)`)
    if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') {
      return this.unknown(`Fn::GetAtt ${logicalId}.${attribute} (custom resource)`)
    }
    // Any other resource's attribute is one fixed value (a name, an ARN), never a wildcard.
    return valueOf(`${logicalId}.${attribute}`)
  }

  private sub(arg: unknown, path: Trail, depth: number): unknown {
    let template: unknown = arg
    let variables: Map<string, unknown> | null = null
    if (Array.isArray(arg)) {
      template = arg[0]
      const map: unknown = arg[1]
      if (isObject(map)) {
        variables = new Map()
        for (const k in map) variables.set(k, this.value(map[k], step(step(path, 1), k), depth))
      }
    }
    if (typeof template !== 'string') return this.unknown('Fn::Sub with a non-string template')
    // A scan rather than a regular expression with a callback: Fn::Sub is on the hot path of most templates.
    let text = ''
    let from = 0
    for (let open = template.indexOf('${'); open >= 0; open = template.indexOf('${', from)) {
      const close = template.indexOf('}', open + 2)
      if (close < 0) break
      const inner = template.slice(open + 2, close)
      text += template.slice(from, open)
      from = close + 1
      if (inner.startsWith('!')) {
        text += `\${${inner.slice(1)}}`
        continue
      }
      const name = inner.trim()
      const value = variables?.has(name) ? variables.get(name) : this.subVariable(name)
      text += typeof value === 'string' ? value : this.unknown(`\${${name}} in Fn::Sub`)
    }
    text += template.slice(from)
    // A dynamic reference may be assembled by the substitution itself: `{{resolve:ssm:/${Stage}/key}}`.
    return this.dynamicReferences(text)
  }

  private subVariable(name: string): unknown {
    const dot = name.indexOf('.')
    if (dot > 0 && !name.startsWith('AWS::')) return this.attribute(name.slice(0, dot), name.slice(dot + 1))
    return this.ref(name)
  }

  private join(arg: unknown, path: Trail, depth: number): unknown {
    const resolved = this.value(arg, path, depth)
    if (!Array.isArray(resolved) || typeof resolved[0] !== 'string')
      return this.unknown('Fn::Join with unresolved arguments')
    const list: unknown = resolved[1]
    if (!Array.isArray(list))
      return list === UNKNOWN ? UNKNOWN : this.unknown('Fn::Join of something that is not a list')
    const items = mapPacked(list, (item) =>
      typeof item === 'string' ? item : this.unknown('a non-string item in Fn::Join'),
    )
    return this.dynamicReferences(items.join(resolved[0]))
  }

  private select(arg: unknown, path: Trail, depth: number): unknown {
    const resolved = this.value(arg, path, depth)
    if (!Array.isArray(resolved)) return this.unknown('Fn::Select with unresolved arguments')
    const list: unknown = resolved[1]
    const i = Number(resolved[0])
    if (!Array.isArray(list) || !Number.isInteger(i) || i < 0 || i >= list.length)
      return this.unknown('Fn::Select out of range or of an unresolved list')
    return list[i]
  }

  private split(arg: unknown, path: Trail, depth: number): unknown {
    const resolved = this.value(arg, path, depth)
    if (
      !Array.isArray(resolved) ||
      typeof resolved[0] !== 'string' ||
      typeof resolved[1] !== 'string' ||
      resolved[0] === ''
    ) {
      return [this.unknown('Fn::Split with unresolved arguments')]
    }
    return resolved[1].split(resolved[0])
  }

  private findInMap(arg: unknown, path: Trail, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3) return this.unknown('Fn::FindInMap without map name and two keys')
    const name = this.value(arg[0], step(path, 0), depth)
    const map = typeof name === 'string' ? this.resolver.mapping(name) : null
    // AWS::LanguageExtensions: `{DefaultValue: x}` is used where the map has no entry for the keys.
    const fallback = isObject(arg[3]) && 'DefaultValue' in arg[3] ? arg[3]['DefaultValue'] : undefined
    const fallbackValue = (): unknown => this.value(fallback, step(step(path, 3), 'DefaultValue'), depth)
    if (fallback !== undefined && !map) return fallbackValue()
    if (!map || typeof name !== 'string')
      return this.unknown(
        `Fn::FindInMap of ${typeof name === 'string' ? `missing mapping ${name}` : 'an unresolved mapping'}`,
      )
    const top = this.value(arg[1], step(path, 1), depth)
    const second = this.value(arg[2], step(path, 2), depth)
    const isStatic = (k: unknown): k is string => typeof k === 'string' && !k.includes(UNKNOWN) && !hasMarker(k)
    const entries: [string, string, unknown][] = []
    for (const [topKey, inner] of Object.entries(map)) {
      if (isStatic(top) && topKey !== top) continue
      if (!isObject(inner)) continue
      for (const [secondKey, value] of Object.entries(inner)) {
        if (isStatic(second) && secondKey !== second) continue
        entries.push([topKey, secondKey, value])
      }
    }
    const found = isStatic(top) && isStatic(second) && entries.length === 1
    const options = entries.length + (fallback !== undefined && !found ? 1 : 0)
    if (options === 0) return this.unknown(`Fn::FindInMap ${name} has no entry ${String(top)}/${String(second)}`)
    // A key known only at deploy time (e.g. the Region) may pick any entry, or the default: each is a variant.
    const pick = options === 1 ? 0 : this.decide(`map:${name}:${JSON.stringify(arg.slice(1, 3))}`, options)
    if (pick < 0)
      return new Either([...entries.map((entry) => entry[2]), ...(options > entries.length ? [fallbackValue()] : [])])
    if (pick === entries.length) {
      if (options > 1) this.choose({ kind: 'mapping', map: name, key: 'DefaultValue' })
      return fallbackValue()
    }
    const [topKey, secondKey, value] = entries[pick]
    if (!isStatic(top) || !isStatic(second)) this.choose({ kind: 'mapping', map: name, key: `${topKey}/${secondKey}` })
    return value
  }

  private if(arg: unknown, path: Trail, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
      return this.unknown('Fn::If that is not [condition, then, else]')
    const name = arg[0]
    if (!this.resolver.hasCondition(name))
      this.resolver.problem(
        materialize(path),
        `Fn::If names condition ${name}, which Conditions does not define; CloudFormation rejects the template (both branches are judged)`,
      )
    const branch = this.resolver.condition(name, this)
    if (branch === undefined)
      return new Either([this.value(arg[1], step(path, 1), depth), this.value(arg[2], step(path, 2), depth)])
    this.choose({ kind: 'condition', name, branch })
    return this.value(arg[branch ? 1 : 2], step(path, branch ? 1 : 2), depth)
  }
}

/** Source paths of resolved objects, kept as trails and written out only for the few a finding asks about. */
export class Origins {
  // A Map, not a WeakMap: it lives only as long as one resolution, and WeakMap writes cost far more.
  // Made at the first copy: most resolutions copy nothing.
  private trails: Map<object, Trail> | null = null
  /** Where each object under the root stands, its first place in depth-first order; made at the second ask. */
  private inside: Map<object, Trail> | null = null
  /** Objects asked about that did not resolve to a copy. */
  private asked = 0

  /** The node resolved and its path: objects that resolved to themselves are found in it by identity. */
  constructor(
    private readonly root: unknown,
    private readonly rootPath: Path,
  ) {}

  set(resolved: object, trail: Trail): void {
    ;(this.trails ??= new Map()).set(resolved, trail)
  }

  get(resolved: object): Path | undefined {
    const trail = this.trails?.get(resolved)
    if (trail !== undefined) return materialize(trail)
    if (resolved === this.root) return [...this.rootPath]
    // The first ask (most documents' only one) walks until it meets the object; findings ask about several
    // statements of one document, so from the second on one whole walk answers them all.
    const places =
      this.inside ?? (this.asked++ === 0 ? placesUnder(this.root, resolved) : (this.inside = placesUnder(this.root)))
    const inside = places.get(resolved)
    return inside === undefined ? undefined : [...this.rootPath, ...materialize(inside)]
  }
}

/**
 * Every object under `node` (itself included) and the first place it is met at, depth first; shared nodes are
 * walked once. With a `target`, the walk stops once the target has its place.
 */
function placesUnder(node: unknown, target?: object): Map<object, Trail> {
  const places = new Map<object, Trail>()
  const walk = (value: unknown, trail: Trail): boolean => {
    if (typeof value !== 'object' || value === null || places.has(value)) return false
    places.set(value, trail)
    if (value === target) return true
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (walk(value[i], step(trail, i))) return true
    } else {
      for (const key in value) if (walk((value as Record<string, unknown>)[key], step(trail, key))) return true
    }
    return false
  }
  walk(node, null)
  return places
}

/** A node so large (or so multiplied by aliases) that resolving it would not finish in reasonable time. */
export class ResolveLimitError extends Error {
  constructor(readonly path: Path) {
    super(`more than ${MAX_STEPS.toLocaleString('en')} values to resolve under this node; it is not judged`)
  }
}

/** A path kept as links to its parent: most resolved nodes are strings that never need their path. */
type Trail = { readonly parent: Trail; readonly step: string | number } | null

function step(parent: Trail, key: string | number): Trail {
  return { parent, step: key }
}

function materialize(trail: Trail): Path {
  const steps: (string | number)[] = []
  for (let t = trail; t !== null; t = t.parent) steps.push(t.step)
  return steps.reverse()
}

/** Choices (or names) without repeats; most runs take one decision or none, so they skip the work. */
function unique<T extends Choice | string>(items: T[]): T[] {
  if (items.length < 2) return items
  const seen = new Set<string>()
  return items.filter((item) => {
    const key = typeof item === 'string' ? item : JSON.stringify(item)
    return !seen.has(key) && Boolean(seen.add(key))
  })
}

/** Whether a resolved value holds an undecided part anywhere. */
export function holdsEither(value: unknown, depth = 0): boolean {
  if (value instanceof Either) return true
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return false
  return (Array.isArray(value) ? value : Object.values(value)).some((v) => holdsEither(v, depth + 1))
}

const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::Region',
  'AWS::Partition',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::URLSuffix',
  'AWS::NotificationARNs',
])

function isPseudoParameter(name: string): boolean {
  return PSEUDO_PARAMETERS.has(name)
}

/** Whether a parameter's AllowedPattern lets a value through; a pattern JavaScript cannot read lets everything through. */
function admits(pattern: unknown, value: string): boolean {
  if (typeof pattern !== 'string') return true
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value)
  } catch {
    return true
  }
}

/** A value that resolves to itself: not a list or mapping, and no dynamic reference in it. */
function isPlain(node: unknown): boolean {
  return typeof node === 'string' ? !node.includes('{{resolve:') : typeof node !== 'object' || node === null
}

function isIntrinsic(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::')
}

function hasMarker(s: string): boolean {
  return /[\uE001-\uE0FF]/.test(s)
}

function record(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {}
}
