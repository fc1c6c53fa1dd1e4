import path from 'node:path'
import { valueOf } from '../cfn/markers.js'
import { managedPolicyByArn, managedPolicyByName } from '../iam/managed.js'
import { isIntrinsic, isObject } from '../util/object.js'
import type { Node } from './hcl.js'
import { conform, constraintOf } from './constraint.js'
import type { Origins } from './origin.js'
import { attributesOf, blocksOf, callOf, positionOf, type Attribute, type Block, type HclFile } from './source.js'

/**
 * Evaluates Terraform expressions into the values the rules judge, written in the template language the
 * resolver reads: what Terraform settles offline becomes plain values; a root module's variable becomes a
 * parameter (its default, or a value the user gives); a conditional whose test is not known becomes a choice
 * (`Fn::If`) of both arms; `aws_kms_key.X.arn` names one key; what is known only at apply time is an
 * intrinsic the resolver cannot resolve, so the verdict that depends on it is `unresolved`.
 */

/** Deeper expressions than this are not evaluated (a file of 10,000 nested blocks must not overflow the stack). */
const MAX_DEPTH = 200

/** One Terraform module as evaluated: its blocks by kind, and what the caller gave its variables. */
export interface Module {
  /** `''` for the root module, `module.net.` inside it. */
  prefix: string
  /** The module's folder, relative to the working directory. */
  folder: string
  files: HclFile[]
  variables: Map<string, Block>
  locals: Map<string, { attribute: Attribute; source: HclFile }>
  resources: Map<string, Block>
  data: Map<string, Block>
  modules: Map<string, Block>
  outputs: Map<string, Block>
  /**
   * Values given for variables: by the user (root module) or by the calling `module` block, each worked out
   * at its first use, as Terraform orders values and not modules: a module's input may read another
   * module's output while that module reads one of this one's.
   */
  inputs: Map<string, Input>
  /** Local modules called from this one, by name, once read. */
  children: Map<string, Module | null>
  /** The template condition under which this module instance exists (a call's `count = var.on ? 1 : 0`). */
  condition?: string
}

/** A value given for a variable, worked out when it is first read. */
export type Input = () => unknown

/** Names bound inside a block: `each`, `count`, a `dynamic` block's iterator, a `for` expression's names. */
type Bindings = ReadonlyMap<string, unknown>

/** What evaluation adds to the template besides values: parameters and conditions, in the resolver's terms. */
export interface Definitions {
  parameters: Record<string, Record<string, unknown>>
  conditions: Record<string, unknown>
}

/** The names a reference may start with besides a resource type (and the names a block binds). */
const NAMED_VALUES = new Set(['var', 'local', 'data', 'module', 'path', 'each', 'count', 'self', 'terraform'])

/** HCL's arithmetic, comparison and logical operators. */
const OPERATORS = new Set(['!', '-', '*', '/', '%', '+', '==', '!=', '<', '>', '<=', '>=', '&&', '||'])

/**
 * A string, or a template whose parts are all known (`"${path.module}/policy.json"`), as text; else null.
 * With `partition`, the deploying partition (`${data.aws_partition.current.partition}`) reads as that name.
 */
function textOf(value: unknown, partition?: string): string | null {
  if (typeof value === 'string') return value
  const parts = templateParts(value)?.map((p) =>
    partition !== undefined && isObject(p) && p['Ref'] === 'AWS::Partition' ? partition : p,
  )
  return parts?.every((p) => typeof p === 'string') ? parts.join('') : null
}

/** The parts of a string template (`"a${x}b"`, read as a join with no separator); null for any other value. */
function templateParts(value: unknown): unknown[] | null {
  const join = isObject(value) ? value['Fn::Join'] : undefined
  return Array.isArray(join) && join[0] === '' && Array.isArray(join[1]) ? (join[1] as unknown[]) : null
}

/** The values made by `unknownValue`: not known offline, as against an intrinsic the resolver works out. */
const notKnown = new WeakSet<object>()

function isNotKnown(value: unknown): boolean {
  return typeof value === 'object' && value !== null && notKnown.has(value)
}

/**
 * Values that are Terraform errors: an attribute or index a known value does not have, or one of null. They are
 * not known offline to the rules, as any unknown value; `can` is false of them, where of a value settled only at
 * deploy time it is not known.
 */
const failures = new WeakSet<object>()

function failure(what: string): Record<string, unknown> {
  const value = unknownValue(what)
  failures.add(value)
  return value
}

function isFailure(value: unknown): boolean {
  return typeof value === 'object' && value !== null && failures.has(value)
}

/** An intrinsic the resolver does not know: it reports it by name as not resolved offline. */
function unknownValue(what: string): Record<string, unknown> {
  const value = { [`Fn::${what}`]: null }
  notKnown.add(value)
  return value
}

export class Evaluator {
  private depth = 0
  private readonly evaluating = new Set<string>()
  private readonly documents = new Map<string, unknown>()
  private readonly locals = new Map<string, unknown>()
  private readonly variables = new Map<string, unknown>()

  constructor(
    readonly origins: Origins,
    readonly definitions: Definitions,
    /** Reads a local module's folder, called from `parent`; null when it cannot be read. */
    private readonly readModule: (
      folder: string,
      prefix: string,
      inputs: Map<string, Input>,
      call: Block,
      parent: Module,
    ) => Module | null,
    /** Takes in a module read by `readModule` once it can be referred to: its resources and its own calls. */
    private readonly enter: (module: Module) => void,
    /** The root module's folder, where Terraform runs: a relative path in `file()` is relative to it. */
    private readonly rootFolder: string,
    /** The root module's variables the user gives values for by name (`--parameter`). */
    private readonly given: ReadonlySet<string>,
    /** Reads a file of the scanned tree for `file` and `templatefile` (relative to cwd); null when it cannot. */
    private readonly readText: (file: string) => string | null = () => null,
  ) {}

  /** The value of an expression node in `module`, with `bindings` in scope. */
  value(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    if (++this.depth > MAX_DEPTH) {
      this.depth--
      return unknownValue(`expression nested deeper than ${MAX_DEPTH} levels`)
    }
    try {
      return this.evaluate(node, module, bindings, source)
    } finally {
      this.depth--
    }
  }

  private evaluate(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    switch (node.type) {
      case 'expression':
        return this.chain(node, module, bindings, source)
      case 'literal_value':
        return this.literal(node.namedChildren[0])
      case 'template_expr':
        return this.template(node.namedChildren[0], module, bindings, source)
      case 'collection_value':
        return this.collection(node.namedChildren[0], module, bindings, source)
      case 'function_call':
        return this.call(node, module, bindings, source)
      case 'conditional':
        return this.conditional(node, module, bindings, source)
      case 'operation':
        return this.operation(node.namedChildren[0], module, bindings, source)
      case 'for_expr':
        return this.forExpression(node.namedChildren[0], module, bindings, source)
      case 'variable_expr':
        return this.reference(node.text, [], module, bindings, node.text)
      default:
        return unknownValue(node.text)
    }
  }

  /** A term followed by attribute, index and splat steps. */
  private chain(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const parts = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment')
    return this.term(parts, node.text, module, bindings, source)
  }

  /** A term's parts, its head and then its steps, whether in an expression of its own or an operand. */
  private term(parts: Node[], text: string, module: Module, bindings: Bindings, source: HclFile): unknown {
    const [head, ...steps] = parts
    if (!head) return unknownValue(text)
    if (head.type === 'variable_expr') {
      const last = steps.at(-1)
      const splat = last?.type === 'splat' ? last : null
      const names = this.steps(splat ? steps.slice(0, -1) : steps, module, bindings, source)
      if (!names) return unknownValue(text)
      if (!splat) return this.reference(head.text, names, module, bindings, text.replace(/\s+/g, ''))
      const after = this.steps(
        (splat.namedChildren[0]?.namedChildren ?? []).filter((c): c is Node => c !== null),
        module,
        bindings,
        source,
      )
      const [name] = names.map((n) => ('attr' in n ? n.attr : undefined))
      if (!after || name === undefined) return unknownValue(text)
      if (head.text === 'data' && names.length === 2) return this.dataSplat(names, after, module, text)
      if (!NAMED_VALUES.has(head.text) && !bindings.has(head.text) && names.length === 1)
        return this.resourceSplat(head.text, name, after, module, text)
      return splatOf(this.reference(head.text, names, module, bindings, text), after, text)
    }
    let value = this.value(head, module, bindings, source)
    for (const step of steps) {
      if (step.type === 'get_attr') value = member(value, step.namedChildren[0]?.text ?? '', text)
      else if (step.type === 'index') value = member(value, this.indexOf(step, module, bindings, source), text)
      else return unknownValue(text)
    }
    return value
  }

