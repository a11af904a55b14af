import { createHash, randomInt } from 'node:crypto';

/** Letters and digits nobody confuses when reading or typing them on a phone: no 0/O, 1/I/L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Random characters in a code: 9 of 31 is 44.6 bits, so that guessing within the attempt limits is hopeless. */
export const CODE_LENGTH = 9;
/** Staff /bind codes carry this prefix, so people (and /bind) can tell them from a mentor's. */
export const STAFF_PREFIX = 'S';

/** A fresh random code, canonical form (`K7M4PXQ2R`, with `prefix` in front). */
export function newCode(prefix = ''): string {
  let code = prefix;
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The code as people read it: groups of three after the prefix (`K7M-4PX-Q2R`, `S-K7M-4PX-Q2R`). */
export function displayCode(code: string): string {
  const prefix = code.length > CODE_LENGTH ? code.slice(0, code.length - CODE_LENGTH) : '';
  const groups = code.slice(prefix.length).match(/.{1,3}/g) ?? [];
  return [...(prefix ? [prefix] : []), ...groups].join('-');
}

/**
 * What a person typed as a code, in canonical form: full-width characters, lower case, spaces and dashes forgiven.
 * Undefined when it cannot be a code at all (wrong length, a character outside the alphabet).
 */
export function readCode(typed: string, prefix = ''): string | undefined {
  const code = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_–—·.]/g, '');
  const body = code.startsWith(prefix) ? code.slice(prefix.length) : '';
  if (body.length !== CODE_LENGTH || [...body].some((c) => !CODE_ALPHABET.includes(c))) return undefined;
  return code;
}

/** What the database keeps of a code: its SHA-256, so that a copy of the database or a backup holds no usable code. */
export const codeKey = (code: string): string => createHash('sha256').update(code).digest('hex');

/** An example for format hints. */
export const CODE_EXAMPLE = 'K7M-4PX-Q2R';
