/**
 * A function of a pattern string alone, remembered per pattern: a run's policies repeat the same few
 * patterns (`kms:Decrypt`, `*`, `arn:aws:kms:*`) thousands of times. Bounded: past `limit` distinct
 * patterns it forgets them all and starts again. `compute` must never return undefined.
 */
export function perPattern<T>(compute: (pattern: string) => T, limit = 10_000): (pattern: string) => T {
  const known = new Map<string, T>()
  return (pattern) => {
    let value = known.get(pattern)
    if (value === undefined) {
      value = compute(pattern)
      if (known.size > limit) known.clear()
      known.set(pattern, value)
    }
    return value
  }
}
