import type { KeyResource } from '../cfn/extract.js'
import { locateInText, sourceTextOf, statementPathInText, type SourceText } from '../cfn/json-text.js'
import type { Path, Position } from '../cfn/load.js'
import { display } from '../cfn/markers.js'
import type { Finding, Level } from '../findings.js'
import { BLOCKED_ACTIONS } from '../iam/actions.js'
import { actionIn } from '../iam/evaluate.js'
import type { Verdict } from '../iam/judge.js'
import { normalizePolicy, parsePolicyText, rawStatements, type Statement } from '../iam/policy.js'
import { isObject } from '../util/object.js'
import { actionsAsWritten, inFileSyntax, levelFor, variantNotes, type CheckContext } from './context.js'
import {
  fieldPath,
  keyPlace,
  inFormat,
  isUnresolved,
  keyLabel,
  resolveKeyFields,
  displayValue,
  type KeyFields,
} from './key-fields.js'
import { newFinding, type Check, type Rule } from './rule.js'

export const KEY_POLICY_RULE: Rule<'fail' | 'unknown'> = {
  id: 'KMS.5',
  name: 'KeyPolicyPublic',
  summary: 'A KMS key policy allows any AWS principal to use the key, without a condition that fixes the caller.',
  mapsTo: 'Security Hub KMS.5 / Config kms-key-policy-no-public-access',
  help: 'KMS keys should not be publicly accessible. An Allow statement with Principal "*", {"AWS": "*"}, the root of any account, or NotPrincipal needs a Condition with a fixed value on a key such as kms:CallerAccount, aws:PrincipalOrgID, aws:SourceVpce or kms:ViaService; otherwise name the principals.',
  severity: 9.0,
  levels: { fail: 'error', unknown: 'warning' },
}

/**
 * KMS.5: a key policy that lets any AWS principal use the key (docs/rules/KMS.5.md, after Config
 * `kms-key-policy-no-public-access`). An Allow statement open to every principal passes only with a
 * Condition that pins the caller's account, organization, network or calling service to a fixed value.
 * Deny statements restrict, so they never count. An absent KeyPolicy is the default policy, which trusts
 * only the key's own account.
 */
export const keyPolicyCheck: Check = { rules: [KEY_POLICY_RULE], run: checkKeyPolicies }

function checkKeyPolicies(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const key of context.model.keys) {
    for (const exposed of exposedStatements(context, key)) {
      const level = levelFor(context.levels, KEY_POLICY_RULE, exposed.verdict)
      if (level) findings.push(keyPolicyFinding(context, key, exposed, level))
    }
  }
  return findings
}

/** A statement open to any principal, in the variant of the template where it is worst. */
interface ExposedStatement {
  verdict: 'fail' | 'unknown'
  statement: Statement
  /** The statement as resolved; null when the whole policy is unresolved. */
  raw: Record<string, unknown> | null
  /** Where the statement is written; null when the policy is JSON text. */
  path: Path | null
  /** The policy's JSON text as the template writes it (literally or as a Fn::Sub template), to point inside it. */
  source: SourceText | null
  variant: Pick<KeyFields, 'choices' | 'unresolved'>
  /** The blocked actions it allows: decryption. */
  grants: string[]
}

function exposedStatements(context: CheckContext, key: KeyResource): ExposedStatement[] {
  const byPlace = new Map<string, ExposedStatement>()
  for (const fields of resolveKeyFields(context, key, 'property', ['KeyPolicy'])) {
    if (fields.values['KeyPolicy'] === undefined) continue
    const { document, problem } = parsePolicyText(fields.values['KeyPolicy'], 'KeyPolicy')
    const source = sourceTextOf(
      context.model.template,
      fieldPath(key, 'property', 'KeyPolicy'),
      fields.values['KeyPolicy'],
    )
    const raws = rawStatements(document)
    for (const statement of normalizePolicy(document).policy.statements) {
      const found = raws[statement.index]
      const raw = isObject(found) ? found : null
      const verdict = exposure(statement, raw)
      if (verdict === 'pass') continue
      const path = (raw && fields.origin.get(raw)) ?? null
      const candidate: ExposedStatement = {
        verdict,
        statement,
        raw,
        path,
        source,
        variant: { choices: fields.choices, unresolved: problem ? [...fields.unresolved, problem] : fields.unresolved },
        grants: BLOCKED_ACTIONS.filter((action) => actionIn(statement, action)),
      }
      const place = path ? JSON.stringify(path) : String(statement.index)
      const kept = byPlace.get(place)
      if (!kept || severity(candidate) < severity(kept)) byPlace.set(place, candidate)
    }
  }
  return [...byPlace.values()]
}

