import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { staleness } from '../scripts/dist.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * For tests that run the bundles in dist/: refuses a bundle that is not what the sources build to, so a
 * stale bundle can never make a test pass (`npm test` rebuilds it before the tests start).
 */
export function requireFreshDist(): void {
  const stale = staleness()
  if (stale) throw new Error(`dist/ is stale (${stale}): run npm run build`)
}

/**
 * A fresh dist/ copied into a new temporary folder (returned; dist/ is under it), so the bundles cannot reach
 * the project's node_modules and must carry what they load beside them.
 */
export function copyOfDist(prefix: string): string {
  requireFreshDist()
  const temp = mkdtempSync(path.join(tmpdir(), prefix))
  cpSync(path.join(ROOT, 'dist'), path.join(temp, 'dist'), { recursive: true })
  return temp
}
