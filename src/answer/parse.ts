/**
 * A question → intent words, slots (province, years, index, component, N, block) and the words left
 * for the unit name. Pure: no dataset lookups beyond the unit vocabulary, which keeps words that
 * belong to unit names ("Lục Nam", "Công Thương") from being read as question words.
 */
import type { IndexKind } from "../domain/dataset.js";
import { expandAbbreviations } from "../text/abbreviations.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { tokenize } from "../text/vietnamese.js";
import { findProvinces, type ProvinceMention } from "../search/provinces.js";
import {
  BLOCK_PHRASES,
  COMPONENT_CONCEPTS,
  ENGLISH_NUMBERS,
  ENGLISH_UNITS,
  ENGLISH_WORDS,
  FROM_END_MARKERS,
  FROM_END_PHRASES,
  GRADE_PHRASES,
  INDEX_PHRASES,
  INTENT_PHRASES,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PLACE_PHRASES,
  RELATIVE_PHRASES,
  THRESHOLD_PHRASES,
  type ComponentConcept,
  type PhraseKind,
} from "./phrases.js";
import type { ScopeBlock } from "./query.js";
import type { Lang } from "./types.js";

interface CompiledPhrase<T> {
  tokens: string[];
  folded: string[];
  value: T;
}

function compile<T>(groups: ReadonlyArray<readonly [T, readonly string[]]>): CompiledPhrase<T>[] {
  return groups
    .flatMap(([value, phrases]) =>
      phrases.map((p) => {
        const tokens = tokenize(p);
        return { tokens, folded: tokens.map(fold), value };
      }),
    )
    .sort((a, b) => b.tokens.length - a.tokens.length);
}

type Indexed<T> = Map<string, CompiledPhrase<T>[]>;

function byFirstWord<T>(phrases: CompiledPhrase<T>[]): Indexed<T> {
  const map: Indexed<T> = new Map();
  for (const p of phrases) map.set(p.folded[0]!, [...(map.get(p.folded[0]!) ?? []), p]);
  return map;
}

/** Grades are scanned with the intents, so that "tốt nhất" (best) outweighs "tốt" (the grade) by length. */
type Signal = PhraseKind | { grade: string };
const INTENTS = byFirstWord(compile<Signal>([...INTENT_PHRASES, ...GRADE_PHRASES.map(([grade, phrases]) => [{ grade }, phrases] as const)]));
const THRESHOLDS = byFirstWord(compile(THRESHOLD_PHRASES));
const FROM_END = byFirstWord(compile([[2, FROM_END_PHRASES] as const]));
const FROM_END_MARK = byFirstWord(compile([[true, FROM_END_MARKERS] as const]));
const PLACES = byFirstWord(compile(PLACE_PHRASES));
const RELATIVES = byFirstWord(compile(RELATIVE_PHRASES));
const INDEXES = byFirstWord(compile(INDEX_PHRASES));
const BLOCKS = compile(BLOCK_PHRASES);
const CONCEPTS = byFirstWord(compile(COMPONENT_CONCEPTS.map((c) => [c, c.phrases] as const)));
const ENGLISH = byFirstWord(compile(ENGLISH_UNITS.map(([en, vi]) => [tokenize(vi), [en]] as const)));
/** `matchAt` for block phrases: no unit-name exception. */
const NO_VOCABULARY: ReadonlySet<string> = new Set();

/** Words between the things a comparison compares; the weak ones are also words of unit names ("Tài nguyên và Môi trường"). */
const STRONG_SEPARATORS = new Set(["hay", "hoặc", "or", "vs", "versus", "hay là"]);
const WEAK_SEPARATORS = new Set(["và", "với", "and", "with", "cùng", "cùng với"]);
const YEAR = /^(?:19|20)\d{2}$/u;
/** A number as the question writes it: "800", or "0,9"/"0.9" kept whole by `protectDecimals`. */
const NUMBER = /^\d+(?:d\d+)?$/u;
const PLURAL_MARKERS = new Set(["cac", "nhung", "danh", "districts", "departments", "provinces", "units", "ones", "all", "tat"]);
const PROVINCE_NOUN_BEFORE = new Set(["cac", "nhung", "may", "nhieu", "top", "la", "which", "the", "what", "how", "many"]);
const TIED = new Set(["dong", "cung", "tied", "tie", "equal", "joint"]);

/** Words before a second province that make it an aside: "(nay là Hưng Yên)", "now part of Bắc Ninh". */
const ASIDE_MARKERS: readonly string[][] = [
  ["nay", "la"], ["nay", "thuoc"], ["gio", "la"], ["bay", "gio", "la"], ["nay", "da", "sap", "nhap", "vao"], ["da", "sap", "nhap", "vao"], ["sap", "nhap", "vao"],
  ["nhap", "vao"], ["now", "part", "of"], ["now"], ["merged", "into"], ["part", "of"],
];

/** Words that turn a superlative around ("thấp … nhất", "kém … nhất"). */
const NEGATIVE = new Set(["thap", "kem", "te", "yeu", "it", "lowest", "worst", "least"]);
const NEGATIVE_SPELT = new Set(["thấp", "kém", "tệ", "yếu", "ít"]);

