import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
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

/** Pieces of text written to a file as they come, gathered into writes of about a megabyte. */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w')
  try {
    let pending = ''
    for (const chunk of chunks) {
      pending += chunk
      if (pending.length >= WRITE_SIZE) {
        writeAll(fd, pending)
        pending = ''
      }
    }
    writeAll(fd, pending)
  } finally {
    closeSync(fd)
  }
}

const WRITE_SIZE = 1 << 20

/** A write may take fewer bytes than it is given; the rest follows. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text)
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done)
}
