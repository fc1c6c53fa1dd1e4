/** A JSON/YAML mapping: an object that is neither null nor an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One intrinsic function or Ref of the template language (`{Ref: x}`, `{"Fn::If": [...]}`): a value worked out later. */
export function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))
}
