// Quick check of one knowledge file against the schema: npx tsx scripts/validate-kb-file.ts knowledge/FILE.yaml
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { KnowledgeFileSchema } from '../src/kb/schema.ts';

const file = process.argv[2]!;
const result = KnowledgeFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
if (!result.success) {
  for (const issue of result.error.issues) console.error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const ids = result.data.entries.map((e) => e.id);
console.log(`${file}: ${ids.length} entries OK: ${ids.join(', ')}`);
