/** Values the CLI, the action and the config file all accept, defined once. */

/** The level from which findings fail the gate; `never` reports without failing. */
export const FAIL_ON = ['error', 'warning', 'note', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

/** `aws`, `aws-cn`, `aws-us-gov`, ...: the partition names AWS uses. */
export function isPartitionName(name: string): boolean {
  return /^aws(-[a-z]+)*$/.test(name)
}
