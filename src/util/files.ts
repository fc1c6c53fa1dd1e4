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
    writeChunksTo(fd, chunks)
  } finally {
    closeSync(fd)
  }
}

/**
 * Pieces of text written to an open file as they come. They are encoded into one buffer, used again for every
 * write: a fresh megabyte for each write cost more than encoding the text, in memory the system had to hand out
 * page by page (half the page faults, and about half a second, of a scan whose report is 52 MB).
 */
export function writeChunksTo(fd: number, chunks: Iterable<string>): void {
  let buffer = Buffer.allocUnsafeSlow(WRITE_SIZE)
  let used = 0
  for (const chunk of chunks) {
    const size = Buffer.byteLength(chunk)
    if (used + size > buffer.length) {
      writeAll(fd, buffer, used)
      used = 0
      // A piece larger than the buffer gets a buffer of its own size.
      if (size > buffer.length) buffer = Buffer.allocUnsafeSlow(size)
    }
    used += buffer.write(chunk, used)
  }
  writeAll(fd, buffer, used)
}

const WRITE_SIZE = 1 << 20

/** A write may take fewer bytes than it is given; the rest follows. */
function writeAll(fd: number, buffer: Buffer, size: number): void {
  for (let done = 0; done < size;) done += writeSync(fd, buffer, done, size - done)
}
