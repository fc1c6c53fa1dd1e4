/**
 * Source positions cost a second parse of the file; only files with something to report pay for it
 * (issue 7: pay for positions only where a finding needs them). js-yaml is wrapped to count the parses
 * made for positions (the ones with a listener).
 */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const real = (await import('js-yaml')).default
let positionParses: string[] = []
jest.unstable_mockModule('js-yaml', () => ({
  default: {
    ...real,
    load: (text: string, options?: { listener?: unknown; filename?: string }) => {
      if (options?.listener) positionParses.push(text)
      return real.load(text, options as Parameters<typeof real.load>[1])
    },
  },
}))
const { scan } = await import('../../src/scan/scan.js')

const role = (resource: string): string => `Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: keys
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: kms:Decrypt
                Resource: ${resource}
`

describe('source positions are paid for only by files with findings', () => {
  it('a clean template is parsed once; a template with a finding once more, for its lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-lazy-'))
    try {
      const clean = role(
        '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
      )
      const leaky = role('"*"')
      writeFileSync(path.join(dir, 'clean.yaml'), clean)
      writeFileSync(path.join(dir, 'leaky.yaml'), leaky)
      positionParses = []
      const result = scan({ paths: ['.'], cwd: dir })
      expect(result.findings.map((f) => [f.file, f.line, f.resourceLine])).toEqual([['leaky.yaml', 10, 12]])
      expect(positionParses).toEqual([leaky])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
