/**
 * Finding province names in a tokenized question: exact, without diacritics, glued ("bacninh",
 * "soytebacninh"), with one typo ("Bắc Nimh"), before and after the 2025 merger.
 */
import { editDistance } from "../text/distance.js";
import { PROVINCES, type ProvinceInfo } from "../text/provinces.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { tokenizeForSearch } from "./terms.js";

interface Phrase {
  tokens: string[];
  /** the tokens as spelt, with diacritics ("điện", "biên") */
  spelled: string[];
  /** those written together, lower-case ("điệnbiên") */
  spelledCompact: string;
  compact: string;
  province: ProvinceInfo;
}

const PHRASES: Phrase[] = PROVINCES.flatMap((p) =>
  [p.name, ...p.aliases].map((s) => {
    const spelled = tokenizeForSearch(s);
    const tokens = spelled.map(fold);
    return { tokens, spelled, spelledCompact: spelled.join("").toLowerCase(), compact: tokens.join(""), province: p };
  }),
).sort((a, b) => b.compact.length - a.compact.length);

/** A word typed with diacritics must be the province's own ("diễn biến" is no "Điện Biên"); one typed without may be. */
function spelledAlike(p: Phrase, tokens: string[], folded: string[], i: number): boolean {
  return p.spelled.every((w, j) => tokens[i + j] === folded[i + j] || tokens[i + j]!.toLowerCase() === w.toLowerCase());
}

const BY_COMPACT = new Map<string, Phrase>();
for (const p of PHRASES) if (!BY_COMPACT.has(p.compact)) BY_COMPACT.set(p.compact, p);
const BY_FIRST_TOKEN = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_FIRST_TOKEN.set(p.tokens[0]!, [...(BY_FIRST_TOKEN.get(p.tokens[0]!) ?? []), p]);
/** Phrases long enough to be matched with a typo, by first letter (a typo in the first letter is not tolerated). */
const FUZZY_BY_FIRST = new Map<string, Phrase[]>();
for (const p of PHRASES) if (p.compact.length >= 6) FUZZY_BY_FIRST.set(p.compact[0]!, [...(FUZZY_BY_FIRST.get(p.compact[0]!) ?? []), p]);

export interface ProvinceMention {
  province: ProvinceInfo;
  /** token span [start, end) in the token list returned alongside */
  start: number;
  end: number;
  /** the name belongs to a city or town of the same name ("Thành phố Bắc Giang") */
  asUnit: boolean;
}

const CITY_BEFORE = [["thanh", "pho"], ["thi", "xa"]];
const CITY_AFTER = ["city", "town"];
/** Everyday words a typo tolerance must not bend into a province ("tra tỉnh" is not "Trà Vinh"). */
const COMMON = new Set([
  "tinh", "thanh", "pho", "huyen", "so", "xa", "thi", "nam", "ban", "dung", "xep", "thu", "hang", "diem", "nao",
  // the words a question is asked with ("cho em hỏi", "bao nhiêu", "của"), never a typo of a province
  "hoi", "cho", "em", "minh", "bao", "nhieu", "may", "cua", "khoi", "voi", "trong", "the", "vay",
]);

function precededByCity(folded: string[], start: number): boolean {
  return CITY_BEFORE.some((w) => w.every((t, j) => folded[start - w.length + j] === t));
}

/**
 * Split tokens in which a province name is glued to other words ("soytebacninh" → "soyte", "bacninh"),
 * so the rest of the pipeline sees ordinary tokens.
 */
function unglue(tokens: string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const f = fold(t);
    const hit = f.length >= 9 ? PHRASES.find((p) => p.compact.length >= 6 && f.includes(p.compact) && f !== p.compact) : undefined;
    if (!hit) {
      out.push(t);
      continue;
    }
    // fold keeps one character per NFC character, so offsets in the folded form are offsets in `t`.
    const at = f.indexOf(hit.compact);
    for (const part of [t.slice(0, at), t.slice(at, at + hit.compact.length), t.slice(at + hit.compact.length)])
      if (part !== "") out.push(part);
  }
  return out;
}

function allFree(taken: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

function claim(mentions: ProvinceMention[], taken: boolean[], folded: string[], province: ProvinceInfo, start: number, end: number): void {
  for (let i = start; i < end; i++) taken[i] = true;
  const asUnit = precededByCity(folded, start) || CITY_AFTER.includes(folded[end] ?? "");
  mentions.push({ province, start, end, asUnit });
}

/**
 * Every province named in the tokens, longest phrases first, without overlaps.
 * Returns the (possibly unglued) tokens the spans refer to. `vocabulary` holds compact windows of
 * unit names ("tainguyen"), which are words, not typos of a province ("thainguyen").
 */
export function findProvinces(
  input: string[],
  vocabulary: ReadonlySet<string> = new Set(),
): { tokens: string[]; mentions: ProvinceMention[] } {
  const tokens = unglue(input);
  const folded = tokens.map(fold);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const mentions: ProvinceMention[] = [];
  const exact: Array<{ p: Phrase; i: number }> = [];
  for (let i = 0; i < tokens.length; i++)
    for (const p of BY_FIRST_TOKEN.get(folded[i]!) ?? []) if (p.tokens.every((t, j) => folded[i + j] === t) && spelledAlike(p, tokens, folded, i)) exact.push({ p, i });
  exact.sort((a, b) => b.p.compact.length - a.p.compact.length || a.i - b.i);
  for (const { p, i } of exact) if (allFree(taken, i, i + p.tokens.length)) claim(mentions, taken, folded, p.province, i, i + p.tokens.length);
  // Glued ("bacninh") or with one typo ("bac nimh", "bắcninhh"): compare compact windows of 1–3 tokens.
  for (let i = 0; i < tokens.length; i++) {
    let window = "";
    let digits = false;
    let common = false;
    for (let w = 1; w <= 3 && i + w <= tokens.length; w++) {
      if (!allFree(taken, i, i + w)) break;
      const last = folded[i + w - 1]!;
      window += last;
      digits ||= /\d/u.test(last);
      common ||= COMMON.has(last);
      if (window.length < 6 || digits) continue;
      // The same letters with other diacritics ("diễn biến") are other words, not the province.
      const sameLetters = BY_COMPACT.get(window);
      const typed = sameLetters && tokens.slice(i, i + w).join("").toLowerCase();
      const same = sameLetters && (typed === window || typed === sameLetters.spelledCompact) ? sameLetters : undefined;
      const hit =
        (same && same.compact.length >= 6 ? same : undefined) ??
        (sameLetters || vocabulary.has(window) || common || window.length < 7
          ? undefined
          : FUZZY_BY_FIRST.get(window[0]!)?.find((p) => editDistance(p.compact, window, 1) <= 1));
      if (hit && !(w === 1 && hit.tokens.length === 1 && hit.compact !== window)) {
        claim(mentions, taken, folded, hit.province, i, i + w);
        break;
      }
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { tokens, mentions };
}
