/**
 * Which of many patterns a text may match at all, from the characters it contains: every match of "(?:申请|办理)贷款"
 * contains 贷, so a text without 贷 is not scanned. Each pattern's must-contain set is read from its source
 * (see `mustContain`): a character of a sequence every match has, the union of such sets over alternatives. A pattern for
 * which no finite set can be said (".{2,}", "\d+", a negated class) is always tested.
 *
 * A screen only skips scans that could not succeed: `mayMatch(p, t) && p.test(t)` decides as `p.test(t)` does.
 */
export class LiteralScreen {
  private readonly ids = new Map<RegExp, number>();
  private readonly byChar = new Map<string, number[]>();
  private readonly marked = new Map<string, Uint8Array>();

  constructor(patterns: Iterable<RegExp>) {
    for (const pattern of patterns) {
      if (this.ids.has(pattern)) continue;
      const chars = mustContain(pattern);
      if (!chars) continue;
      const id = this.ids.size;
      this.ids.set(pattern, id);
      for (const ch of new Set([...chars].map((c) => c[0]!))) this.byChar.set(ch, [...(this.byChar.get(ch) ?? []), id]);
    }
  }

  /** False only when `text` lacks every character that a match of `pattern` must contain. */
  mayMatch(pattern: RegExp, text: string): boolean {
    const id = this.ids.get(pattern);
    return id === undefined || this.marksOf(text)[id] === 1;
  }

  /** Which screened patterns `text` may match, by id; kept for the last few texts (a message is read a few ways). */
  private marksOf(text: string): Uint8Array {
    let marks = this.marked.get(text);
    if (marks) return marks;
    marks = new Uint8Array(this.ids.size);
    const mark = (ch: string): void => {
      const ids = this.byChar.get(ch);
      if (ids) for (const id of ids) marks![id] = 1;
    };
    // By UTF-16 unit, as a pattern without the u flag reads an emoji (requirements keep their first unit); and in
    // lower case too, as the i flag compares (so 'K', the kelvin sign, may be a 'k').
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      mark(ch);
      if (ch.charCodeAt(0) > 0x40 && ch.charCodeAt(0) < 0x3000) {
        const lower = ch.toLowerCase();
        if (lower !== ch) mark(lower[0]!);
        const folded = ch.toUpperCase().toLowerCase();
        if (folded !== lower) mark(folded[0]!);
      }
    }
    if (this.marked.size >= TEXTS_KEPT) this.marked.clear();
    this.marked.set(text, marks);
    return marks;
  }
}

const TEXTS_KEPT = 4;
/** A character class wider than this ("[\u4e00-\u9fff]") is no useful requirement. */
const WIDEST_CLASS = 64;
/** Characters in most messages: a requirement made of them screens out little, so another is preferred (a space most of all). */
const COMMON = new Set('的了我是你要想有吗么在不这个那能可以吧呢啊一他们就也会还去说好人什怎样多少钱哪里');

/**
 * A set of characters one of which every match contains, or undefined when there is none to say. Read from the
 * pattern's source by a small reader of the regex syntax (groups, classes, escapes, quantifiers, look-arounds): a
 * general parser (regexp-tree) took 210–290 ms for the rules' 50,000 characters of patterns at every start, this one
 * a few. It only has to be sound: what it cannot read it says nothing about, and the oracle test checks it on every
 * text we have.
 */
export function mustContain(pattern: RegExp): ReadonlySet<string> | undefined {
  let chars: Set<string> | undefined;
  try {
    const reader = new Reader(pattern.source, /[uv]/.test(pattern.flags));
    chars = reader.disjunction();
    if (!reader.done()) return undefined;
  } catch {
    return undefined;
  }
  if (!chars || !pattern.flags.includes('i')) return chars;
  return new Set([...chars].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase(), c.toUpperCase().toLowerCase()]));
}

/** What a part of a pattern requires: a set of characters one of which it must take, or nothing sure. */
type Need = Set<string> | undefined;

class Reader {
  private at = 0;
  constructor(
    private readonly src: string,
    private readonly unicode: boolean,
  ) {}

  done(): boolean {
    return this.at >= this.src.length;
  }

  /** Alternatives up to ")" or the end: each must say something, and the union of what they say is required. */
  disjunction(): Need {
    const need: Need = this.alternative();
    let sure = need !== undefined;
    while (this.src[this.at] === '|') {
      this.at++;
      const next = this.alternative();
      if (!next) sure = false;
      else if (need) for (const c of next) need.add(c);
    }
    return sure ? need : undefined;
  }

  /** A sequence: every part of it is in every match, so the cheapest part's requirement is the sequence's. */
  private alternative(): Need {
    let best: Need;
    let bestCost = Number.POSITIVE_INFINITY;
    while (!this.done() && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const need = this.term();
      if (!need) continue;
      const c = cost(need);
      if (c < bestCost) {
        best = need;
        bestCost = c;
      }
    }
    return best;
  }

  private term(): Need {
    const need = this.atom();
    const least = this.quantifier();
    return least === undefined || least >= 1 ? need : undefined;
  }

