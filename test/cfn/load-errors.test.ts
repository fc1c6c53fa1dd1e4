/**
 * Issue 18: no exception escapes the loader. Every way a parse can fail (js-yaml with or without a position,
 * jsonc-parser, several YAML documents, anything else thrown) becomes an error of the file with a line and a
 * column; and which unreadable files count as templates.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import yaml from 'js-yaml'
import { looksLikeTemplate } from '../../src/cfn/extract.js'
import { loadDocument, parseError } from '../../src/cfn/load.js'

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n'
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'

describe('several YAML documents in one file', () => {
  it.each([
    ['a template, then a Kubernetes object', `${TEMPLATE}---\n${SERVICE}`, 5],
    ['a leading marker, a template, then a second document', `---\n${TEMPLATE}---\n${SERVICE}`, 6],
    ['a template ended by "...", then a second document', `${TEMPLATE}...\n# next\n${SERVICE}`, 7],
    ['a directive, a marker, a template, then a marker with nothing after it', `%YAML 1.2\n---\n${TEMPLATE}---\n`, 7],
    ['two Kubernetes objects with comments between them', `${SERVICE}\n# the deployment\n--- # second\n${SERVICE}`, 7],
  ])('%s: an error at the second document, with every document', (_title, text, line) => {
    const result = loadDocument(text, 'stack.yaml')
    expect(result).toEqual({
      ok: false,
      error: {
        line,
        column: 1,
        message: 'YAML: CloudFormation reads only one document per file; a second one starts here',
      },
      documents: expect.any(Array),
    })
    expect(!result.ok && 'documents' in result && result.documents.length).toBe(2)
  })

  it('a single document after a leading "---" (or ended by "...") is one document, read as usual', () => {
    for (const text of [`---\n${TEMPLATE}`, `${TEMPLATE}...\n`]) {
      const result = loadDocument(text, 'stack.yaml')
      expect(result.ok && result.document.data).toEqual({
        AWSTemplateFormatVersion: '2010-09-09',
        Resources: { Topic: { Type: 'AWS::SNS::Topic' } },
      })
    }
  })
})

describe('whatever a parser throws becomes an error with a place', () => {
  it("js-yaml's errors without a position (several documents given to load) are placed at line 1", () => {
    let thrown: unknown
    try {
      yaml.load(`${SERVICE}---\n${SERVICE}`)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(yaml.YAMLException)
    expect((thrown as yaml.YAMLException).mark).toBeUndefined()
    expect(parseError('YAML: ', thrown)).toEqual({
      line: 1,
      column: 1,
      message: 'YAML: expected a single document in the stream, but found more',
    })
  })

  it("js-yaml's errors with a position are placed there, 1-based", () => {
    let thrown: unknown
    try {
      yaml.load('a: 1\n b: 2\n')
    } catch (error) {
      thrown = error
    }
    expect(parseError('YAML: ', thrown)).toEqual({ line: 2, column: 3, message: expect.stringMatching(/^YAML: /) })
  })

  it('other thrown values (an Error, a string) are placed at line 1 with their text', () => {
    expect(parseError('cannot parse the file: ', new RangeError('Maximum call stack size exceeded'))).toEqual({
      line: 1,
      column: 1,
      message: 'cannot parse the file: Maximum call stack size exceeded',
    })
    expect(parseError('', 'odd')).toEqual({ line: 1, column: 1, message: 'odd' })
  })

  it('text that opens with "{" but is not JSON is read as YAML, and a YAML error is placed', () => {
    expect(loadDocument('{\n  "a": 1,\n  "b": [\n}\n', 'stack.template')).toEqual({
      ok: false,
      error: { line: 4, column: 1, message: expect.stringMatching(/^YAML: /) },
    })
  })

  it('JSON with comments or a trailing comma is a JSON error at the comment or the closing brace', () => {
    expect(loadDocument('{\n  // why\n  "a": 1\n}\n', 'tsconfig.json')).toEqual({
      ok: false,
      error: { line: 2, column: 3, message: 'JSON: invalid comment token' },
    })
    expect(loadDocument('{\n  "a": 1,\n}\n', 'example.json')).toEqual({
      ok: false,
      error: { line: 3, column: 1, message: 'JSON: property name expected' },
    })
  })

  it('never throws, and every error lies inside the text (any text, any name)', () => {
    const pieces = [
      '---\n',
      '...\n',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      '  ',
      '"',
      "'",
      '#',
      '!Ref ',
      '&a ',
      '*a',
      '{{ x }}',
      'a',
      '- ',
      '|\n',
      '%YAML 1.2\n',
      '\t',
      '\0',
      '\uFEFF',
    ]
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), fc.constantFrom('t.yaml', 't.json', 't.template'), (source, name) => {
        const result = loadDocument(source, name)
        if (result.ok) return
        const lines = source.split('\n').length
        expect(result.error.line).toBeGreaterThanOrEqual(1)
        expect(result.error.line).toBeLessThanOrEqual(lines)
        expect(result.error.column).toBeGreaterThanOrEqual(1)
        expect(result.error.message).toMatch(/\S/)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('an unreadable file counts as a template only when it shows it is one', () => {
  it.each([
    ['a format version', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n'],
    ['Resources with an AWS type (YAML)', 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n   Properties: {}\n'],
    [
      'Resources with an AWS type (JSON, trailing comma)',
      '{\n  "Resources": {\n    "B": {"Type": "AWS::S3::Bucket",}\n  }\n}\n',
    ],
    ['Resources with the SAM transform', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F: [\n'],
  ])('%s: a template', (_title, text) => {
    expect(looksLikeTemplate(text)).toBe(true)
  })

  it.each([
    [
      'tsconfig.json with comments',
      '{\n  // Visit https://aka.ms/tsconfig\n  "compilerOptions": { "target": "ES2022", }\n}\n',
    ],
    [
      'a Visual Studio solution template',
      'Microsoft Visual Studio Solution File, Format Version 12.00\nProject("{FAE0}") = "App"\nEndProject\n',
    ],
    [
      'a Helm chart template',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.fullname" . }}\n  labels: {{ .Values.labels }}\n',
    ],
    [
      'a serverless.yml (its Resources are nested)',
      'service: app\nresources:\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\n  x: [\n',
    ],
    ['an example pattern description', '{\n  "title": "S3 to Lambda",\n  "services": ["AWS::S3::Bucket"],\n}\n'],
  ])('%s: not a template', (_title, text) => {
    expect(looksLikeTemplate(text)).toBe(false)
  })
})
