import { z } from 'zod';

const word = z.string().trim().min(1);

export const LexiconSchema = z.strictObject({
  replace: z.record(word, z.string()).default({}),
  english: z.record(word, word).default({}),
  /**
   * English words read as Chinese only amid Chinese ("这个program谁负责", "归哪个department管"): in an English
   * message they stay English, where the English rules read them.
   */
  amid: z.record(word, word).default({}),
  words: z.array(word).default([]),
  stopwords: z.array(word).default([]),
  /** Words that put a message inside the programme's topic (返乡, 创业, 楚商 ...), so a long story around them is still a question for the knowledge base. */
  anchors: z.array(word).default([]),
  /**
   * Words people type as pinyin shorthand ("dk" = 贷款, "zsds" = 招商大使, "xie le" = 谢了), in priority order:
   * the first word with a key owns it ("zc" is 政策, not 职称).
   */
  shorthand: z.array(word).default([]),
});

export type Lexicon = z.infer<typeof LexiconSchema>;
