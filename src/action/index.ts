import { isScanWorker, serveScanWorker } from '../scan/parallel.js'
import { run } from './main.js'
import { runnerPorts } from './ports.js'

// The action's entry (action.yml `main`, bundled to dist/index.js); run() reports every failure itself.
// The same bundle serves the scan's worker threads.
if (isScanWorker()) serveScanWorker()
else await run(runnerPorts(new URL(import.meta.url)))
