import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { MentorInput, MentorRepo } from './mentors.ts';

export const SAMPLE_FILE = 'mentors.sample.yaml';

/** Reads a mentor file (YAML `mentors: [...]` or a bare list); entries are validated when added. */
export function readMentorYaml(text: string): MentorInput[] {
  const doc: unknown = parse(text);
  const list = z.union([z.strictObject({ mentors: z.array(z.unknown()) }).transform((d) => d.mentors), z.array(z.unknown())]).parse(doc);
  return list as MentorInput[];
}

/**
 * Loads the clearly marked sample pool into an empty mentor table, so booking works on a new database.
 * Returns how many were added (0 when the pool already has mentors or there is no sample file).
 */
export function loadSampleMentors(repo: MentorRepo, knowledgeDir: string, now: Date): number {
  const file = join(knowledgeDir, SAMPLE_FILE);
  if (repo.count() > 0 || !existsSync(file)) return 0;
  const mentors = readMentorYaml(readFileSync(file, 'utf8'));
  for (const m of mentors) repo.add(m, now, { sample: true });
  return mentors.length;
}
