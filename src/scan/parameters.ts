import type { ScanOptions } from './scan.js'
import { globMatcher } from './discover.js'

/** A scanned file and the parameter names its template declares (null when it is no template). */
export interface Declared {
  file: string
  parameters: readonly string[] | null
}

/**
 * (docs/conditions-and-variants.md) A value given for a parameter that no scanned template declares is a warning naming it,
 * with the declared name it probably means (the same name in another case, or one a letter or two off).
 * Values from the command line or action input are checked against every template; those of a config
 * file's parameter set against the templates its glob matches.
 */
export function unusedParameterWarnings(declared: readonly Declared[], options: ScanOptions): string[] {
  const templates = declared.filter((d) => d.parameters !== null)
  if (templates.length === 0) return []
  const warnings: string[] = []
  const check = (names: readonly string[], scope: readonly Declared[], given: string): void => {
    const known = new Set(scope.flatMap((d) => d.parameters ?? []))
    for (const name of names) {
      if (known.has(name)) continue
      const meant = likelyMeant(name, known)
      warnings.push(
        `a value is given for parameter ${name}${given}, which no scanned template declares${meant ? ` (did you mean ${meant}?)` : ''}, so it is not used`,
      )
    }
  }
  check(Object.keys(options.parameters ?? {}), templates, '')
  for (const set of options.parameterSets ?? []) {
    const matches = globMatcher(set.files)
    const scope = templates.filter((d) => matches(d.file))
    if (scope.length > 0) check(Object.keys(set.values), scope, ` in the config file (for ${set.files})`)
  }
  return warnings
}

/** The declared name a mistyped one most likely means: equal but for case, else at most two edits away. */
function likelyMeant(name: string, declared: ReadonlySet<string>): string | null {
  let best: { name: string; distance: number } | null = null
  for (const candidate of declared) {
    if (candidate.toLowerCase() === name.toLowerCase()) return candidate
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase())
    if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance))
      best = { name: candidate, distance }
  }
  return best?.name ?? null
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
