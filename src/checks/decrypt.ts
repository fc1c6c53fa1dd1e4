import type { Finding, Scope } from '../findings.js'
import type { Grant, GrantScope } from '../iam/evaluate.js'
import { actionMatches } from '../iam/actions.js'
import { rank } from '../iam/evaluate.js'
import { statementPathInText, valueInText } from '../cfn/json-text.js'
import type { Statement } from '../iam/policy.js'
import { isObject } from '../util/object.js'
import {
  actionsAsWritten,
  grantedStatement,
  ASSIGNED_KEY_ARN,
  inFileSyntax,
  isPermissionSet,
  keyResource,
  levelFor,
  onlyKey,
  sameActions,
  STACK_KEY_ARN,
  statementPlace,
  subject,
  variantNotes,
  type CheckContext,
} from './context.js'
import { displayInPolicy, type DocumentVariant, type JudgedDocument } from './policies.js'
import { newFinding, type Check, type Rule } from './rule.js'
import { mapPacked } from '../util/list.js'

/** How far the grant reaches decides the level: a fixed account's keys are a note, an unresolved value a warning. */
const SCOPE_LEVELS = {
  'all-keys': 'error',
  'any-account': 'error',
  'account-wide': 'note',
  unresolved: 'warning',
} as const

/** A grant within one account, or one known only at deployment, is not the all-keys grant the rules are for. */
const scopeMeanings = (policy: string): Rule<Scope>['scopes'] => ({
  'account-wide': {
    name: `${policy}DecryptOneAccount`,
    severity: 3.0,
    summary: 'The policy allows decryption with every KMS key of one account, not only the keys the principal uses.',
  },
  unresolved: {
    name: `${policy}DecryptUnresolved`,
    severity: 5.0,
    summary:
      'Whether the policy allows decryption on keys it does not name depends on a value known only at deployment.',
  },
})

const HOW_TO_NAME_KEYS = 'Name the keys in Resource (Fn::GetAtt Key.Arn), or at least one trusted account and Region.'

export const MANAGED_POLICY_RULE: Rule<Scope> = {
  id: 'KMS.1',
  name: 'ManagedPolicyDecryptAllKeys',
  summary: 'A customer managed IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
  mapsTo: 'Security Hub KMS.1',
  help: `IAM customer managed policies should not allow decryption actions on all KMS keys. ${HOW_TO_NAME_KEYS}`,
  severity: 8.0,
  scopes: scopeMeanings('ManagedPolicy'),
  levels: SCOPE_LEVELS,
}

export const INLINE_POLICY_RULE: Rule<Scope> = {
  id: 'KMS.2',
  name: 'InlinePolicyDecryptAllKeys',
  summary: 'An inline IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
  mapsTo: 'Security Hub KMS.2',
  help: `IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys. ${HOW_TO_NAME_KEYS}`,
  severity: 8.0,
  scopes: scopeMeanings('InlinePolicy'),
  levels: SCOPE_LEVELS,
}

/**
 * KMS.1 (customer managed policies) and KMS.2 (inline policies): decryption on keys the policy does not
 * name. The worst variant of the document wins; each statement that opens a blocked action is one finding.
 */
export const decryptCheck: Check = { rules: [MANAGED_POLICY_RULE, INLINE_POLICY_RULE], run: checkDecrypt }

function checkDecrypt(context: CheckContext, documents: readonly JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (let d = 0; d < documents.length; d++) {
    const judged = documents[d]
    if (judged.holder.boundaryOnly) continue
    const rule = judged.holder.kind === 'managed' ? MANAGED_POLICY_RULE : INLINE_POLICY_RULE
    const variant = worstVariant(judged.variants)
    if (!variant) continue
    const { verdict, result } = variant.decrypt
    if (judged.unsettled && (verdict !== 'fail' || rank(result.scope) > rank(judged.unsettled))) {
      const unsettled = unsettledFinding(context, judged, variant, rule, judged.unsettled)
      if (unsettled) findings.push(unsettled)
      continue
    }
    if (verdict === 'pass' && result.scope === 'scoped') continue
    addStatementFindings(findings, context, judged, variant, rule)
  }
  return findings
}

