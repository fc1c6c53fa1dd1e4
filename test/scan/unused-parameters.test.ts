/**
 * decisions.md: a parameter value given for a name no scanned template declares is a warning that names
 * it, and the declared name it probably meant.
 */
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { scan } from '../../src/scan/scan.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const TEMPLATE = 'test/fixtures/policies/parameter-no-default.yaml'

describe('values for parameters no template declares', () => {
  it('from a config file parameter set: checked against the templates its glob matches', () => {
    const result = scan({
      paths: [TEMPLATE],
      cwd: repoRoot,
      parameterSets: [
        { files: '**/parameter-no-default.yaml', values: { KeyArn: 'x', KeyArnParam: 'y' } },
        { files: 'other/**', values: { Elsewhere: 'z' } },
      ],
    })
    expect(result.warnings).toEqual([
      'a value is given for parameter KeyArn in the config file (for **/parameter-no-default.yaml), which no scanned template declares, so it is not used',
    ])
  })

  it('none when no template was scanned at all', () => {
    expect(
      scan({ paths: ['test/fixtures/policies/cdk.out/manifest.json'], cwd: repoRoot, parameters: { A: 'b' } }).warnings,
    ).toEqual([])
  })
})