  /** Attribute and index steps as a reference reads them; null when another kind of step is among them. */
  private steps(nodes: Node[], module: Module, bindings: Bindings, source: HclFile): Step[] | null {
    const out: Step[] = []
    for (const step of nodes) {
      if (step.type === 'get_attr') out.push({ attr: step.namedChildren[0]?.text ?? '' })
      else if (step.type === 'index') out.push({ index: this.indexOf(step, module, bindings, source) })
      else return null
    }
    return out
  }

  private indexOf(step: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const inner = step.namedChildren[0]
    if (inner?.type === 'legacy_index') return Number(inner.text.replace(/^\./, ''))
    const expression = inner?.namedChildren[0]
    return expression ? this.value(expression, module, bindings, source) : undefined
  }

  private literal(node: Node): unknown {
    switch (node.type) {
      case 'numeric_lit':
        return Number(node.text)
      case 'bool_lit':
        return node.text === 'true'
      case 'null_lit':
        return null
      default:
        return unescape(node.text.slice(1, -1))
    }
  }

  /**
   * A quoted template or heredoc. Literal text stays text; with interpolations, a heredoc becomes a
   * `Fn::Sub` over its own text (so a statement inside it is located exactly) and a quoted string a `Fn::Join`.
   */
  private template(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const heredoc = node.type === 'heredoc_template'
    const indented = heredoc && /^<<-/.test(node.namedChildren[0]?.text ?? '')
    const parts: unknown[] = []
    const variables: Record<string, unknown> = {}
    let literalOnly = true
    let substitutable = heredoc && !indented
    for (const part of node.namedChildren) {
      if (!part) continue
      if (part.type === 'template_literal')
        parts.push(heredoc ? part.text.replaceAll('$${', '${') : unescape(part.text))
      else if (part.type === 'template_interpolation') {
        literalOnly = false
        const inner = part.namedChildren.find((c) => c?.type === 'expression')
        const value = inner ? this.value(inner, module, bindings, source) : unknownValue(part.text)
        parts.push(value)
        const name = inner?.text.trim() ?? ''
        if (!inner || name.includes('}') || part.text.includes('~')) substitutable = false
        else variables[name] = value
      } else if (part.type === 'template_directive') {
        literalOnly = false
        substitutable = false
        parts.push(unknownValue(`template directive ${part.text.split('\n')[0]}`))
      }
    }
    if (literalOnly) {
      const text = parts.join('')
      return indented ? dedent(text) : text
    }
    if (substitutable) {
      const body = node.namedChildren.filter((c) => c?.type !== 'heredoc_start' && c?.type !== 'heredoc_identifier')
      const first = body[0]
      const last = body[body.length - 1]
      if (first && last) {
        const text = source.root.text.slice(first.startIndex, last.endIndex)
        const sub = [text, variables]
        const start = positionOf(first, source)
        this.origins.member(sub, 0, { value: positionOf(node, source), text: start })
        return { 'Fn::Sub': sub }
      }
    }
    // `"${expr}"` alone is the expression's value, whatever its type (a policy document's `.json`).
    if (!heredoc && parts.length === 1) return parts[0]
    // Known parts are one string: a key (`"${p.name}.${p.arn}" => p`) or a comparison needs the string itself.
    if (!heredoc && parts.every((p) => typeof p === 'string')) return parts.join('')
    return { 'Fn::Join': ['', parts] }
  }

  private collection(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    if (node.type === 'tuple') {
      const list: unknown[] = []
      this.origins.set(list, positionOf(node, source))
      for (const item of node.namedChildren) {
        if (item?.type !== 'expression') continue
        this.origins.member(list, list.length, { value: positionOf(item, source) })
        list.push(this.value(item, module, bindings, source))
      }
      return list
    }
    const object: Record<string, unknown> = {}
    this.origins.set(object, positionOf(node, source))
    for (const element of node.namedChildren) {
      if (element?.type !== 'object_elem') continue
      const keyNode = element.childForFieldName('key')
      const valueNode = element.childForFieldName('val')
      if (!keyNode || !valueNode) continue
      const key = objectKey(keyNode, (n) => this.value(n, module, bindings, source))
      if (typeof key !== 'string') continue
      this.origins.member(object, key, { key: positionOf(keyNode, source), value: positionOf(element, source) })
      object[key] = this.value(valueNode, module, bindings, source)
    }
    return object
  }

  private conditional(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const [test, yes, no] = node.namedChildren.filter((c): c is Node => c?.type === 'expression')
    if (!test || !yes || !no) return unknownValue(node.text)
    const decided = this.value(test, module, bindings, source)
    if (decided === true || decided === 'true') return this.value(yes, module, bindings, source)
    if (decided === false || decided === 'false') return this.value(no, module, bindings, source)
    // Not known offline: both arms are possible values, each a variant named by the test as written.
    const name = this.conditionOf([test], test.text, module, bindings, source)
    return { 'Fn::If': [name, this.value(yes, module, bindings, source), this.value(no, module, bindings, source)] }
  }

  /**
   * The condition a test not known offline stands for, named as written and defined as CloudFormation would
   * define it, so that tests are decided together: `!x` (or `!(x)`) is the negation of x, `a && b` and `a || b`
   * combine theirs, and `var.env == "prod"` compares the root variable's parameter, so `var.env == "dev"` is
   * never true beside it. A part known offline is that constant; any other test is a decision of its own.
   */
  private conditionOf(parts: Node[], text: string, module: Module, bindings: Bindings, source: HclFile): string {
    const name = text.replace(/\s+/g, ' ').trim()
    const only = parts.length === 1 ? parts[0] : null
    if (only?.type === 'expression') {
      const inner = only.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment')
      return this.conditionOf(inner, only.text, module, bindings, source)
    }
    const split = only?.type === 'operation' && only.namedChildren[0] ? operands(only.namedChildren[0]) : null
    if (split) {
      const { operator, sides } = split
      const condition = (nodes: Node[]): { Condition: string } => ({
        Condition: this.conditionOf(
          nodes.filter((c) => c.isNamed),
          nodes.map((c) => c.text).join(''),
          module,
          bindings,
          source,
        ),
      })
      if (operator === '!' && sides.length === 1) return this.negation(condition(sides[0]).Condition)
      if ((operator === '&&' || operator === '||') && sides.length === 2) {
        this.definitions.conditions[name] = { [operator === '&&' ? 'Fn::And' : 'Fn::Or']: sides.map(condition) }
        return name
      }
      if ((operator === '==' || operator === '!=') && sides.length === 2) {
        const [a, b] = sides.map((nodes) => this.operand(nodes, module, bindings, source))
        const compared = parameterComparison(a, b) ?? parameterComparison(b, a)
        if (compared && compared.parameter in this.definitions.parameters) {
          const equals = { 'Fn::Equals': [{ Ref: compared.parameter }, compared.literal] }
          this.definitions.conditions[name] = operator === '==' ? equals : { 'Fn::Not': [equals] }
          return name
        }
      }
    }
    const value = this.term(parts, name, module, bindings, source)
    const known = value === true || value === 'true' ? 'true' : value === false || value === 'false' ? 'false' : null
    this.definitions.conditions[name] = known ? { 'Fn::Equals': ['true', known] } : {}
    return name
  }

