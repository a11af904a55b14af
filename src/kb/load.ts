import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { LexiconSchema, type Lexicon } from '../text/lexicon.ts';
import { KnowledgeFileSchema, type Entry } from './schema.ts';

const ServiceSchema = z.strictObject({
  contacts: z.strictObject({
    office: z.string().min(1),
    location: z.string().min(1),
    phone: z.string().regex(/^[0-9-]+$/, 'digits only'),
    email: z.email(),
    source: z.string().min(1),
  }),
});
export type Service = z.infer<typeof ServiceSchema>;

export interface Knowledge {
  entries: Entry[];
  lexicon: Lexicon;
  service: Service;
}

/** A knowledge file that cannot be used; the message names the file, the entry and the field. */
export class KnowledgeError extends Error {
  readonly code = 'KB.INVALID';
  constructor(readonly problems: string[]) {
    super(`knowledge base is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeError';
  }
}

function readYaml(file: string, shown: string, problems: string[]): unknown {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    problems.push(`${shown}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
  const doc = parseDocument(source, { prettyErrors: true });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`${shown}: YAML ${e.message.split('\n')[0]}`);
    return undefined;
  }
  return doc.toJS();
}

/** Describes a zod issue path as "entry <id> (#n), field a.b". */
function where(path: PropertyKey[], data: unknown): string {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const raw = (data as { entries?: Array<{ id?: unknown }> }).entries?.[path[1]];
    const id = typeof raw?.id === 'string' ? raw.id : '(no id)';
    const field = path.slice(2).join('.') || '(the entry itself)';
    return `entry ${id} (#${path[1] + 1}), field ${field}`;
  }
  return `field ${path.join('.') || '(top level)'}`;
}

function validate<T>(schema: z.ZodType<T>, data: unknown, shown: string, problems: string[]): T | undefined {
  if (data === undefined) return undefined;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${shown}: ${where(issue.path, data)}: ${issue.message}`);
  return undefined;
}

/**
 * Loads and validates the whole knowledge base: `policy/*.yaml` (entries), `lexicon.yaml`, `service.yaml`.
 * Throws one `KnowledgeError` listing every problem, so staff fix them in one pass.
 */
export function loadKnowledge(dir: string): Knowledge {
  const problems: string[] = [];
  const shown = (file: string) => relative(process.cwd(), file) || file;

  const entries: Entry[] = [];
  const seen = new Map<string, string>();
  const policyDir = join(dir, 'policy');
  let files: string[] = [];
  try {
    files = readdirSync(policyDir)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch {
    problems.push(`${shown(policyDir)}: missing directory of knowledge entries`);
  }
  for (const name of files) {
    const file = join(policyDir, name);
    const data = readYaml(file, shown(file), problems);
    const parsed = validate(KnowledgeFileSchema, data, shown(file), problems);
    for (const entry of parsed?.entries ?? []) {
      const first = seen.get(entry.id);
      if (first) problems.push(`${shown(file)}: entry ${entry.id}: field id: duplicate, already used in ${first}`);
      seen.set(entry.id, shown(file));
      entries.push(entry);
    }
  }
  if (!problems.length && !entries.length) problems.push(`${shown(policyDir)}: no entries`);

  const lexiconFile = join(dir, 'lexicon.yaml');
  const lexicon = validate(LexiconSchema, readYaml(lexiconFile, shown(lexiconFile), problems), shown(lexiconFile), problems);
  const serviceFile = join(dir, 'service.yaml');
  const service = validate(ServiceSchema, readYaml(serviceFile, shown(serviceFile), problems), shown(serviceFile), problems);

  if (problems.length || !lexicon || !service) throw new KnowledgeError(problems);
  return { entries, lexicon, service };
}