/** Public decryption first, then any public use, then what cannot be judged offline. */
function severity(exposed: ExposedStatement): number {
  if (exposed.verdict === 'unknown') return 2
  return exposed.grants.length > 0 ? 0 : 1
}

function exposure(statement: Statement, raw: Record<string, unknown> | null): Verdict {
  if (statement.effect === 'Deny') return 'pass'
  if (raw === null) return 'unknown'
  const principal = openPrincipal(raw)
  if (principal === 'pass') return 'pass'
  const pin = pinning(raw['Condition'])
  if (pin === 'pass') return 'pass'
  return statement.effect === 'Unknown' || pin === 'unknown' ? 'unknown' : principal
}

/** `"*"` (alone, in a list, under any principal type), the root of any account, or Allow with NotPrincipal. */
function openPrincipal(raw: Record<string, unknown>): Verdict {
  if ('NotPrincipal' in raw) return 'fail'
  const names = principalNames(raw['Principal'])
  if (names.some((name) => name === '*' || ANY_ACCOUNT_ROOT.test(name))) return 'fail'
  return names.some(isUnresolved) ? 'unknown' : 'pass'
}

const ANY_ACCOUNT_ROOT = /^arn:[^:]*:iam::\*:root$/

function principalNames(principal: unknown): string[] {
  if (isObject(principal)) return Object.values(principal).flatMap(principalNames)
  if (Array.isArray(principal)) return principal.flatMap(principalNames)
  return typeof principal === 'string' || typeof principal === 'number' ? [String(principal)] : []
}

/**
 * Condition keys that pin who calls, or from where (Prowler's allow-list). `ForAnyValue:` counts too: it
 * is false when the key is missing, unlike `ForAllValues:`, which an absent key satisfies.
 */
const RESTRICTING_OPERATOR = /^(ForAnyValue:)?(StringEquals|StringLike|ArnEquals|ArnLike)(IfExists)?$/
const RESTRICTING_KEYS = new Set(
  [
    'kms:CallerAccount',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'kms:ViaService',
    'aws:userid',
    'aws:username',
  ].map((name) => name.toLowerCase()),
)

/**
 * Keys every request carries. Only these still pin under an `...IfExists` operator: with any other key
 * (aws:SourceVpce, aws:PrincipalOrgID, ...) a request that lacks it satisfies the condition.
 */
const ALWAYS_PRESENT = new Set(['kms:calleraccount', 'aws:principalaccount', 'aws:principalarn'])

/**
 * Whether a Condition pins the caller: `pass` with a fixed value on a restricting key, `unknown` when the
 * only such value is known only at deploy time (a parameter without a value: docs/rules/KMS.5.md), else `fail`.
 */
function pinning(condition: unknown): Verdict {
  if (!isObject(condition)) return 'fail'
  let unknown = false
  for (const [operator, block] of Object.entries(condition)) {
    const match = RESTRICTING_OPERATOR.exec(operator)
    if (!match || !isObject(block)) continue
    const ifExists = match[3] !== undefined
    for (const [name, value] of Object.entries(block)) {
      const key = name.toLowerCase()
      if (!RESTRICTING_KEYS.has(key) || (ifExists && !ALWAYS_PRESENT.has(key))) continue
      const fixed = fixity(value)
      if (fixed === 'pass') return 'pass'
      if (fixed === 'unknown') unknown = true
    }
  }
  return unknown ? 'unknown' : 'fail'
}

/**
 * Config's "fixed values": no wildcard, no policy variable (`pass`); a value that has neither but holds a
 * part known only at deploy time is `unknown`.
 */