/** "thấp", "kém", "tệ" as typed — not the "tế" of "Y tế", nor a bare "te" that a name has. */
function isNegative(token: string, folded: string, vocabulary: ReadonlySet<string>): boolean {
  if (!NEGATIVE.has(folded)) return false;
  return token === folded ? !vocabulary.has(folded) || folded === "thap" || folded === "kem" : NEGATIVE_SPELT.has(token);
}
const POSITIVE = new Set(["cao", "tot", "nhieu", "manh", "gioi", "lon", "highest", "best", "most", "biggest", "largest", "greatest"]);
const SINGULAR_MARKERS = new Set(["nao", "ai", "which", "who", "what", "gi", "one"]);
/** Nouns after "bao nhiêu"/"mấy" that make the question a count ("bao nhiêu huyện"). */
const COUNTED_NOUNS = new Set(["so", "huyen", "don", "co", "tinh", "thi", "thanh", "ban", "nganh", "departments", "districts", "provinces", "units"]);

export interface Side {
  /** words left for the unit name */
  residual: string[];
  provinces: ProvinceMention[];
  years: number[];
  /** the separator before this side can also be a word of a name ("và") */
  weak: boolean;
}

export interface ParsedQuestion {
  lang: Lang;
  /** every intent word found, strongest meaning first is decided by the caller */
  kinds: Set<PhraseKind>;
  provinces: ProvinceMention[];
  years: number[];
  index: IndexKind | null;
  concept: ComponentConcept | null;
  n: number | null;
  block: ScopeBlock | null;
  residual: string[];
  /** two sides of a comparison ("A so với B"), when the question has a separator between two named things */
  sides: [Side, Side] | null;
  /** the question cut at every separator ("A hay B", "A, B và C"): the things it may compare */
  segments: Side[];
  /** the question is a fragment that leans on the previous one ("còn năm 2021?") */
  followUp: boolean;
  /** a grade the question filters by ("đạt loại tốt"); `grades` every grade named, the first being `grade` */
  grade: string | null;
  grades: string[];
  /** "khá trở lên" / "tốt trở xuống" */
  gradeBound: "orBetter" | "orWorse" | null;
  /** "đứng sau Quế Võ": the units ranked below (above) the unit named, or only the next one */
  relative: { direction: "above" | "below"; next: boolean } | null;
  /** provinces are the units asked about ("tỉnh xếp cuối", "which province"), none being named */
  provinceNoun: boolean;
  /** the comparison words look down ("thấp hơn", "kém hơn", "lower than") */
  comparesDown: boolean;
  /** "từ 500 đến 600 điểm" */
  range: { min: number; max: number } | null;
  threshold: { op: "above" | "below"; value: number } | null;
  /** "thứ 3" (n 3), "áp chót" (n 2 from the end) */
  position: { n: number; fromEnd: boolean } | null;
  /** asks for one unit ("huyện nào", "ai") rather than several ("các huyện", "top") */
  singular: boolean;
  plural: boolean;
  /** names a ministry ("Bộ Tài chính"): units the provincial data never hold */
  ministry: boolean;
  /** asks about communes or wards, which no table ranks */
  communes: boolean;
  /**
   * Folded residual words that are fillers ("hỏi", "thế") but also words of some unit name ("Hội đồng",
   * "Yên Thế"): left for the name, and dropped when the name reads as a whole without them.
   */
  softFillers: ReadonlySet<string>;
  /** words the parser could not place and no name will take: reported, not guessed */
  smallTalk: "greeting" | "thanks" | "other" | null;
}

/**
 * "0,9" and "0.9" stay one token ("0d9") through tokenizing, which breaks at punctuation; other commas
 * become "và", a separator a comparison can cut at ("Tiên Du, Từ Sơn và Quế Võ") and a name can span.
 */
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Text pasted from a web page or typed as HTML: entities decoded ("KH&amp;ĐT"), tags dropped. */
function plainText(text: string): string {
  return text
    .replace(/<[^<>\d\s][^<>]{0,199}>/gu, " ")
    // "> 700 điểm", "≤0,5": comparison signs as the words they stand for
    .replace(/(>=|≥|=>)\s*(?=\d)/gu, " từ ")
    .replace(/(<=|≤|=<)\s*(?=\d)/gu, " không quá ")
    .replace(/>\s*(?=\d)/gu, " trên ")
    .replace(/<\s*(?=\d)/gu, " dưới ")
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/giu, (whole, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/** Acronyms that are Vietnamese words in lower case ("dot", "doc"): read only as written, in capitals. */
const CAPITAL_ACRONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bDOT\b/gu, "transport department"],
  [/\bDOC\b/gu, "construction department"],
];

function protectDecimals(text: string): string {
  return CAPITAL_ACRONYMS.reduce((t, [re, name]) => t.replace(re, name), plainText(text))
    .replace(/(\d)\s*(?:đ|điểm|đ\.|pts?)(?!\p{L})/giu, "$1 điểm")
    .replace(/(\d)[,.](\d)/gu, "$1d$2")
    .replace(/,/gu, " và ");
}

