import { z } from 'zod';

const word = z.string().trim().min(1);

export const LexiconSchema = z.strictObject({
  replace: z.record(word, z.string()).default({}),
  english: z.record(word, word).default({}),
  words: z.array(word).default([]),
  stopwords: z.array(word).default([]),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
