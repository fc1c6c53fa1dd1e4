import { attachmentsOf, type Attachments, type ManagedAttachment } from '../cfn/attachments.js'
import type { Principal } from '../cfn/extract.js'
import type { Finding } from '../findings.js'
import { actionMatches, BLOCKED_ACTIONS } from '../iam/actions.js'
import { actionIn, rank, type Grant, type GrantScope } from '../iam/evaluate.js'
import { failing, judgeDecrypt } from '../iam/judge.js'
import { normalizePolicy, type NormalizedPolicy, type Statement } from '../iam/policy.js'
import {
  actionsAsWritten,
  grantedStatement,
  levelFor,
  named,
  sameActions,
  variantFields,
  variantNotes,
  type CheckContext,
} from './context.js'
import { regionsIn, displayInPolicy } from './policies.js'
import { newFinding, type Check, type Rule } from './rule.js'

type Reach = 'all-keys' | 'any-account'

export const EFFECTIVE_RULE: Rule<Reach> = {
  id: 'KMS.Effective',
  name: 'EffectiveDecryptAllKeys',
  summary:
    'A role, user, group or permission set can decrypt with any KMS key through an AWS managed policy attached to it, with all its policies, Denies and permissions boundary taken together.',
  mapsTo: null,
  help: 'Security Hub KMS.1 and KMS.2 judge each customer policy alone and never AWS managed ones, so a role with AdministratorAccess, PowerUserAccess or job-function/SystemAdministrator passes them while it can decrypt with every key in the account and every key whose key policy trusts the account. Attach a narrower policy; if the principal must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary. AWS managed policy statements with a Condition do not count. See docs/kms-effective.md.',
  severity: 7.0,
  levels: { 'all-keys': 'warning', 'any-account': 'warning' },
}

/** KMS.Effective reads the template's principals itself: each with everything attached to it. */
export const effectiveCheck: Check = { rules: [EFFECTIVE_RULE], run: checkEffective }

/** Where a statement of the combined policy comes from. */
type Origin = { document: string } | { managed: ManagedAttachment; index: number }

/** All a principal's identity statements as one policy, its boundary, and where each statement comes from. */
interface Combined {
  normalized: NormalizedPolicy
  origins: Origin[]
  boundary: NormalizedPolicy | null
}

/**
 * KMS.Effective: a principal that can decrypt with every key (or keys in any account) once its inline
 * policies, the template's policies attached to it and the AWS managed policies it names are put together,
 * unconditional Denies subtracted and its permissions boundary applied, where an AWS managed policy supplies
 * a granting statement. One finding per managed policy statement that grants, at the name that attaches it.
 */
function checkEffective(context: CheckContext): Finding[] {
  const findings = new Map<string, Finding>()
  for (const principal of context.model.principals) {
    const worlds = attachmentsOf(principal, context.model, context.resolver)
      .flatMap((attachments) => judged(context, attachments))
      .sort((a, b) => rank(a.scope) - rank(b.scope))
    for (const world of worlds) {
      for (const grant of world.grants) {
        const origin = world.combined.origins[grant.statement]
        if (!('managed' in origin)) continue
        const key = JSON.stringify([origin.managed.path, origin.index])
        if (findings.has(key)) continue
        const finding = managedFinding(
          context,
          principal,
          world,
          origin,
          world.grants.filter((g) => g.statement === grant.statement),
        )
        if (finding) findings.set(key, finding)
      }
    }
  }
  return [...findings.values()]
}

interface World {
  attachments: Attachments
  combined: Combined
  scope: GrantScope
  grants: Grant[]
}

/** The principal's access in one possible world, when it fails; a boundary we cannot read may allow nothing. */
function judged(context: CheckContext, attachments: Attachments): World[] {
  if (attachments.managed.length === 0 || attachments.boundary === 'unreadable') return []
  const combined = combine(attachments)
  const options = {
    partition: context.resolver.settings.partition,
    regions: regionsIn(combined.normalized.policy),
    ...(combined.boundary ? { boundary: combined.boundary.policy } : {}),
  }
  const { verdict, result } = judgeDecrypt(combined.normalized.policy, options)
  if (verdict !== 'fail' || !failing(result.scope)) return []
  return [{ attachments, combined, scope: result.scope, grants: result.grants.filter((g) => g.scope === result.scope) }]
}

function combine(attachments: Attachments): Combined {
  const statements: unknown[] = []
  const origins: Origin[] = []
  for (const document of attachments.documents) {
    for (const statement of document.statements) {
      statements.push(statement)
      origins.push({ document: document.name })
    }
  }
  for (const managed of attachments.managed) {
    for (const { index, statement } of managed.policy.statements) {
      statements.push(statement)
      origins.push({ managed, index })
    }
  }
  const boundary = attachments.boundary
  return {
    normalized: normalizePolicy({ Version: '2012-10-17', Statement: statements }),
    origins,
    boundary:
      boundary && boundary !== 'unreadable'
        ? normalizePolicy({ Version: '2012-10-17', Statement: boundary.statements })
        : null,
  }
}

