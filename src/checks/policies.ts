import { sourceTextOf, type SourceText } from '../cfn/json-text.js'
import { documentsIn, type FoundDocument, type PolicyHolder, type TemplateModel } from '../cfn/extract.js'
import type { Path } from '../cfn/load.js'
import { display, REGION } from '../cfn/markers.js'
import type { Choice, Origins, Resolver, Variant, WorstSearch } from '../cfn/resolve.js'
import { evaluateDecrypt, evaluateFullAccess, rank, type EvaluationOptions, type GrantScope } from '../iam/evaluate.js'
import {
  failing,
  inWorld,
  judgeDecrypt,
  judgeFullAccess,
  type DecryptJudgement,
  type FullAccessJudgement,
} from '../iam/judge.js'
import {
  normalizePolicy,
  parsePolicyText,
  rawStatements,
  type NormalizedPolicy,
  type Policy,
  type StatementMemo,
} from '../iam/policy.js'
import { isObject } from '../util/object.js'
import { boundPolicy } from './bound.js'
import type { VariantFields } from './rule.js'

/** One identity policy document in one possible world of the template. */
export interface DocumentVariant {
  choices: Choice[]
  unresolved: string[]
  normalized: NormalizedPolicy
  /** Source path of a statement, by statement index (the document's when it has none of its own). */
  statementPath(index: number): Path
  /** Source path of the document (of the string, for a document written as JSON text). */
  documentPath: Path
  /** Set when the document is a string that is not JSON. */
  textError: string | null
  /** The JSON text of a document written as a string in the template, to point inside it. */
  documentSource: SourceText | null
  decrypt: DecryptJudgement
  fullAccess: FullAccessJudgement
  /** The variant as its findings name it, made at its first finding and shared by the others. */
  findingFields: VariantFields | null
}

/** Every possible world of one identity policy document, judged. */
export interface JudgedDocument {
  holder: PolicyHolder
  name: string | null
  variants: DocumentVariant[]
  /** More combinations of conditions and values existed than are listed: the worst one was searched for. */
  capped: boolean
  /**
   * When even the search for the worst combination ran past its budget: the worst decrypt scope it could
   * not rule out (a bound, never lower than the truth), else null.
   */
  unsettled: 'all-keys' | 'any-account' | null
}

/**
 * Resolves every identity policy in the template in every variant and judges each (KMS.1/2 and full
 * access). When there are more variants than are listed, the worst one for each rule is searched for
 * and added, so the verdict never depends on which variants were listed.
 */
export function judgeDocuments(model: TemplateModel, resolver: Resolver): JudgedDocument[] {
  const out: JudgedDocument[] = []
  for (let h = 0; h < model.holders.length; h++) {
    const holder = model.holders[h]
    const scope = { condition: holder.condition }
    const resolution = resolver.resolve(holder.node, holder.path, scope)
    const name = holder.nameNode === null ? null : policyName(resolver, holder)
    const byKey = new Map<string, JudgedDocument>()
    const memo: StatementMemo = new Map()
    const add = (variant: Variant, origin: Origins): void => {
      const documents = documentsIn(holder, variant.value, name)
      for (let i = 0; i < documents.length; i++) {
        const found = documents[i]
        let judged = byKey.get(found.key)
        if (!judged) {
          judged = {
            holder,
            name: found.name === null ? null : display(found.name),
            variants: [],
            capped: resolution.capped,
            unsettled: null,
          }
          byKey.set(found.key, judged)
          // Listed as first met, the map's order, without spreading the map's values at the end.
          out.push(judged)
        }
        judged.variants.push(judgeVariant(model, holder, variant, found, origin, memo, resolver))
      }
    }
    for (let i = 0; i < resolution.variants.length; i++) add(resolution.variants[i], resolution.origin)
    if (resolution.capped && !holder.boundaryOnly) {
      for (const [key, judged] of byKey) {
        for (const search of [decryptSearch(holder, key, resolver), fullAccessSearch(holder, key, resolver)]) {
          const worst = resolver.worst(holder.node, holder.path, search.rank, scope)
          if (worst.variant) add(worst.variant, worst.origin)
          if (!worst.exact && search.rule === 'decrypt') judged.unsettled = tierOfScore(worst.score)
        }
      }
    }
  }
  return out
}

