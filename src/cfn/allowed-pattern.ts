import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Refa from 'refa'

/**
 * Whether a parameter's AllowedPattern admits no value holding an IAM wildcard (`*` or `?`), decided on
 * the regular expression itself (docs/semantics.md): the pattern's language, intersected with "contains * or
 * ?", is empty. CloudFormation matches the whole value against the pattern (Java syntax); it is read with
 * the JavaScript parser in unicode mode, where the Java constructs that read differently (`\p{Punct}`,
 * `\Q...\E`, `\A`, possessive quantifiers) are syntax errors: a pattern that does not parse proves nothing.
 */
export function admitsNoWildcard(pattern: string): boolean {
  let known = cache.get(pattern)
  if (known === undefined) {
    known = decide(pattern)
    cache.set(pattern, known)
  }
  return known
}

const cache = new Map<string, boolean>()

/** Each pattern's automaton stays small for real templates; beyond this many states we do not decide. */
const MAX_NODES = 20_000

function decide(pattern: string): boolean {
  // Java class intersection (`[a-z&&[^x]]`) has no JavaScript counterpart.
  if (pattern.includes('&&')) return false
  // Loaded outside the try: a missing library is our fault, not a pattern that proves nothing.
  const engine = refa()
  try {
    const language = automaton(engine, `^(?:${pattern})$`)
    const wildcard = automaton(engine, '^[^]*[*?][^]*$')
    return engine.isDisjointWith(language, wildcard, MAX_NODES)
  } catch {
    return false
  }
}

function automaton({ JS, NFA, transform, Transformers }: typeof Refa, source: string): Refa.NFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse()
  // Anchors at the edges are what whole-value matching means anyway; assertions left inside fail the build.
  const simple = transform(Transformers.simplify(), expression)
  const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple)
  return NFA.fromRegex(edges, { maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES))
}

let loaded: typeof Refa | null = null

/**
 * refa (about 1 MB of code) is loaded the first time a template needs a pattern decided: most scans never
 * do, and compiling it cost every start about a third of its time. The build copies it beside each bundle
 * (scripts/after-ncc.mjs); the sources (tests) load the installed package.
 */
function refa(): typeof Refa {
  if (!loaded) {
    // Joined at run time: a path the bundler can read, it would copy (or stub) as an asset of its own.
    const beside = [path.dirname(fileURLToPath(import.meta.url)), 'refa.cjs'].join(path.sep)
    loaded = createRequire(import.meta.url)(existsSync(beside) ? beside : PACKAGE) as typeof Refa
  }
  return loaded
}

/** A name, not a literal in the call: the bundler must leave the require to run time. */
const PACKAGE = 'refa'
