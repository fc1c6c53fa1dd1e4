// Types of corpus.mjs for the TypeScript tests that import it.
export function random(seed: number): () => number
export function writeCorpus(options: {
  dir: string
  count: number
  totalBytes: number
  findingShare: number
  seed: number
}): { file: string; bytes: number }[]
