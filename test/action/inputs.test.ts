import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { InputError, parseParameters, readSettings, splitList } from '../../src/action/inputs.js'

const workspace = mkdtempSync(path.join(tmpdir(), 'cfn-kms-check-inputs-'))
mkdirSync(path.join(workspace, 'infra'))
const settingsFrom = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '', workspace)

describe('readSettings', () => {
  it('applies the defaults of action.yml to empty inputs', () => {
    expect(settingsFrom({})).toEqual({
      paths: [],
      ignore: [],
      failOn: undefined,
      comment: 'auto',
      suggestions: true,
      githubToken: '',
      sarifFile: null,
      parameters: {},
      varFiles: [],
      workingDirectory: workspace,
      config: undefined,
      newOnly: false,
      onlyChanged: false,
      allowUnreadable: false,
      allowEmpty: false,
      apiTimeoutSeconds: 60,
    })
  })

  it('reads every input', () => {
    const settings = settingsFrom({
      paths: 'stacks\ntemplates/*.yaml, cdk.out',
      ignore: '**/{test,fixtures}/**',
      'fail-on': 'warning',
      comment: 'always',
      suggestions: 'false',
      'github-token': 'ghs_x',
      'sarif-file': 'out/cfn.sarif',
      parameters: 'Env=prod\nKeyArn=arn:aws:kms:us-east-1:111122223333:key/a=b,c',
      'var-files': 'env/prod.tfvars\nenv/eu.tfvars.json',
      'working-directory': 'infra',
      config: 'ci/kms.yml',
      'new-only': 'true',
      'only-changed': 'TRUE',
      'allow-unreadable': 'true',
      'allow-empty': 'true',
      'api-timeout': '15',
    })
    expect(settings).toEqual({
      paths: ['stacks', 'templates/*.yaml', 'cdk.out'],
      ignore: ['**/{test,fixtures}/**'],
      failOn: 'warning',
      comment: 'always',
      suggestions: false,
      githubToken: 'ghs_x',
      sarifFile: path.join(workspace, 'out/cfn.sarif'),
      parameters: { Env: 'prod', KeyArn: 'arn:aws:kms:us-east-1:111122223333:key/a=b,c' },
      varFiles: ['env/prod.tfvars', 'env/eu.tfvars.json'],
      workingDirectory: path.join(workspace, 'infra'),
      config: 'ci/kms.yml',
      newOnly: true,
      onlyChanged: true,
      allowUnreadable: true,
      allowEmpty: true,
      apiTimeoutSeconds: 15,
    })
  })

  it.each([
    [{ 'fail-on': 'sometimes' }, `Input 'fail-on' must be one of error, warning, note, never; got "sometimes".`],
    [{ comment: 'yes' }, `Input 'comment' must be one of auto, always, never; got "yes".`],
    [{ 'new-only': 'yes' }, `Input 'new-only' must be true or false; got "yes".`],
    [{ 'api-timeout': '0' }, `Input 'api-timeout' must be a number of seconds from 1 to 3600; got "0".`],
    [
      { parameters: 'Env prod' },
      `Input 'parameters' must be Name=Value with a template parameter or Terraform variable name (letters, digits, _ and -); got "Env prod".`,
    ],
    [
      { 'working-directory': 'nowhere' },
      `Input 'working-directory': ${path.join(workspace, 'nowhere')} is not a folder.`,
    ],
  ])('refuses %j naming the input', (inputs, message) => {
    expect(() => settingsFrom(inputs)).toThrow(new InputError(message))
  })
})

describe('splitList', () => {
  it('splits on newlines and commas outside braces, dropping blanks', () => {
    expect(splitList('a, b\n\n c ,{d,e}/*.yaml,')).toEqual(['a', 'b', 'c', '{d,e}/*.yaml'])
  })
})

describe('parseParameters', () => {
  it('keeps = and commas in values and refuses a line without a name', () => {
    expect(parseParameters(' A=1=2 \nB=x,y')).toEqual({ A: '1=2', B: 'x,y' })
    expect(() => parseParameters('=value')).toThrow(InputError)
  })
})
