import type { LoadedDocument, Path, Position } from '../cfn/load.js'
import { isObject } from '../util/object.js'

/** Where a member of an evaluated list or object is written: its name (for attributes) and its value. */
export interface MemberPlace {
  key?: Position
  value: Position
  /** For text that holds a policy (a heredoc): where its first character stands, to point inside it. */
  text?: { line: number; column: number }
}

/** Where an evaluated object or list was written, and where each of its members was. */
export interface Origin {
  at: Position
  members: Map<string | number, MemberPlace>
}

/**
 * The source places of the values a module evaluates to, by identity: a value reused in many places (a
 * local, a policy document) points where it is written.
 */
export class Origins {
  private readonly places = new WeakMap<object, Origin>()

  set(value: object, at: Position): Origin {
    let origin = this.places.get(value)
    if (!origin) {
      origin = { at, members: new Map() }
      this.places.set(value, origin)
    }
    return origin
  }

  member(value: object, step: string | number, place: MemberPlace): void {
    const origin = this.places.get(value)
    if (origin) origin.members.set(step, place)
    else this.places.set(value, { at: place.value, members: new Map([[step, place]]) })
  }

  /** `to`, made from `from`, stands where `from` was written; returns `to`. */
  copy<T extends object>(from: object, to: T): T {
    const origin = this.places.get(from)
    if (origin) this.places.set(to, { at: origin.at, members: new Map(origin.members) })
    return to
  }

  get(value: unknown): Origin | undefined {
    return typeof value === 'object' && value !== null ? this.places.get(value) : undefined
  }

  /**
   * A document over the evaluated values: `locate` walks a path from `data` and answers with the deepest
   * place written down on the way (or the member's name with `key`).
   */
  document(data: unknown, fallback: Position): LoadedDocument {
    return {
      data,
      format: 'hcl',
      notes: [],
      locate: (path: Path, options = {}) => {
        let node: unknown = data
        let at = this.get(data)?.at ?? fallback
        let text: MemberPlace['text'] | undefined
        for (let i = 0; i < path.length && node !== undefined; i++) {
          const last = i === path.length - 1
          const member = this.get(node)?.members.get(path[i])
          const next = child(node, path[i])
          const own = this.get(next)
          if (member) at = last && options.key && member.key ? member.key : member.value
          else if (own) at = own.at
          text = last ? member?.text : undefined
          node = next
        }
        return options.within && text ? within(text, node, options.within) : at
      },
    }
  }
}

function child(node: unknown, step: string | number): unknown {
  if (Array.isArray(node)) return node[Number(step)]
  return isObject(node) ? node[String(step)] : undefined
}

/** A span inside text that starts at `start`: lines counted in the text itself. */
function within(
  start: { line: number; column: number },
  node: unknown,
  span: { start: number; end: number },
): Position {
  const text = typeof node === 'string' ? node : ''
  const place = (offset: number): { line: number; column: number } => {
    const before = text.slice(0, offset)
    const newline = before.lastIndexOf('\n')
    const lines = before.split('\n').length - 1
    return newline < 0
      ? { line: start.line, column: start.column + offset }
      : { line: start.line + lines, column: offset - newline }
  }
  const from = place(span.start)
  const to = place(span.end)
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
}
