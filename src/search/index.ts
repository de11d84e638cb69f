/**
 * The name index over the dataset's read model (src/dataset/read-model.ts): a MiniSearch index of unit
 * names. `resolveUnit` turns the words of a question into a
 * unit: ok, ambiguous (same name in several provinces, or several close names) or not found.
 *
 * The word index holds the distinct words of all unit names and aliases, one per folded form ("yen"
 * for "yên" and "yến"), each knowing its spellings and through them the units whose names have it.
 * Every question looks up the folded form of each of its words with typo tolerance (1 edit from 3
 * letters, 2 from 5; src/search/words.ts); only the words found are judged (same spelling 1, same
 * without diacritics less, a typo less still), and every unit that has one is scored by how much of
 * its name the question covers.
 *
 * The index holds folded forms only because every match the resolver accepts is a match of folded
 * forms (folding never lengthens an edit distance), and the exact spelling is preferred when scoring,
 * from the word's spellings.
 *
 * Words rather than units are looked up because a question then finds a handful of words however
 * many units share them; the units are then scored without allocating (typed arrays in working
 * memory), and only the acceptable ones, or the best five when none is, become objects: at national
 * scale a question's words reach more than a thousand units ("Lương Tài": every "Tài", "Tân", "Long").
 */
import { placeOf, type Dataset, type UnitKind } from "../domain/dataset.js";
import { buildReadModel, type ReadModel } from "../dataset/read-model.js";
import { editDistance } from "../text/distance.js";
import { foldKey } from "../text/vietnamese.js";
import { findProvinces } from "./provinces.js";
import { foldCached } from "../text/fold-cached.js";
import { distinctiveTokens, isGeneric, tokenizeForSearch } from "./terms.js";
import { buildWordFinder, findWords, type WordFinder } from "./words.js";

/** Bumped whenever term processing changes, so an index built by older code is never reused. */
export const SEARCH_INDEX_VERSION = 3;

interface Variant {
  tokens: string[];
  folded: string[];
  compact: string;
  /** the tokens' places in the knowledge's table of name words (`NameWords`) */
  ids: number[];
}

/**
 * Every distinct word of every unit name, once, and the index over their folded forms that finds the
 * words a question's words stand for, however many units share them ("y", "tế", "yên").
 */
export interface NameWords {
  tokens: string[];
  folded: string[];
  idOf: Map<string, number>;
  /** per word, the positions in `Knowledge.units` of the units whose names have it, ascending */
  units: number[][];
  /** per word, beside `units`: the fewest words of a spelling of that unit that has the word */
  unitLengths: number[][];
  /** per folded form (by its number in `finder`), the words that fold to it */
  spellings: number[][];
  spellingsOf: Map<string, number>;
  finder: WordFinder;
  /** per province, the positions in `Knowledge.units` of its units, ascending */
  positionsByProvince: Map<string, Uint32Array>;
  /**
   * Every spelling's words written together ("yte", "taichinh") with the units spelt so, filed under
   * their first three letters, for questions typed without spaces.
   */
  compacts: Map<string, Array<{ compact: string; units: number[]; spellings: number[] }>>;
  flat: FlatUnits;
  scratch: Scratch;
}

/**
 * The units' spellings laid out in typed arrays, by unit position and spelling number: a question's
 * words reach a thousand units at national scale, and reading their scores from a few arrays costs a
 * fraction of following a thousand objects, their spellings and their word lists through the heap.
 */
interface FlatUnits {
  /** per unit, where its spellings start in `wordsStart` (and one entry more, the end) */
  spellingsStart: Uint32Array;
  /** per spelling, where its words start in `words` (and one entry more, the end) */
  wordsStart: Uint32Array;
  /** every spelling's words (numbers in `NameWords.tokens`), one spelling after another */
  words: Uint32Array;
  /** per unit: `DEPARTMENT`, `DISTRICT` or 0 */
  kind: Uint8Array;
  nameOrder: Float64Array;
  /** per unit, its province's number in `provinceNumber` */
  province: Uint32Array;
  provinceNumber: Map<string, number>;
}

const DEPARTMENT = 1;
const DISTRICT = 2;

