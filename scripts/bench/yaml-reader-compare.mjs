// One file through js-yaml (with its listener) and through our reader, compared node by node.
// Shared by scripts/bench/yaml-reader-check.mjs and test/cfn/yaml-reader.test.ts.

/** Records nodes as load.ts's YamlIndex does: start, end, result, tagged and last descendant per node. */
export class NodeTable {
  start = [0]
  end = []
  result = [null]
  tagged = [false]
  last = [0]
  merges = 0
  open = []

  opened(position) {
    this.start.push(position)
    return this.start.length - 1
  }

  closed(id, position, result, tagged) {
    this.end[id] = position
    this.result[id] = result
    this.last[id] = this.start.length - 1
    this.tagged[id] = tagged
  }

  /** js-yaml's listener. */
  listener = (event, state) => {
    if (event === 'open') {
      this.open.push(this.opened(state.position))
      return
    }
    const tag = state.tag
    this.closed(
      this.open.pop(),
      state.position,
      state.result,
      typeof tag === 'string' && tag.length > 1 && tag[0] === '!',
    )
    if (tag === 'tag:yaml.org,2002:merge') this.merges++
  }
}

/** 'read', 'gave up', or what differs. */
export function compareReaders(text, yaml, schema, readYaml) {
  const ours = new NodeTable()
  const data = readYaml(text, ours)
  if (data === null) return 'gave up'
  const theirs = new NodeTable()
  let documents
  try {
    documents = yaml.loadAll(text, null, { schema, listener: theirs.listener })
  } catch (error) {
    return `js-yaml refuses the file (${error.reason ?? error.message}) but the reader read it`
  }
  if (documents.length !== 1) return `js-yaml reads ${documents.length} documents`
  const dataDiff = difference(documents[0], data, '')
  if (dataDiff) return `data differs at ${dataDiff}`
  if (theirs.merges) return 'js-yaml saw a merge key'
  if (theirs.start.length !== ours.start.length)
    return `js-yaml reports ${theirs.start.length - 1} nodes, the reader ${ours.start.length - 1}`
  for (let id = 1; id < theirs.start.length; id++) {
    for (const field of ['start', 'end', 'last', 'tagged']) {
      if (theirs[field][id] !== ours[field][id])
        return `node ${id} (offset ${theirs.start[id]}): ${field} ${theirs[field][id]} vs ${ours[field][id]}`
    }
    const resultDiff = difference(theirs.result[id], ours.result[id], '')
    if (resultDiff) return `node ${id} (offset ${theirs.start[id]}): result differs at ${resultDiff}`
    // load.ts tells a wrapper from its child by the identity of their results.
    if (id + 1 < theirs.start.length) {
      const same = theirs.result[id] === theirs.result[id + 1]
      if (same !== (ours.result[id] === ours.result[id + 1])) return `node ${id}: result identity with the next node`
    }
  }
  return 'read'
}

/** Where two values differ (types, Object.is for numbers, key order), or '' when they do not. */
export function difference(a, b, at) {
  if (typeof a !== typeof b) return `${at || '/'} (${typeof a} vs ${typeof b})`
  if (typeof a !== 'object' || a === null || b === null)
    return Object.is(a, b) ? '' : `${at || '/'} (${String(a)} vs ${String(b)})`
  if (Array.isArray(a) !== Array.isArray(b)) return `${at || '/'} (list vs mapping)`
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.join('\u0000') !== keysB.join('\u0000')) return `${at || '/'} (keys ${keysA} vs ${keysB})`
  for (const key of keysA) {
    const inner = difference(a[key], b[key], `${at}/${key}`)
    if (inner) return inner
  }
  return ''
}
