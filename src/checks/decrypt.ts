import type { Finding } from '../findings.js'
import type { Grant, Tier } from '../iam/evaluate.js'
import { actionMatches } from '../iam/actions.js'
import { rank } from '../iam/evaluate.js'
import {
  actionsAsWritten,
  DEFAULT_SCOPE_LEVELS,
  keyResourceFix,
  levelFor,
  sameActions,
  statementFinding,
  subject,
  variantNotes,
  type CheckContext,
} from './context.js'
import { written, type DocumentVariant, type JudgedDocument } from './policies.js'

/**
 * KMS.1 (customer managed policies) and KMS.2 (inline policies): decryption on keys the policy does not
 * name. The worst variant of the document wins; each statement that opens a blocked action is one finding.
 */
export function checkDecrypt(context: CheckContext, documents: JudgedDocument[]): Finding[] {
  const findings: Finding[] = []
  for (const judged of documents) {
    if (judged.holder.boundaryOnly) continue
    const ruleId = judged.holder.kind === 'managed' ? 'KMS.1' : 'KMS.2'
    const variant = worstVariant(judged.variants)
    if (!variant) continue
    const { verdict, result } = variant.decrypt
    if (verdict === 'pass' && judged.capped) {
      const capped = cappedFinding(context, judged, variant, ruleId)
      if (capped) findings.push(capped)
      continue
    }
    if (verdict === 'pass' && result.tier === 'scoped') continue
    const scope = verdict === 'unknown' ? 'unresolved' : (result.tier as Exclude<Tier, 'scoped'>)
    const level = levelFor(context, ruleId, scope, DEFAULT_SCOPE_LEVELS[scope])
    if (!level) continue
    const worst = result.grants.filter((g) => g.tier === result.tier)
    for (const [statementIndex, grants] of groupByStatement(worst)) {
      const first = grants[0]
      const statement = variant.normalized.policy.statements.find((s) => s.index === statementIndex)!
      const element = statement.resource ? ['Resource', first.resourceIndex ?? 0] : ['NotResource']
      const base = statementFinding(context, judged, variant, statementIndex, element)
      const opened = statement.resource
        ? `Resource "${written(variant, statement.resource[first.resourceIndex ?? 0])}"`
        : `NotResource ${JSON.stringify((statement.notResource ?? []).map((r) => written(variant, r)))}`
      const granted = grants.map((g) => g.action)
      const matching = statement.action?.filter((p) => granted.some((g) => actionMatches(p, g))) ?? []
      // An unresolved action matches nothing as written; then all of them are shown.
      const through = (matching.length > 0 ? matching : actionsAsWritten(statement)).map((a) => written(variant, a))
      const witness = verdict === 'unknown' || !first.witness ? null : written(variant, first.witness)
      const use = granted.includes('kms:Decrypt') ? 'decrypt with' : 're-encrypt data from'
      findings.push({
        ...base,
        ruleId,
        level,
        scope,
        actions: through,
        grants: granted,
        witness,
        title: `${ruleId} ${subject(judged)} ${TITLES[scope]}`,
        message: [
          `${subject(judged)} ${TITLES[scope]}: ${judged.name ? `policy ${judged.name}, ` : ''}Statement[${statementIndex}] allows ${granted.join(' and ')}${sameActions(through, granted) ? '' : ` (through ${through.join(', ')})`} on ${opened}.`,
          scope === 'unresolved'
            ? `The verdict depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}: it fails if that value is a wildcard.`
            : '',
          witness ? `For example it can ${use} ${witness}.` : '',
          ...variantNotes(base, 'fail'),
          base.conditionKeys.length > 0
            ? `Its Condition (${base.conditionKeys.join(', ')}) is not taken into account, as Security Hub does not.`
            : '',
          judged.capped ? 'Not every combination of conditions and values was judged (too many).' : '',
        ]
          .filter(Boolean)
          .join(' '),
        fix: fixFor(context, statement.resource === null, statement.action === null, scope, variant),
      })
    }
  }
  return findings
}

const TITLES: Record<Exclude<Tier, 'scoped'> | 'unresolved', string> = {
  'all-keys': 'can decrypt with any KMS key',
  'any-account': 'can decrypt with KMS keys in any account',
  'account-wide': 'can decrypt with every KMS key of one account',
  unresolved: 'may decrypt with any KMS key',
}

function fixFor(
  context: CheckContext,
  notResource: boolean,
  notAction: boolean,
  scope: string,
  variant: DocumentVariant,
): string {
  const keys = keyResourceFix(context.model)
  const steps = [notResource ? `replace NotResource with ${keys}` : `name the keys: ${keys}`]
  if (notAction) steps.push('list the actions the principal needs in Action instead of NotAction')
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

/** Every variant judged passes, but not every variant was judged: that is not a pass. */
function cappedFinding(
  context: CheckContext,
  judged: JudgedDocument,
  variant: DocumentVariant,
  ruleId: string,
): Finding | null {
  const level = levelFor(context, ruleId, 'unresolved', DEFAULT_SCOPE_LEVELS.unresolved)
  if (!level) return null
  return {
    ...statementFinding(context, judged, variant, null, null),
    ruleId,
    level,
    scope: 'unresolved',
    grants: [],
    witness: null,
    title: `${ruleId} ${subject(judged)} was not judged in every variant`,
    message: `${subject(judged)}${judged.name ? `, policy ${judged.name},` : ''} has more combinations of Fn::If conditions, parameter values and mapping entries than are judged (${judged.variants.length}); the ones judged pass, but one not judged may grant decryption on all keys.`,
    fix: 'Give parameters values (--parameter, or the config file) or split the policy so fewer conditions combine in one document.',
  }
}

/** fail (worst tier first) > unknown > account-wide note > pass. */
function worstVariant(variants: DocumentVariant[]): DocumentVariant | undefined {
  const score = (v: DocumentVariant): number =>
    v.decrypt.verdict === 'fail'
      ? rank(v.decrypt.result.tier)
      : v.decrypt.verdict === 'unknown'
        ? 10
        : 20 + rank(v.decrypt.result.tier)
  return [...variants].sort((a, b) => score(a) - score(b))[0]
}

function groupByStatement(grants: Grant[]): Map<number, Grant[]> {
  const groups = new Map<number, Grant[]>()
  for (const g of grants) groups.set(g.statement, [...(groups.get(g.statement) ?? []), g])
  return groups
}