function flatten(units: readonly UnitInfo[]): FlatUnits {
  let spellings = 0;
  let words = 0;
  for (const u of units) {
    spellings += u.variants.length;
    for (const v of u.variants) words += v.ids.length;
  }
  const flat: FlatUnits = {
    spellingsStart: new Uint32Array(units.length + 1),
    wordsStart: new Uint32Array(spellings + 1),
    words: new Uint32Array(words),
    kind: new Uint8Array(units.length),
    nameOrder: new Float64Array(units.length),
    province: new Uint32Array(units.length),
    provinceNumber: new Map(),
  };
  let s = 0;
  let w = 0;
  units.forEach((u, at) => {
    for (const v of u.variants) {
      for (const id of v.ids) flat.words[w++] = id;
      flat.wordsStart[++s] = w;
    }
    flat.spellingsStart[at + 1] = s;
    flat.kind[at] = u.kind === "department" ? DEPARTMENT : u.kind === "district" ? DISTRICT : 0;
    flat.nameOrder[at] = u.nameOrder;
    let p = flat.provinceNumber.get(u.province);
    if (p === undefined) flat.provinceNumber.set(u.province, (p = flat.provinceNumber.size));
    flat.province[at] = p;
  });
  return flat;
}

/**
 * Working memory that each resolution uses in turn (resolution is synchronous), so that none
 * allocates its own: a resolution's number, and per word, per folded form and per unit the number of
 * the resolution that last wrote there — older entries count as empty.
 */
interface Scratch {
  question: number;
  matchedFor: Uint32Array;
  match: Float64Array;
  foundFor: Uint32Array;
  markedFor: Uint32Array;
  /**
   * Per candidate unit: how many of the words found it has (2 standing for "two or more, or glued"),
   * and for one, its match and the fewest words of a spelling that has it — all its coverage needs.
   */
  wordsFound: Uint8Array;
  firstMatch: Float64Array;
  firstLength: Uint32Array;
  /** per spelling: lies inside the question written without spaces */
  gluedFor: Uint32Array;
  /** the candidate units' positions, `candidates()` fills the start of it */
  positions: Uint32Array;
}

function scratchFor(words: number, forms: number, units: number, spellings: number): Scratch {
  return {
    question: 0,
    matchedFor: new Uint32Array(words),
    match: new Float64Array(words),
    foundFor: new Uint32Array(forms),
    markedFor: new Uint32Array(units),
    wordsFound: new Uint8Array(units),
    firstMatch: new Float64Array(units),
    firstLength: new Uint32Array(units),
    gluedFor: new Uint32Array(spellings),
    positions: new Uint32Array(units),
  };
}

export interface UnitInfo {
  id: string;
  province: string;
  name: string;
  kind: UnitKind;
  /** one per spelling (canonical name and aliases) */
  variants: Variant[];
  /** folded distinctive words of the canonical name: equal keys = "the same unit" in different provinces */
  nameKey: string;
  years: number[];
  /** position of the name in `localeCompare` order (equal names share it), for sorting without collation */
  nameOrder: number;
}

/** The dataset's read model and, over it, the names of its units and their index. */
export interface Knowledge extends ReadModel {
  units: UnitInfo[];
  unitById: Map<string, UnitInfo>;
  unitsByProvince: Map<string, UnitInfo[]>;
  /** compact folded word windows of unit names: never mistaken for a misspelled province */
  vocabulary: Set<string>;
  nameWords: NameWords;
  version: number;
}

function variantOf(name: string, words: NameWords): Variant {
  const tokens = distinctiveTokens(name);
  const folded = tokens.map(foldCached);
  const ids = tokens.map((t, i) => {
    let id = words.idOf.get(t);
    if (id === undefined) {
      id = words.tokens.length;
      words.tokens.push(t);
      words.folded.push(folded[i]!);
      words.idOf.set(t, id);
      const doc = words.spellingsOf.get(folded[i]!);
      if (doc === undefined) {
        words.spellingsOf.set(folded[i]!, words.spellings.length);
        words.spellings.push([id]);
      } else words.spellings[doc]!.push(id);
    }
    return id;
  });
  return { tokens, folded, compact: folded.join(""), ids };
}

