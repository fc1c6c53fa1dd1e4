// Types of table.mjs for the TypeScript test that imports it.
export interface PackagedPolicy {
  arn: string
  latestVersionId: string
  lastUpdatedDate: string
  versions: Record<string, { document: { Statement?: unknown } }>
}
export interface PolicyData {
  listPolicies(): string[]
  getPolicyByName(name: string): PackagedPolicy
}
export function installedPackage(): { version: string; data: PolicyData }
export function managedPolicyTable(data: PolicyData): {
  asOf: string
  policies: Record<string, { path: string; statements: Record<string, unknown> }>
  others: string
}
