import type { Finding, Diagnostic, ScanResult } from '../../src/findings.js'

/** A KMS.2 finding on `AppRole` in templates/app.yaml, lines 10-13; override what a test is about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'KMS.2',
    level: 'error',
    scope: 'all-keys',
    file: 'templates/app.yaml',
    line: 10,
    column: 11,
    endLine: 13,
    endColumn: 24,
    resourceLine: 13,
    resourceColumn: 21,
    resource: 'AppRole',
    resourceType: 'AWS::IAM::Role',
    policy: 'read-secrets',
    statement: 0,
    sid: 'Decrypt',
    actions: ['kms:Decrypt'],
    grants: ['kms:Decrypt'],
    witness: 'arn:aws:kms:sa-east-1:162996080181:key/f6466bbb-c27f-4342-a3b1-6b410b60619b',
    condition: null,
    parameters: {},
    mappings: [],
    conditionKeys: [],
    unresolved: [],
    title: 'KMS.2 Role AppRole can decrypt with any KMS key',
    message:
      'Role AppRole can decrypt with any KMS key: policy read-secrets, Statement[0] allows kms:Decrypt on Resource "*".',
    fix: 'Name the keys: Resource: !GetAtt Key.Arn',
    ...overrides,
  }
}

export function scanError(overrides: Partial<Diagnostic> = {}): Diagnostic {
  return {
    file: 'templates/broken.yaml',
    line: 3,
    column: 1,
    message: 'YAML: unexpected end of the stream',
    unreadable: true,
    ...overrides,
  }
}

/** A result whose summary agrees with its findings and errors. */
export function result(findings: Finding[], errors: Diagnostic[] = []): ScanResult {
  const filesOf = (list: { file: string }[]): Set<string> => new Set(list.map((item) => item.file))
  const unreadable = filesOf(errors.filter((e) => e.unreadable)).size
  const rejected = filesOf(errors.filter((e) => !e.unreadable))
  const templates = new Set([...filesOf(findings), ...rejected]).size
  return {
    findings,
    errors,
    unparseable: [],
    suppressed: [],
    baseline: [],
    warnings: [],
    summary: {
      files: templates + unreadable,
      templates,
      checked: templates - rejected.size,
      rejected: rejected.size,
      unreadable,
      skipped: 0,
      unparseable: 0,
      policies: findings.length,
      findings: findings.length,
      errors: errors.length,
      suppressed: 0,
      baseline: 0,
      unchanged: 0,
    },
  }
}