export function buildKnowledge(dataset: Dataset): Knowledge {
  const model = buildReadModel(dataset);
  const { entriesByUnit } = model;
  const nameWords: NameWords = {
    tokens: [],
    folded: [],
    idOf: new Map(),
    units: [],
    unitLengths: [],
    spellings: [],
    spellingsOf: new Map(),
    finder: buildWordFinder([]),
    positionsByProvince: new Map(),
    compacts: new Map(),
    flat: flatten([]),
    scratch: scratchFor(0, 0, 0, 0),
  };
  // The units of national tables (provinces, ministries) are answered through the national scope, not
  // resolved as a province's units: indexed here, "Phú Thọ" would compete with every "Phó …" unit.
  const units: UnitInfo[] = dataset.units.filter((u) => u.province !== null).map((u) => {
    const variants = [u.name, ...u.aliases.filter((a) => a !== u.name)].map((n) => variantOf(n, nameWords));
    const years = [...new Set((entriesByUnit.get(u.id) ?? []).map((e) => e.year))].sort((a, b) => a - b);
    return {
      id: u.id,
      province: placeOf(u),
      name: u.name,
      kind: u.kind,
      variants,
      nameKey: variants[0]!.folded.join(" "),
      years,
      nameOrder: 0,
    };
  });
  const byName = units.slice().sort((a, b) => a.name.localeCompare(b.name));
  byName.forEach((u, i) => {
    const before = byName[i - 1];
    u.nameOrder = before && before.name.localeCompare(u.name) === 0 ? before.nameOrder : i;
  });
  let spelling = 0;
  units.forEach((u, at) => {
    for (const v of u.variants) {
      for (const id of v.ids) {
        const list = (nameWords.units[id] ??= []);
        const lengths = (nameWords.unitLengths[id] ??= []);
        if (list[list.length - 1] !== at) {
          list.push(at);
          lengths.push(v.ids.length);
        } else lengths[lengths.length - 1] = Math.min(lengths[lengths.length - 1]!, v.ids.length);
      }
      if (v.compact.length >= 3) {
        const key = v.compact.slice(0, 3);
        const list = nameWords.compacts.get(key) ?? [];
        const same = list.find((g) => g.compact === v.compact);
        if (!same) list.push({ compact: v.compact, units: [at], spellings: [spelling] });
        else {
          if (same.units[same.units.length - 1] !== at) same.units.push(at);
          same.spellings.push(spelling);
        }
        nameWords.compacts.set(key, list);
      }
      spelling++;
    }
  });
  nameWords.finder = buildWordFinder([...nameWords.spellingsOf.keys()]);
  const positions = new Map<string, number[]>();
  units.forEach((u, at) => {
    const list = positions.get(u.province);
    if (list) list.push(at);
    else positions.set(u.province, [at]);
  });
  nameWords.positionsByProvince = new Map([...positions].map(([p, list]) => [p, Uint32Array.from(list)]));
  nameWords.flat = flatten(units);
  nameWords.scratch = scratchFor(nameWords.tokens.length, nameWords.spellings.length, units.length, spelling);
  // National units are looked up by the province they stand for (answer/understand.ts), never by name words.
  const nationalUnits: UnitInfo[] = dataset.units
    .filter((u) => u.province === null)
    .map((u) => ({
      id: u.id,
      province: placeOf(u),
      name: u.name,
      kind: u.kind,
      variants: [],
      nameKey: foldKey(u.name),
      years: [...new Set((entriesByUnit.get(u.id) ?? []).map((e) => e.year))].sort((a, b) => a - b),
      nameOrder: 0,
    }));
  const unitById = new Map([...units, ...nationalUnits].map((u) => [u.id, u]));
  const unitsByProvince = new Map<string, UnitInfo[]>();
  for (const u of [...units, ...nationalUnits]) {
    const list = unitsByProvince.get(u.province) ?? [];
    list.push(u);
    unitsByProvince.set(u.province, list);
  }

  const vocabulary = new Set<string>();
  for (const u of units)
    for (const v of u.variants)
      for (let i = 0; i < v.folded.length; i++)
        for (let w = 1; w <= 3 && i + w <= v.folded.length; w++) vocabulary.add(v.folded.slice(i, i + w).join(""));

  return { ...model, units, unitById, unitsByProvince, vocabulary, nameWords, version: SEARCH_INDEX_VERSION };
}

export interface ScoredUnit {
  unit: UnitInfo;
  /** 0..1: how much of the unit's distinctive name the words cover, exact spelling weighing most */
  coverage: number;
  /** how many distinctive words matched */
  matched: number;
  score: number;
}

export type Resolution =
  | { status: "ok"; unit: UnitInfo; best: ScoredUnit }
  | { status: "ambiguous"; candidates: UnitInfo[]; best: ScoredUnit[] }
  | { status: "not_found"; suggestions: UnitInfo[]; scored: ScoredUnit[] };

export interface ResolveOptions {
  /** only units of this province */
  province?: string;
  /** among equally good units, those of this province win (the province of the conversation) */
  preferProvince?: string;
}

/**
 * How well one query token stands for one name token, given whether they are the same word and
 * whether they are the same word without diacritics.
 */
