import { availableParallelism } from 'node:os'
import { onFirstUse } from '../util/first-use.js'
import { shareStrings, type ScanResult } from '../findings.js'
import { besideTerraform, isTerraformFile } from './terraform.js'
import {
  discoverFor,
  internalError,
  scanFile,
  summarize,
  terraformJobs,
  type FileOutcome,
  type ScanOptions,
} from './scan.js'

/**
 * Below this many files one thread is faster: a worker pays for its start-up and for compiling its hot code
 * afresh. On 2 vCPUs one thread wins up to 1,000 templates of 28 KB (docs/performance.md, "Small
 * repositories"); with more cores a worker has one of its own, so the floor is lower.
 */
const MIN_FILES_FOR_WORKERS = 256
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 8
/** Batches a worker holds at once, so it never waits for the main thread to hand it the next one. */
const IN_FLIGHT = 2
/** Files the main thread judges between two looks at the workers' messages. */
const MAIN_BATCH = 2

/** Given to every scan worker, so that a bundle can tell it is one without loading node:worker_threads. */
const WORKER_ARGUMENT = '--cfn-kms-check-scan-worker'

/** node:worker_threads (some 6 ms at start-up): only a scan that starts a worker, and the worker, pay for it. */
const workerThreads = onFirstUse<typeof import('node:worker_threads')>('node:worker_threads')

interface Batch {
  /** Positions of the files in the discovery list, where their outcomes go. */
  positions: number[]
  files: string[]
}

/**
 * Scans like `scan`, spreading files over worker threads when there are enough of them. `entry` is the
 * module the workers run: the running bundle, which calls `serveScanWorker` when it is not the main thread.
 * Each worker reads and judges one file at a time, so memory stays bounded however large the tree.
 */
export async function scanInParallel(
  options: ScanOptions,
  entry: URL,
  discovery = discoverFor(options),
  env = process.env,
): Promise<ScanResult> {
  const { threads, warning } = threadCount(env)
  const result = await scanOnThreads(options, entry, threads, discovery)
  return warning ? { ...result, warnings: [warning, ...result.warnings] } : result
}

async function scanOnThreads(
  options: ScanOptions,
  entry: URL,
  threads: number,
  discovery: ReturnType<typeof discoverFor>,
): Promise<ScanResult> {
  // Terraform modules are judged on the main thread (it holds the HCL parser), one module per step.
  const modules = terraformJobs(discovery.files, options)
  const files = discovery.files.filter((file) => !isTerraformFile(file))
  const outcomes = new Array<FileOutcome>(files.length)
  // A JSON file beside .tf files may be a plan to locate in them, with the main thread's HCL parser.
  const beside = besideTerraform(files, options.cwd)
  files.forEach((file, i) => {
    if (beside.has(file)) outcomes[i] = scanFile(file, options)
  })
  const order = mixedOrder(files.length).filter((i) => !beside.has(files[i]))
  let next = 0
  const take = (size: number): Batch | null => {
    if (next >= order.length) return null
    const positions = order.slice(next, (next += size))
    return { positions, files: positions.map((i) => files[i]) }
  }
  const scanHere = (batch: Batch): void =>
    batch.files.forEach((file, i) => (outcomes[batch.positions[i]] = scanFile(file, options)))
  if (threads < 2 || files.length < MIN_FILES_FOR_WORKERS) {
    const all = take(order.length)
    if (all) scanHere(all)
    return summarize(discovery, [...outcomes, ...modules.map((judge) => judge())], options)
  }
  const pool = new Map<string, string>()
  const workers = Array.from({ length: threads - 1 }, () =>
    runWorker(entry, options, () => take(BATCH), outcomes, pool),
  )
  // The main thread works too (one thread per core in all), in small steps, so that the workers'
  // answers are taken and new batches sent without delay.
  const terraform: FileOutcome[] = []
  for (const judge of modules) {
    terraform.push(judge())
    await new Promise((resolve) => setImmediate(resolve))
  }
  for (let batch = take(MAIN_BATCH); batch; batch = take(MAIN_BATCH)) {
    scanHere(batch)
    await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(workers)
  return summarize(discovery, [...outcomes, ...terraform], options)
}

/**
 * Threads to scan on: one per core the process may use, or CFN_KMS_CHECK_THREADS (a whole number) when set:
 * a container is often given fewer cores than the machine reports. A value that is not a thread count is
 * not used, and the scan says so.
 */
export function threadCount(env: NodeJS.ProcessEnv): { threads: number; warning: string | null } {
  const asked = env['CFN_KMS_CHECK_THREADS']
  if (asked === undefined || asked === '') return { threads: defaultThreads(), warning: null }
  if (/^[1-9]\d*$/.test(asked)) return { threads: Number(asked), warning: null }
  const threads = defaultThreads()
  return {
    threads,
    warning: `CFN_KMS_CHECK_THREADS must be a whole number of threads, got "${asked}": scanning on ${threads}`,
  }
}

/**
 * One thread per core but one: V8 compiles and collects garbage on threads of its own, and a scan on one thread
 * already keeps about one and a half cores busy. On 2 cores a second scanning thread cost a third more CPU
 * than it saved and was no faster (docs/performance.md, "Threads").
 */
function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1)
}

