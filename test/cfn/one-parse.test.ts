/**
 * Every YAML file is parsed once: the positions findings point at are recorded by the same parse
 * (issue 17: a second parse for positions cost as much as the first), by our fast reader or, for a file
 * it leaves alone, by js-yaml. Both are wrapped to count what they read.
 */
import { describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const real = (await import('js-yaml')).default
const reader = await import('../../src/cfn/yaml-reader.js')
let parses: [by: string, text: string][] = []
jest.unstable_mockModule('js-yaml', () => ({
  default: {
    ...real,
    load: (...args: Parameters<typeof real.load>) => {
      parses.push(['js-yaml', args[0]])
      return real.load(...args)
    },
    loadAll: (...args: Parameters<typeof real.loadAll>) => {
      parses.push(['js-yaml', args[0]])
      return real.loadAll(...args)
    },
  },
}))
jest.unstable_mockModule('../../src/cfn/yaml-reader.js', () => ({
  ...reader,
  readYaml: (...args: Parameters<typeof reader.readYaml>) => {
    const data = reader.readYaml(...args)
    if (data !== null) parses.push(['reader', args[0]])
    return data
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

describe('one parse per file, positions included', () => {
  it('a clean template, a template with a finding and one the fast reader leaves to js-yaml are each parsed once, and the finding has its lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-lazy-'))
    try {
      const clean = role(
        '!Sub "arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab"',
      )
      const leaky = role('"*"')
      // An anchor: outside what the fast reader reads.
      const anchored = role('&key "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"')
      writeFileSync(path.join(dir, 'clean.yaml'), clean)
      writeFileSync(path.join(dir, 'leaky.yaml'), leaky)
      writeFileSync(path.join(dir, 'anchored.yaml'), anchored)
      parses = []
      const result = scan({ paths: ['.'], cwd: dir })
      expect(result.findings.map((f) => [f.file, f.line, f.resourceLine])).toEqual([['leaky.yaml', 10, 12]])
      expect(parses.sort()).toEqual(
        [
          ['reader', clean],
          ['reader', leaky],
          ['js-yaml', anchored],
        ].sort(),
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