export function numberOf(token: string): number {
  return Number(token.replace("d", "."));
}

function hasVietnameseLetters(text: string): boolean {
  return /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu.test(text.normalize("NFC"));
}

export function detectLang(text: string, tokens: string[]): Lang {
  const english = tokens.filter((t) => ENGLISH_WORDS.has(t)).length;
  if (hasVietnameseLetters(text)) return "vi";
  return english >= 2 || (english === 1 && tokens.length <= 2 && tokens[0] !== "top") ? "en" : "vi";
}

function matchAt<T>(p: CompiledPhrase<T>, tokens: string[], folded: string[], i: number, vocabulary: ReadonlySet<string>): boolean {
  let exact = 0;
  let misTyped = 0;
  for (let j = 0; j < p.tokens.length; j++) {
    const t = tokens[i + j];
    if (t === undefined) return false;
    if (t === p.tokens[j]) {
      exact++;
      continue;
    }
    if (folded[i + j] !== p.folded[j]) return false;
    // Typed without diacritics: compare folded — but a single bare word that is also part of a unit
    // name ("cong" in "Công Thương") stays a name word.
    if (t === folded[i + j]) {
      if (p.tokens.length === 1 && vocabulary.has(t)) return false;
    } else misTyped++;
  }
  // Wrong diacritics ("xép hạng", "thứ mây") pass in a phrase of several words when another word is
  // spelt right; a single word must be spelt right ("tầng" is not "tăng").
  return misTyped === 0 || (p.tokens.length >= 2 && exact > 0 && misTyped < p.tokens.length);
}

function replaceEnglish(tokens: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = ENGLISH.get(fold(tokens[i]!))?.find((p) => p.tokens.every((t, j) => tokens[i + j] === t));
    if (hit) {
      out.push(...hit.value);
      i += hit.tokens.length;
    } else out.push(tokens[i++]!);
  }
  return out;
}

function allFree(used: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (used[i]) return false;
  return true;
}

function freeOrFiller(used: boolean[], filler: boolean[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (used[i] && !filler[i]) return false;
  return true;
}

function take(used: boolean[], start: number, end: number): void {
  for (let i = start; i < end; i++) used[i] = true;
}

/**
 * Longest phrases first, then left to right; candidates come from an index on the first word. A
 * phrase whose words are all still free is offered to `onHit`, and its words are taken if accepted.
 */
function scan<T>(
  phrases: Indexed<T>,
  tokens: string[],
  folded: string[],
  vocabulary: ReadonlySet<string>,
  used: boolean[],
  onHit: (value: T, start: number, end: number) => boolean,
): void {
  const hits: Array<{ p: CompiledPhrase<T>; i: number }> = [];
  for (let i = 0; i < tokens.length; i++)
    for (const p of phrases.get(folded[i]!) ?? []) if (matchAt(p, tokens, folded, i, vocabulary)) hits.push({ p, i });
  hits.sort((a, b) => b.p.tokens.length - a.p.tokens.length || a.i - b.i);
  for (const { p, i } of hits)
    if (allFree(used, i, i + p.tokens.length) && onHit(p.value, i, i + p.tokens.length)) take(used, i, i + p.tokens.length);
}

/** "BN", "hy": the initials of a province the data hold, typed as one word without diacritics. */
function expandInitials(tokens: string[], initials: ReadonlyMap<string, readonly string[]>): string[] {
  if (initials.size === 0) return tokens;
  return tokens.flatMap((t) => (t.length <= 3 ? initials.get(t) ?? [t] : [t]));
}

const NO_INITIALS: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * `initials`: province initials → the province's name tokens (`provinceInitials` of the provinces
 * held), so "Sở Y tế BN" names Bắc Ninh.
 */