function fixity(value: unknown): Verdict {
  const values = Array.isArray(value) ? value : [value]
  const plain = values.every((v) => (typeof v === 'string' || typeof v === 'number') && !/[*?]|\$\{/.test(String(v)))
  if (values.length === 0 || !plain) return 'fail'
  return values.some(isUnresolved) ? 'unknown' : 'pass'
}

/** The restricting keys a Condition names under `...IfExists`, where they do not pin. */
function absentKeysPass(condition: unknown): string[] {
  if (!isObject(condition)) return []
  return Object.entries(condition).flatMap(([operator, block]) =>
    operator.endsWith('IfExists') && isObject(block)
      ? Object.keys(block).filter((k) => RESTRICTING_KEYS.has(k.toLowerCase()) && !ALWAYS_PRESENT.has(k.toLowerCase()))
      : [],
  )
}

const UNPINNED =
  "with no Condition that pins the caller's account, organization, network or calling service to a fixed value"

function keyPolicyFinding(context: CheckContext, key: KeyResource, exposed: ExposedStatement, level: Level): Finding {
  const { statement, raw, grants, verdict } = exposed
  const principalElement = raw && 'NotPrincipal' in raw ? 'NotPrincipal' : 'Principal'
  const at =
    locateInStatement(context, exposed, []) ??
    context.document.locate(fieldPath(key, 'property', 'KeyPolicy'), { key: true })
  const principalAt = locateInStatement(context, exposed, [principalElement])
  const base = keyPlace(context, at, key, exposed.variant)
  const label = keyLabel(key)
  const actions = actionsAsWritten(statement).map(display)
  const who =
    principalElement === 'NotPrincipal'
      ? 'every principal not named in NotPrincipal'
      : `Principal ${displayValue(raw?.['Principal'])}`
  const actionText = statement.notAction
    ? `every action except ${statement.notAction.map(display).join(', ')}`
    : actions.join(', ')
  const granted =
    grants.length === 0
      ? actionText
      : actionText === grants.join(', ')
        ? grants.join(' and ')
        : `${grants.join(' and ')} (${actionText})`
  const allows = `its KeyPolicy Statement[${statement.index}]${statement.sid ? ` (Sid ${statement.sid})` : ''} allows ${granted} to ${who}`
  const lead =
    verdict === 'unknown'
      ? `${label} may be open to any AWS principal: ${raw ? allows : 'its KeyPolicy is not known'}${raw && pinning(raw['Condition']) === 'unknown' ? ', pinned by a Condition value known only at deploy time' : ''}.`
      : grants.length > 0
        ? `Any AWS principal can decrypt with ${label}: ${allows}, ${UNPINNED}.`
        : `${label} is open to any AWS principal: ${allows}, ${UNPINNED}.`
  return newFinding(KEY_POLICY_RULE, level, {
    ...base,
    resourceAt: principalAt,
    policy: 'KeyPolicy',
    statement: statement.index,
    sid: statement.sid,
    actions,
    grants,
    conditionKeys: statement.conditionKeys,
    title: `${label} ${verdict === 'unknown' ? 'may be open to any principal' : grants.length > 0 ? 'lets any principal decrypt' : 'is open to any principal'}`,
    message: [
      lead,
      verdict === 'fail' && statement.conditionKeys.length > 0
        ? `Its Condition (${statement.conditionKeys.join(', ')}) does not count: it needs a key such as kms:CallerAccount, aws:PrincipalOrgID or aws:SourceVpce under StringEquals, StringLike, ArnEquals or ArnLike, with a fixed value (no wildcard, policy variable or unresolved part).`
        : '',
      verdict === 'fail' && absentKeysPass(raw?.['Condition']).length > 0
        ? `Under ...IfExists, ${absentKeysPass(raw?.['Condition']).join(' and ')} does not pin: a request without that key passes (only kms:CallerAccount, aws:PrincipalAccount and aws:PrincipalArn, which every request carries, pin under IfExists).`
        : '',
      ...variantNotes(base.variant, verdict),
    ]
      .filter(Boolean)
      .join(' '),
    fix: inFileSyntax(context, key.logicalId, {
      yaml: keyPolicyFix(context, exposed, principalElement),
      json: keyPolicyFix(context, exposed, principalElement),
      cdk: 'name the principals in the key policy statement, or add a condition that fixes the caller (conditions: {StringEquals: {"kms:CallerAccount": Stack.of(this).account}})',
    }),
  })
}

/** Where a part of the statement stands: in the template, or inside a policy written as JSON text. */
function locateInStatement(context: CheckContext, exposed: ExposedStatement, inner: Path): Position | null {
  if (exposed.path) return context.document.locate([...exposed.path, ...inner])
  const source = exposed.source
  if (source === null || exposed.raw === null) return null
  return locateInText(context.document, source, [
    ...statementPathInText(source.text, exposed.statement.index),
    ...inner,
  ])
}

/** The caller's account pinned to the stack's own account, written the way the policy is written. */
function keyPolicyFix(context: CheckContext, exposed: ExposedStatement, principalElement: string): string {
  const condition = (text: string): string => `"Condition": {"StringEquals": {"kms:CallerAccount": ${text}}}`
  // Statements parsed from JSON text have no source path of their own; text outside Fn::Sub cannot name the account.
  const fromText = exposed.path === null && exposed.raw !== null
  const added = !fromText
    ? inFormat(
        context,
        'Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}',
        condition('{"Ref": "AWS::AccountId"}'),
      )
    : exposed.source === null || exposed.source.path.includes('Fn::Sub')
      ? `${condition('"${AWS::AccountId}"')} (in the Fn::Sub text of the policy)`
      : condition('"<account id>"')
  return principalElement === 'NotPrincipal'
    ? `Replace NotPrincipal with a Principal that names the accounts or roles, or add ${added}`
    : `Add ${added}, or name the accounts or roles in Principal`
}