/**
 * One finding per statement of the variant that opens a blocked action up: out of the loop over every
 * document, which most documents leave early and which TurboFan compiled with all of this inlined.
 */
function addStatementFindings(
  findings: Finding[],
  context: CheckContext,
  judged: JudgedDocument,
  variant: DocumentVariant,
  rule: Rule<Scope>,
): void {
  const { verdict, result } = variant.decrypt
  const scope = verdict === 'unknown' ? 'unresolved' : (result.scope as Exclude<GrantScope, 'scoped'>)
  const level = levelFor(context.levels, rule, scope, scope)
  if (!level) return
  const groups = groupByStatement(result.grants, result.scope)
  const who = subject(judged)
  for (let i = 0; i < groups.length; i++) {
    const grants = groups[i]
    const first = grants[0]
    const statementIndex = first.statement
    const statement = grantedStatement(variant.normalized.policy, statementIndex)
    const element = statement.resource ? ['Resource', first.resourceIndex ?? 0] : ['NotResource']
    const base = statementPlace(context, judged, variant, statementIndex, element)
    const opened = statement.resource
      ? `Resource "${displayInPolicy(variant, statement.resource[first.resourceIndex ?? 0])}"`
      : `NotResource ${JSON.stringify((statement.notResource ?? []).map((r) => displayInPolicy(variant, r)))}`
    const granted = mapPacked(grants, (g) => g.action)
    const matching = statement.action?.filter((p) => granted.some((g) => actionMatches(p, g))) ?? []
    // An unresolved action matches nothing as written; then all of them are shown.
    const through = mapPacked(matching.length > 0 ? matching : actionsAsWritten(statement), (a) =>
      displayInPolicy(variant, a),
    )
    const witness = verdict === 'unknown' || !first.witness ? null : displayInPolicy(variant, first.witness)
    const use = granted.includes('kms:Decrypt') ? 'decrypt with' : 're-encrypt data from'
    const reach = scope === 'account-wide' ? accountWide(variant, statement) : TITLES[scope]
    // Sentence by sentence: a finding is made for every statement that opens decryption up (40,000 in the worst case).
    let message = `${who} ${reach}: ${judged.name ? `policy ${judged.name}, ` : ''}Statement[${statementIndex}] allows ${granted.join(' and ')}${sameActions(through, granted) ? '' : ` (through ${through.join(', ')})`} on ${opened}.`
    if (scope === 'unresolved')
      message += ` The verdict depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}: it fails if that value is a wildcard.`
    if (witness) message += ` For example it can ${use} ${witness}.`
    for (const note of variantNotes(base.variant, 'fail')) message += ` ${note}`
    if (base.conditionKeys.length > 0)
      message += ` Its Condition (${base.conditionKeys.join(', ')}) is not taken into account, as Security Hub does not.`
    if (judged.capped)
      message +=
        ' It has more combinations of conditions and values than are listed; this one is the worst of all of them.'
    findings.push(
      newFinding(
        rule,
        level,
        {
          scope,
          actions: through,
          grants: granted,
          witness,
          title: `${who} ${reach}`,
          message,
          fix: fixFor(context, judged, variant, statement, first.resourceIndex ?? 0, scope),
        },
        base,
      ),
    )
  }
}

const TITLES: Record<Exclude<GrantScope, 'scoped'> | 'unresolved', string> = {
  'all-keys': 'can decrypt with any KMS key',
  'any-account': 'can decrypt with KMS keys in any account',
  'account-wide': 'can decrypt with every KMS key of one account',
  unresolved: 'may decrypt with any KMS key',
}

/**
 * Every key of the fixed accounts the statement opens, in words that match the grant: one account, or how
 * many and which (a statement on two accounts is not "one account").
 */
function accountWide(variant: DocumentVariant, statement: Statement): string {
  const accounts = new Set<string>()
  for (const pattern of statement.resource ?? []) {
    const arn = /^arn:[^:]*:kms:[^:]*:([^:]*):(.*)$/i.exec(pattern)
    if (arn && !/[*?]/.test(arn[1]) && /[*?]/.test(arn[2])) accounts.add(displayInPolicy(variant, arn[1]))
  }
  if (accounts.size < 2) return TITLES['account-wide']
  return `can decrypt with every KMS key of ${accounts.size} accounts (${[...accounts].join(', ')})`
}

