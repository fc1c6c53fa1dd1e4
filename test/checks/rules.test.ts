import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { ruleById, RULES } from '../../src/checks/index.js'
import { scan } from '../../src/scan/scan.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

describe('the rule list', () => {
  const { findings } = scan({ paths: ['test/fixtures'], cwd: ROOT, today: '2026-11-30' })

  it('names each rule once', () => {
    const ids = RULES.map((rule) => rule.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('holds every rule a check reports, and each rule is reported by some fixture (no rule is left unwired)', () => {
    const reported = new Set(findings.map((f) => f.ruleId))
    expect([...reported].filter((id) => ruleById(id) === undefined)).toEqual([])
    expect(RULES.map((rule) => rule.id).filter((id) => !reported.has(id))).toEqual([])
  })

  it('gives each finding a level its rule declares, and a title that starts with the rule id', () => {
    for (const f of findings) {
      const rule = ruleById(f.ruleId)!
      expect(Object.values(rule.levels)).toContain(f.level)
      expect(f.title.startsWith(`${rule.id} `)).toBe(true)
    }
  })
})
