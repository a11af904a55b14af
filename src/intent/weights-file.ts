import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WeightsStore } from './learned.ts';

/** Where a checkout keeps its trained weights: beside other tools' caches, ignored by git, gone with `npm ci`. */
export const DEFAULT_WEIGHTS_DIR = fileURLToPath(new URL('../../node_modules/.cache/huixiang/', import.meta.url));

const LITTLE_ENDIAN = endianness() === 'LE';
const FILE = /^intent-[0-9a-f]{32}\.f64$/;
const MAGIC = 'hx-intent-2';
/** The header line: the format, the number of features and of classes, the byte length of the names. */
const HEADER = new RegExp(`^${MAGIC} (\\d+) (\\d+) (\\d+)$`);
/** Files kept: the knowledge bases in use on one machine (the bot's, the tests' small ones) each have their own. */
const KEPT = 4;

/**
 * Trained models as files named by their training key: a header line (format, number of features and classes, the
 * byte length of the names), the features' names as a JSON array in their numbering, then the biases and the weights
 * as little-endian doubles, so that the model read back is bit for bit the one trained. A file that is missing, short
 * or of another shape is not used; one that cannot be written is skipped (a read-only install trains at every start,
 * as it did before). Writing goes through a temporary file and a rename, so that processes starting together (test
 * workers) never read half a file; only the newest few files are kept.
 */
export function fileWeightsStore(dir: string = DEFAULT_WEIGHTS_DIR): WeightsStore {
  const path = (key: string) => join(dir, `intent-${key}.f64`);
  return {
    read(key, classes) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path(key));
      } catch {
        return undefined;
      }
      const end = bytes.indexOf(0x0a);
      const header = HEADER.exec(bytes.subarray(0, Math.max(end, 0)).toString('latin1'));
      if (!header || Number(header[2]) !== classes) return undefined;
      const features = Number(header[1]);
      const namesLength = Number(header[3]);
      const start = end + 1 + namesLength;
      if (bytes.length !== start + 8 * classes * (features + 1)) return undefined;
      let names: unknown;
      try {
        names = JSON.parse(bytes.subarray(end + 1, start).toString('utf8'));
      } catch {
        return undefined;
      }
      if (!Array.isArray(names) || names.length !== features || !names.every((n) => typeof n === 'string')) return undefined;
      const doubles = (from: number, n: number) => {
        // A copy into its own (aligned) buffer; on a big-endian machine each double is read in turn.
        if (LITTLE_ENDIAN) return new Float64Array(bytes.buffer.slice(bytes.byteOffset + from, bytes.byteOffset + from + 8 * n));
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) out[i] = bytes.readDoubleLE(from + 8 * i);
        return out;
      };
      return { names, trained: { bias: doubles(start, classes), weights: doubles(start + 8 * classes, features * classes) } };
    },
    write(key, { names, trained }) {
      const classes = trained.bias.length;
      const nameBytes = Buffer.from(JSON.stringify(names), 'utf8');
      const header = Buffer.from(`${MAGIC} ${names.length} ${classes} ${nameBytes.length}\n`, 'latin1');
      const body = Buffer.alloc(8 * (trained.bias.length + trained.weights.length));
      trained.bias.forEach((v, i) => void body.writeDoubleLE(v, 8 * i));
      trained.weights.forEach((v, i) => void body.writeDoubleLE(v, 8 * (classes + i)));
      const target = path(key);
      const temporary = `${target}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, Buffer.concat([header, nameBytes, body]));
        renameSync(temporary, target);
        const older = readdirSync(dir)
          .filter((name) => FILE.test(name))
          .map((name) => ({ file: join(dir, name), at: statSync(join(dir, name)).mtimeMs }))
          .sort((a, b) => b.at - a.at)
          .slice(KEPT);
        for (const { file } of older) rmSync(file, { force: true });
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // nothing was written: the directory itself could not be made
        }
      }
    },
  };
}
