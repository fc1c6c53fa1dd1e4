/**
 * The CLI's compile cache: V8's compiled code for the CLI bundle, kept between runs. Without it every run
 * parses and compiles the same 0.8 MB of JavaScript again, which is about a third of a scan of one template
 * and a tenth of a scan of two hundred. The bin entry (launch.ts) hands the cached code to V8 with the
 * bundle, and writes it after a run that had none. It is an optimisation only: whatever goes wrong with it,
 * the run goes on without it, silently.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'

/** `CFN_KMS_CHECK_CACHE=off` keeps no cache; any other value is the folder to keep it in. */
const CACHE_VARIABLE = 'CFN_KMS_CHECK_CACHE'

/** The running process, as far as the cache's place and name depend on it. */
export interface Host {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  home: string
  /** Node's version and the processor: V8 refuses code compiled by another build of itself. */
  node: string
  arch: string
  /** The user running, on systems that have user ids. */
  uid: number | null
}

/** The user's home folder, or '' where there is none to be found (os.homedir throws then). */
export function homeFolder(): string {
  try {
    return homedir()
  } catch {
    return ''
  }
}

/** The user's own cache folder for the CLI, as each system names it; null when the cache is off. */
export function cacheFolder(host: Host): string | null {
  const chosen = host.env[CACHE_VARIABLE]
  if (chosen === 'off') return null
  if (chosen) return path.resolve(chosen)
  if (!host.home) return null
  if (host.platform === 'win32')
    return path.join(host.env.LOCALAPPDATA || path.join(host.home, 'AppData', 'Local'), 'cfn-kms-check', 'Cache')
  if (host.platform === 'darwin') return path.join(host.home, 'Library', 'Caches', 'cfn-kms-check')
  const xdg = host.env.XDG_CACHE_HOME
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(host.home, '.cache'), 'cfn-kms-check')
}

/** The cache file for this bundle (by its hash), this Node and this processor; null when the cache is off. */
export function cacheFile(host: Host, bundleKey: string): string | null {
  const folder = cacheFolder(host)
  return folder && path.join(folder, `cli-${bundleKey}-node${host.node.replace(/^v/, '')}-${host.arch}.v8cache`)
}

/**
 * The cached code, when the file is there and is the user's own: a file or folder that another user could
 * have written is never handed to V8, since compiled code runs as whoever reads it.
 */
export function readCache(file: string, uid: number | null): Buffer | undefined {
  try {
    if (!privateTo(path.dirname(file), uid) || !privateTo(file, uid)) return undefined
    return readFileSync(file)
  } catch {
    return undefined
  }
}

/**
 * Writes the cache whole or not at all (another run may be reading it, or writing it too), and removes the
 * caches of other builds and Node versions that no run has written for a week: each is half a megabyte.
 */
export function writeCache(file: string, data: Buffer, uid: number | null, now = Date.now()): void {
  const folder = path.dirname(file)
  // Named for this writer alone: worker threads share the process id, and may write at the same exit.
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 })
    if (!privateTo(folder, uid)) return
    writeFileSync(partial, data, { mode: 0o600 })
    renameSync(partial, file)
    for (const name of readdirSync(folder)) {
      const other = path.join(folder, name)
      if (/^cli-.*\.v8cache$/.test(name) && other !== file && now - lstatSync(other).mtimeMs > STALE_MS)
        rmSync(other, { force: true })
    }
  } catch {
    rmSync(partial, { force: true })
  }
}

const STALE_MS = 7 * 24 * 60 * 60 * 1000

/** Owned by the user and writable by no one else (not checked where there are no user ids). */
function privateTo(entry: string, uid: number | null): boolean {
  const stat = lstatSync(entry)
  if (stat.isSymbolicLink()) return false
  return uid === null || (stat.uid === uid && (stat.mode & 0o022) === 0)
}