function judgeVariant(
  model: TemplateModel,
  holder: PolicyHolder,
  variant: Variant,
  found: FoundDocument,
  origin: Origins,
  memo: StatementMemo,
  resolver: Resolver,
): DocumentVariant {
  const documentPath = (isObject(found.document) && origin.get(found.document)) || documentFallback(holder, found.key)
  const { document, problem: textError } = parsePolicyText(found.document, 'PolicyDocument')
  const normalized = normalizePolicy(document, memo)
  const statements = rawStatements(document)
  const options = optionsFor(resolver, normalized)
  return {
    choices: variant.choices,
    unresolved: textError ? [...variant.unresolved, textError] : variant.unresolved,
    normalized,
    statementPath: (index) => {
      const raw = statements[index]
      return (isObject(raw) && origin.get(raw)) || documentPath
    },
    documentPath,
    textError,
    documentSource: sourceTextOf(model.template, documentPath, found.document),
    decrypt: judgeDecrypt(normalized.policy, options),
    fullAccess: judgeFullAccess(normalized.policy, options),
    findingFields: null,
  }
}

function optionsFor(resolver: Resolver, normalized: NormalizedPolicy): EvaluationOptions {
  return { partition: resolver.settings.partition, regions: regionsIn(normalized.policy) }
}

/**
 * Scores, lower is worse: for decryption fail by scope (all-keys 0, any-account 1), then unknown (2), then
 * the account-wide note (3), then nothing (4); for full access fail 0, unknown 1, pass 2.
 */
function decryptScore(judgement: DecryptJudgement): number {
  if (judgement.verdict === 'fail') return rank(judgement.result.scope)
  if (judgement.verdict === 'unknown') return 2
  return judgement.scope === 'account-wide' ? 3 : 4
}

function tierOfScore(score: number): 'all-keys' | 'any-account' | null {
  return score === 0 ? 'all-keys' : score === 1 ? 'any-account' : null
}

const NOTHING = 4

/** A document of a holder's resolved value, by its key; null when this world has none there. */
function documentAt(holder: PolicyHolder, value: unknown, key: string): NormalizedPolicy | null {
  const found = documentsIn(holder, value, null).find((d) => d.key === key)
  return found ? normalizePolicy(parsePolicyText(found.document, 'PolicyDocument').document) : null
}

interface Search {
  rule: 'decrypt' | 'full-access'
  rank: WorstSearch
}

/**
 * The bound of a partial world: the pessimistic world of its bound policy (unknowns at their widest),
 * which allows at least what any completion allows in either world.
 */
function decryptSearch(holder: PolicyHolder, key: string, resolver: Resolver): Search {
  const pessimistic = (policy: Policy): GrantScope =>
    evaluateDecrypt(inWorld(policy, 'pessimistic'), {
      partition: resolver.settings.partition,
      regions: regionsIn(policy),
    }).scope
  return {
    rule: 'decrypt',
    rank: {
      score: (variant) => {
        const document = documentAt(holder, variant.value, key)
        return document ? decryptScore(judgeDecrypt(document.policy, optionsFor(resolver, document))) : NOTHING
      },
      bound: (value) => {
        const scope = pessimistic(boundPolicy(holder, value, key))
        return failing(scope) ? rank(scope) : scope === 'account-wide' ? 3 : NOTHING
      },
    },
  }
}

function fullAccessSearch(holder: PolicyHolder, key: string, resolver: Resolver): Search {
  const options = { partition: resolver.settings.partition }
  return {
    rule: 'full-access',
    rank: {
      score: (variant) => {
        const document = documentAt(holder, variant.value, key)
        if (!document) return 2
        const { verdict } = judgeFullAccess(document.policy, options)
        return verdict === 'fail' ? 0 : verdict === 'unknown' ? 1 : 2
      },
      bound: (value) =>
        evaluateFullAccess(inWorld(boundPolicy(holder, value, key), 'pessimistic'), options).full ? 0 : 2,
    },
  }
}

function policyName(resolver: Resolver, holder: PolicyHolder): string | null {
  const value = resolver.resolve(holder.nameNode, []).variants[0]?.value
  return typeof value === 'string' ? value : null
}

function documentFallback(holder: PolicyHolder, key: string): Path {
  if (holder.shape === 'document') return holder.path
  if (holder.shape === 'entry') return [...holder.path, 'PolicyDocument']
  return [...holder.path, Number(key), 'PolicyDocument']
}

/** Region names the policy mentions, and the stack's own Region: NotResource statements are probed with them. */
export function regionsIn(policy: Policy): string[] {
  if (!policy.statements.some((s) => s.notResource)) return []
  const text = policy.statements.flatMap((s) => [...(s.resource ?? []), ...(s.notResource ?? [])]).join(' ')
  return [REGION, ...new Set(text.match(/\b[a-z]{2}(-[a-z]+)+-\d\b/g) ?? [])]
}

/** A string of the normalized policy as the author wrote it: policy variables and template markers shown back. */
export function displayInPolicy(variant: Pick<DocumentVariant, 'normalized'>, text: string): string {
  let out = text
  for (const [variable, placeholder] of variant.normalized.variables) out = out.replaceAll(placeholder, variable)
  return display(out)
}