export function parseQuestion(text: string, vocabulary: ReadonlySet<string>, initials: ReadonlyMap<string, readonly string[]> = NO_INITIALS): ParsedQuestion {
  const raw = tokenize(protectDecimals(text));
  const lang = detectLang(text, raw);
  const { tokens, mentions } = findProvinces(expandInitials(expandAbbreviations(replaceEnglish(raw)), initials), vocabulary);
  const folded = tokens.map(fold);
  const used = new Array<boolean>(tokens.length).fill(false);

  // "Thành phố Huế": a city no unit of the data is named after is the province itself.
  for (const m of mentions)
    if (m.asUnit && !vocabulary.has(folded.slice(m.start, m.end).join(""))) {
      m.asUnit = false;
      if (folded[m.start - 2] === "thanh" && folded[m.start - 1] === "pho") take(used, m.start - 2, m.start);
      if (folded[m.end] === "city" || folded[m.end] === "town") take(used, m.end, m.end + 1);
    }
  for (const m of mentions) if (!m.asUnit) take(used, m.start, m.end);
  // "Thái Bình (nay là Hưng Yên)": the province of today beside the one asked is an aside.
  for (let a = mentions.length - 1; a >= 0; a--) {
    const m = mentions[a]!;
    // "(nay là tỉnh Bắc Ninh)": the marker may stand before "tỉnh".
    const before = folded[m.start - 1] === "tinh" ? m.start - 1 : m.start;
    const marker = ASIDE_MARKERS.find((w) => w.every((t, j) => folded[before - w.length + j] === t));
    // The only province named is an aside only when a name stands before it ("huyện Lục Nam (nay là …)").
    if (!marker || m.asUnit || (a === 0 && before - marker.length === 0)) continue;
    take(used, before - marker.length, m.start);
    mentions.splice(a, 1);
  }

  const years: number[] = [];
  const yearAt: number[] = [];
  let n: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = folded[i]!;
    if (YEAR.test(t)) {
      years.push(Number(t));
      yearAt.push(i);
      take(used, i, i + 1);
      // "năm 2023" / "nam 2023", but not the "Nam" of "Lục Nam 2023".
      const nameBefore = i >= 2 && tokens[i - 1] !== "năm" && vocabulary.has(`${folded[i - 2]}${folded[i - 1]}`);
      if ((folded[i - 1] === "nam" && !nameBefore) || folded[i - 1] === "year") take(used, i - 1, i);
    }
    const glued = /^top(\d{1,2})$/u.exec(t);
    if (glued) {
      n = Number(glued[1]);
      take(used, i, i + 1);
    }
  }

  const position = findPosition(tokens, folded, used, vocabulary);
  const bound = findGradeBound(folded, used);
  const written = findRange(tokens, folded, used);
  const first = findThreshold(tokens, folded, used, vocabulary);
  // "trên 750 nhưng dưới 800 điểm": two thresholds facing each other are a range.
  const second = first ? findThreshold(tokens, folded, used, vocabulary) : null;
  const bounded = first && second && first.op !== second.op ? (first.op === "above" ? { min: first.value, max: second.value } : { min: second.value, max: first.value }) : null;
  const range = written ?? bounded ?? (first === null ? findExact(tokens, folded, used) : null);
  const threshold = bounded ? null : first;

  let concept: ComponentConcept | null = null;
  let conceptAt = -1;
  scan(CONCEPTS, tokens, folded, vocabulary, used, (c, start) => {
    if (concept === null) conceptAt = start;
    concept ??= c;
    return true;
  });
  let index: IndexKind | null = null;
  scan(INDEXES, tokens, folded, vocabulary, used, (v) => {
    index ??= v;
    return true;
  });

  let block: ScopeBlock | null = null;
  // Blocks named in several words ("không có dịch vụ công") before the question words, which would
  // take "không" and "có" as fillers.
  for (const p of BLOCKS) {
    if (block || p.tokens.length < 3) continue;
    for (let i = 0; i + p.tokens.length <= tokens.length; i++)
      if (allFree(used, i, i + p.tokens.length) && matchAt(p, tokens, folded, i, NO_VOCABULARY)) {
        block = p.value;
        take(used, i, i + p.tokens.length);
        break;
      }
  }

  // "khối huyện, thị xã, thành phố Bắc Ninh": the "thành phố" belongs to the block, so the province is no city.
  for (const m of mentions)
    if (m.asUnit && block !== null && m.start >= 2 && used[m.start - 1] && used[m.start - 2]) {
      m.asUnit = false;
      take(used, m.start, m.end);
    }

  const kinds = new Set<PhraseKind>();
  const comparesAt: number[] = [];
  const grades: string[] = [];
  let gradeEnd = -1;
  const softFillers = new Set<string>();
  let comparesDown = false;
  /** taken by a filler: still free to be part of a block's name ("bộ nào", "các cơ quan") */
  const filler = new Array<boolean>(tokens.length).fill(false);
  scan(INTENTS, tokens, folded, vocabulary, used, (signal, start, end) => {
    if (typeof signal !== "string") {
      if (!grades.includes(signal.grade)) grades.push(signal.grade);
      gradeEnd = Math.max(gradeEnd, end);
      return true;
    }
    // A filler that is also a word of some unit name ("thế" in Yên Thế) is left for the name matcher.
    if (signal === "filler") {
      if (end - start > 1 || !vocabulary.has(folded[start]!)) {
        for (let i = start; i < end; i++) filler[i] = true;
        return true;
      }
      softFillers.add(folded[start]!);
      return false;
    }
    kinds.add(signal);
    if (signal === "rise" || signal === "fall") kinds.add("trend");
    if (signal === "compare") {
      comparesAt.push(start);
      if (NEGATIVE.has(folded[start]!) || folded[start] === "lower" || folded[start] === "worse") comparesDown = true;
    }
    return true;
  });
  if (n !== null) kinds.add("listing");
  // The predecessor named after "đã hợp nhất" is part of the department asked, not a second unit.
  if (kinds.has("merged_with")) {
    kinds.add("today");
    const at = folded.findIndex((_, i) => used[i] && !used[i + 1] && i + 1 < tokens.length && mergeEndsAt(tokens, folded, i, vocabulary));
    for (let i = at + 1; at >= 0 && i < tokens.length && !used[i]; i++) used[i] = true;
  }
  // After the question words, so "above average" is a filter; fillers ("đứng") may still be part of one.
  let relative: { direction: "above" | "below"; next: boolean } | null = null;
  for (let i = 0; i < tokens.length && relative === null; i++)
    for (const p of RELATIVES.get(folded[i]!) ?? [])
      if (freeOrFiller(used, filler, i, i + p.tokens.length) && matchAt(p, tokens, folded, i, vocabulary) && !NUMBER.test(tokens[i + p.tokens.length] ?? "")) {
        relative = p.value;
        take(used, i, i + p.tokens.length);
        break;
      }
  const grade = grades[0] ?? null;
  const gradeBound = grade !== null && bound !== null && bound.at === gradeEnd ? bound.bound : null;
  // "xếp các sở theo chính quyền số", "sort by security": an ordering by that component.
  if (conceptAt > 0 && (folded[conceptAt - 1] === "theo" || folded[conceptAt - 1] === "by")) kinds.add("order");
  // "thấp điểm nhất", "ít điểm nhất": a superlative whose polarity word stands apart from "nhất".
  const negativeAt = (i: number) => !used[i] && isNegative(tokens[i]!, folded[i]!, vocabulary);
  if (kinds.has("top") && !kinds.has("bottom") && folded.some((_, i) => negativeAt(i))) {
    kinds.delete("top");
    kinds.add("bottom");
    for (let i = 0; i < tokens.length; i++) if (negativeAt(i)) take(used, i, i + 1);
  }
  // "cao điểm nhất", "nhiều điểm nhất": the polarity word of a superlative is no name.
  if (kinds.has("top")) for (let i = 0; i < tokens.length; i++) if (!used[i] && POSITIVE.has(folded[i]!)) take(used, i, i + 1);
  // "bao nhiêu huyện", "mấy sở": a count, not a score.
  for (let i = 0; i < tokens.length; i++) {
    const width = folded[i] === "bao" && folded[i + 1] === "nhieu" ? 2 : folded[i] === "may" || (tokens[i] === "số" && !used[i]) ? 1 : 0;
    if (width > 0 && COUNTED_NOUNS.has(folded[i + width] ?? "")) {
      kinds.add("count");
      kinds.delete("score");
      if (folded[i + width] === "tinh" && !mentions.some((m) => m.start === i + width + 1)) kinds.add("national");
    }
  }

  if (kinds.has("top") || kinds.has("bottom") || kinds.has("listing")) {
    for (let i = 0; i < tokens.length; i++)
      if (!used[i] && /^\d{1,3}$/u.test(tokens[i]!) && Number(tokens[i]) > 0) {
        n ??= Number(tokens[i]);
        take(used, i, i + 1);
      } else if (!used[i] && NUMBER_WORDS[folded[i]!] !== undefined && (COUNTED_NOUNS.has(folded[i + 1] ?? "") || ENGLISH_NUMBERS[tokens[i]!] !== undefined || folded[i - 1] === "top")) {
        n ??= NUMBER_WORDS[folded[i]!]!;
        take(used, i, i + 1);
      }
  }

  const present = new Set(folded);
  for (const p of BLOCKS) {
    if (block) break;
    // A phrase can only match where its first word (folded) is.
    if (!present.has(p.folded[0]!)) continue;
    for (let i = 0; i + p.tokens.length <= tokens.length; i++)
      if (freeOrFiller(used, filler, i, i + p.tokens.length) && matchAt(p, tokens, folded, i, NO_VOCABULARY) && !mentions.some((m) => m.asUnit && m.start <= i && i < m.end)) {
        block = p.value;
        break;
      }
  }
  // "top 10 tỉnh", "63 tỉnh": a number before "tỉnh" counts provinces; "tỉnh Bắc Ninh" names one.
  if (block === null)
    for (let i = 1; i < tokens.length; i++) if (folded[i] === "tinh" && /^\d+$/u.test(folded[i - 1]!) && !mentions.some((m) => m.start === i + 1)) block = "provinces";
  // Communes and wards ("xã", "phường") are ranked by no table here.
  const communes = namesCommunes(folded, used);
  const ministry = namesMinistry(folded, used);

  // Stray number words left over ("sở y tế 2") are not part of a name; neither is the "và" a comma
  // left at either end of it ("Hiệp Hòa, Bắc Ninh").
  const kept = tokens.map((_, i) => i).filter((i) => !used[i] && !NUMBER.test(tokens[i]!));
  const last = kept[kept.length - 1];
  if (last !== undefined && tokens[last] === "và" && mentions.some((m) => !m.asUnit && m.start > last)) kept.pop();
  if (kept[0] !== undefined && tokens[kept[0]] === "và" && !mentions.some((m) => m.start < kept[0]!)) kept.shift();
  const residualAt = kept;
  const residual = residualAt.map((i) => tokens[i]!);

  const sides = splitSides(tokens, residualAt, comparesAt, mentions, yearAt, years);
  const segments = splitSegments(tokens, folded, residualAt, comparesAt, mentions, yearAt, years);
  // "tỉnh xếp cuối bảng", "các tỉnh trên 0,7": provinces as the units asked about (the national table).
  const provinceNoun =
    !mentions.some((m) => !m.asUnit) &&
    tokens.some((t, i) => (t === "tỉnh" || t === "tinh" || t === "province" || t === "provinces") && (i === 0 || PROVINCE_NOUN_BEFORE.has(folded[i - 1]!) || NUMBER.test(tokens[i - 1]!)));
  // "thế Bắc Ninh?", "vậy Cao Bằng?": the last question about another province.
  if ((folded[0] === "the" || folded[0] === "vay") && provinceAt(mentions, 1)) kinds.add("followup");
  const followUp = kinds.has("followup") || kinds.has("add") || (residual.length === 0 && mentions.length === 0);
  const plural = n !== null && n > 1 ? true : folded.some((t) => PLURAL_MARKERS.has(t)) || kinds.has("listing") || kinds.has("order");
  const singular = n === 1 || (!plural && (folded.some((t) => SINGULAR_MARKERS.has(t)) || kinds.has("top") || kinds.has("bottom")));
  const smallTalk = kinds.has("greeting") ? "greeting" : kinds.has("thanks") ? "thanks" : kinds.has("smalltalk") ? "other" : null;
  return {
    lang,
    kinds,
    provinces: mentions,
    years,
    index,
    concept,
    n,
    block,
    residual,
    sides,
    segments,
    followUp,
    grade,
    grades,
    gradeBound,
    relative,
    comparesDown,
    provinceNoun,
    range,
    threshold,
    position,
    singular,
    plural,
    ministry,
    communes,
    softFillers,
    smallTalk,
  };
}

