/** Values the CLI, the action and the config file all accept, defined once. */

/** `aws`, `aws-cn`, `aws-us-gov`, ...: the partition names AWS uses. */
export function isPartitionName(name: string): boolean {
  return /^aws(-[a-z]+)*$/.test(name)
}