const TITLES: Record<Reach, string> = {
  'all-keys': 'can decrypt with any KMS key',
  'any-account': 'can decrypt with KMS keys in any account',
}

function managedFinding(
  context: CheckContext,
  principal: Principal,
  world: World,
  origin: { managed: ManagedAttachment; index: number },
  grants: Grant[],
): Finding | null {
  const scope = world.scope as Reach
  const level = levelFor(context.levels, EFFECTIVE_RULE, scope, scope)
  if (!level) return null
  const { combined, attachments } = world
  const statement = grantedStatement(combined.normalized.policy, grants[0].statement)
  const policy = origin.managed.policy.id
  const granted = grants.map((g) => g.action)
  const through = statement.action?.filter((p) => granted.some((g) => actionMatches(p, g))) ?? []
  const actions = statement.action ? through : actionsAsWritten(statement)
  const witness =
    grants[0].witness === null ? null : displayInPolicy({ normalized: combined.normalized }, grants[0].witness)
  const at = context.document.locate(origin.managed.path)
  const who = named(principal.type, principal.logicalId)
  const variant = variantFields(attachments)
  const place = statement.sid ? `Statement[${origin.index}] (Sid ${statement.sid})` : `Statement[${origin.index}]`
  return newFinding(EFFECTIVE_RULE, level, {
    file: context.file,
    at,
    resource: principal.logicalId,
    resourceType: principal.type,
    scope,
    policy,
    statement: origin.index,
    sid: statement.sid,
    actions,
    grants: granted,
    witness,
    variant,
    title: `${who} ${TITLES[scope]} through the AWS managed policy ${policy}`,
    message: [
      `${who} ${TITLES[scope]}: the AWS managed policy ${policy} it attaches here allows ${granted.join(' and ')} in ${place}${through.length > 0 && !sameActions(through, granted) ? ` (through ${through.join(', ')})` : statement.notAction ? ' (through NotAction, which leaves no KMS action out)' : ''} on ${resourceText(statement)}.`,
      limitsNote(combined, attachments),
      witness
        ? `For example it can ${granted.includes('kms:Decrypt') ? 'decrypt with' : 're-encrypt data from'} ${witness}.`
        : '',
      ...variantNotes(variant, 'fail'),
      'Security Hub KMS.1 and KMS.2 judge customer policies one by one and never AWS managed ones, so they pass this principal.',
    ]
      .filter(Boolean)
      .join(' '),
    fix: `Attach a narrower policy than ${policy}; if the ${KINDS[principal.type] ?? 'role'} must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary.`,
    basis: JSON.stringify([policy, origin.index]),
  })
}

/** What the combination took into account: the permissions boundary and the unconditional Denies. */
function limitsNote(combined: Combined, attachments: Attachments): string {
  const denying = (s: Statement): boolean => s.effect === 'Deny' && BLOCKED_ACTIONS.some((a) => actionIn(s, a))
  const denies = combined.normalized.policy.statements.filter((s) => denying(s) && s.conditionKeys.length === 0)
  const conditioned = combined.normalized.policy.statements.filter((s) => denying(s) && s.conditionKeys.length > 0)
  const sources = (list: Statement[]): string =>
    [...new Set(list.map((s) => originName(combined.origins[s.index])))].join(', ')
  const boundary = attachments.boundary && attachments.boundary !== 'unreadable' ? attachments.boundary.name : null
  return [
    boundary ? `Its permissions boundary ${boundary} allows it too.` : 'It has no permissions boundary.',
    denies.length > 0
      ? `The unconditional Deny statements of ${sources(denies)} were subtracted and do not cover it.`
      : 'No unconditional Deny in its policies covers it.',
    conditioned.length > 0
      ? `A Deny with a Condition (in ${sources(conditioned)}) may not apply, so it is not subtracted.`
      : '',
  ]
    .filter(Boolean)
    .join(' ')
}

function originName(origin: Origin): string {
  return 'managed' in origin ? origin.managed.policy.id : origin.document
}

function resourceText(statement: Statement): string {
  return statement.resource
    ? `Resource ${JSON.stringify(statement.resource)}`
    : `NotResource ${JSON.stringify(statement.notResource)}`
}

/** How the fix names the principal; SAM makes a role. */
const KINDS: Record<string, string> = {
  'AWS::IAM::User': 'user',
  'AWS::IAM::Group': 'group',
  'AWS::SSO::PermissionSet': 'permission set',
}
