import { MANAGED_POLICY_DATA } from './aws-managed-policies.js'

/**
 * AWS managed policies, cut down to the statements that can matter to KMS decryption (scripts/managed-policies
 * builds the table from a maintained data package; docs/kms-effective.md says what is kept and why).
 */
export interface ManagedPolicyTable {
  /** The data package and version the table was generated from. */
  source: string
  /** The date of the newest policy change in the data (YYYY-MM-DD). */
  asOf: string
  /** By bare policy name: the path in its ARN (`job-function/`, or empty) and its statements by index. */
  policies: Readonly<Record<string, { path: string; statements: Readonly<Record<string, unknown>> }>>
  /**
   * Every other AWS managed policy, by path and name (`service-role/AWSLambdaRole`), space-separated: none of
   * their statements can matter to KMS decryption. A name in neither is a policy the table does not know.
   */
  others: string
}

export interface ManagedPolicy {
  /** What follows `policy/` in the ARN: `AdministratorAccess`, `job-function/SystemAdministrator`. */
  id: string
  /** The kept statements as AWS writes them, with their index in the policy. */
  statements: { index: number; statement: unknown }[]
}

/** `AWS managed policies as of 2026-08-26`: said wherever a report names its tool. */
export const MANAGED_POLICIES_AS_OF = `AWS managed policies as of ${MANAGED_POLICY_DATA.asOf}`

const ARN = /^arn:[a-z-]+:iam::aws:policy\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]+)$/

/**
 * The AWS managed policy an ARN (`arn:<partition>:iam::aws:policy/<path><name>`) names, with the statements that
 * can matter to KMS (none for most); null for a policy the table does not know.
 */
export function managedPolicyByArn(arn: string): ManagedPolicy | null {
  const match = ARN.exec(arn)
  if (!match) return null
  const [, path, name] = match as unknown as [string, string, string]
  return lookup(name, path)
}

/** The AWS managed policy a SAM `Policies` entry names by its bare name, whatever its path. */
export function managedPolicyByName(name: string): ManagedPolicy | null {
  return lookup(name, null)
}

/** The ids of the policies named only, by bare name: made at the first lookup that needs them. */
let others: Map<string, string> | null = null

function lookup(name: string, path: string | null): ManagedPolicy | null {
  if (!Object.hasOwn(MANAGED_POLICY_DATA.policies, name)) {
    others ??= new Map(MANAGED_POLICY_DATA.others.split(' ').map((id) => [id.slice(id.lastIndexOf('/') + 1), id]))
    const id = others.get(name)
    if (id === undefined || (path !== null && id !== `${path}${name}`)) return null
    return { id, statements: [] }
  }
  const entry = MANAGED_POLICY_DATA.policies[name]
  if (path !== null && entry.path !== path) return null
  return {
    id: `${entry.path}${name}`,
    statements: Object.entries(entry.statements).map(([index, statement]) => ({ index: Number(index), statement })),
  }
}
