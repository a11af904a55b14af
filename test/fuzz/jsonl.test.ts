import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine, runJsonl } from '../../src/cli/jsonl.ts';
import { makeApp } from '../helpers.ts';
import { messageText, runs } from './arbitraries.ts';

const app = makeApp();
const now = () => new Date();

/** Valid-looking objects with wrong types, extra fields and group fields in any combination. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);
const object = fc.record(
  {
    user: fc.oneof(fc.constantFrom('j1', 'j2', 42), anyValue),
    text: fc.oneof(messageText, anyValue),
    time: fc.oneof(fc.constantFrom('2026-11-30T08:00:00+08:00', '2026-13-45T99:99:99Z', 'yesterday', ''), anyValue),
    chat: fc.oneof(fc.constantFrom('g1', 7, ''), anyValue),
    group: fc.oneof(fc.boolean(), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);
const line = fc.oneof(
  object.map((o) => JSON.stringify(o)),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  object.map((o) => JSON.stringify(o).slice(0, -1)),
  object.map((o) => JSON.stringify(o).replace(/^\{/, '{"__proto__":{"user":"x","text":"y"},"constructor":1,')),
  fc.constantFrom(
    '{',
    '}',
    '[]',
    'null',
    '1',
    '"x"',
    '{"user":"j1"}',
    '{"text":"你好"}',
    '{"user":"j1","text":"你好","group":true}',
    '{"user":"j1","text":"你好","chat":"g"}',
  ),
  fc
    .tuple(
      fc.constantFrom('j1', 'j2'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
      fc.integer({ min: 10_000, max: 100_000 }),
    )
    .map(([user, piece, n]) => JSON.stringify({ user, text: piece.repeat(Math.ceil(n / piece.length)).slice(0, n) })),
);

const isResult = (r: unknown) => {
  expect(r).toBeTypeOf('object');
  const o = r as Record<string, unknown>;
  expect(typeof o.intent).toBe('string');
  expect(typeof o.reply).toBe('string');
  expect(Array.isArray(o.sources) && Array.isArray(o.notify)).toBe(true);
  expect(o.reply).not.toMatch(/\[object Object\]|^\s*at \S+ \(|抱歉,系统出了点问题/m);
};

describe('the JSONL reader under random lines (fast-check)', () => {
  it('answerLine gives exactly one result for any line and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(line, async (l) => {
        const result = await answerLine(app.core, l, now);
        isResult(JSON.parse(JSON.stringify(result)));
      }),
      { numRuns: runs(150) },
    );
  }, 600_000);

  it('runJsonl writes one JSON line per non-blank input line, whatever the bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            line,
            fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b).toString('latin1')),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        async (lines) => {
          // The bytes as a client would write them; the reader decodes UTF-8 (invalid sequences become U+FFFD).
          const bytes = Buffer.concat(lines.map((l) => Buffer.concat([Buffer.from(l, 'utf8'), Buffer.from('\n')])));
          const expected = bytes
            .toString('utf8')
            .split(/\r\n|\n|\r/)
            .filter((l) => l.trim()).length;
          let out = '';
          const sink = new Writable({
            write(chunk: Buffer, _enc, done) {
              out += chunk.toString('utf8');
              done();
            },
          });
          await runJsonl(app.core, Readable.from([bytes]), sink, now);
          const outLines = out.split('\n').filter(Boolean);
          expect(outLines).toHaveLength(expected);
          for (const o of outLines) isResult(JSON.parse(o));
        },
      ),
      { numRuns: runs(40) },
    );
  }, 600_000);
});