/**
 * The smallest change that makes the statement pass, written where the grant is opened up: the KeyId of a
 * SAM template, the value or text of a policy written as JSON text, the Resource element of the template
 * (YAML or JSON), or the construct of a CDK app.
 */
function fixFor(
  context: CheckContext,
  judged: JudgedDocument,
  variant: DocumentVariant,
  statement: Statement,
  resourceIndex: number,
  scope: string,
): string {
  const holder = judged.holder
  if (holder.keyProperty !== null) return samKeyFix(context, holder.keyProperty)
  const keys = keyResource(context, holder.resource)
  const notResource = statement.resource === null
  const element = (resource: string): string =>
    notResource ? `replace NotResource with ${resource}` : `name the keys: ${resource}`
  const steps = [
    variant.documentSource
      ? textFix(context, variant, statement, resourceIndex, isPermissionSet(context, holder.resource))
      : inFileSyntax(context, holder.resource, {
          yaml: element(keys.yaml),
          json: element(keys.json),
          cdk: isPermissionSet(context, holder.resource)
            ? `list the keys of the accounts it is assigned to in the inline policy's Resource (${ASSIGNED_KEY_ARN}); a permission set is no grantee for key.grantDecrypt`
            : 'grant decryption with key.grantDecrypt(<grantee>) instead of a statement on keys it does not name, or list resources: [key.keyArn] in the PolicyStatement',
        }),
  ]
  if (statement.action === null) steps.push('list the actions the principal needs in Action instead of NotAction')
  if (scope === 'unresolved') {
    const params = variant.unresolved.filter((u) => u.startsWith('parameter ')).map((u) => u.split(' ')[1])
    if (params.length > 0)
      steps.unshift(
        `give parameter ${params[0]} its value (CLI --parameter ${params[0]}=<value>, action input parameters, or parameters in .cfn-kms-check.yml), or AllowedValues`,
      )
  }
  const text = steps.join('; and ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** SAM writes the statement from one property: the fix names one key there. */
function samKeyFix(context: CheckContext, property: 'KeyId' | 'SecretsManagerKmsKeyId'): string {
  const key = onlyKey(context.model)
  const json = context.document.format === 'json'
  if (property === 'SecretsManagerKmsKeyId')
    return `Name the key that encrypts the secret: ${json ? '"SecretsManagerKmsKeyId": "<key-id>"' : 'SecretsManagerKmsKeyId: <key-id>'} (SAM takes a plain key id here and adds the stack's account and Region)`
  const value = key === null ? (json ? '"<key-id>"' : '<key-id>') : json ? `{"Ref": "${key}"}` : `!Ref ${key}`
  return `Name one key in the KMSDecryptPolicy template: ${json ? `"KeyId": ${value}` : `KeyId: ${value}`} (SAM adds the stack's account and Region)`
}

/**
 * For a policy written as JSON text, the value that opens it up: a `${Name}` in the Resource text is a
 * Fn::Sub variable or a parameter, and the fix is there; a literal wildcard is fixed in the text itself,
 * with an ARN the text can hold (a plain string cannot hold intrinsic functions).
 */
function textFix(
  context: CheckContext,
  variant: DocumentVariant,
  statement: Statement,
  resourceIndex: number,
  permissionSet: boolean,
): string {
  const source = variant.documentSource!
  const elementName = statement.resource === null ? 'NotResource' : 'Resource'
  const at = [...statementPathInText(source.text, statement.index), elementName]
  const raw = valueInText(source.text, [...at, resourceIndex]) ?? valueInText(source.text, at)
  const name = typeof raw === 'string' ? /\$\{([^!}][^}]*)\}/.exec(raw)?.[1]?.trim() : undefined
  const key = onlyKey(context.model)
  const json = context.document.format === 'json'
  if (name !== undefined && !name.startsWith('AWS::')) {
    if (subVariables(context.model.template, source.path).includes(name)) {
      const value =
        key === null
          ? json
            ? `{"Fn::Sub": "${STACK_KEY_ARN}"}`
            : `!Sub "${STACK_KEY_ARN}"`
          : json
            ? `{"Fn::GetAtt": ["${key}", "Arn"]}`
            : `!GetAtt ${key}.Arn`
      return `the Fn::Sub variable ${name} opens the policy text up: set it to a key ARN, ${json ? `"${name}": ${value}` : `${name}: ${value}`}`
    }
    if (context.resolver.parameter(name))
      return `parameter ${name} opens the policy text up: give it a key ARN (--parameter ${name}=arn:aws:kms:<region>:<account-id>:key/<key-id>), or AllowedValues or an AllowedPattern that admit key ARNs only`
  }
  // A permission set's keys are in the accounts it is assigned to: no key or account of the template names them.
  const inSub = source.path.includes('Fn::Sub') && !permissionSet
  const plain = !inSub && !permissionSet
  const arn = !inSub
    ? 'arn:aws:kms:<region>:<account-id>:key/<key-id>'
    : key === null
      ? STACK_KEY_ARN
      : `\${${key}.Arn}`
  const replace = statement.resource === null ? 'replace "NotResource" with ' : 'name the keys: '
  return `in the policy's JSON text, ${replace}"Resource": "${arn}"${plain ? " (the text is a plain string, which cannot hold intrinsic functions: write the document as a mapping to name the template's key)" : ''}`
}

