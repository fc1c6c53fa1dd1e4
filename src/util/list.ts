/**
 * `list.map(each)`, for lists that hot code reads again (`join`, `some`, a loop over them). V8's optimized code
 * makes the result of `map` a holey array where the interpreter makes a packed one, so the code that read the
 * interpreter's arrays meets an array of another kind, is thrown away and is compiled again: the recompiles
 * of the checks alone cost more instructions than all their findings (300 worst-case templates, cachegrind).
 * An array grown by `push` is packed however the caller runs.
 */
export function mapPacked<T, U>(list: readonly T[], each: (item: T) => U): U[] {
  const out: U[] = []
  for (let i = 0; i < list.length; i++) out.push(each(list[i]))
  return out
}
