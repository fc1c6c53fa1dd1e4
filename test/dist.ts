import { staleness } from '../scripts/dist.mjs'

/**
 * For tests that run the bundles in dist/: refuses a bundle that is not what the sources build to, so a
 * stale bundle can never make a test pass (`npm test` rebuilds it before the tests start).
 */
export function requireFreshDist(): void {
  const stale = staleness()
  if (stale) throw new Error(`dist/ is stale (${stale}): run npm run build`)
}