  /** The least count of a quantifier after an atom, or undefined when there is none (exactly once). */
  private quantifier(): number | undefined {
    const c = this.src[this.at];
    let least: number | undefined;
    if (c === '*' || c === '?') least = 0;
    else if (c === '+') least = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.at, this.at + 16));
      if (!m) return undefined;
      this.at += m[0].length - 1;
      least = Number(m[1]);
    } else return undefined;
    this.at++;
    if (this.src[this.at] === '?') this.at++; // lazy
    return least;
  }

  private atom(): Need {
    const c = this.src[this.at++]!;
    switch (c) {
      case '(': {
        const head = this.src[this.at] === '?' ? this.src.slice(this.at, this.at + 3) : '';
        // Look-aheads and look-behinds take no characters: what they require is not required of the match.
        const zeroWidth = /^\?(?:[=!]|<[=!])/.test(head);
        if (head.startsWith('?:')) this.at += 2;
        else if (zeroWidth) this.at += head.startsWith('?<') ? 3 : 2;
        else if (head.startsWith('?<')) this.at = this.src.indexOf('>', this.at) + 1;
        else if (head) throw new Error('unknown group');
        const inner = this.disjunction();
        if (this.src[this.at++] !== ')') throw new Error('unclosed group');
        return zeroWidth ? undefined : inner;
      }
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape(false);
      case '.':
      case '^':
      case '$':
        return undefined;
      default: {
        // An astral character is two units: under the u flag a quantifier after it takes both. Either way a match
        // holds its first unit, which is what is required (texts are read by unit).
        const code = c.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && this.unicode) this.at++;
        return new Set([c]);
      }
    }
  }

  /** An escape after the backslash: one character, or nothing sure (\d, \b, a back-reference, \p{…}). */
  private escape(inClass: boolean): Need {
    const c = this.src[this.at++]!;
    const one = (code: number): Need => new Set([String.fromCharCode(code)]);
    if ('dDwWsSbB'.includes(c)) return undefined;
    if (c === 'k' && !inClass) {
      this.at = this.src.indexOf('>', this.at) + 1;
      return undefined;
    }
    if (c === 'p' || c === 'P') {
      if (this.src[this.at] === '{') this.at = this.src.indexOf('}', this.at) + 1;
      return undefined;
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.src[this.at] ?? '')) this.at++;
      return undefined;
    }
    if (c === 'u') {
      if (this.src[this.at] === '{' && this.unicode) {
        const end = this.src.indexOf('}', this.at);
        const code = Number.parseInt(this.src.slice(this.at + 1, end), 16);
        this.at = end + 1;
        return new Set([String.fromCodePoint(code)[0]!]);
      }
      const hex = this.src.slice(this.at, this.at + 4);
      if (!/^[\da-fA-F]{4}$/.test(hex)) return new Set(['u']);
      this.at += 4;
      return one(Number.parseInt(hex, 16));
    }
    if (c === 'x') {
      const hex = this.src.slice(this.at, this.at + 2);
      if (!/^[\da-fA-F]{2}$/.test(hex)) return new Set(['x']);
      this.at += 2;
      return one(Number.parseInt(hex, 16));
    }
    if (c === 'c') {
      if (/[a-zA-Z]/.test(this.src[this.at] ?? '')) this.at++;
      return undefined;
    }
    const control: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, '0': 0 };
    return control[c] !== undefined ? one(control[c]!) : new Set([c]);
  }

  /** "[…]": its characters, if few and not negated. */
  private characterClass(): Need {
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<string>();
    let sure = !negated;
    while (this.src[this.at] !== ']') {
      if (this.done()) throw new Error('unclosed class');
      const from = this.classChar();
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']') {
        this.at++;
        const to = this.classChar();
        if (from === undefined || to === undefined || to.charCodeAt(0) - from.charCodeAt(0) >= WIDEST_CLASS) sure = false;
        else for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.add(String.fromCharCode(code));
      } else if (from === undefined) sure = false;
      else chars.add(from);
      if (chars.size > WIDEST_CLASS) sure = false;
    }
    this.at++;
    return sure ? chars : undefined;
  }

  /** One character of a class, or undefined for an escape that stands for many (\d, \w, \p{…}). */
  private classChar(): string | undefined {
    const c = this.src[this.at++]!;
    if (c !== '\\') {
      // An astral character is two units; as a range end it is not read (a wide range says nothing anyway).
      const code = c.charCodeAt(0);
      if (code >= 0xd800 && code <= 0xdbff) {
        this.at++;
        return undefined;
      }
      return c;
    }
    if (this.src[this.at] === 'b') {
      this.at++;
      return '\b';
    }
    const need = this.escape(true);
    return need && need.size === 1 ? [...need][0] : undefined;
  }
}

const cost = (chars: Set<string>): number => {
  let c = 0;
  for (const ch of chars) c += ch === ' ' ? 64 : COMMON.has(ch) ? 8 : 1;
  return c;
};
