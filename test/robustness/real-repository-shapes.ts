/**
 * Issue 18: files found beside templates in real repositories (test/fixtures/bad/), each with what the CLI and
 * the action must give when it is scanned alone: the exit status, the error (file:line:col) when there is one,
 * the CLI's summary line and the action's summary sentence. Shared by the CLI and the action tests.
 */
export interface Shape {
  fixture: string
  status: 0 | 1
  /** `line:column message` of the one error, when the file fails the gate. */
  error: string | null
  /** The last line of the text report. */
  cli: string
  /** The "Checked ..." sentence of the job summary. */
  action: string
}

const NOTHING = '✔ no findings in 0 templates (0 identity policies; 1 file read, 0 not templates)'
const SKIPPED = '✔ no findings in 0 templates (0 identity policies; 1 file read, 1 not a template)'
const UNPARSEABLE = `${NOTHING}; 1 file could not be parsed and does not look like a template`
const REFUSED =
  '✖ no findings in 0 templates (0 identity policies; 1 file read, 0 not templates); 1 file could not be read as a template'
const CHECKED_NONE = 'Checked 0 templates (0 identity policies) among 1 file read.'
const CHECKED_REFUSED = `${CHECKED_NONE} Problems: 1 file could not be read as a template.`
const CHECKED_SKIPPED = 'Checked 0 templates (0 identity policies) among 1 file read; 1 was not a template.'
const CHECKED_UNPARSEABLE = `${CHECKED_NONE} 1 file could not be parsed and does not look like a template (not errors).`
const SEVERAL = 'YAML: CloudFormation reads only one document per file; a second one starts here'

export const SHAPES: readonly Shape[] = [
  {
    fixture: 'several-documents-kubernetes.yaml',
    status: 0,
    error: null,
    cli: SKIPPED,
    action: CHECKED_SKIPPED,
  },
  {
    fixture: 'several-documents-template-first.yaml',
    status: 1,
    error: `13:1 ${SEVERAL}`,
    cli: REFUSED,
    action: CHECKED_REFUSED,
  },
  {
    fixture: 'several-documents-template-second.yaml',
    status: 1,
    error: `5:1 ${SEVERAL}`,
    cli: REFUSED,
    action: CHECKED_REFUSED,
  },
  { fixture: 'tsconfig-with-comments.json', status: 0, error: null, cli: UNPARSEABLE, action: CHECKED_UNPARSEABLE },
  { fixture: 'trailing-commas.json', status: 0, error: null, cli: UNPARSEABLE, action: CHECKED_UNPARSEABLE },
  { fixture: 'visual-studio.sln.template', status: 0, error: null, cli: UNPARSEABLE, action: CHECKED_UNPARSEABLE },
  { fixture: 'helm-chart.yaml', status: 0, error: null, cli: UNPARSEABLE, action: CHECKED_UNPARSEABLE },
  // A cookiecutter (`sam init`) template: a template once rendered, Jinja as written.
  {
    fixture: 'cookiecutter-sam-template.yaml',
    status: 0,
    error: null,
    cli: UNPARSEABLE,
    action: CHECKED_UNPARSEABLE,
  },
  // An AWS Solutions template before its build: `!Sub %TEMPLATE_BUCKET_NAME%` is no YAML until replaced.
  {
    fixture: 'build-placeholders.template',
    status: 0,
    error: null,
    cli: UNPARSEABLE,
    action: CHECKED_UNPARSEABLE,
  },
  { fixture: 'only-comments.yaml', status: 0, error: null, cli: SKIPPED, action: CHECKED_SKIPPED },
  {
    fixture: 'empty-resources.yaml',
    status: 1,
    error: '3:1 Resources is empty; CloudFormation needs at least one resource',
    cli: '✖ no findings in 1 template (0 identity policies; 1 file read, 0 not templates); 1 template CloudFormation would reject (1 problem)',
    action:
      'Checked 1 template (0 identity policies) among 1 file read. Problems: 1 template CloudFormation would reject (1 problem).',
  },
]