  /** The condition that holds exactly when `name` does not: `!var.off`, or `!(a && b)` for more than a reference. */
  negation(name: string): string {
    const negated = /^[\w.\-[\]"]+$/.test(name) ? `!${name}` : `!(${name})`
    this.definitions.conditions[negated] = { 'Fn::Not': [{ Condition: name }] }
    return negated
  }

  /** The value of an operand: the parts that stand on one side of an operator. */
  private operand(parts: Node[], module: Module, bindings: Bindings, source: HclFile): unknown {
    return this.term(
      parts.filter((c) => c.isNamed),
      parts.map((c) => c.text).join(''),
      module,
      bindings,
      source,
    )
  }

  private operation(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const split = operands(node)
    if (!split) return unknownValue(node.text.replace(/\s+/g, ' '))
    const { operator, sides } = split
    const operand = (parts: Node[]): unknown => this.operand(parts, module, bindings, source)
    // `var.x != null` over a root variable left at `default = null` tests whether the deployer gives a value:
    // theirs to choose, so both outcomes are possible (the feature it turns on is judged too).
    const optional = (parts: Node[]): boolean => {
      const name = /^var\.([\w-]+)$/.exec(
        parts
          .map((c) => c.text)
          .join('')
          .trim(),
      )?.[1]
      return name !== undefined && this.optional(name, module)
    }
    if ((operator === '==' || operator === '!=') && sides.some(optional))
      return unknownValue(node.text.replace(/\s+/g, ' '))
    const values = sides.map(operand)
    // One known side decides these whatever the other is: `var.create && ...` with create false is false.
    if (operator === '&&' && values.some((v) => v === false || v === 'false')) return false
    if (operator === '||' && values.some((v) => v === true || v === 'true')) return true
    if (values.some((v) => isIntrinsic(v) || hasIntrinsic(v))) return unknownValue(node.text.replace(/\s+/g, ' '))
    if (node.type === 'unary_operation') return operator === '!' ? !values[0] : -Number(values[0])
    const [a, b] = values
    switch (operator) {
      case '==':
        return JSON.stringify(a) === JSON.stringify(b)
      case '!=':
        return JSON.stringify(a) !== JSON.stringify(b)
      case '&&':
        return Boolean(a) && Boolean(b)
      case '||':
        return Boolean(a) || Boolean(b)
      case '+':
        return Number(a) + Number(b)
      case '-':
        return Number(a) - Number(b)
      case '*':
        return Number(a) * Number(b)
      case '/':
        return Number(a) / Number(b)
      case '%':
        return Number(a) % Number(b)
      case '<':
        return Number(a) < Number(b)
      case '>':
        return Number(a) > Number(b)
      case '<=':
        return Number(a) <= Number(b)
      case '>=':
        return Number(a) >= Number(b)
      default:
        return unknownValue(node.text)
    }
  }

  private forExpression(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const intro = node.namedChildren.find((c) => c?.type === 'for_intro')
    const names = intro?.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c.text) ?? []
    const collectionNode = intro?.namedChildren.find((c) => c?.type === 'expression')
    const bodies = node.namedChildren.filter((c): c is Node => c?.type === 'expression')
    const condition = node.namedChildren.find((c) => c?.type === 'for_cond')?.namedChildren[0]
    if (!collectionNode || bodies.length === 0) return unknownValue(node.text)
    const collection = this.value(collectionNode, module, bindings, source)
    const entries = entriesOf(collection)
    if (!entries) return unknownValue(node.text.replace(/\s+/g, ' '))
    const isObjectResult = node.type === 'for_object_expr'
    const list: unknown[] = []
    const object: Record<string, unknown> = {}
    for (const [key, value] of entries) {
      const inner = new Map(bindings)
      if (names.length === 2) inner.set(names[0], key).set(names[1], value)
      else inner.set(names[0], value)
      if (condition) {
        const keep = this.value(condition, module, inner, source)
        if (keep === false) continue
      }
      if (isObjectResult) {
        const k = this.value(bodies[0], module, inner, source)
        if (typeof k === 'string') object[k] = this.value(bodies[1] ?? bodies[0], module, inner, source)
      } else list.push(this.value(bodies[0], module, inner, source))
    }
    return isObjectResult ? object : list
  }

  private call(node: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const { name, args: list } = callOf(node)
    if (name === 'try') {
      // The first argument that evaluates without an unknown reference wins, as Terraform's try does; a value
      // worked out at deploy time (the partition, a parameter) is no error.
      for (const arg of list) {
        const value = this.value(arg, module, bindings, source)
        if (!isNotKnown(value)) return value
      }
      return unknownValue(node.text.replace(/\s+/g, ' '))
    }
    if (name === 'can' && list.length === 1) {
      const value = this.value(list[0], module, bindings, source)
      if (isFailure(value)) return false
      return isNotKnown(value) ? unknownValue(node.text.replace(/\s+/g, ' ')) : true
    }
    const values = list.map((a) => this.value(a, module, bindings, source))
    const text = node.text.replace(/\s+/g, ' ')
    if (name === 'file' || name === 'templatefile') return this.fileFunction(name, values, module, text)
    return applyFunction(name, values, text)
  }

  /**
   * `file(path)` and `templatefile(path, vars)` over a file of the module (`${path.module}/...`): its text, with
   * each `${name}` of a template replaced by that variable's value. A template with directives (`%{ for }`,
   * `%{ if }`) or other expressions, and any other path, is not worked out: the value is not known offline.
   */
  private fileFunction(name: string, args: unknown[], module: Module, text: string): unknown {
    const [given, variables] = args
    const file = placeOf(textOf(given), module.folder, this.rootFolder)
    const content = file === null ? null : this.readText(file)
    if (file === null || content === null) return unknownValue(text)
    if (name === 'file') return content
    const pieces = isObject(variables) && !isIntrinsic(variables) ? templatePieces(content) : null
    if (!pieces) return unknownValue(text)
    return this.rendered(pieces, variables as Record<string, unknown>, path.posix.basename(file)) ?? unknownValue(text)
  }

  /**
   * A template's pieces with each `${name}` replaced by the value given for it, and each `%{ if name }` by the
   * branch its value picks (both, as variants, when the value is not known offline); null when a name is not given.
   */
  private rendered(pieces: TemplatePiece[], variables: Record<string, unknown>, template: string): unknown {
    const parts: unknown[] = []
    for (const piece of pieces) {
      if (typeof piece === 'string') {
        parts.push(piece)
        continue
      }
      if (!Object.hasOwn(variables, piece.name)) return null
      const value = variables[piece.name]
      if (!('yes' in piece)) {
        parts.push(value)
        continue
      }
      const yes = this.rendered(piece.yes, variables, template)
      const no = this.rendered(piece.no, variables, template)
      if (yes === null || no === null) return null
      if (value === true || value === 'true') parts.push(yes)
      else if (value === false || value === 'false') parts.push(no)
      else {
        const condition = `${template}: %{ if ${piece.name} }`
        this.definitions.conditions[condition] = {}
        parts.push({ 'Fn::If': [condition, yes, no] })
      }
    }
    return parts.every((p) => typeof p === 'string') ? parts.join('') : { 'Fn::Join': ['', parts] }
  }

  /** A reference: `var.x`, `local.x`, `data.T.N.attr`, `T.N.attr`, `module.M.output`, `each.value`, ... */
  reference(head: string, steps: Step[], module: Module, bindings: Bindings, text: string): unknown {
    if (bindings.has(head)) return walk(bindings.get(head), steps, text)
    const [first, second] = steps.map((s) => ('attr' in s ? s.attr : undefined))
    if (first === undefined) return unknownValue(text)
    switch (head) {
      case 'var':
        return walk(this.variable(first, module), steps.slice(1), text)
      case 'local':
        return walk(this.local(first, module), steps.slice(1), text)
      case 'data': {
        const address = `${first}.${String(second)}`
        const rest = steps.slice(2)
        const index = rest[0] && 'index' in rest[0] ? rest[0].index : undefined
        const instances = index === undefined ? null : this.dataInstances(address, module)
        if (!instances) return walk(this.data(address, module), rest, text)
        // `data.T.N[0].json` is that instance's; when the number or the keys of the instances are not known
        // offline, the one instance that stands for all of them.
        const instance =
          instances.find((i) => i.suffix === `[${JSON.stringify(index)}]`) ?? instances.find((i) => i.suffix === '[*]')
        if (!instance) return unknownValue(`${text} (no such instance)`)
        return walk(this.data(address, module, instance), rest.slice(1), text)
      }
      case 'module':
        return walk(this.moduleOutput(first, String(second), module), steps.slice(2), text)
      case 'path':
        return first === 'module' ? module.folder : unknownValue(text)
      case 'each':
      case 'count':
      case 'self':
      case 'terraform':
        return unknownValue(text)
    }
    const index = steps[1]
    if (index && 'index' in index)
      return this.resourceAttribute(head, first, `[${JSON.stringify(index.index)}]`, steps.slice(2), module, text)
    return this.resourceAttribute(head, first, '', steps.slice(1), module, text)
  }

