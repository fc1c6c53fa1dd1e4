/** Why dist/ is not what the sources build to (as stamped by the last build), or null when it is. */
export function staleness(): string | null
