import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../src/cli/cli.js'
import type { Level } from '../src/findings.js'
import { judgeGate, levelsReaching, type FailOn } from '../src/gate.js'
import { finding, result, scanError } from './report/factory.js'

const withLevels = (levels: Level[], unreadable = 0) =>
  result(
    levels.map((level) => finding({ level })),
    Array.from({ length: unreadable }, () => scanError()),
  )

describe('judgeGate', () => {
  it.each<[string, Level[], number, FailOn, boolean, { failed: boolean; reaching: number; notChecked: number }]>([
    [
      'an error fails fail-on error',
      ['error', 'note'],
      0,
      'error',
      false,
      { failed: true, reaching: 1, notChecked: 0 },
    ],
    ['a warning passes fail-on error', ['warning'], 0, 'error', false, { failed: false, reaching: 0, notChecked: 0 }],
    [
      'a warning fails fail-on warning',
      ['warning', 'note'],
      0,
      'warning',
      false,
      { failed: true, reaching: 1, notChecked: 0 },
    ],
    [
      'every level reaches fail-on note',
      ['error', 'warning', 'note'],
      0,
      'note',
      false,
      { failed: true, reaching: 3, notChecked: 0 },
    ],
    ['never fails on nothing', ['error'], 2, 'never', false, { failed: false, reaching: 0, notChecked: 0 }],
    ['an unreadable template fails alone', [], 1, 'error', false, { failed: true, reaching: 0, notChecked: 1 }],
    ['allowed unreadable templates pass', ['note'], 2, 'error', true, { failed: false, reaching: 0, notChecked: 0 }],
    [
      'allowed unreadable templates do not hide a finding',
      ['error'],
      2,
      'error',
      true,
      { failed: true, reaching: 1, notChecked: 0 },
    ],
  ])('%s', (_, levels, unreadable, failOn, allowUnreadable, outcome) => {
    expect(judgeGate(withLevels(levels, unreadable), { failOn, allowUnreadable })).toEqual(outcome)
  })

  it('counts as reaching exactly the levels levelsReaching names', () => {
    expect(levelsReaching('error')).toEqual(['error'])
    expect(levelsReaching('warning')).toEqual(['error', 'warning'])
    expect(levelsReaching('note')).toEqual(['error', 'warning', 'note'])
    expect(levelsReaching('never')).toEqual([])
  })
})

describe('the CLI and its markdown report read one gate', () => {
  const WARNING_ONLY = `Parameters:
  KeyArn:
    Type: String
Resources:
  Reader:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: kms:Decrypt
            Resource: !Ref KeyArn
`
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cfn-kms-gate-'))
    writeFileSync(path.join(dir, 'reader.yaml'), WARNING_ONLY)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it.each<[FailOn, number]>([
    ['error', 0],
    ['warning', 1],
    ['note', 1],
    ['never', 0],
  ])(
    'a template whose one finding is a warning, with fail-on %s, exits %i and says so in the headline',
    async (failOn, exitCode) => {
      const outcome = await runCli(['reader.yaml', '--fail-on', failOn, '--format', 'markdown'], dir)
      expect(outcome.exitCode).toBe(exitCode)
      const headline = outcome.stdout.split('\n')[2]
      expect(headline).toBe(
        `### ${exitCode === 1 ? '❌ cfn-kms-check failed' : '⚠️ cfn-kms-check passed'} (fail-on: \`${failOn}\`): 1 finding (1 warning)`,
      )
    },
  )
})