function tokenMatch(same: boolean, sameFolded: boolean, marked: boolean, qf: string, uf: string): number {
  if (same) return 1;
  if (sameFolded) return marked ? 0.5 : 0.95;
  if (uf.length >= 3 && qf.length >= 3 && editDistance(qf, uf, 1) <= 1) return marked ? 0.45 : 0.7;
  if (uf.length >= 5 && qf.length >= 5 && editDistance(qf, uf, 2) <= 2) return 0.45;
  return 0;
}

/**
 * One question's words and how well they stand for each name word. Each distinct folded word of the
 * question is looked up once in the word index, which gives every folded form within its typo
 * tolerance; only the name words spelt so are judged, and what they get is kept in the working
 * memory, so scoring a unit is a sum of lookups.
 */
class QueryWords {
  readonly folded: string[];
  readonly compact: string;
  /** the name words some question word stands for, in the order found */
  private readonly found: number[] = [];
  private readonly scratch: Scratch;
  private readonly question: number;

  constructor(
    private readonly words: NameWords,
    tokens: string[],
  ) {
    this.folded = tokens.map(foldCached);
    this.compact = this.folded.join("");
    this.scratch = words.scratch;
    if (this.scratch.question === 0xffffffff) {
      this.scratch.question = 0;
      this.scratch.matchedFor.fill(0);
      this.scratch.foundFor.fill(0);
      this.scratch.markedFor.fill(0);
      this.scratch.gluedFor.fill(0);
    }
    this.question = ++this.scratch.question;
    // Like names, which are indexed by their distinctive words only, a question looks for its own:
    // "huyện" says what kind of unit is meant, it is no misspelt "nguyên" or "truyền".
    const asked = tokens.filter((t) => !isGeneric(t));
    const folded = asked.map(foldCached);
    const marked = asked.map((t, j) => folded[j] !== t);
    for (let q = 0; q < folded.length; q++) {
      if (folded.indexOf(folded[q]!) !== q) continue;
      for (const form of findWords(words.finder, folded[q]!)) {
        if (this.scratch.foundFor[form] === this.question) continue;
        this.scratch.foundFor[form] = this.question;
        for (const id of words.spellings[form]!) {
          const u = words.tokens[id]!;
          const uf = words.folded[id]!;
          let best = 0;
          for (let j = 0; j < asked.length && best < 1; j++) best = Math.max(best, tokenMatch(asked[j] === u, folded[j] === uf, marked[j]!, folded[j]!, uf));
          if (best === 0) continue;
          this.scratch.matchedFor[id] = this.question;
          this.scratch.match[id] = best;
          this.found.push(id);
        }
      }
    }
    this.markGlued();
  }

  /** The units spelt so inside the question written without spaces ("Sởytế", "taichinh"), marked in the working memory. */
  private readonly glued: number[][] = [];

  private markGlued(): void {
    const c = this.compact;
    const seen = new Set<string>();
    for (let p = 0; p + 3 <= c.length; p++)
      for (const g of this.words.compacts.get(c.slice(p, p + 3)) ?? [])
        if (!seen.has(g.compact) && c.startsWith(g.compact, p)) {
          seen.add(g.compact);
          this.glued.push(g.units);
          for (const n of g.spellings) this.scratch.gluedFor[n] = this.question;
        }
  }

  /**
   * Positions of every unit some spelling of which has a word found or lies inside the glued
   * question: exactly the units that can score above zero, ascending (dataset order). A view of the
   * working memory, valid until the next resolution.
   */
  candidates(): Uint32Array {
    const { markedFor: marked, wordsFound, firstMatch, firstLength } = this.scratch;
    const out = this.scratch.positions;
    let n = 0;
    for (const id of this.found) {
      const units = this.words.units[id]!;
      const lengths = this.words.unitLengths[id]!;
      const m = this.scratch.match[id]!;
      for (let i = 0; i < units.length; i++) {
        const at = units[i]!;
        if (marked[at] !== this.question) {
          marked[at] = this.question;
          out[n++] = at;
          wordsFound[at] = 1;
          firstMatch[at] = m;
          firstLength[at] = lengths[i]!;
        } else wordsFound[at] = 2;
      }
    }
    for (const units of this.glued)
      for (const at of units) {
        if (marked[at] !== this.question) {
          marked[at] = this.question;
          out[n++] = at;
        }
        wordsFound[at] = 2;
      }
    // Many candidates (a national question reaches a thousand units): reading the marks in order is
    // cheaper than sorting them.
    if (n * 8 < marked.length) return out.subarray(0, n).sort();
    n = 0;
    for (let at = 0; at < marked.length; at++) if (marked[at] === this.question) out[n++] = at;
    return out.subarray(0, n);
  }

