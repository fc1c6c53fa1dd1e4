import { documentsIn, type PolicyHolder } from '../cfn/extract.js'
import { Either, holdsEither, isNoValue } from '../cfn/resolve.js'
import { normalizePolicy, parsePolicyText, UNKNOWN, type Policy } from '../iam/policy.js'
import { isObject } from '../util/object.js'

/**
 * The bound of a partial world for the worst-first search: one policy that allows at least what any world
 * completing it allows. Every statement that is certain (the same in every completion) is kept; of the
 * others, every way they may turn out is kept if it can be an Allow and dropped if it is a Deny. More
 * Allow and less Deny never narrows access, so no completion is worse than this policy.
 */
export function boundPolicy(holder: PolicyHolder, value: unknown, key: string): Policy {
  const statements: unknown[] = []
  let version: unknown = null
  for (const outer of ways(value, STOP_AT_DOCUMENTS)) {
    for (const found of documentsIn(holder, outer.value, null)) {
      if (found.key !== key) continue
      const { document } = parsePolicyText(found.document, 'PolicyDocument')
      if (!isObject(document)) {
        statements.push(UNKNOWN)
        continue
      }
      version ??= typeof document['Version'] === 'string' ? document['Version'] : null
      for (const list of ways(document['Statement'], STOP_AT_LIST)) {
        const items = Array.isArray(list.value) ? list.value : list.value === undefined ? [] : [list.value]
        for (const item of items) statements.push(...boundStatements(item, outer.certain && list.certain))
      }
    }
  }
  return normalizePolicy({ Version: version ?? '2012-10-17', Statement: statements }).policy
}

/** Past this many ways of turning out, a part is read as unknown: the worst it could be. */
const MAX_WAYS = 64

interface Way {
  value: unknown
  /** No Either was resolved to reach it: it is the same in every completion. */
  certain: boolean
}

function boundStatements(item: unknown, certain: boolean): unknown[] {
  const all = ways(item, null)
  if (all === null) return [UNKNOWN]
  return all.filter((w) => w.value !== undefined && ((certain && w.certain) || !isDeny(w.value))).map((w) => w.value)
}

function isDeny(statement: unknown): boolean {
  return (
    isObject(statement) &&
    typeof statement['Effect'] === 'string' &&
    statement['Effect'].trim().toLowerCase() === 'deny'
  )
}

/** Where `ways` stops unfolding: at a policy document (its statements are unfolded one by one), or at a list. */
type Stop = ((value: unknown) => boolean) | null
const STOP_AT_DOCUMENTS: Stop = (value) => isObject(value) && 'Statement' in value
const STOP_AT_LIST: Stop = (value) => Array.isArray(value)

/**
 * Every way a value with Either parts may turn out (NoValue options drop the item or key), up to
 * MAX_WAYS; then one way holding UNKNOWN for the whole. Below a `stop` node nothing is unfolded.
 */
function ways(value: unknown, stop: Stop): Way[] {
  return unfold(value, stop, 0) ?? [{ value: UNKNOWN, certain: false }]
}

function unfold(value: unknown, stop: Stop, depth: number): Way[] | null {
  if (value instanceof Either) {
    const out: Way[] = []
    for (const option of value.options) {
      if (isNoValue(option)) {
        out.push({ value: undefined, certain: false })
        continue
      }
      const inner = unfold(option, stop, depth + 1)
      if (inner === null || out.length + inner.length > MAX_WAYS) return null
      for (const w of inner) out.push({ value: w.value, certain: false })
    }
    return out
  }
  if (typeof value !== 'object' || value === null || stop?.(value) || depth > 50 || !holdsEither(value))
    return [{ value, certain: true }]
  let partial: Way[] = [{ value: Array.isArray(value) ? [] : {}, certain: true }]
  for (const [k, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const options = unfold(child, stop, depth + 1)
    if (options === null || partial.length * options.length > MAX_WAYS) return null
    const next: Way[] = []
    for (const p of partial) {
      for (const o of options) {
        // A NoValue option drops the list item or the key.
        const copy: unknown = Array.isArray(p.value)
          ? [...(p.value as unknown[])]
          : { ...(p.value as Record<string, unknown>) }
        if (o.value !== undefined) {
          if (Array.isArray(copy)) copy.push(o.value)
          else (copy as Record<string, unknown>)[k] = o.value
        }
        next.push({ value: copy, certain: p.certain && o.certain })
      }
    }
    partial = next
  }
  return partial
}
