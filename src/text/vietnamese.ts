/**
 * Vietnamese text primitives shared by ingest (reading names) and search (matching them).
 * One implementation on both sides is the point: a mismatch between the two is the classic
 * source of "no results".
 */

const TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
const TONE = `[${TONE_MARKS}]`;

/**
 * Old-style tone placement ("hoà", "thuỷ", "uỷ", "khoẻ") → the modern one ("hòa", "thủy", "ủy",
 * "khỏe"). Only open syllables ending in oa/oe/uy differ between the two styles; "qu" is a consonant,
 * so "quý" is left alone, and syllables with a final letter ("hoàng", "khuyến") agree already.
 */
const OLD_STYLE = new RegExp(
  `([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`,
  "gu",
);

/**
 * What an old-style placement looks like once composed: "o" before a toned a/e ("oà"), "u" before a
 * toned y ("uỷ"). Text without it (nearly every question) needs no decomposition at all.
 */
const MAYBE_OLD_STYLE = /[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]/u;

export function canonicalTones(text: string): string {
  const composed = text.normalize("NFC");
  if (!MAYBE_OLD_STYLE.test(composed)) return composed;
  const decomposed = composed.normalize("NFD");
  const moved = decomposed.replace(OLD_STYLE, (_m, o, a, t1, u, y, t2) =>
    o !== undefined ? `${o}${t1}${a}` : `${u}${t2}${y}`,
  );
  return moved.normalize("NFC");
}

/** NFC, canonical tone placement, single spaces, trimmed: the form names are stored and compared in. */
export function normalizeText(text: string): string {
  return canonicalTones(text.normalize("NFC")).replace(/\s+/gu, " ").trim();
}

/** Strip every diacritic and map đ→d, lower-case: "Sở Y tế Đồng Nai" → "so y te dong nai". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/gu, (c) => (c === "đ" ? "d" : "D"))
    .toLowerCase()
    .normalize("NFC");
}

/** Per BMP code point: 0 not yet known, 1 part of a word (a letter, mark or digit), 2 not. */
const WORD_CHARS = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a);
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let known = WORD_CHARS[cp]!;
  if (known === 0) WORD_CHARS[cp] = known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * The words of a text: lower-cased, canonical tones, cut at every run of characters that are not a
 * letter, a mark or a digit. One pass over the characters: this runs on every question and name, and
 * the regular expressions it replaces (/\s+/ then /[^\p{L}\p{M}\p{N}]+/) cost twice as much.
 */
function words(text: string): string[] {
  const s = canonicalTones(text).toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isWordChar(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** Lower-case, canonical tones, punctuation → space; keeps diacritics. */
export function simplify(text: string): string {
  return words(text).join(" ");
}

/** Words of a text in `simplify` form. */
export function tokenize(text: string): string[] {
  return words(text);
}

/** A comparison key for names: simplified and folded ("Sở Văn hoá, Thể thao…" ≡ "so van hoa the thao…"). */
export function foldKey(text: string): string {
  return fold(simplify(text));
}
