import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Reads files by their path relative to `root`, once each, for reports that quote a few lines of them;
 * null when a file cannot be read (it moved, or is not text we can show).
 */
export function textReader(root: string): (file: string) => string | null {
  const cache = new Map<string, string | null>()
  return (file) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(path.resolve(root, file), 'utf8'))
      } catch {
        cache.set(file, null)
      }
    }
    return cache.get(file) ?? null
  }
}
