import { isObject } from '../util/object.js'

/** A parameter's value in a condition when it is none of the literals the conditions compare it with. */
export const OTHER = Symbol('a value no condition names')

export type ParameterValue = string | typeof OTHER

/**
 * What a condition needs from the world it is judged in. `undefined` means not decided yet: a condition
 * that depends on it is undecided too (three-valued), which the worst-first search branches on.
 */
export interface World {
  parameter(name: string): ParameterValue | undefined
  /** A comparison we cannot evaluate offline (or a condition the template lacks): true or false, freely. */
  atom(key: string): boolean | undefined
}

/**
 * The template's Conditions as formulas over parameters (docs/conditions-and-variants.md): one
 * parameter has one value, so two `Fn::Equals` of it against different literals are never both true, and
 * `Fn::And [A, Fn::Not A]` never holds. Pseudo parameters are parameters no one gives a value to.
 */
export class Conditions {
  private readonly formulas: Record<string, unknown>
  /** The literals each parameter is compared with anywhere in Conditions: the values that tell conditions apart. */
  private readonly compared = new Map<string, Set<string>>()

  constructor(
    formulas: Record<string, unknown>,
    private readonly isParameter: (name: string) => boolean,
  ) {
    this.formulas = formulas
    for (const formula of Object.values(formulas)) this.collect(formula, 0)
  }

  has(name: string): boolean {
    return name in this.formulas
  }

  /** The literals a parameter is compared with, in the order the template writes them. */
  literalsOf(name: string): string[] {
    return [...(this.compared.get(name) ?? [])]
  }

  /** The truth of a named condition in a world; undefined while a parameter or atom it needs is undecided. */
  evaluate(name: string, world: World): boolean | undefined {
    const formula = this.formulas[name]
    // A condition the template lacks, or one that is no condition function, is free: either value.
    if (!this.has(name) || !FUNCTIONS.has(single(formula)[0] ?? '')) return world.atom(`condition ${name}`)
    return this.formula(formula, world, new Set([name]))
  }

  private formula(node: unknown, world: World, visiting: Set<string>): boolean | undefined {
    const [fn, arg] = single(node)
    switch (fn) {
      case 'Fn::Equals':
        return Array.isArray(arg) && arg.length === 2
          ? this.equals(arg[0], arg[1], world)
          : world.atom(JSON.stringify(node))
      case 'Fn::Not':
        if (Array.isArray(arg) && arg.length === 1) {
          const inner = this.formula(arg[0], world, visiting)
          return inner === undefined ? undefined : !inner
        }
        return world.atom(JSON.stringify(node))
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg)) return world.atom(JSON.stringify(node))
        // Stops at the first operand that settles it, so no decision is taken that cannot matter.
        const settles = fn === 'Fn::Or'
        let open = false
        for (const operand of arg) {
          const value = this.formula(operand, world, visiting)
          if (value === settles) return settles
          if (value === undefined) open = true
        }
        return open ? undefined : !settles
      }
      case 'Condition': {
        if (typeof arg !== 'string' || visiting.has(arg)) return world.atom(JSON.stringify(node))
        // A free condition is the same atom wherever it is read: `Fn::Not [Condition: X]` is the opposite of X.
        if (!this.has(arg) || !FUNCTIONS.has(single(this.formulas[arg])[0] ?? '')) return world.atom(`condition ${arg}`)
        return this.formula(this.formulas[arg], world, new Set([...visiting, arg]))
      }
      default:
        return world.atom(JSON.stringify(node))
    }
  }

  private equals(a: unknown, b: unknown, world: World): boolean | undefined {
    const left = this.term(a)
    const right = this.term(b)
    if (left.kind === 'literal' && right.kind === 'literal') return left.value === right.value
    if (left.kind === 'parameter' && right.kind === 'literal') return this.is(left.name, right.value, world)
    if (left.kind === 'literal' && right.kind === 'parameter') return this.is(right.name, left.value, world)
    // Two parameters, or values computed by functions: a free comparison (sound, if less sharp).
    return world.atom(JSON.stringify([a, b]))
  }

  private is(parameter: string, literal: string, world: World): boolean | undefined {
    const value = world.parameter(parameter)
    return value === undefined ? undefined : value === literal
  }

  private term(
    node: unknown,
  ): { kind: 'literal'; value: string } | { kind: 'parameter'; name: string } | { kind: 'opaque' } {
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean')
      return { kind: 'literal', value: String(node) }
    const [fn, arg] = single(node)
    if (fn === 'Ref' && typeof arg === 'string' && this.isParameter(arg)) return { kind: 'parameter', name: arg }
    return { kind: 'opaque' }
  }

  private collect(node: unknown, depth: number): void {
    if (depth > 50 || typeof node !== 'object' || node === null) return
    const [fn, arg] = single(node)
    if (fn === 'Fn::Equals' && Array.isArray(arg) && arg.length === 2) {
      const [a, b] = [this.term(arg[0]), this.term(arg[1])]
      if (a.kind === 'parameter' && b.kind === 'literal') this.note(a.name, b.value)
      if (b.kind === 'parameter' && a.kind === 'literal') this.note(b.name, a.value)
      return
    }
    for (const child of Array.isArray(node) ? node : Object.values(node)) this.collect(child, depth + 1)
  }

  private note(parameter: string, literal: string): void {
    let set = this.compared.get(parameter)
    if (!set) this.compared.set(parameter, (set = new Set()))
    set.add(literal)
  }
}

const FUNCTIONS = new Set(['Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Condition'])

function single(node: unknown): [string | null, unknown] {
  if (!isObject(node)) return [null, undefined]
  const keys = Object.keys(node)
  return keys.length === 1 ? [keys[0], node[keys[0]]] : [null, undefined]
}