const OR_BETTER: readonly string[][] = [["tro", "len"], ["or", "better"], ["or", "above"], ["or", "higher"], ["and", "above"]];
const OR_WORSE: readonly string[][] = [["tro", "xuong"], ["or", "worse"], ["or", "below"], ["or", "lower"], ["and", "below"]];

/** The last word of a grade as people write it ("khá", "trung bình", "good"). */
const GRADE_LAST_WORDS = new Set(GRADE_PHRASES.flatMap(([, phrases]) => phrases.map((p) => fold(tokenize(p).at(-1) ?? ""))));

/**
 * "khá trở lên", "good or better": the two words after a grade that make it a bound, found (and
 * taken) before the question words, which would read "better" as a comparison.
 */
function findGradeBound(folded: string[], used: boolean[]): { at: number; bound: "orBetter" | "orWorse" } | null {
  for (let at = 1; at + 1 < folded.length; at++) {
    if (used[at] || used[at + 1] || !GRADE_LAST_WORDS.has(folded[at - 1]!)) continue;
    const is = (words: readonly string[]) => words[0] === folded[at] && words[1] === folded[at + 1];
    const bound = OR_BETTER.some(is) ? "orBetter" : OR_WORSE.some(is) ? "orWorse" : null;
    if (bound) {
      take(used, at, at + 2);
      return { at, bound };
    }
  }
  return null;
}

