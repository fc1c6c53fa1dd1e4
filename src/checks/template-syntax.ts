import type { Path, Position } from '../cfn/load.js'
import { resourceTypeOf } from '../cfn/extract.js'
import { placeFinding, type Finding, type Level } from '../findings.js'
import { levelFor, type CheckContext } from './context.js'

/**
 * CFN.Syntax: what the template says that CloudFormation reads differently from how it looks: a key
 * written twice (the last counts: a warning, since the hidden value may be what the author meant), a YAML
 * merge key, a type that is not an AWS type, SAM Policies beside a Role, a loop not known offline (notes).
 * The rest of the template is judged as CloudFormation would deploy it.
 */
export function checkTemplateSyntax(context: CheckContext): Finding[] {
  const notes: { path: Path; at: Position; level: Level; message: string }[] = [
    ...context.document.notes.map((n) => ({
      ...n,
      level: n.kind === 'duplicate' ? ('warning' as const) : ('note' as const),
    })),
    ...context.model.notes.map((n) => ({ ...n, at: context.document.locate(n.path, { key: n.key }) })),
  ]
  const findings: Finding[] = []
  for (const note of notes) {
    const level = levelFor(context, 'CFN.Syntax', null, note.level)
    if (!level) continue
    const resource = note.path[0] === 'Resources' && note.path.length > 1 ? String(note.path[1]) : ''
    const message = `${note.message.charAt(0).toUpperCase()}${note.message.slice(1)}.`
    findings.push(
      placeFinding({
        ruleId: 'CFN.Syntax',
        level,
        file: context.file,
        line: note.at.line,
        column: note.at.column,
        endLine: note.at.endLine,
        endColumn: note.at.endColumn,
        resource,
        resourceType: resourceTypeOf(context.model.template, resource),
        title: `CFN.Syntax ${resource ? `${resource}: ` : ''}${TITLES[note.level]}`,
        message,
        fix:
          note.level === 'warning'
            ? 'Keep one of the keys: the one CloudFormation uses is the last.'
            : 'Nothing to fix if this is meant; the note says how the template is judged.',
        basis: `${JSON.stringify(note.path)} ${note.message}`,
      }),
    )
  }
  return findings
}

const TITLES: Record<Level, string> = {
  error: 'is read differently by CloudFormation',
  warning: 'a key is written twice; the last one counts',
  note: 'is judged as CloudFormation deploys it',
}