  /**
   * An attribute of a resource (of its instance `suffix`): a key's ARN names that key; a principal's name
   * or a policy's ARN refers to that resource; anything else of a resource is one fixed value.
   */
  private resourceAttribute(
    type: string,
    name: string,
    suffix: string,
    steps: Step[],
    module: Module,
    text: string,
  ): unknown {
    const attribute = steps[0] && 'attr' in steps[0] ? steps[0].attr : undefined
    if (attribute === undefined) return unknownValue(text)
    const target = `${module.prefix}${type}.${name}${suffix}`
    // KMS.Effective follows the reference to the resource at that address (`aws_iam_role.app`, or an instance
    // of count or for_each, `aws_iam_role.app[0]`), when the configuration deploys it.
    const principal =
      (['aws_iam_role', 'aws_iam_user', 'aws_iam_group'].includes(type) && ['name', 'id'].includes(attribute)) ||
      (type === 'aws_ssoadmin_permission_set' && ['arn', 'id'].includes(attribute))
    const policy = type === 'aws_iam_policy' && (attribute === 'arn' || attribute === 'id')
    if ((principal || policy) && this.deploys(type, name, suffix, module)) return { Ref: target }
    if (type === 'aws_kms_key' || type === 'aws_kms_replica_key') {
      if (attribute === 'arn') return { 'Fn::GetAtt': [target, 'Arn'] }
      if (attribute === 'id' || attribute === 'key_id') return { 'Fn::GetAtt': [target, 'KeyId'] }
    }
    return valueOf(`${target}.${attribute}`)
  }

  /** Whether the resource `type.name` has an instance `suffix` (`''` for one without count or for_each). */
  private deploys(type: string, name: string, suffix: string, module: Module): boolean {
    const block = module.resources.get(`${type}.${name}`)
    if (!block) return false
    const attributes = attributesOf(block.body)
    if (!attributes.has('count') && !attributes.has('for_each')) return suffix === ''
    return suffix !== '' && instancesOf(block, module, this).some((instance) => instance.suffix === suffix)
  }

  /** A root module variable left at `default = null`: the deployer may give a value or none. */
  private optional(name: string, module: Module): boolean {
    if (module.prefix !== '' || module.inputs.has(name) || this.given.has(name)) return false
    const declared = attributesOf(module.variables.get(name)?.body ?? null).get('default')
    return declared?.expression.text.trim() === 'null'
  }

  private variable(name: string, module: Module): unknown {
    const key = `${module.prefix}${name}`
    if (this.variables.has(key)) return this.variables.get(key)
    const evaluating = `var:${key}`
    if (this.evaluating.has(evaluating)) return unknownValue(`var.${name} (its value refers to itself)`)
    this.evaluating.add(evaluating)
    const value = this.variableValue(name, module)
    this.evaluating.delete(evaluating)
    // A root module's parameter (`Ref`) is made afresh for each use, so that each stands where it is written.
    if (module.prefix !== '' || !isIntrinsic(value)) this.variables.set(key, value)
    return value
  }