const MERGED_WITH = compile(INTENT_PHRASES.filter(([kind]) => kind === "merged_with"));

/** A "đã hợp nhất" phrase ends at token `i`. */
function mergeEndsAt(tokens: string[], folded: string[], i: number, vocabulary: ReadonlySet<string>): boolean {
  return MERGED_WITH.some((p) => i + 1 - p.tokens.length >= 0 && matchAt(p, tokens, folded, i + 1 - p.tokens.length, vocabulary));
}

// Small checks kept out of `parseQuestion`: arrays of either elements kind reach them (no province
// mentioned, or some), and a closure inlined there made V8 re-optimize the whole parser each time.

/** Communes and wards ("xã", "phường") are ranked by no table here. */
function namesCommunes(folded: string[], used: boolean[]): boolean {
  for (let i = 0; i < folded.length; i++) {
    const t = folded[i]!;
    if (!used[i] && ((t === "xa" && folded[i - 1] !== "thi" && folded[i + 1] !== "hoi") || t === "phuong" || t === "commune" || t === "communes")) return true;
  }
  return false;
}

/** "Bộ …" followed by a name ("Bộ Tài chính"), not the "bộ" of "nội bộ" or "cán bộ". */
function namesMinistry(folded: string[], used: boolean[]): boolean {
  for (let i = 0; i + 1 < folded.length; i++) if (folded[i] === "bo" && !used[i] && !used[i + 1] && folded[i - 1] !== "noi" && folded[i - 1] !== "can") return true;
  return false;
}

function provinceAt(mentions: readonly ProvinceMention[], start: number): boolean {
  for (const m of mentions) if (m.start === start && !m.asUnit) return true;
  return false;
}

/** The phrase of `phrases` that starts at `i`, longest first, or null. */
function phraseAt<T>(phrases: Indexed<T>, tokens: string[], folded: string[], i: number, used: boolean[], vocabulary: ReadonlySet<string>): CompiledPhrase<T> | null {
  for (const p of phrases.get(folded[i]!) ?? []) if (allFree(used, i, i + p.tokens.length) && matchAt(p, tokens, folded, i, vocabulary)) return p;
  return null;
}

