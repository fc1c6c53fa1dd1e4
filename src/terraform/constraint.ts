import { isIntrinsic, isObject } from '../util/object.js'
import type { Node } from './hcl.js'
import type { Origins } from './origin.js'
import { callOf } from './source.js'

/**
 * A variable's `type` constraint, as far as it shapes values: Terraform converts what a module is given to its
 * variable's type, and an object attribute declared `optional(T)` that the value leaves out, or gives as null,
 * is null (or the default `optional(T, default)` names). A module's `each.value.statements` over a map of
 * objects typed that way reads null where the caller wrote nothing, never a value not known offline.
 */
export type Constraint =
  /** Primitive types and `any`: the value as given. */
  | { kind: 'value' }
  | { kind: 'collection'; of: Constraint }
  | { kind: 'tuple'; items: Constraint[] }
  | { kind: 'object'; attributes: Map<string, Attribute> }

interface Attribute {
  type: Constraint
  optional: boolean
  /** The expression of `optional(T, default)`'s default. */
  fallback: Node | null
}

const VALUE: Constraint = { kind: 'value' }

/** The constraint a `type` expression states; anything it does not recognise takes values as given. */
export function constraintOf(expression: Node): Constraint {
  const node = expression.type === 'expression' ? expression.namedChildren[0] : expression
  if (node?.type !== 'function_call') return VALUE
  const { name, args } = callOf(node)
  const collection = args[0]?.namedChildren[0]?.type === 'collection_value' ? args[0].namedChildren[0] : null
  const literal = collection?.namedChildren[0]
  switch (name) {
    case 'list':
    case 'set':
    case 'map':
      return args[0] ? { kind: 'collection', of: constraintOf(args[0]) } : VALUE
    case 'tuple':
      if (literal?.type !== 'tuple') return VALUE
      return {
        kind: 'tuple',
        items: literal.namedChildren.filter((c): c is Node => c?.type === 'expression').map(constraintOf),
      }
    case 'object': {
      if (literal?.type !== 'object') return VALUE
      const attributes = new Map<string, Attribute>()
      for (const element of literal.namedChildren) {
        if (element?.type !== 'object_elem') continue
        const key = element.childForFieldName('key')?.text.replace(/^"|"$/g, '')
        const value = element.childForFieldName('val')
        if (key && value) attributes.set(key, attributeOf(value))
      }
      return { kind: 'object', attributes }
    }
    default:
      return VALUE
  }
}

function attributeOf(expression: Node): Attribute {
  const node = expression.namedChildren[0]
  const call = node?.type === 'function_call' ? callOf(node) : null
  if (call?.name !== 'optional') return { type: constraintOf(expression), optional: false, fallback: null }
  const { args } = call
  return { type: args[0] ? constraintOf(args[0]) : VALUE, optional: true, fallback: args[1] ?? null }
}

/**
 * `value` converted to `constraint` as Terraform converts a module's input: optional attributes left out
 * are filled in. A value that needs nothing filled in is returned as it is; one that does is a copy that
 * stands where the original was written. Values not known offline, and values of another shape (Terraform
 * would refuse them), are returned unchanged.
 */
export function conform(
  value: unknown,
  constraint: Constraint,
  fallback: (expression: Node) => unknown,
  origins: Origins,
): unknown {
  switch (constraint.kind) {
    case 'value':
      return value
    case 'collection':
      return each(value, () => constraint.of, fallback, origins)
    case 'tuple':
      return Array.isArray(value)
        ? each(value, (i) => constraint.items[i as number] ?? VALUE, fallback, origins)
        : value
    case 'object': {
      if (!isObject(value) || isIntrinsic(value)) return value
      let out: Record<string, unknown> | null = null
      for (const [name, attribute] of constraint.attributes) {
        // An optional attribute given as null takes its default too, as Terraform converts it.
        const present = name in value && !(attribute.optional && value[name] === null)
        if (!present && !attribute.optional) continue
        const given = present ? value[name] : attribute.fallback ? fallback(attribute.fallback) : null
        const converted = given === null ? null : conform(given, attribute.type, fallback, origins)
        if (converted === value[name] && name in value) continue
        out ??= origins.copy(value, { ...value })
        out[name] = converted
      }
      return out ?? value
    }
  }
}

/** Each member of a list or map converted; the same list or map when no member changes. */
function each(
  value: unknown,
  constraintAt: (key: string | number) => Constraint,
  fallback: (expression: Node) => unknown,
  origins: Origins,
): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v, i) => conform(v, constraintAt(i), fallback, origins))
    return items.every((v, i) => v === value[i]) ? value : origins.copy(value, items)
  }
  if (!isObject(value) || isIntrinsic(value)) return value
  let out: Record<string, unknown> | null = null
  for (const [key, member] of Object.entries(value)) {
    const converted = conform(member, constraintAt(key), fallback, origins)
    if (converted === member) continue
    out ??= origins.copy(value, { ...value })
    out[key] = converted
  }
  return out ?? value
}
