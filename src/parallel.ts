import { cpus } from 'node:os'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'
import { discover } from './discover.js'
import { scanFile, summarize, type FileOutcome, type ScanOptions, type ScanResult } from './scan.js'

/** Below this much work, starting threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 24
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 8
/** Batches a worker holds at once, so it never waits for the main thread to hand it the next one. */
const IN_FLIGHT = 2
/** Files the main thread judges between two looks at the workers' messages. */
const MAIN_BATCH = 2

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
  const scanHere = (files: readonly string[]): FileOutcome[] => files.map((file) => scanFile(file, options))
  if (threads < 2 || discovery.files.length < MIN_FILES_FOR_WORKERS) return summarize(discovery, scanHere(discovery.files))
  const outcomes: FileOutcome[] = new Array(discovery.files.length)
  let next = 0
  const take = (size: number): Batch | null => {
    if (next >= discovery.files.length) return null
    const start = next
    next += size
    return { start, files: discovery.files.slice(start, next) }
  }
  const workers = Array.from({ length: threads - 1 }, () => runWorker(entry, options, () => take(BATCH), outcomes))
  // The main thread works too (one thread per core in all), in small steps, so that the workers'
  // answers are taken and new batches sent without delay.
  for (let batch = take(MAIN_BATCH); batch; batch = take(MAIN_BATCH)) {
    scanHere(batch.files).forEach((outcome, i) => (outcomes[batch!.start + i] = outcome))
    await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(workers)
  return summarize(discovery, outcomes)
}

function runWorker(entry: URL, options: ScanOptions, take: () => Batch | null, outcomes: FileOutcome[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { cfnKmsCheckWorker: true, options } })
    const inFlight: Batch[] = []
    const send = (): void => {
      const batch = take()
      if (!batch) return
      inFlight.push(batch)
      worker.postMessage(batch.files)
    }
    worker.on('message', (results: FileOutcome[]) => {
      const done = inFlight.shift()!
      results.forEach((outcome, i) => (outcomes[done.start + i] = outcome))
      send()
      if (inFlight.length === 0) void worker.terminate().then(() => resolve())
    })
    worker.on('error', reject)
    // Batches are taken only once the worker is up: until then the main thread takes them all.
    worker.on('online', () => {
      for (let i = 0; i < IN_FLIGHT; i++) send()
      if (inFlight.length === 0) void worker.terminate().then(() => resolve())
    })
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