/** "thứ 3", "đứng thứ ba", "hạng 4", "3rd", "áp chót", "thứ 2 từ dưới lên". */
function findPosition(tokens: string[], folded: string[], used: boolean[], vocabulary: ReadonlySet<string>): { n: number; fromEnd: boolean } | null {
  for (let i = 0; i < tokens.length; i++) {
    const end = phraseAt(FROM_END, tokens, folded, i, used, vocabulary);
    if (end) {
      take(used, i, i + end.tokens.length);
      return { n: end.value, fromEnd: true };
    }
    const place = phraseAt(PLACES, tokens, folded, i, used, vocabulary);
    if (place) {
      take(used, i, i + place.tokens.length);
      return { n: place.value, fromEnd: false };
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const f = folded[i]!;
    let n: number | null = null;
    let width = 1;
    const next = folded[i + 1];
    const english = /^(\d{1,3})(?:st|nd|rd|th)$/u.exec(f);
    if (english) n = Number(english[1]);
    else if ((f === "number" || f === "no") && /^\d{1,3}$/u.test(next ?? "") && !used[i + 1]) {
      // "who is number 10", "No. 3"
      n = Number(next);
      width = 2;
    }
    else if ((f === "thu" || f === "hang" || f === "vi") && next !== undefined && !used[i + 1]) {
      const at = f === "vi" && next === "tri" ? i + 2 : i + 1;
      const word = folded[at];
      if (word !== undefined && /^\d{1,3}$/u.test(word)) n = Number(word);
      else if (word !== undefined && f !== "vi" && ORDINAL_WORDS[word] !== undefined && !(word === "nam" && YEAR.test(folded[at + 1] ?? ""))) n = ORDINAL_WORDS[word]!;
      width = at - i + 1;
    } else if ((tokens[i] === "đứng" || tokens[i] === "xếp" || tokens[i] === "về" || (f === tokens[i] && (f === "dung" || f === "xep" || f === "ve"))) && next !== undefined && ["nhi", "ba", "tu", "bet"].includes(next) && !used[i + 1]) {
      // "đứng nhì", "xếp ba": a place without "thứ" ("đứng bét" is the last).
      n = next === "bet" ? 1 : ORDINAL_WORDS[next]!;
      width = 2;
      if (next === "bet") {
        take(used, i, i + 2);
        return { n: 1, fromEnd: true };
      }
    } else if (["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].includes(f)) n = ORDINAL_WORDS[f]!;
    if (n === null || n < 1) continue;
    let start = i > 0 && (folded[i - 1] === "dung" || folded[i - 1] === "xep") ? i - 1 : i;
    // "đồng hạng 15", "cùng hạng 15", "tied for 15th": a place several units share, asked as a place.
    if (start > 0 && !used[start - 1] && TIED.has(folded[start - 1]!)) start--;
    else if (start > 1 && !used[start - 1] && !used[start - 2] && (folded[start - 1] === "for" || folded[start - 1] === "at") && TIED.has(folded[start - 2]!)) start -= 2;
    // "cao thứ 2" is second from the top, "thấp thứ 2" second from the bottom.
    const polarity = start > 0 && !used[start - 1] ? folded[start - 1]! : "";
    const lowest = NEGATIVE.has(polarity);
    if (lowest || POSITIVE.has(polarity)) start--;
    take(used, start, i + width);
    let fromEnd = lowest;
    const after = i + width;
    const mark = after < tokens.length ? phraseAt(FROM_END_MARK, tokens, folded, after, used, vocabulary) : null;
    if (mark) {
      take(used, after, after + mark.tokens.length);
      fromEnd = true;
    }
    if (folded[after] === "place") take(used, after, after + 1);
    return { n, fromEnd };
  }
  return null;
}

const RANGE_OPEN = new Set(["tu", "between", "from", "khoang"]);
const RANGE_JOIN = new Set(["den", "toi", "to", "and", "va"]);
const isBound = (t: string | undefined) => t !== undefined && NUMBER.test(t) && !YEAR.test(t);
const POINTS = new Set(["diem", "points", "point"]);

/** "từ 500 đến 600 điểm", "between 0.7 and 0.8", "500-600": both bounds, smaller first. */
function findRange(tokens: string[], folded: string[], used: boolean[]): { min: number; max: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !isBound(tokens[i])) continue;
    let j = i + 1;
    if (POINTS.has(folded[j] ?? "")) j++;
    if (RANGE_JOIN.has(folded[j] ?? "")) j++;
    else if (!isBound(tokens[j])) continue;
    if (!isBound(tokens[j]) || used[j]) continue;
    // two numbers side by side are a range only when one is "from"-ed or joined ("500 600" may be "top 5 600")
    const opened = i > 0 && RANGE_OPEN.has(folded[i - 1]!) && !used[i - 1];
    if (!opened && j === i + 1) continue;
    const start = opened ? i - 1 : i;
    const start2 = start > 0 && folded[start - 1] === "trong" && folded[start] === "khoang" ? start - 1 : start;
    let end = j + 1;
    if (POINTS.has(folded[end] ?? "")) end++;
    const a = numberOf(tokens[i]!);
    const b = numberOf(tokens[j]!);
    take(used, start2, end);
    return { min: Math.min(a, b), max: Math.max(a, b) };
  }
  return null;
}

const EXACT_BEFORE = new Set(["duoc", "dat", "bang", "got", "scored", "scoring", "scores"]);

/** "được 100 điểm", "scored 90 points": a score asked exactly — a range of one value. */
function findExact(tokens: string[], folded: string[], used: boolean[]): { min: number; max: number } | null {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (used[i] || !isBound(tokens[i]) || !EXACT_BEFORE.has(folded[i - 1]!) || !POINTS.has(folded[i + 1]!)) continue;
    take(used, i - 1, i + 2);
    const v = numberOf(tokens[i]!);
    return { min: v, max: v };
  }
  return null;
}

