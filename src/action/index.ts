import { run } from './main.js'

// The action's entry (action.yml `main`, bundled to dist/index.js); run() reports every failure itself.
await run()
