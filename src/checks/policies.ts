import { sourceTextOf, type SourceText } from '../cfn/json-text.js'
import { documentsIn, type PolicyHolder, type TemplateModel } from '../cfn/extract.js'
import type { Path } from '../cfn/load.js'
import { display, REGION } from '../cfn/markers.js'
import type { Choice, Resolver } from '../cfn/resolve.js'
import type { EvaluationOptions } from '../iam/evaluate.js'
import { judgeDecrypt, judgeFullAccess, type DecryptJudgement, type FullAccessJudgement } from '../iam/judge.js'
import {
  normalizePolicy,
  parsePolicyText,
  rawStatements,
  type NormalizedPolicy,
  type StatementMemo,
} from '../iam/policy.js'
import { isObject } from '../util/object.js'

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
}

/** Every possible world of one identity policy document, judged. */
export interface JudgedDocument {
  holder: PolicyHolder
  name: string | null
  variants: DocumentVariant[]
  /** More combinations of conditions and values existed than were judged. */
  capped: boolean
}

/** Resolves every identity policy in the template in every variant and judges each (KMS.1/2 and full access). */
export function judgeDocuments(model: TemplateModel, resolver: Resolver): JudgedDocument[] {
  const out: JudgedDocument[] = []
  for (const holder of model.holders) {
    const resolution = resolver.resolve(holder.node, holder.path)
    const name = holder.nameNode === null ? null : policyName(resolver, holder)
    const byKey = new Map<string, JudgedDocument>()
    const memo: StatementMemo = new Map()
    for (const variant of resolution.variants) {
      for (const found of documentsIn(holder, variant.value, name)) {
        let judged = byKey.get(found.key)
        if (!judged) {
          judged = {
            holder,
            name: found.name === null ? null : display(found.name),
            variants: [],
            capped: resolution.capped,
          }
          byKey.set(found.key, judged)
        }
        const documentPath =
          (isObject(found.document) && resolution.origin.get(found.document)) || documentFallback(holder, found.key)
        const { document, problem: textError } = parsePolicyText(found.document, 'PolicyDocument')
        const normalized = normalizePolicy(document, memo)
        const statements = rawStatements(document)
        const options: EvaluationOptions = { partition: resolver.settings.partition, regions: regionsIn(normalized) }
        judged.variants.push({
          choices: variant.choices,
          unresolved: textError ? [...variant.unresolved, textError] : variant.unresolved,
          normalized,
          statementPath: (index) => {
            const raw = statements[index]
            return (isObject(raw) && resolution.origin.get(raw)) || documentPath
          },
          documentPath,
          textError,
          documentSource: sourceTextOf(model.template, documentPath, found.document),
          decrypt: judgeDecrypt(normalized.policy, options),
          fullAccess: judgeFullAccess(normalized.policy, options),
        })
      }
    }
    out.push(...byKey.values())
  }
  return out
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
export function regionsIn(normalized: NormalizedPolicy): string[] {
  if (!normalized.policy.statements.some((s) => s.notResource)) return []
  const text = normalized.policy.statements.flatMap((s) => [...(s.resource ?? []), ...(s.notResource ?? [])]).join(' ')
  return [REGION, ...new Set(text.match(/\b[a-z]{2}(-[a-z]+)+-\d\b/g) ?? [])]
}

/** A string of the normalized policy as the author wrote it: policy variables and template markers shown back. */
export function written(variant: Pick<DocumentVariant, 'normalized'>, text: string): string {
  let out = text
  for (const [variable, placeholder] of variant.normalized.variables) out = out.replaceAll(placeholder, variable)
  return display(out)
}