/** The names of the variable map of the `Fn::Sub` whose text is at `path`. */
function subVariables(template: Record<string, unknown>, path: readonly (string | number)[]): string[] {
  if (path[path.length - 1] !== 0) return []
  let node: unknown = template
  for (const step of [...path.slice(0, -1), 1])
    node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[step] : undefined
  return isObject(node) ? Object.keys(node) : []
}

/**
 * The search for the worst combination ran past its budget and could not rule out a grant on all keys (or
 * in any account): reported at that level, never lower, since a gate must not pass what it could not judge.
 */
function unsettledFinding(
  context: CheckContext,
  judged: JudgedDocument,
  variant: DocumentVariant,
  rule: Rule<Scope>,
  scope: 'all-keys' | 'any-account',
): Finding | null {
  const level = levelFor(context.levels, rule, scope, scope)
  if (!level) return null
  return newFinding(
    rule,
    level,
    {
      scope: scope,
      title: `${subject(judged)} ${TITLES[scope]} in some combination of conditions`,
      message: `${subject(judged)}${judged.name ? `, policy ${judged.name},` : ''} has too many combinations of Fn::If conditions, parameter values and mapping entries to find the worst one, and some of them may grant decryption ${scope === 'all-keys' ? 'on all keys' : 'on keys in any account'}.`,
      fix: 'Give parameters values (--parameter, or the config file) or split the policy so fewer conditions combine in one document.',
    },
    statementPlace(context, judged, variant, null, null),
  )
}

/** fail (worst scope first) > unknown > account-wide note > pass; the first listed of equals. */
function worstVariant(variants: DocumentVariant[]): DocumentVariant | undefined {
  const score = (v: DocumentVariant): number =>
    v.decrypt.verdict === 'fail'
      ? rank(v.decrypt.result.scope)
      : v.decrypt.verdict === 'unknown'
        ? 10
        : 20 + rank(v.decrypt.result.scope)
  let worst: DocumentVariant | undefined
  let worstScore = Infinity
  for (let i = 0; i < variants.length; i++) {
    const s = score(variants[i])
    if (s < worstScore) {
      worst = variants[i]
      worstScore = s
    }
  }
  return worst
}

/**
 * The grants of one scope, a list per statement, in the order the statements first appear. Lists and index
 * loops, not a Map iterated with destructuring: the iterator doubled what TurboFan compiled for the caller.
 */
function groupByStatement(grants: readonly Grant[], scope: GrantScope): Grant[][] {
  const groups: Grant[][] = []
  const byStatement = new Map<number, Grant[]>()
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i]
    if (g.scope !== scope) continue
    const group = byStatement.get(g.statement)
    if (group) group.push(g)
    else {
      const started = [g]
      byStatement.set(g.statement, started)
      groups.push(started)
    }
  }
  return groups
}