  private variableValue(name: string, module: Module): unknown {
    const block = module.variables.get(name)
    const input = module.inputs.get(name)
    if (!block) return input ? input() : unknownValue(`var.${name} (no such variable)`)
    const attributes = attributesOf(block.body)
    const expression = (node: Node): unknown => this.value(node, module, new Map(), block.source)
    const type = attributes.get('type')
    const typed = (value: unknown): unknown =>
      type ? conform(value, constraintOf(type.expression), expression, this.origins) : value
    // A null given for a variable declared `nullable = false` is its default, as Terraform reads it.
    const given = input?.()
    const nullable = attributes.get('nullable')?.expression.text !== 'false'
    if (input && (given !== null || nullable)) return typed(given)
    const declared = attributes.get('default')
    const value = declared ? expression(declared.expression) : undefined
    // A child module's variable that its call leaves out is its default: nothing else can set it.
    if (module.prefix !== '')
      return value === undefined ? unknownValue(`var.${name} (no value, no default)`) : typed(value)
    // The root module's variables are parameters: a value the user gives wins, else the default, else
    // the value is unresolved. A default of null is no value: null, unless the user gives one.
    if (value === null && this.given.has(name)) {
      this.definitions.parameters[name] ??= {}
      return { Ref: name }
    }
    if (value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      this.definitions.parameters[name] ??= value === undefined ? {} : { Default: value }
      return { Ref: name }
    }
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      this.definitions.parameters[name] ??= { Type: 'CommaDelimitedList', Default: value.join(',') }
      return { Ref: name }
    }
    return typed(value)
  }

  private local(name: string, module: Module): unknown {
    const key = `${module.prefix}${name}`
    if (this.locals.has(key)) return this.locals.get(key)
    const found = module.locals.get(name)
    if (!found) return unknownValue(`local.${name} (no such local value)`)
    if (this.evaluating.has(key)) return unknownValue(`local.${name} (it refers to itself)`)
    this.evaluating.add(key)
    const value = this.value(found.attribute.expression, module, new Map(), found.source)
    this.evaluating.delete(key)
    this.locals.set(key, value)
    return value
  }

  /**
   * `data.T.N[*].json`: the list of the data source's instances, each read as the steps after the splat say
   * (one item for a data source without count or for_each, as Terraform's splat makes of one object).
   */
  private dataSplat(names: Step[], after: Step[], module: Module, text: string): unknown {
    const address = names.map((n) => ('attr' in n ? n.attr : '')).join('.')
    const instances = this.dataInstances(address, module)
    if (!instances) return [walk(this.data(address, module), after, text)]
    return instances.map((instance) => walk(this.data(address, module, instance), after, text))
  }

  /**
   * `T.N[*].arn` (or `T.N.*.arn`): the attribute of each instance of the resource, one item for a resource
   * without count or for_each; of a key, each instance's own key.
   */
  private resourceSplat(type: string, name: string, after: Step[], module: Module, text: string): unknown {
    const block = module.resources.get(`${type}.${name}`)
    if (!block) return unknownValue(`${text} (no such resource)`)
    const attributes = attributesOf(block.body)
    if (!attributes.has('count') && !attributes.has('for_each'))
      return [this.resourceAttribute(type, name, '', after, module, text)]
    return instancesOf(block, module, this).map((instance) =>
      this.resourceAttribute(type, name, instance.suffix, after, module, text),
    )
  }

  /** The instances of a data source with count or for_each; null for one with neither, or none declared. */
  private dataInstances(address: string, module: Module): Instance[] | null {
    const block = module.data.get(address)
    const attributes = attributesOf(block?.body ?? null)
    if (!block || (!attributes.has('count') && !attributes.has('for_each'))) return null
    return instancesOf(block, module, this)
  }

  /** A data source's attributes; of one instance, read with its `count.index` or `each`, when given. */
  private data(address: string, module: Module, instance?: Instance): unknown {
    const [type] = address.split('.')
    if (type === 'aws_caller_identity') {
      // The identity that runs Terraform: one principal of the deploying account, never a wildcard.
      const identity = `${module.prefix}data.${address}`
      return {
        account_id: { Ref: 'AWS::AccountId' },
        id: { Ref: 'AWS::AccountId' },
        arn: valueOf(`${identity}.arn`),
        user_id: valueOf(`${identity}.user_id`),
      }
    }
    // `id` is the same value as the name each data source is read for.
    if (type === 'aws_region')
      return { name: { Ref: 'AWS::Region' }, region: { Ref: 'AWS::Region' }, id: { Ref: 'AWS::Region' } }
    if (type === 'aws_partition') return { partition: { Ref: 'AWS::Partition' }, id: { Ref: 'AWS::Partition' } }
    if (type === 'aws_iam_policy') return this.managedPolicy(address, module, instance)
    if (type !== 'aws_iam_policy_document') return unknownValue(`data.${address}`)
    const block = module.data.get(address)
    if (!block) return unknownValue(`data.${address} (no such data source)`)
    const { suffix, bindings } = instance ?? { suffix: '', bindings: new Map() }
    const document = this.policyDocument(block, module, `${module.prefix}data.${address}${suffix}`, bindings)
    return { json: document, minified_json: document }
  }

  /**
   * A `data "aws_iam_policy"` that names an AWS managed policy by its `arn`, or by its `name` (the provider
   * searches every policy the account sees, AWS managed ones among them, and fails when two match): the ARN,
   * and as its `policy` the statements of it that can matter to KMS, from the table KMS.Effective reads (none
   * for most). A policy the table does not know is not known offline.
   */
  private managedPolicy(address: string, module: Module, instance?: Instance): unknown {
    const block = module.data.get(address)
    const attributes = attributesOf(block?.body ?? null)
    const read = (name: string): unknown => {
      const given = attributes.get(name)
      return block && given ? this.value(given.expression, module, instance?.bindings ?? new Map(), block.source) : null
    }
    let arn = read('arn')
    let managed = arn === null ? null : managedPolicyByArn(textOf(arn, 'aws') ?? '')
    const name = arn === null ? read('name') : null
    if (typeof name === 'string') {
      managed = managedPolicyByName(name)
      const prefix = read('path_prefix')
      if (managed && typeof prefix === 'string' && !`/${managed.id}`.startsWith(prefix)) managed = null
      arn = managed && { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::aws:policy/${managed.id}`]] }
    }
    if (!managed) return unknownValue(`data.${address}`)
    const document = { Version: '2012-10-17', Statement: managed.statements.map((s) => s.statement) }
    return { arn, id: arn, policy: document }
  }

  /** A `data "aws_iam_policy_document"` as a policy document; its statements point at their blocks. */
  policyDocument(block: Block, module: Module, address: string, bindings: Bindings = new Map()): unknown {
    const known = this.documents.get(address)
    if (known) return known
    if (this.evaluating.has(address)) return unknownValue(`${address} (it includes itself)`)
    this.evaluating.add(address)
    const source = block.source
    const attributes = attributesOf(block.body)
    const statements: unknown[] = []
    const document: Record<string, unknown> = {}
    this.origins.set(document, positionOf(block.node, source))
    const version = attributes.get('version')
    document['Version'] = version ? this.value(version.expression, module, bindings, source) : '2012-10-17'
    for (const name of ['source_policy_documents', 'source_json']) {
      const given = attributes.get(name)
      if (given) statements.push(...statementsOf(this.sourceDocuments(given, module, bindings, source)))
    }
    for (const child of blocksOf(block.body, source)) {
      if (child.type === 'statement') statements.push(this.statement(child.body, child.node, module, bindings, source))
      else if (child.type === 'dynamic' && child.labels[0] === 'statement')
        statements.push(...this.dynamicStatements(child, module, bindings, source))
    }
    for (const name of ['override_policy_documents', 'override_json']) {
      const given = attributes.get(name)
      if (!given) continue
      for (const override of statementsOf(this.sourceDocuments(given, module, bindings, source))) {
        const sid = isObject(override) ? override['Sid'] : undefined
        const same = statements.findIndex((s) => sid !== undefined && isObject(s) && s['Sid'] === sid)
        if (same >= 0) statements[same] = override
        else statements.push(override)
      }
    }
    document['Statement'] = statements
    const origin = this.origins.set(statements, positionOf(block.node, source))
    statements.forEach((s, i) => {
      const at = this.origins.get(s)?.at
      if (at) origin.members.set(i, { value: at })
    })
    this.evaluating.delete(address)
    this.documents.set(address, document)
    return document
  }

  /**
   * The documents a `source_policy_documents` or `override_policy_documents` argument names. A variable that
   * holds them (a module's `var.source_policy_documents`) is a parameter, and a parameter's value is its default
   * unless one is given: an empty list by default adds no statements.
   */
  private sourceDocuments(given: Attribute, module: Module, bindings: Bindings, source: HclFile): unknown {
    const value = this.value(given.expression, module, bindings, source)
    const name = isObject(value) && Object.keys(value).length === 1 ? value['Ref'] : undefined
    const parameter = typeof name === 'string' ? this.definitions.parameters[name] : undefined
    return parameter?.['Type'] === 'CommaDelimitedList' && parameter['Default'] === '' ? [] : value
  }

  private dynamicStatements(block: Block, module: Module, bindings: Bindings, source: HclFile): unknown[] {
    const attributes = attributesOf(block.body)
    const iterator = attributes.get('iterator')?.expression.text ?? 'statement'
    const content = blocksOf(block.body, source).find((b) => b.type === 'content')
    const forEach = attributes.get('for_each')
    if (!content || !forEach) return []
    const collection = this.value(forEach.expression, module, bindings, source)
    const entries = entriesOf(collection) ?? [[unknownValue('each key'), unknownValue(`${forEach.expression.text}`)]]
    return entries.map(([key, value]) =>
      this.statement(content.body, block.node, module, new Map(bindings).set(iterator, { key, value }), source),
    )
  }

  /** A list with each null a value the configuration does not fix, its items where the list's were written. */
  /**
   * An argument's value with its nulls read as Terraform deploys them: in one arm of a conditional around the
   * whole value, null leaves the argument out in that variant; anywhere inside (a list item, an element of a
   * policy in `jsonencode`, an arm of either), it is a value the configuration does not fix, unresolved: a
   * variable left at `default = null` is the deployer's to give, never a malformed policy.
   */
  withoutNulls(value: unknown, attribute: Attribute): unknown {
    const arms = withArms(value, (arm) => (arm === null ? noValue() : this.withoutNulls(arm, attribute)))
    if (arms) return this.origins.copy(value as object, arms)
    // Named as written, or by the argument and its line when that is long (a whole `jsonencode` policy); made
    // at the first null only, as most values hold none and are returned as they are, without a copy.
    let unknown: unknown
    const missing = (): unknown => {
      if (unknown) return unknown
      const text = attribute.expression.text.replace(/\s+/g, ' ')
      const written = text.length <= 120 ? text : `${attribute.name} at line ${attribute.node.startPosition.row + 1}`
      return (unknown = unknownValue(`${written} (null: no value given)`))
    }
    const inner = (v: unknown): unknown => {
      if (v === null) return missing()
      if (typeof v !== 'object') return v
      let copy: Record<string, unknown> | null = null
      if (Array.isArray(v) || !isIntrinsic(v) || isConditional(v)) {
        const source = v as Record<string, unknown>
        for (const key of Object.keys(source)) {
          const member = inner(source[key])
          if (member === source[key]) continue
          copy ??= (Array.isArray(v) ? [...(v as unknown[])] : { ...source }) as Record<string, unknown>
          copy[key] = member
        }
      }
      return copy ? this.origins.copy(v, copy) : v
    }
    return inner(value)
  }

  /** One `statement` block as an IAM statement object. */
  private statement(body: Node | null, at: Node, module: Module, bindings: Bindings, source: HclFile): unknown {
    const statement: Record<string, unknown> = {}
    this.origins.set(statement, positionOf(at, source))
    const attributes = attributesOf(body)
    const set = (element: string, attribute: Attribute | undefined, fallback?: unknown): void => {
      // An argument whose value is null is not set, as Terraform reads it; a null in its list (a module's
      // `resources = [var.topic_arn]` with no value given) is a value the configuration does not fix.
      const value = attribute ? this.value(attribute.expression, module, bindings, source) : null
      if (!attribute || value === null) {
        if (fallback !== undefined) statement[element] = fallback
        return
      }
      statement[element] = this.withoutNulls(value, attribute)
      this.origins.member(statement, element, {
        key: positionOf(attribute.node, source),
        value: positionOf(attribute.expression, source),
      })
    }
    set('Sid', attributes.get('sid'))
    set('Effect', attributes.get('effect'), 'Allow')
    set('Action', attributes.get('actions'))
    set('NotAction', attributes.get('not_actions'))
    set('Resource', attributes.get('resources'))
    set('NotResource', attributes.get('not_resources'))
    const blocks = blocksOf(body, source)
    for (const [kind, element] of [
      ['principals', 'Principal'],
      ['not_principals', 'NotPrincipal'],
    ] as const) {
      const principals: Record<string, unknown[]> = {}
      let wildcard = false
      for (const b of blocks.filter((x) => x.type === kind)) {
        const fields = attributesOf(b.body)
        const type = fields.get('type')
        const identifiers = fields.get('identifiers')
        const typeValue = type ? this.value(type.expression, module, bindings, source) : undefined
        const ids = identifiers ? this.value(identifiers.expression, module, bindings, source) : []
        if (typeValue === '*') wildcard = true
        else if (typeof typeValue === 'string')
          principals[typeValue] = [...(principals[typeValue] ?? []), ...asList(ids)]
        this.origins.member(statement, element, { key: positionOf(b.node, source), value: positionOf(b.node, source) })
      }
      if (wildcard) statement[element] = '*'
      else if (Object.keys(principals).length > 0) statement[element] = principals
    }
    const conditions: Record<string, Record<string, unknown>> = {}
    for (const b of blocks.filter((x) => x.type === 'condition')) {
      const fields = attributesOf(b.body)
      const read = (name: string): unknown => {
        const a = fields.get(name)
        return a ? this.value(a.expression, module, bindings, source) : undefined
      }
      const test = read('test')
      const variable = read('variable')
      if (typeof test !== 'string' || typeof variable !== 'string') continue
      conditions[test] = { ...(conditions[test] ?? {}), [variable]: read('values') }
    }
    if (Object.keys(conditions).length > 0) statement['Condition'] = conditions
    // Both of a pair set from values not known offline (a dynamic block over statements a caller gives, each
    // with `not_actions` null unless given): which of the two the statement has is not known, nor is it.
    for (const [one, other] of [
      ['Action', 'NotAction'],
      ['Resource', 'NotResource'],
    ] as const) {
      if (one in statement && other in statement && (isNotKnown(statement[one]) || isNotKnown(statement[other]))) {
        const unknown = unknownValue(`the statement at line ${at.startPosition.row + 1} (not known offline)`)
        this.origins.set(unknown, positionOf(at, source))
        return unknown
      }
    }
    return statement
  }

  private moduleOutput(name: string, output: string, module: Module): unknown {
    const child = this.child(name, module)
    const block = child?.outputs.get(output)
    const value = block ? attributesOf(block.body).get('value') : undefined
    if (!child || !block || !value) return unknownValue(`module.${name}.${output}`)
    return this.value(value.expression, child, new Map(), block.source)
  }

  /** The condition that both hold, named and defined for the template; either alone when the other is none. */
  both(a: string | undefined, b: string | undefined): string | undefined {
    if (!a || !b || a === b) return a ?? b
    const name = `${a} && ${b}`
    this.definitions.conditions[name] = { 'Fn::And': [{ Condition: a }, { Condition: b }] }
    return name
  }

  /** A local module (`source = "./..."`) read with its inputs; null for registry and remote modules. */
  child(name: string, module: Module): Module | null {
    if (module.children.has(name)) return module.children.get(name)!
    module.children.set(name, null)
    const block = module.modules.get(name)
    const attributes = attributesOf(block?.body ?? null)
    const given = attributes.get('source')
    const sourcePath = given ? this.value(given.expression, module, new Map(), block!.source) : null
    if (!block || typeof sourcePath !== 'string' || !/^\.\.?\//.test(sourcePath)) return null
    // One module per instance, its inputs read with that instance's `count.index` or `each`; none for
    // `count = 0` or `for_each` over nothing. Without count or for_each the call is the module itself.
    const folder = path.posix.normalize(path.posix.join(module.folder, sourcePath)).replace(/(.)\/$/, '$1')
    const instances: Module[] = []
    for (const { suffix, bindings, condition } of instancesOf(block, module, this)) {
      const inputs = new Map<string, Input>()
      for (const [input, attribute] of attributes) {
        if (['source', 'version', 'providers', 'count', 'for_each', 'depends_on'].includes(input)) continue
        inputs.set(input, () => this.value(attribute.expression, module, bindings, block.source))
      }
      const child = this.readModule(folder, `${module.prefix}module.${name}${suffix}.`, inputs, block, module)
      if (!child) continue
      child.condition = this.both(module.condition, condition)
      instances.push(child)
    }
    // `module.NAME.output` reads the first instance's outputs (of several, only `module.NAME[key]` names one).
    const first = instances[0] ?? null
    module.children.set(name, first)
    for (const child of instances) this.enter(child)
    return first
  }
}

/**
 * Where `file()` reads: `${path.module}/...` in the module's folder, a relative path in the folder Terraform
 * runs in (the root module's); null for an absolute path or one that leaves that folder.
 */
function placeOf(file: string | null, folder: string, root: string): string | null {
  if (file === null) return null
  if (file.startsWith(`${folder}/`)) return file.includes('/../') ? null : file
  if (path.posix.isAbsolute(file)) return null
  const joined = path.posix.join(root, file)
  return path.posix.relative(root, joined).startsWith('..') ? null : joined
}

/** A template's text, a `${name}` interpolation, or a `%{ if name }` directive with both of its branches. */
type TemplatePiece = string | { name: string } | { name: string; yes: TemplatePiece[]; no: TemplatePiece[] }

/**
 * A template's pieces: text, `${name}` and `%{ if name }...%{ else }...%{ endif }` (with `~` strip markers);
 * null for anything else (`%{ for }`, expressions), which is not worked out offline.
 */
function templatePieces(content: string): TemplatePiece[] | null {
  const tokens = /\$\$\{|%%\{|([$%])\{(~?)\s*([^}]*?)\s*(~?)\}/g
  const root: TemplatePiece[] = []
  // Open `if` directives, innermost last, each with the branch being filled.
  const open: { piece: { name: string; yes: TemplatePiece[]; no: TemplatePiece[] }; branch: TemplatePiece[] }[] = []
  let last = 0
  let stripNext = false
  const add = (piece: TemplatePiece): void => {
    ;(open.at(-1)?.branch ?? root).push(piece)
  }
  const addText = (raw: string, stripEnd: boolean): void => {
    // As templatefile strips (measured with terraform): `~}` takes the spaces after it and one line break,
    // `%{~` the spaces before it on its own line.
    let text = stripNext ? raw.replace(/^[ \t]*(\r?\n)?/, '') : raw
    if (stripEnd) text = text.replace(/[ \t]*$/, '')
    if (text !== '') add(text)
  }
  for (const match of content.matchAll(tokens)) {
    const [whole, kind, left, body, right] = match
    if (kind === undefined) continue
    addText(content.slice(last, match.index).replaceAll('$${', '${').replaceAll('%%{', '%{'), left === '~')
    last = match.index + whole.length
    stripNext = right === '~'
    const name = /^[A-Za-z_][\w-]*$/
    if (kind === '$') {
      if (!name.test(body)) return null
      add({ name: body })
      continue
    }
    const [word, argument, ...rest] = body.split(/\s+/)
    if (word === 'if' && argument !== undefined && name.test(argument) && rest.length === 0) {
      const piece = { name: argument, yes: [], no: [] }
      add(piece)
      open.push({ piece, branch: piece.yes })
    } else if (word === 'else' && argument === undefined && open.length > 0) {
      open[open.length - 1].branch = open[open.length - 1].piece.no
    } else if (word === 'endif' && argument === undefined && open.length > 0) {
      open.pop()
    } else return null
  }
  addText(content.slice(last).replaceAll('$${', '${').replaceAll('%%{', '%{'), false)
  return open.length === 0 ? root : null
}

/** An instance of a resource, data source or module call: its address suffix and its `count` or `each`. */
interface Instance {
  suffix: string
  bindings: Map<string, unknown>
  /** The template condition under which the instance exists (`count = var.on ? 1 : 0`); none when it always may. */
  condition?: string
}

/**
 * An operation's operator and the parts on each side of it (one side for `!` and `-`). The parser gives an
 * operand's parts (`local.name` is the name `local`, then `.name`) as children of the operation itself, beside the
 * operator and any parentheses: the operands are what stands on either side of the operator.
 */
function operands(node: Node): { operator: string; sides: Node[][] } | null {
  const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment')
  const at = children.findIndex((c) => !c.isNamed && OPERATORS.has(c.type))
  if (at < 0) return null
  const sides =
    node.type === 'unary_operation' ? [children.slice(at + 1)] : [children.slice(0, at), children.slice(at + 1)]
  return { operator: children[at].type, sides }
}

/**
 * A root variable's parameter compared with a string or number (`var.env == "prod"`), as CloudFormation's
 * `Fn::Equals` compares them; null for any other comparison. A boolean stays a decision of its own: a bool
 * variable has no third value for the parameter's other values to stand for.
 */
function parameterComparison(a: unknown, b: unknown): { parameter: string; literal: string } | null {
  const parameter = isObject(a) && Object.keys(a).length === 1 && typeof a['Ref'] === 'string' ? a['Ref'] : null
  return parameter !== null && (typeof b === 'string' || typeof b === 'number')
    ? { parameter, literal: String(b) }
    : null
}

/**
 * For a count or a collection that is a conditional not known offline with nothing in one arm
 * (`var.on ? 1 : 0`, `var.on ? toset(["a"]) : []`): the other arm, and the condition under which it is taken.
 * Its instances exist only there, so a variant in which there are none is not judged.
 */
function existing(
  value: unknown,
  none: (arm: unknown) => boolean,
  evaluator: Evaluator,
): { value: unknown; condition: string } | null {
  if (!isConditional(value)) return null
  const [name, yes, no] = value['Fn::If'] as [unknown, unknown, unknown]
  if (typeof name !== 'string' || none(yes) === none(no)) return null
  if (none(no)) return { value: yes, condition: name }
  return { value: no, condition: evaluator.negation(name) }
}

/**
 * The instances of a resource or a module call: one, or one per `count` index or `for_each` key (each judged on
 * its own), or one `[*]` standing for all when the number or the keys are not known offline.
 */
export function instancesOf(block: Block, module: Module, evaluator: Evaluator): Instance[] {
  const attributes = attributesOf(block.body)
  const count = attributes.get('count')
  const forEach = attributes.get('for_each')
  if (count) return counted(evaluator.value(count.expression, module, new Map(), block.source), evaluator)
  if (forEach) return keyed(evaluator.value(forEach.expression, module, new Map(), block.source), evaluator)
  return [{ suffix: '', bindings: new Map() }]
}

function counted(n: unknown, evaluator: Evaluator): Instance[] {
  const arm = existing(n, (v) => v === 0, evaluator)
  if (arm)
    return counted(arm.value, evaluator).map((i) => ({ ...i, condition: evaluator.both(arm.condition, i.condition) }))
  if (typeof n !== 'number') return [{ suffix: '[*]', bindings: new Map([['count', { index: n }]]) }]
  return Array.from({ length: Math.min(n, 100) }, (_, i) => ({
    suffix: `[${i}]`,
    bindings: new Map([['count', { index: i }]]),
  }))
}

function keyed(collection: unknown, evaluator: Evaluator): Instance[] {
  const arm = existing(collection, (v) => entriesOf(v)?.length === 0, evaluator)
  if (arm)
    return keyed(arm.value, evaluator).map((i) => ({ ...i, condition: evaluator.both(arm.condition, i.condition) }))
  const entries = entriesOf(collection)
  if (!entries || isIntrinsic(collection))
    return [{ suffix: '[*]', bindings: new Map([['each', { key: collection, value: collection }]]) }]
  // A set (a list given to for_each) is keyed by its values.
  const pairs = Array.isArray(collection) ? entries.map(([, v]) => [v, v]) : entries
  return pairs.map(([key, value]) => ({
    suffix: `[${JSON.stringify(key)}]`,
    bindings: new Map([['each', { key, value }]]),
  }))
}

/** HCL string escapes; `$${` and `%%{` are the literal `${` and `%{`. */
function unescape(text: string): string {
  if (!text.includes('\\') && !text.includes('$${') && !text.includes('%%{')) return text
  return text
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c: string) => {
      if (c.length > 1) return String.fromCodePoint(parseInt(c.slice(1), 16))
      return ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } as Record<string, string>)[c] ?? c
    })
    .replaceAll('$${', '${')
    .replaceAll('%%{', '%{')
}

function dedent(text: string): string {
  const lines = text.split('\n')
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length)
  const cut = indents.length > 0 ? Math.min(...indents) : 0
  return lines.map((l) => l.slice(cut)).join('\n')
}

function objectKey(node: Node, evaluate: (n: Node) => unknown): unknown {
  const inner = node.namedChildren[0]
  // A bare word key (`Effect = ...`) is its own name, not a reference.
  if (inner?.type === 'variable_expr' && node.namedChildren.length === 1) return inner.text
  const value = evaluate(node)
  return typeof value === 'string' ? value : undefined
}

function hasIntrinsic(value: unknown): boolean {
  return isObject(value) && Object.keys(value).some((k) => k === 'Ref' || k.startsWith('Fn::'))
}

function member(value: unknown, step: unknown, text: string): unknown {
  if (Array.isArray(value) && typeof step === 'number') return step in value ? value[step] : failure(text)
  if (isObject(value) && !isIntrinsic(value) && typeof step === 'string')
    return step in value ? value[step] : failure(text)
  return value === null || isFailure(value) ? failure(text) : unknownValue(text)
}

/** `value[*].x`: the steps after the splat read from each item of a list; a single object is a list of one. */
function splatOf(value: unknown, after: Step[], text: string): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, after, text))
  if (value === null) return []
  return isObject(value) && !isIntrinsic(value) ? [walk(value, after, text)] : unknownValue(text)
}

/** An attribute step (`.name`) or an index step (`[expression]`) of a reference. */
type Step = { attr: string } | { index: unknown }

function walk(value: unknown, steps: Step[], text: string): unknown {
  let out = value
  for (const step of steps) out = member(out, 'attr' in step ? step.attr : step.index, text)
  return out
}

/**
 * Key/value pairs of a list (index, item), a set, or an object; null when not known offline. Terraform goes
 * through a map or object in the order of its keys, not as written: so do `for_each`, `dynamic` and `for`.
 */
function entriesOf(value: unknown): [unknown, unknown][] | null {
  if (Array.isArray(value)) return value.map((v, i) => [i, v])
  if (isObject(value) && !isIntrinsic(value))
    return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return null
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value]
}

/** The statements of a list of policy documents (objects, or JSON text). */
function statementsOf(value: unknown): unknown[] {
  const out: unknown[] = []
  for (const item of asList(value)) {
    // A null (a module's `source_policy_documents = var.extra` left null) is not set: no statements.
    if (item === null) continue
    let document: unknown = isObject(item) && 'json' in item ? item['json'] : item
    if (typeof document === 'string') {
      try {
        document = JSON.parse(document)
      } catch {
        continue
      }
    }
    if (isObject(document) && 'Statement' in document) out.push(...asList(document['Statement']))
    else out.push(unknownValue('a policy document not known offline'))
  }
  return out
}

/** The built-in functions that matter for policies, where their arguments are known. */
/**
 * An item of `compact`'s list whose value depends on a conditional not known offline: an empty branch becomes
 * `AWS::NoValue`, which drops the item from the list in that variant, as `compact` drops it.
 */
function droppedWhenEmpty(item: unknown): unknown {
  return withArms(item, (arm) => (arm === '' || arm === null ? noValue() : droppedWhenEmpty(arm))) ?? item
}

/** A conditional (`Fn::If`) with each arm replaced; null when the value is not one. */
function withArms(value: unknown, arm: (value: unknown) => unknown): Record<string, unknown> | null {
  if (!isConditional(value)) return null
  const [test, yes, no] = value['Fn::If'] as unknown[]
  return { 'Fn::If': [test, arm(yes), arm(no)] }
}

function isConditional(value: unknown): value is Record<string, unknown> {
  return isObject(value) && Array.isArray(value['Fn::If']) && value['Fn::If'].length === 3
}

/** Functions that keep a conditional argument as it is: the resolver works out each variant of the result. */
const OVER_VARIANTS = new Set(['jsonencode', 'join', 'format', 'compact', 'tolist', 'toset', 'tomap', 'tostring'])

/** Conditionals taken apart in one call at most: each doubles the variants of its result. */
const MAX_ARMS = 3

/** `format(spec, values...)` with `%s` and `%d` verbs (and `%%`); null for any other verb. */
function formatted(spec: unknown, values: unknown[]): unknown {
  if (typeof spec !== 'string' || !/^([^%]|%[sd%])*$/.test(spec)) return null
  const parts: unknown[] = []
  let next = 0
  let last = 0
  for (const match of spec.matchAll(/%[sd%]/g)) {
    parts.push(spec.slice(last, match.index))
    last = match.index + 2
    if (match[0] === '%%') parts.push('%')
    else if (next < values.length) {
      const value = values[next++]
      parts.push(typeof value === 'number' ? String(value) : value)
    } else return null
  }
  parts.push(spec.slice(last))
  return parts.every((p) => typeof p === 'string') ? parts.join('') : { 'Fn::Join': ['', parts] }
}

/**
 * `replace(text, search, replacement)`: a search written `/.../` is a regular expression (Terraform's are RE2,
 * which JavaScript reads alike for the patterns modules use); null for one JavaScript cannot read.
 */
function replaced(text: string, search: string, replacement: string): string | null {
  if (search.length < 2 || !search.startsWith('/') || !search.endsWith('/'))
    return text.replaceAll(search, () => replacement)
  try {
    return text.replace(new RegExp(search.slice(1, -1), 'g'), replacement)
  } catch {
    return null
  }
}

/** What leaves a list item or an argument out in one variant, as CloudFormation's `AWS::NoValue` does. */
function noValue(): Record<string, unknown> {
  return { Ref: 'AWS::NoValue' }
}

function applyFunction(name: string, args: unknown[], text: string, depth = 0): unknown {
  // f(c ? x : y) is c ? f(x) : f(y): `concat(local.base, var.logs ? [...] : [])` is a list in each variant.
  const at = OVER_VARIANTS.has(name) || depth >= MAX_ARMS ? -1 : args.findIndex(isConditional)
  if (at >= 0)
    return withArms(args[at], (arm) =>
      applyFunction(
        name,
        args.map((a, i) => (i === at ? arm : a)),
        text,
        depth + 1,
      ),
    )
  const known = args.every((a) => !isIntrinsic(a))
  switch (name) {
    case 'jsonencode':
      return args.length === 1 ? { 'Fn::ToJsonString': args[0] } : unknownValue(text)
    case 'jsondecode':
      if (typeof args[0] === 'string') {
        try {
          return JSON.parse(args[0]) as unknown
        } catch {
          return unknownValue(text)
        }
      }
      return unknownValue(text)
    case 'one':
      // The only item of a list, null for none; more than one is an error in Terraform.
      if (!Array.isArray(args[0]) || args[0].length > 1) return unknownValue(text)
      return args[0].length === 1 ? (args[0] as unknown[])[0] : null
    case 'tolist':
    case 'toset':
    case 'tomap':
    case 'tostring':
    case 'sensitive':
    case 'nonsensitive':
      return args[0]
    case 'concat':
      return known && args.every(Array.isArray) ? (args as unknown[][]).flat() : unknownValue(text)
    case 'flatten':
      return Array.isArray(args[0]) ? (args[0] as unknown[]).flat(Infinity) : unknownValue(text)
    case 'distinct':
      return Array.isArray(args[0]) ? [...new Set(args[0] as unknown[])] : unknownValue(text)
    case 'compact':
      return Array.isArray(args[0])
        ? (args[0] as unknown[]).filter((v) => v !== '' && v !== null).map(droppedWhenEmpty)
        : unknownValue(text)
    case 'merge':
      return known && args.every(isObject) ? Object.assign({}, ...args) : unknownValue(text)
    case 'lookup':
      // The default may be null: `lookup(s, "not_actions", null)` is null where the key is missing.
      if (!isObject(args[0]) || isIntrinsic(args[0]) || typeof args[1] !== 'string') return unknownValue(text)
      return args[1] in args[0] ? args[0][args[1]] : args.length > 2 ? args[2] : unknownValue(text)
    case 'element':
      return Array.isArray(args[0]) && typeof args[1] === 'number' && args[0].length > 0
        ? args[0][args[1] % args[0].length]
        : unknownValue(text)
    case 'coalesce':
      return args.find((a) => a !== null && a !== '') ?? unknownValue(text)
    case 'coalescelist':
      return args.every(Array.isArray) ? (args.find((a) => (a as unknown[]).length > 0) ?? []) : unknownValue(text)
    case 'length':
      // A list's length is known when none of its items is a value not known offline (which may be a list).
      if (Array.isArray(args[0])) return args[0].some(isNotKnown) ? unknownValue(text) : args[0].length
      if (typeof args[0] === 'string') return [...args[0]].length
      return isObject(args[0]) && !isIntrinsic(args[0]) ? Object.keys(args[0]).length : unknownValue(text)
    case 'keys':
    case 'values': {
      const entries = isObject(args[0]) ? entriesOf(args[0]) : null
      if (!entries) return unknownValue(text)
      return entries.map(([key, value]) => (name === 'keys' ? key : value))
    }
    case 'contains':
      if (!Array.isArray(args[0]) || args[0].some(isIntrinsic) || isIntrinsic(args[1])) return unknownValue(text)
      return args[0].some((item) => JSON.stringify(item) === JSON.stringify(args[1]))
    case 'join':
      if (typeof args[0] !== 'string' || !Array.isArray(args[1])) return unknownValue(text)
      // join("", data.x.y[*].json), the older way to read an optional document: one item joins to itself.
      if (args[1].length === 1 && (typeof args[1][0] === 'string' || isObject(args[1][0]))) return args[1][0]
      return { 'Fn::Join': [args[0], args[1]] }
    case 'format':
      // format("arn:${local.partition}:iam::${local.account}:root"), a template without verbs, is that text.
      if (
        args.length === 1 &&
        !isNotKnown(args[0]) &&
        !templateParts(args[0])?.some((p) => typeof p === 'string' && p.includes('%'))
      )
        return args[0]
      return formatted(args[0], args.slice(1)) ?? unknownValue(text)
    case 'formatlist': {
      // Each list argument gives one item per position (all of one length); a single value is used in each.
      const lists = args.slice(1).filter(Array.isArray)
      const length = lists[0]?.length ?? 1
      if (lists.some((l) => l.length !== length)) return unknownValue(text)
      const items = Array.from({ length }, (_, i) =>
        formatted(
          args[0],
          args.slice(1).map((a) => (Array.isArray(a) ? (a as unknown[])[i] : a)),
        ),
      )
      return items.every((item) => item !== null) ? items : unknownValue(text)
    }
    case 'lower':
      return typeof args[0] === 'string' ? args[0].toLowerCase() : unknownValue(text)
    case 'upper':
      return typeof args[0] === 'string' ? args[0].toUpperCase() : unknownValue(text)
    case 'split':
      return typeof args[0] === 'string' && typeof args[1] === 'string' ? args[1].split(args[0]) : unknownValue(text)
    case 'trimprefix':
    case 'trimsuffix': {
      const [value, affix] = args
      if (typeof value !== 'string' || typeof affix !== 'string') return unknownValue(text)
      if (name === 'trimprefix') return value.startsWith(affix) ? value.slice(affix.length) : value
      return affix !== '' && value.endsWith(affix) ? value.slice(0, -affix.length) : value
    }
    case 'replace':
      return typeof args[0] === 'string' && typeof args[1] === 'string' && typeof args[2] === 'string'
        ? (replaced(args[0], args[1], args[2]) ?? unknownValue(text))
        : unknownValue(text)
    default:
      return unknownValue(text)
  }
}
