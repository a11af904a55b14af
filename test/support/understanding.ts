import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadUnderstanding, type Understanding } from '../../src/app.ts';

/** What a knowledge directory holds now: each file's path, size and modification time. */
function fingerprint(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => {
      const stat = statSync(join(dir, name));
      return stat.isFile() ? `${name}:${stat.size}:${stat.mtimeMs}` : '';
    })
    .join('\n');
}

const built = new Map<string, () => Understanding>();

/**
 * The knowledge base, analyser and index of `dir`, built at most once per test file for as long as the directory's
 * files stay as they are: building them takes about a second and most test files make many apps. What is shared
 * never changes after it is built (see `Understanding`); a test that edits a knowledge file gets a fresh one.
 */
export function sharedUnderstanding(dir: string): () => Understanding {
  const key = `${dir}\n${fingerprint(dir)}`;
  let found = built.get(key);
  if (!found) {
    let understanding: Understanding | undefined;
    found = () => (understanding ??= loadUnderstanding(dir));
    built.set(key, found);
  }
  return found;
}
