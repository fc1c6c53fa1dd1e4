import { isDisjointWith, JS, NFA, transform, Transformers } from 'refa'

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
  try {
    const language = automaton(`^(?:${pattern})$`)
    const wildcard = automaton('^[^]*[*?][^]*$')
    return isDisjointWith(language, wildcard, MAX_NODES)
  } catch {
    return false
  }
}

function automaton(source: string): NFA {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse()
  // Anchors at the edges are what whole-value matching means anyway; assertions left inside fail the build.
  const simple = transform(Transformers.simplify(), expression)
  const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple)
  return NFA.fromRegex(edges, { maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES))
}
