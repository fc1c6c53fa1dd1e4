import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { extract } from '../cfn/extract.js'
import { ResolveLimitError, Resolver } from '../cfn/resolve.js'
import { runChecks } from '../checks/index.js'
import type { Diagnostic } from '../findings.js'
import { hclParser } from '../terraform/hcl.js'
import { installedModules, readTerraform, type TerraformModule } from '../terraform/module.js'
import { locatedInSource, readPlan } from '../terraform/plan.js'
import type { LoadedDocument } from '../cfn/load.js'
import { inTerraformTerms } from '../terraform/terms.js'
import { suppressionFindings } from '../checks/suppression.js'
import { judgedTemplate, MAX_FILE_BYTES, type FileOutcome, type ScanOptions } from './scan.js'
import { terraformSuppressions } from './terraform-suppress.js'

/** Whether a discovered file is Terraform source: a folder's `.tf` files are one module. */
export function isTerraformFile(file: string): boolean {
  return file.endsWith('.tf')
}

/**
 * The folders that hold discovered `.tf` files, in discovery order, each with all its `.tf` files: Terraform
 * reads a folder as one module, so a scan of one changed file still reads the others beside it.
 */
export function terraformModules(files: readonly string[], cwd: string): Map<string, string[]> {
  const modules = new Map<string, string[]>()
  for (const file of files.filter(isTerraformFile)) {
    const folder = folderOf(file)
    if (modules.has(folder)) continue
    const all = terraformFilesIn(folder, cwd)
    modules.set(folder, all.includes(file) ? all : [file])
  }
  return modules
}

/**
 * JSON files in a folder that holds `.tf` files: a plan among them is located in those files, which takes the
 * HCL parser (started on the main thread only, and only when this or a `.tf` file is found).
 */
export function besideTerraform(files: readonly string[], cwd: string): Set<string> {
  const holds = new Map<string, boolean>()
  const beside = new Set<string>()
  for (const file of files) {
    if (!file.endsWith('.json')) continue
    const folder = folderOf(file)
    if (!holds.has(folder)) holds.set(folder, terraformFilesIn(folder, cwd).length > 0)
    if (holds.get(folder)) beside.add(file)
  }
  return beside
}

/** The folder of a relative path, `.` for the working directory itself. */
export function folderOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.'
}

/** The `.tf` files of a folder (relative to cwd), in name order. */
function terraformFilesIn(folder: string, cwd: string): string[] {
  try {
    return readdirSync(path.resolve(cwd, folder))
      .filter(isTerraformFile)
      .sort()
      .map((name) => (folder === '.' ? name : `${folder}/${name}`))
  } catch {
    return []
  }
}

/** Folders that a discovered module calls as a local module (its `source` arguments, or modules.json). */
export function calledModules(modules: ReadonlyMap<string, string[]>, cwd: string): Set<string> {
  const called = new Set<string>()
  for (const [folder, files] of modules) {
    for (const dir of installedModules(cwd, folder).values()) called.add(dir)
    for (const file of files) {
      let text: string
      try {
        text = readFileSync(path.resolve(cwd, file), 'utf8')
      } catch {
        continue
      }
      for (const [, source] of text.matchAll(/^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm)) {
        const target = path.posix.normalize(path.posix.join(folder, source)).replace(/\/$/, '')
        if (target !== folder) called.add(target)
      }
    }
  }
  return called
}

/** Judges one Terraform module (a folder's `.tf` files, and the local modules it calls) with every rule. */
export function scanTerraform(
  folder: string,
  files: readonly string[],
  options: ScanOptions,
  values: Record<string, string>,
): FileOutcome {
  const parser = hclParser()
  if (!parser || parser instanceof Error)
    return {
      kind: 'error',
      error: {
        file: files[0],
        line: 1,
        column: 1,
        message: parser
          ? `the HCL parser could not start, so this Terraform module is not judged: ${parser.message}`
          : 'internal error: the HCL parser was not started, please report it',
      },
    }
  return judge(() => readModule(folder, files, options, values), files[0], options, values)
}

function readModule(
  folder: string,
  files: readonly string[],
  options: ScanOptions,
  values: Record<string, string>,
): TerraformModule {
  const given = { varFiles: options.varFiles ?? [], given: new Set(Object.keys(values)) }
  return readTerraform(options.cwd, folder, files, MAX_FILE_BYTES, given)
}

/**
 * Judges a plan written by `terraform show -json` (`lines` long); its findings point at the statements in the
 * `.tf` files beside it when they declare the resource, else into the plan. Marked as a plan's outcome: what it
 * finds in `.tf` files that are scanned too is reported once (see `summarize`).
 */
export function scanPlan(
  file: string,
  plan: Record<string, unknown>,
  document: LoadedDocument,
  options: ScanOptions,
  values: Record<string, string>,
  lines: number,
): FileOutcome {
  const outcome = judge(
    () => {
      const planned = readPlan(file, plan, document)
      const folder = folderOf(file)
      const parser = hclParser()
      const files = parser && !(parser instanceof Error) ? terraformFilesIn(folder, options.cwd) : []
      return files.length > 0 ? locatedInSource(planned, readModule(folder, files, options, values), lines) : planned
    },
    file,
    options,
    values,
  )
  return outcome.kind === 'template' ? { ...outcome, plan: true } : outcome
}

function judge(
  read: () => TerraformModule,
  file: string,
  options: ScanOptions,
  values: Record<string, string>,
): FileOutcome {
  let module: TerraformModule | null = null
  try {
    module = read()
    const errors: Diagnostic[] = [...module.errors]
    const template = module.template
    const resolver = new Resolver(template, { parameters: values, partition: options.partition ?? 'aws' })
    const checked = runChecks({
      file,
      document: module.document,
      model: extract(template),
      resolver,
      levels: options.levels ?? {},
    })
    const located = checked.findings.map((f) => inTerraformTerms(f, module!))
    for (const p of resolver.problems.values()) {
      const at = module.place(module.document.locate(p.path).line)
      errors.push({ file: at.file, line: at.line, column: 1, message: p.message })
    }
    const written = terraformSuppressions(module)
    return judgedTemplate(
      {
        findings: located,
        problems: suppressionFindings(file, template, written.problems, options.levels ?? {}).map((f) =>
          inTerraformTerms(f, module!),
        ),
        written: written.suppressions,
        errors,
        policies: checked.policies,
        parameters: module.variables,
      },
      options,
    )
  } catch (e) {
    const at = e instanceof ResolveLimitError && module ? module.place(module.document.locate(e.path).line) : null
    return {
      kind: 'error',
      error: {
        file: at?.file ?? file,
        line: at?.line ?? 1,
        column: 1,
        message:
          e instanceof ResolveLimitError
            ? e.message
            : `internal error while checking this Terraform code, please report it: ${e instanceof Error ? e.message : String(e)}`,
      },
    }
  }
}
