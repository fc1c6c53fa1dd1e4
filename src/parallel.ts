import { cpus } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { discover } from './discover.js'
import { scan, scanFile, summarize, type FileOutcome, type ScanOptions, type ScanResult } from './scan.js'

/** Below this much work, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 8

interface Batch {
  start: number
  files: string[]
}

/**
 * Scans like `scan`, spreading files over worker threads when there are enough of them. `entry` is the
 * module the workers run: the running bundle, which calls `serveScanWorker` when it is not the main thread.
 * Each worker reads and judges one file at a time, so memory stays bounded however large the tree.
 */
export async function scanInParallel(options: ScanOptions, entry: URL, threads = cpus().length): Promise<ScanResult> {
  const discovery = discover(options.paths, { cwd: options.cwd, ignore: options.ignore, only: options.onlyFiles })
  const count = Math.min(threads, Math.ceil(discovery.files.length / BATCH))
  if (count < 2 || discovery.files.length < MIN_FILES_FOR_WORKERS) return scan(options)
  const outcomes: FileOutcome[] = new Array(discovery.files.length)
  let next = 0
  const take = (): Batch | null => {
    if (next >= discovery.files.length) return null
    const start = next
    next += BATCH
    return { start, files: discovery.files.slice(start, next) }
  }
  await Promise.all(Array.from({ length: count }, () => runWorker(entry, options, take, outcomes)))
  return summarize(discovery, outcomes)
}

function runWorker(entry: URL, options: ScanOptions, take: () => Batch | null, outcomes: FileOutcome[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { cfnKmsCheckWorker: true, options } })
    let current = take()
    worker.on('message', (results: FileOutcome[]) => {
      results.forEach((outcome, i) => (outcomes[current!.start + i] = outcome))
      current = take()
      if (current) worker.postMessage(current.files)
      else void worker.terminate().then(() => resolve())
    })
    worker.on('error', reject)
    worker.on('online', () => worker.postMessage(current!.files))
  })
}

/** True inside a scan worker; the bundle's entry then serves batches instead of running the CLI or action. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as { cfnKmsCheckWorker?: boolean } | null)?.cfnKmsCheckWorker === true
}

export function serveScanWorker(): void {
  const { options } = workerData as { options: ScanOptions }
  parentPort!.on('message', (files: string[]) => {
    parentPort!.postMessage(files.map((file) => scanFile(file, options)))
  })
}
