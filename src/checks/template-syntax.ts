import { resourceTypeOf } from '../cfn/extract.js'
import type { Path, Position } from '../cfn/load.js'
import type { Finding } from '../findings.js'
import { levelFor, type CheckContext } from './context.js'
import { newFinding, type Check, type Rule } from './rule.js'

type Note = 'duplicate' | 'deployed'

/** A duplicate key is a warning (the hidden value may be what the author meant); the rest are notes. */
export const TEMPLATE_SYNTAX_RULE: Rule<Note> = {
  id: 'CFN.Syntax',
  name: 'TemplateReadAsDeployed',
  summary: 'The template says something CloudFormation reads differently from how it looks; it is judged as deployed.',
  mapsTo: null,
  help: 'A key written twice in one mapping (CloudFormation keeps the last: warning), a YAML merge key (the packaging tools expand it, the service rejects it), a resource Type that is not an AWS type (a Rain module, a CloudFormation module), SAM Policies beside a Role (SAM then makes no role), a Fn::ForEach collection not known offline, or Fn::Transform among the resources (AWS::Include; notes). The template is judged as CloudFormation would deploy it; remove the duplicate, or read the note.',
  severity: null,
  levels: { duplicate: 'warning', deployed: 'note' },
}

/**
 * CFN.Syntax: what the template says that CloudFormation reads differently from how it looks: a key
 * written twice (the last counts: a warning, since the hidden value may be what the author meant), a YAML
 * merge key, a type that is not an AWS type, SAM Policies beside a Role, a loop not known offline, an include among the resources (notes).
 * The rest of the template is judged as CloudFormation would deploy it.
 */
export const templateSyntaxCheck: Check = { rules: [TEMPLATE_SYNTAX_RULE], run: checkTemplateSyntax }

function checkTemplateSyntax(context: CheckContext): Finding[] {
  const notes: { path: Path; at: Position; kind: Note; message: string }[] = [
    ...context.document.notes.map((n) => ({
      ...n,
      kind: n.kind === 'duplicate' ? ('duplicate' as const) : ('deployed' as const),
    })),
    ...context.model.notes.map((n) => ({
      ...n,
      kind: 'deployed' as const,
      at: context.document.locate(n.path, { key: n.key }),
    })),
  ]
  const findings: Finding[] = []
  for (const note of notes) {
    const level = levelFor(context.levels, TEMPLATE_SYNTAX_RULE, note.kind)
    if (!level) continue
    const resource = note.path[0] === 'Resources' && note.path.length > 1 ? String(note.path[1]) : ''
    findings.push(
      newFinding(TEMPLATE_SYNTAX_RULE, level, {
        file: context.file,
        at: note.at,
        resource,
        resourceType: resourceTypeOf(context.model.template, resource),
        title: `${resource ? `${resource}: ` : ''}${TITLES[note.kind]}`,
        message: `${note.message.charAt(0).toUpperCase()}${note.message.slice(1)}.`,
        fix:
          note.kind === 'duplicate'
            ? 'Keep one of the keys: the one CloudFormation uses is the last.'
            : 'Nothing to fix if this is meant; the note says how the template is judged.',
        basis: `${JSON.stringify(note.path)} ${note.message}`,
      }),
    )
  }
  return findings
}

const TITLES: Record<Note, string> = {
  duplicate: 'a key is written twice; the last one counts',
  deployed: 'is judged as CloudFormation deploys it',
}
