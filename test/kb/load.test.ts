import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type Document } from 'yaml';
import { KnowledgeError, loadKnowledge } from '../../src/kb/load.ts';
import { CATEGORIES } from '../../src/kb/schema.ts';
import { KNOWLEDGE_DIR, runCli, tempDir } from '../helpers.ts';

/** A copy of the real knowledge base that a test may break. */
class KnowledgeCopy {
  readonly dir = tempDir('huixiang-kb-');
  constructor() {
    cpSync(KNOWLEDGE_DIR, this.dir, { recursive: true });
  }

  /** The entry files, e.g. `policy/notice.yaml`, in the order the loader reads them. */
  get policyFiles(): string[] {
    return readdirSync(join(this.dir, 'policy'))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => join('policy', f));
  }

  idAt(file: string, index: number): string {
    return String(this.yaml(file).getIn(['entries', index, 'id']));
  }

  yaml(file: string): Document {
    return parseDocument(readFileSync(join(this.dir, file), 'utf8'));
  }

  /** Edits one file through the YAML document model, keeping everything else (comments included) as it was. */
  edit(file: string, change: (doc: Document) => void): void {
    const doc = this.yaml(file);
    change(doc);
    writeFileSync(join(this.dir, file), doc.toString());
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }
}

/** The message of the KnowledgeError that loading `dir` throws (fails the test if it loads, or throws anything else). */
function loadError(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).message;
  }
  expect.fail(`expected ${dir} to be rejected`);
}

describe('loading the knowledge base', () => {
  it('accepts the real knowledge base', () => {
    const kb = loadKnowledge(KNOWLEDGE_DIR);
    expect(kb.entries.length).toBeGreaterThan(0);
    expect(new Set(kb.entries.map((e) => e.id)).size).toBe(kb.entries.length);
    expect(kb.service.contacts.phone).toBeTruthy();
  });

  it('names the file, the entry and the field when an entry has no facts', () => {
    const kb = new KnowledgeCopy();
    const file = kb.policyFiles[0]!;
    const id = kb.idAt(file, 0);
    kb.edit(file, (doc) => doc.deleteIn(['entries', 0, 'facts']));

    const message = loadError(kb.dir);
    expect(message).toContain(file);
    expect(message).toContain(id);
    expect(message).toMatch(/field facts\b/);
  });

  it('names the file, the entry and the field when an example question is empty', () => {
    const kb = new KnowledgeCopy();
    const file = kb.policyFiles.at(-1)!;
    const id = kb.idAt(file, 1);
    kb.edit(file, (doc) => doc.setIn(['entries', 1, 'questions', 0], '   '));

    const message = loadError(kb.dir);
    expect(message).toContain(file);
    expect(message).toContain(id);
    expect(message).toMatch(/field questions\b/);
    expect(message).toMatch(/empty/);
  });

  it('names the file, the entry and the field for an unknown category, and lists the valid ones', () => {
    const kb = new KnowledgeCopy();
    const file = kb.policyFiles[1]!;
    const id = kb.idAt(file, 0);
    kb.edit(file, (doc) => doc.setIn(['entries', 0, 'category'], '火星移民'));

    const message = loadError(kb.dir);
    expect(message).toContain(file);
    expect(message).toContain(id);
    expect(message).toMatch(/field category\b/);
    expect(message).toContain(CATEGORIES[0]);
  });

  it('names both files and the id when two files use the same entry id', () => {
    const kb = new KnowledgeCopy();
    const [first, second] = kb.policyFiles as [string, string];
    const id = kb.idAt(first, 0);
    kb.edit(second, (doc) => doc.setIn(['entries', 0, 'id'], id));

    const message = loadError(kb.dir);
    expect(message).toContain(second);
    expect(message).toContain(first);
    expect(message).toContain(id);
    expect(message).toMatch(/field id\b/);
    expect(message).toMatch(/duplicate/);
  });

  it('names the file and the line when the YAML itself is invalid', () => {
    const kb = new KnowledgeCopy();
    const file = kb.policyFiles[0]!;
    const lines = readFileSync(join(kb.dir, file), 'utf8').split('\n');
    const titleLine = lines.findIndex((l) => /^\s+title:/.test(l));
    lines[titleLine] = lines[titleLine]!.replace(/title:.*/, 'title: [unclosed');
    kb.write(file, lines.join('\n'));

    const message = loadError(kb.dir);
    expect(message).toContain(file);
    expect(message).toMatch(/YAML/);
    // The parser notices an unclosed bracket where the next line starts; either line points staff to the spot.
    const firstLine = Number(/line (\d+)/.exec(message)?.[1]);
    expect(firstLine).toBeGreaterThanOrEqual(titleLine + 1);
    expect(firstLine).toBeLessThanOrEqual(titleLine + 2);
  });

  it('names the lexicon file and the field when a lexicon entry is malformed', () => {
    const kb = new KnowledgeCopy();
    kb.edit('lexicon.yaml', (doc) => doc.setIn(['english', 'loan'], ''));

    const message = loadError(kb.dir);
    expect(message).toContain('lexicon.yaml');
    expect(message).toMatch(/field english\.loan\b/);
  });

  it('names the lexicon file and the field when a lexicon list is not a list', () => {
    const kb = new KnowledgeCopy();
    kb.edit('lexicon.yaml', (doc) => doc.set('words', '担保 贴息'));

    const message = loadError(kb.dir);
    expect(message).toContain('lexicon.yaml');
    expect(message).toMatch(/field words\b/);
  });

  it('reports every problem in one pass', () => {
    const kb = new KnowledgeCopy();
    const [first, second] = kb.policyFiles as [string, string];
    kb.edit(first, (doc) => doc.deleteIn(['entries', 0, 'facts']));
    kb.edit(second, (doc) => doc.setIn(['entries', 0, 'category'], '火星移民'));

    const message = loadError(kb.dir);
    expect(message).toContain(first);
    expect(message).toContain(second);
  });
});

describe('npm run kb:check', () => {
  it('exits 1 with the file, entry and field on stderr for a broken copy', async () => {
    const kb = new KnowledgeCopy();
    const file = kb.policyFiles[0]!;
    const id = kb.idAt(file, 0);
    kb.edit(file, (doc) => doc.deleteIn(['entries', 0, 'facts']));

    const result = await runCli('npm', ['run', '-s', 'kb:check', '--', kb.dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toContain(id);
    expect(result.stderr).toMatch(/field facts\b/);
    expect(result.stderr).not.toMatch(/^\s+at \S/m);
    expect(result.stdout).toBe('');
  });

  it('exits 0 on the real knowledge base', async () => {
    const result = await runCli('npm', ['run', '-s', 'kb:check', '--', KNOWLEDGE_DIR]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/knowledge OK/);
  });
});
