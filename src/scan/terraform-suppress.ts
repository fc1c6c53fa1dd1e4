import type { SuppressionProblem } from '../checks/suppression.js'
import type { TerraformModule } from '../terraform/module.js'
import { blocksOf, positionOf } from '../terraform/source.js'
import { isProblem, readSuppression, type Suppression } from './suppress.js'

const MARK = /^(?:#|\/\/)\s*cfn-kms-check:ignore\b(.*)$/

/**
 * Suppressions written as comments on a resource, above its block or inside it:
 * `# cfn-kms-check:ignore KMS.2 reason="..." expires=YYYY-MM-DD`. Places are on the module's virtual document.
 * A comment reaches every address the block stands for: its `count`/`for_each` instances, and each call of
 * the module it is written in.
 */
export function terraformSuppressions(module: TerraformModule): {
  suppressions: Suppression[]
  problems: SuppressionProblem[]
} {
  const suppressions: Suppression[] = []
  const problems: SuppressionProblem[] = []
  const addresses = addressesByLine(module)
  for (const source of module.files) {
    // Most files hold no suppression, and looking for comments walks the whole tree.
    if (!source.root.text.includes('cfn-kms-check:ignore')) continue
    const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null
    const blocks = blocksOf(body, source).filter((b) => b.type === 'resource' || b.type === 'data')
    const comments = source.root.descendantsOfType('comment')
    for (const comment of comments) {
      if (!comment) continue
      const match = MARK.exec(comment.text.trim())
      if (!match) continue
      const row = comment.startPosition.row
      // The block the comment is in, or the first one after it.
      const block =
        blocks.find((b) => b.node.startPosition.row <= row && row <= b.node.endPosition.row) ??
        blocks.find((b) => b.node.startPosition.row > row)
      const at = positionOf(comment, source)
      const resource = block ? `${block.type === 'data' ? 'data.' : ''}${block.labels.slice(0, 2).join('.')}` : null
      const entry = parseEntry(match[1])
      const read = readSuppression(
        { data: entry, format: 'hcl', locate: () => at, notes: [] },
        source.file,
        [],
        entry,
        {
          resource,
          files: `${module.files[0]?.file.replace(/[^/]*$/, '') ?? ''}**`,
        },
      )
      if (isProblem(read)) problems.push({ ...read, resource: resource ?? undefined })
      else if (resource && block)
        for (const address of addresses.get(positionOf(block.node, source).line) ?? [resource])
          suppressions.push({ ...read, resource: address, source: `${source.file}:${at.line - source.offset}` })
    }
  }
  return { suppressions, problems }
}

/** The addresses judged in a module, by the virtual line of the block they come from. */
function addressesByLine(module: TerraformModule): Map<number, string[]> {
  const out = new Map<number, string[]>()
  for (const address of module.types.keys()) {
    const line = module.document.locate(['Resources', address]).line
    out.set(line, [...(out.get(line) ?? []), address])
  }
  return out
}

/** `KMS.2 reason="why" expires=2027-01-01` as the entry a config file would hold. */
function parseEntry(text: string): Record<string, unknown> {
  const entry: Record<string, unknown> = {}
  const rule = /^\s*([A-Za-z0-9.]+)/.exec(text)
  if (rule) entry['rule'] = rule[1]
  for (const [, key, quoted, bare] of text.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g)) entry[key] = quoted ?? bare
  return entry
}