  /**
   * How much of the unit's name the question covers (its best spelling: exact words weigh most, a
   * spelling glued inside the question counts 0.9) and how many of that spelling's words matched.
   */
  coverage(at: number, into: Coverage): Coverage {
    // One word found among all its spellings' and none glued: the best spelling is the shortest that
    // has it, and its sum is that word's match alone (adding zeros is exact).
    if (this.scratch.markedFor[at] === this.question && this.scratch.wordsFound[at] === 1) {
      into.coverage = this.scratch.firstMatch[at]! / this.scratch.firstLength[at]!;
      into.matched = 1;
      return into;
    }
    const { spellingsStart, wordsStart, words } = this.words.flat;
    const { matchedFor, match, gluedFor } = this.scratch;
    let coverage = 0;
    let matched = 0;
    for (let v = spellingsStart[at]!, end = spellingsStart[at + 1]!; v < end; v++) {
      const from = wordsStart[v]!;
      const length = wordsStart[v + 1]! - from;
      if (length === 0) continue;
      let sum = 0;
      let vMatched = 0;
      for (let w = from; w < from + length; w++) {
        const id = words[w]!;
        const best = matchedFor[id] === this.question ? match[id]! : 0;
        sum += best;
        if (best > 0) vMatched++;
      }
      let vCoverage = sum / length;
      if (vCoverage < 0.9 && gluedFor[v] === this.question) {
        vCoverage = 0.9;
        vMatched = Math.max(vMatched, length);
      }
      if (vCoverage > coverage || (vCoverage === coverage && vMatched > matched)) {
        coverage = vCoverage;
        matched = vMatched;
      }
    }
    into.coverage = coverage;
    into.matched = matched;
    return into;
  }
}

interface Coverage {
  coverage: number;
  matched: number;
}

/** A name is taken as meant when most of it is there, or at least two of its distinctive words. */
function acceptable(coverage: number, matched: number): boolean {
  return coverage >= 0.6 || (matched >= 2 && coverage >= 0.25);
}

/** Kind words in the question ("sở", "huyện", "thành phố") favour units of that kind: the bonus per `FlatUnits.kind`. */
function kindBonuses(folded: readonly string[]): [number, number, number] {
  const dept = folded.includes("so") || folded.includes("ban");
  const district = folded.includes("huyen") || folded.includes("thanh") || folded.includes("thi");
  const bonus: [number, number, number] = [0, 0, 0];
  bonus[DEPARTMENT] = dept && !district ? 0.01 : 0;
  bonus[DISTRICT] = district && !dept ? 0.01 : 0;
  return bonus;
}

function byScore(a: ScoredUnit, b: ScoredUnit): number {
  return b.score - a.score || a.unit.nameOrder - b.unit.nameOrder;
}

/** How many of the best units a "not found" keeps, to suggest from. */
const SUGGESTED = 5;

/**
 * The best `SUGGESTED` of the units scored, in `byScore` order, earlier ones first among equals (as a
 * stable sort of them all would give): kept as they come, so that none but these becomes an object.
 */
class Best {
  private readonly at: number[] = [];
  private readonly coverage: number[] = [];
  private readonly matched: number[] = [];
  private readonly score: number[] = [];

  constructor(private readonly nameOrder: Float64Array) {}

  offer(at: number, c: Coverage, score: number): void {
    let i = this.at.length;
    while (i > 0 && (score > this.score[i - 1]! || (score === this.score[i - 1]! && this.nameOrder[at]! < this.nameOrder[this.at[i - 1]!]!))) i--;
    if (i >= SUGGESTED) return;
    this.at.splice(i, 0, at);
    this.coverage.splice(i, 0, c.coverage);
    this.matched.splice(i, 0, c.matched);
    this.score.splice(i, 0, score);
    if (this.at.length > SUGGESTED) {
      this.at.pop();
      this.coverage.pop();
      this.matched.pop();
      this.score.pop();
    }
  }

  scored(units: readonly UnitInfo[]): ScoredUnit[] {
    return this.at.map((at, i) => ({ unit: units[at]!, coverage: this.coverage[i]!, matched: this.matched[i]!, score: this.score[i]! }));
  }
}

const NO_POSITIONS = new Uint32Array(0);

