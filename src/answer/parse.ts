/**
 * A question → intent words, slots (province, years, index, component, N, block) and the words left
 * for the unit name. Pure: no dataset lookups beyond the unit vocabulary, which keeps words that
 * belong to unit names ("Lục Nam", "Công Thương") from being read as question words.
 */
import type { Block, IndexKind } from "../domain/dataset.js";
import { expandAbbreviations } from "../text/abbreviations.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { tokenize } from "../text/vietnamese.js";
import { findProvinces, type ProvinceMention } from "../search/provinces.js";
import {
  BLOCK_PHRASES,
  COMPONENT_CONCEPTS,
  ENGLISH_UNITS,
  ENGLISH_WORDS,
  INDEX_PHRASES,
  INTENT_PHRASES,
  type ComponentConcept,
  type PhraseKind,
} from "./phrases.js";
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

const INTENTS = byFirstWord(compile(INTENT_PHRASES));
const INDEXES = byFirstWord(compile(INDEX_PHRASES));
const BLOCKS = compile(BLOCK_PHRASES);
const CONCEPTS = byFirstWord(compile(COMPONENT_CONCEPTS.map((c) => [c, c.phrases] as const)));
const ENGLISH = byFirstWord(compile(ENGLISH_UNITS.map(([en, vi]) => [tokenize(vi), [en]] as const)));
/** `matchAt` for block phrases: no unit-name exception. */
const NO_VOCABULARY: ReadonlySet<string> = new Set();

const SEPARATORS = new Set(["và", "với", "hay", "hoặc", "and", "with", "or", "vs", "versus"]);
const YEAR = /^(?:19|20)\d{2}$/u;

export interface Side {
  /** words left for the unit name */
  residual: string[];
  provinces: ProvinceMention[];
  years: number[];
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
  block: Block | null;
  residual: string[];
  /** two sides of a comparison ("A so với B"), when the question has a separator between two named things */
  sides: [Side, Side] | null;
  /** the question is a fragment that leans on the previous one ("còn năm 2021?") */
  followUp: boolean;
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
  for (let j = 0; j < p.tokens.length; j++) {
    const t = tokens[i + j];
    if (t === undefined) return false;
    if (t === p.tokens[j]) continue;
    // Typed without diacritics: compare folded — but a single bare word that is also part of a unit
    // name ("cong" in "Công Thương") stays a name word.
    if (t !== folded[i + j] || folded[i + j] !== p.folded[j]) return false;
    if (p.tokens.length === 1 && vocabulary.has(t)) return false;
  }
  return true;
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

export function parseQuestion(text: string, vocabulary: ReadonlySet<string>): ParsedQuestion {
  const raw = tokenize(text);
  const lang = detectLang(text, raw);
  const { tokens, mentions } = findProvinces(expandAbbreviations(replaceEnglish(raw)), vocabulary);
  const folded = tokens.map(fold);
  const used = new Array<boolean>(tokens.length).fill(false);

  for (const m of mentions) if (!m.asUnit) take(used, m.start, m.end);

  const years: number[] = [];
  const yearAt: number[] = [];
  let n: number | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = folded[i]!;
    if (YEAR.test(t)) {
      years.push(Number(t));
      yearAt.push(i);
      take(used, i, i + 1);
      if (folded[i - 1] === "nam" || folded[i - 1] === "year") take(used, i - 1, i);
    }
    const glued = /^top(\d{1,2})$/u.exec(t);
    if (glued) {
      n = Number(glued[1]);
      take(used, i, i + 1);
    }
  }

  let concept: ComponentConcept | null = null;
  scan(CONCEPTS, tokens, folded, vocabulary, used, (c) => {
    concept ??= c;
    return true;
  });
  let index: IndexKind | null = null;
  scan(INDEXES, tokens, folded, vocabulary, used, (v) => {
    index ??= v;
    return true;
  });

  const kinds = new Set<PhraseKind>();
  const comparesAt: number[] = [];
  scan(INTENTS, tokens, folded, vocabulary, used, (kind, start, end) => {
    // A filler that is also a word of some unit name ("thế" in Yên Thế) is left for the name matcher.
    if (kind === "filler") return end - start > 1 || !vocabulary.has(folded[start]!);
    kinds.add(kind);
    if (kind === "compare") comparesAt.push(start);
    return true;
  });
  if (n !== null) kinds.add("top");

  if (kinds.has("top") || kinds.has("bottom")) {
    for (let i = 0; i < tokens.length; i++)
      if (!used[i] && /^\d{1,2}$/u.test(tokens[i]!) && Number(tokens[i]) > 0) {
        n ??= Number(tokens[i]);
        take(used, i, i + 1);
      }
  }

  let block: Block | null = null;
  const present = new Set(folded);
  for (const p of BLOCKS) {
    if (block) break;
    // A phrase can only match where its first word (folded) is.
    if (!present.has(p.folded[0]!)) continue;
    for (let i = 0; i + p.tokens.length <= tokens.length; i++)
      if (allFree(used, i, i + p.tokens.length) && matchAt(p, tokens, folded, i, NO_VOCABULARY) && !mentions.some((m) => m.asUnit && m.start <= i && i < m.end)) {
        block = p.value;
        break;
      }
  }

  // Stray number words left over ("sở y tế 2") are not part of a name.
  const residualAt = tokens.map((_, i) => i).filter((i) => !used[i] && !/^\d+$/u.test(tokens[i]!));
  const residual = residualAt.map((i) => tokens[i]!);

  const sides = splitSides(tokens, residualAt, comparesAt, mentions, yearAt, years);
  const followUp = kinds.has("followup") || (residual.length === 0 && mentions.length === 0);
  return { lang, kinds, provinces: mentions, years, index, concept, n, block, residual, sides, followUp };
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
  if (points.length === 0) for (const i of residualAt) if (SEPARATORS.has(tokens[i]!)) points.push(i);
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
    residual: residualAt.filter((i) => i >= start && i < end && !SEPARATORS.has(tokens[i]!)).map((i) => tokens[i]!),
    provinces: mentions.filter((m) => m.start >= start && m.end <= end),
    years: yearAt.map((p, k) => (p >= start && p < end ? years[k]! : null)).filter((y): y is number => y !== null),
  };
}