/** Files each pass over the discovery list takes, evenly spread from its first file to its last. */
const FILES_PER_PASS = 16

/**
 * The order files are scanned in: passes over the discovery list, each taking files spread evenly from
 * its start to its end. Discovery lists a folder's files together, and folders hold one kind of template
 * (CDK JSON in cdk.out, YAML elsewhere). Taken in that order, a thread's hot functions are compiled for
 * the first kind and compiled again when the second arrives; interleaved, once (about 10% faster on the
 * bench). Outcomes still come out in discovery order.
 */
export function mixedOrder(count: number): number[] {
  const stride = Math.max(1, Math.ceil(count / FILES_PER_PASS))
  const order: number[] = []
  for (let start = 0; start < stride; start++) for (let i = start; i < count; i += stride) order.push(i)
  return order
}

function runWorker(
  entry: URL,
  options: ScanOptions,
  take: () => Batch | null,
  outcomes: FileOutcome[],
  pool: Map<string, string>,
): Promise<void> {
  return new Promise((resolve) => {
    const worker = new (workerThreads().Worker)(entry, { argv: [WORKER_ARGUMENT], workerData: { options } })
    const inFlight: Batch[] = []
    let finished = false
    const send = (): void => {
      const batch = take()
      if (!batch) return
      inFlight.push(batch)
      worker.postMessage(batch.files)
    }
    // Once its last answer is in, the worker's heap is torn down while the report is written.
    const finish = (): void => {
      if (finished) return
      finished = true
      void worker.terminate()
      resolve()
    }
    // A worker that crashes or stops with files in hand must neither leave the scan waiting nor let those files
    // pass as clean: each becomes an internal error. The files it never took are scanned by the other threads.
    const abandon = (reason: string): void => {
      for (const batch of inFlight.splice(0))
        batch.files.forEach((file, i) => (outcomes[batch.positions[i]] = internalError(file, reason)))
      finish()
    }
    worker.on('message', (results: FileOutcome[]) => {
      const done = inFlight.shift()!
      results.forEach((outcome, i) => {
        if (outcome.kind === 'template')
          for (const list of [outcome.findings, outcome.suppressed]) shareStrings(list, pool)
        outcomes[done.positions[i]] = outcome
      })
      send()
      if (inFlight.length === 0) finish()
    })
    worker.on('error', (error) => abandon(`the scan worker failed: ${error.message}`))
    worker.on('exit', (code) => abandon(`the scan worker stopped (exit code ${code}) while checking it`))
    // Batches are taken only once the worker is up: until then the main thread takes them all.
    worker.on('online', () => {
      for (let i = 0; i < IN_FLIGHT; i++) send()
      if (inFlight.length === 0) finish()
    })
  })
}

/** True inside a scan worker; the bundle's entry then serves batches instead of running the CLI or action. */
export function isScanWorker(): boolean {
  return process.argv.includes(WORKER_ARGUMENT) && !workerThreads().isMainThread
}

export function serveScanWorker(): void {
  const threads = workerThreads()
  const { options } = threads.workerData as { options: ScanOptions }
  const parentPort = threads.parentPort
  parentPort!.on('message', (files: string[]) => {
    parentPort!.postMessage(files.map((file) => scanFile(file, options)))
  })
}