/**
 * Resolutions already made while answering one question, by words and options: a question asks the
 * same words more than once (to answer, then to suggest), and must never see another question's.
 */
export type Resolutions = Map<string, Resolution>;

/** Resolve the unit named by tokens that no longer contain the province or the question words. */
export function resolveTokens(k: Knowledge, tokens: string[], opts: ResolveOptions = {}, made?: Resolutions): Resolution {
  if (made === undefined) return resolveNow(k, tokens, opts);
  const key = `${opts.province ?? ""}\u0000${opts.preferProvince ?? ""}\u0000${tokens.join(" ")}`;
  let r = made.get(key);
  if (r === undefined) made.set(key, (r = resolveNow(k, tokens, opts)));
  return r;
}

function resolveNow(k: Knowledge, tokens: string[], opts: ResolveOptions): Resolution {
  if (tokens.every(isGeneric)) return { status: "not_found", suggestions: [], scored: [] };
  const query = new QueryWords(k.nameWords, tokens);
  const { flat } = k.nameWords;
  const bonus = kindBonuses(query.folded);
  const preferred = opts.preferProvince === undefined ? -1 : flat.provinceNumber.get(opts.preferProvince) ?? -1;
  // Within one province there are few units: score them all. Across provinces, only the units that
  // share a word with the question (or hide inside it, glued) can score at all.
  const positions = opts.province !== undefined ? k.nameWords.positionsByProvince.get(opts.province) ?? NO_POSITIONS : query.candidates();
  const accepted: ScoredUnit[] = [];
  const best = new Best(flat.nameOrder);
  const c: Coverage = { coverage: 0, matched: 0 };
  for (const at of positions) {
    query.coverage(at, c);
    if (c.matched === 0) continue;
    const score = c.coverage + 0.02 * Math.min(c.matched, 5) + bonus[flat.kind[at]!]! + (flat.province[at] === preferred ? 0.005 : 0);
    if (acceptable(c.coverage, c.matched)) accepted.push({ unit: k.units[at]!, coverage: c.coverage, matched: c.matched, score });
    else if (accepted.length === 0) best.offer(at, c, score);
  }
  // The first of a stable sort by score, without sorting them all: only the ties are sorted.
  let top = accepted[0];
  if (!top) {
    const scored = best.scored(k.units);
    return { status: "not_found", suggestions: scored.map((s) => s.unit), scored };
  }
  for (const s of accepted) if (byScore(s, top) < 0) top = s;

  // Equally good: the same name in several provinces, or several close names.
  const first = top;
  const ties = accepted.filter((s) => first.score - s.score < 0.004 || (s.unit.nameKey === first.unit.nameKey && s.coverage === first.coverage)).sort(byScore);
  const distinct = new Set(ties.map((s) => s.unit.id));
  if (distinct.size > 1) {
    const preferredTies = opts.preferProvince ? ties.filter((s) => s.unit.province === opts.preferProvince) : [];
    if (preferredTies.length === 1) return { status: "ok", unit: preferredTies[0]!.unit, best: preferredTies[0]! };
    return { status: "ambiguous", candidates: ties.map((s) => s.unit), best: ties };
  }
  return { status: "ok", unit: top.unit, best: top };
}

/** The units some spelling of which has this folded word, in dataset order. */
export function unitsWithWord(k: Knowledge, folded: string): UnitInfo[] {
  const form = k.nameWords.spellingsOf.get(folded);
  if (form === undefined) return [];
  const ids = k.nameWords.spellings[form]!;
  const positions = ids.length === 1 ? k.nameWords.units[ids[0]!]! : [...new Set(ids.flatMap((id) => k.nameWords.units[id]!))].sort((a, b) => a - b);
  return positions.map((at) => k.units[at]!);
}

/** Resolve a unit from free text ("Sở Y tế Bắc Ninh", "so y te bac ninh", "Việt Yên"). */
export function resolveUnit(k: Knowledge, text: string, opts: ResolveOptions = {}): Resolution {
  const { tokens, mentions } = findProvinces(tokenizeForSearch(text), k.vocabulary);
  const named = mentions.find((m) => k.provinces.has(m.province.name));
  const keep = new Set<number>();
  for (let i = 0; i < tokens.length; i++) keep.add(i);
  for (const m of mentions) if (!m.asUnit) for (let i = m.start; i < m.end; i++) keep.delete(i);
  const rest = tokens.filter((_, i) => keep.has(i));
  const province = opts.province ?? named?.province.name;
  return resolveTokens(k, rest, province === undefined ? opts : { ...opts, province });
}
