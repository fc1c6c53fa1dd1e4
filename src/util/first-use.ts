import { createRequire } from 'node:module'

/**
 * A module of Node's required the first time it is asked for, not when the bundle starts: several load Node's
 * streams (node:crypto, node:child_process, node:worker_threads), which most runs, or a small scan, never need.
 */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= createRequire(import.meta.url)(name) as T)
}