/** "trên 800 điểm", "dưới 0,5", "at least 700 points": a comparison word, a number, maybe "điểm". */
function findThreshold(tokens: string[], folded: string[], used: boolean[], vocabulary: ReadonlySet<string>): { op: "above" | "below"; value: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const p = phraseAt(THRESHOLDS, tokens, folded, i, used, vocabulary);
    if (!p) continue;
    const at = i + p.tokens.length;
    const t = tokens[at];
    if (t === undefined || used[at] || !NUMBER.test(t) || YEAR.test(t)) continue;
    let end = at + 1;
    if (folded[end] === "diem" || folded[end] === "points" || folded[end] === "point") end++;
    if (folded[end] === "tro" && folded[end + 1] === "len") end += 2;
    take(used, i, end);
    return { op: p.value, value: numberOf(t) };
  }
  return null;
}

/**
 * Two sides of a comparison: split at the compare words ("A so với B") or, when those open the
 * question ("so sánh A và B"), at a separator word between two named things.
 */
function splitSides(
  tokens: string[],
  residualAt: number[],
  comparesAt: number[],
  mentions: ProvinceMention[],
  yearAt: number[],
  years: number[],
): [Side, Side] | null {
  if (comparesAt.length === 0) return null;
  const points: number[] = [];
  for (const c of comparesAt)
    if (tokens.slice(0, c).some((_, i) => residualAt.includes(i) || mentions.some((m) => m.start <= i && i < m.end) || yearAt.includes(i))) points.push(c);
  if (points.length === 0) for (const i of residualAt) if (STRONG_SEPARATORS.has(tokens[i]!) || WEAK_SEPARATORS.has(tokens[i]!)) points.push(i);
  for (const at of points) {
    const left = side(tokens, residualAt, mentions, yearAt, years, 0, at);
    const right = side(tokens, residualAt, mentions, yearAt, years, at + 1, tokens.length);
    if (namesSomething(left) && namesSomething(right)) return [left, right];
  }
  const at = comparesAt[0]!;
  return [side(tokens, residualAt, mentions, yearAt, years, 0, at), side(tokens, residualAt, mentions, yearAt, years, at + 1, tokens.length)];
}

function namesSomething(s: Side): boolean {
  return s.residual.length > 0 || s.years.length > 0 || s.provinces.length > 0;
}

function side(
  tokens: string[],
  residualAt: number[],
  mentions: ProvinceMention[],
  yearAt: number[],
  years: number[],
  start: number,
  end: number,
): Side {
  return {
    residual: residualAt.filter((i) => i >= start && i < end && !STRONG_SEPARATORS.has(tokens[i]!) && !WEAK_SEPARATORS.has(tokens[i]!)).map((i) => tokens[i]!),
    provinces: mentions.filter((m) => m.start >= start && m.end <= end),
    years: yearAt.map((p, k) => (p >= start && p < end ? years[k]! : null)).filter((y): y is number => y !== null),
    weak: false,
  };
}

/**
 * The question cut at every separator and compare word: "Quế Võ hay Tiên Du", "Sở Y tế với Sở Tài
 * chính", "A vs B vs C". A compare word that opens the question ("so sánh A và B") cuts nothing.
 */
function splitSegments(
  tokens: string[],
  folded: string[],
  residualAt: number[],
  comparesAt: number[],
  mentions: ProvinceMention[],
  yearAt: number[],
  years: number[],
): Side[] {
  const cuts: Array<{ at: number; width: number; weak: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (comparesAt.includes(i) && i > 0) cuts.push({ at: i, width: folded[i] === "so" ? 2 : 1, weak: false });
    else if (STRONG_SEPARATORS.has(tokens[i]!) || STRONG_SEPARATORS.has(folded[i]!)) cuts.push({ at: i, width: 1, weak: false });
    else if (WEAK_SEPARATORS.has(tokens[i]!) || (tokens[i] === folded[i] && ["va", "voi"].includes(folded[i]!))) cuts.push({ at: i, width: 1, weak: true });
  }
  const out: Side[] = [];
  let start = 0;
  let weak = false;
  for (const c of cuts) {
    if (c.at < start) continue;
    const s = side(tokens, residualAt, mentions, yearAt, years, start, c.at);
    out.push({ ...s, weak });
    start = c.at + c.width;
    weak = c.weak;
  }
  out.push({ ...side(tokens, residualAt, mentions, yearAt, years, start, tokens.length), weak });
  return out.filter((s) => namesSomething(s));
}
