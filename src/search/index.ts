/**
 * The name index over the dataset's read model (src/dataset/read-model.ts): a MiniSearch index of unit
 * names. `resolveUnit` turns the words of a question into a
 * unit: ok, ambiguous (same name in several provinces, or several close names) or not found.
 *
 * The MiniSearch documents are the distinct words of all unit names and aliases, one per folded
 * form ("yen" for "yên" and "yến"), each knowing its spellings and through them the units whose
 * names have it. Every question asks the index once, with the folded form of each of its words and
 * typo tolerance as fuzzy search (1 edit from 3 letters, 2 from 5); only the words found are judged
 * (same spelling 1, same without diacritics less, a typo less still), and every unit that has one is
 * scored by how much of its name the question covers.
 *
 * Both sides go through `processTerm`: a document's word and a query's words are the folded form it
 * gives (its last), and MiniSearch applies it again on indexing and on querying, which leaves a
 * folded word as it is. The index holds folded forms only because every match the resolver accepts
 * is a match of folded forms (folding never lengthens an edit distance), and the exact spelling is
 * preferred when scoring, from the document's spellings; indexing both forms doubled the tree that
 * each fuzzy query walks, for nothing found.
 *
 * Documents are words rather than units because a query then returns a handful of documents however
 * many units share the word: with units as documents a ranked query cost 20–50 µs on the real data
 * and up to 1.5 ms at national scale (BM25 for every unit found, then a sort), and cutting it to the
 * best 60 left 3 of 63 provinces out of "Sở Y tế".
 */
import MiniSearch, { type Options } from "minisearch";
import { placeOf, type Dataset, type UnitKind } from "../domain/dataset.js";
import { buildReadModel, type ReadModel } from "../dataset/read-model.js";
import { editDistance } from "../text/distance.js";
import { foldKey } from "../text/vietnamese.js";
import { findProvinces } from "./provinces.js";
import { distinctiveTokens, isGeneric, processTerm, tokenizeForSearch } from "./terms.js";

/** Bumped whenever term processing changes, so an index built by older code is never reused. */
export const SEARCH_INDEX_VERSION = 2;

interface Variant {
  tokens: string[];
  folded: string[];
  compact: string;
  /** the tokens' places in the knowledge's table of name words (`NameWords`) */
  ids: number[];
}

/** A document of the word index: a folded form of name words, by its number in `NameWords.spellings`. */
interface WordDocument {
  id: number;
  word: string;
}

/**
 * Every distinct word of every unit name, once, and the MiniSearch index over them that finds the
 * words a question's words stand for, however many units share them ("y", "tế", "yên").
 */
export interface NameWords {
  tokens: string[];
  folded: string[];
  idOf: Map<string, number>;
  /** per word, the positions in `Knowledge.units` of the units whose names have it, ascending */
  units: number[][];
  /** per folded form (a document of `index`), the words that fold to it */
  spellings: number[][];
  spellingsOf: Map<string, number>;
  index: MiniSearch<WordDocument>;
  /**
   * Every spelling's words written together ("yte", "taichinh") with the units spelt so, filed under
   * their first three letters, for questions typed without spaces.
   */
  compacts: Map<string, Array<{ compact: string; units: number[] }>>;
  /**
   * Working memory that each question uses in turn (resolution is synchronous), so that none
   * allocates its own: a question's number, and per word and per unit the number of the question
   * that last wrote there — older entries count as empty.
   */
  scratch: { question: number; matchedFor: Uint32Array; match: Float64Array; markedFor: Uint32Array };
}

/** How many edits a word of this many letters may be off by: 1 from 3 letters, 2 from 5. */
function typoTolerance(length: number): number {
  return length >= 5 ? 2 : length >= 3 ? 1 : 0;
}

/**
 * A document is one word and a query the words of a question, which `tokenizeForSearch` already
 * split: words never contain a space, so splitting at spaces serves both.
 */
const WORD_INDEX_OPTIONS: Options<WordDocument> = {
  idField: "id",
  fields: ["word"],
  tokenize: (text) => text.split(" "),
  processTerm,
  searchOptions: { fuzzy: (term) => typoTolerance(term.length), prefix: false, combineWith: "OR" },
};

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

/** The folded form `processTerm` gives a token (the token itself when it has no diacritics). */
function foldedForm(token: string): string {
  const forms = processTerm(token);
  return forms[forms.length - 1]!;
}

function variantOf(name: string, words: NameWords): Variant {
  const tokens = distinctiveTokens(name);
  const folded = tokens.map(foldedForm);
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
    spellings: [],
    spellingsOf: new Map(),
    index: new MiniSearch(WORD_INDEX_OPTIONS),
    compacts: new Map(),
    scratch: { question: 0, matchedFor: new Uint32Array(0), match: new Float64Array(0), markedFor: new Uint32Array(0) },
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
  units.forEach((u, at) => {
    for (const v of u.variants) {
      for (const id of v.ids) {
        const list = (nameWords.units[id] ??= []);
        if (list[list.length - 1] !== at) list.push(at);
      }
      if (v.compact.length >= 3) {
        const key = v.compact.slice(0, 3);
        const list = nameWords.compacts.get(key) ?? [];
        const same = list.find((g) => g.compact === v.compact);
        if (!same) list.push({ compact: v.compact, units: [at] });
        else if (same.units[same.units.length - 1] !== at) same.units.push(at);
        nameWords.compacts.set(key, list);
      }
    }
  });
  nameWords.index.addAll([...nameWords.spellingsOf].map(([word, id]) => ({ id, word })));
  nameWords.scratch = {
    question: 0,
    matchedFor: new Uint32Array(nameWords.tokens.length),
    match: new Float64Array(nameWords.tokens.length),
    markedFor: new Uint32Array(units.length),
  };
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
  | { status: "ok"; unit: UnitInfo; best: ScoredUnit; others: ScoredUnit[] }
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
 * One question's words and how well they stand for each name word. The word index is asked once,
 * for all the words, and finds every folded form within their typo tolerance; only the name words
 * spelt so are judged, and what they get is kept in the working memory, so scoring a unit is a sum
 * of lookups.
 */
class QueryWords {
  readonly folded: string[];
  readonly compact: string;
  /** the name words some question word stands for, in the order found */
  private readonly found: number[] = [];
  private readonly scratch: NameWords["scratch"];
  private readonly question: number;

  constructor(
    private readonly words: NameWords,
    tokens: string[],
  ) {
    this.folded = tokens.map(foldedForm);
    this.compact = this.folded.join("");
    this.scratch = words.scratch;
    if (this.scratch.question === 0xffffffff) {
      this.scratch.question = 0;
      this.scratch.matchedFor.fill(0);
      this.scratch.markedFor.fill(0);
    }
    this.question = ++this.scratch.question;
    // Like names, which are indexed by their distinctive words only, a question looks for its own:
    // "huyện" says what kind of unit is meant, it is no misspelt "nguyên" or "truyền".
    const asked = tokens.filter((t) => !isGeneric(t));
    const folded = asked.map(foldedForm);
    const marked = asked.map((t, j) => folded[j] !== t);
    for (const hit of words.index.search([...new Set(folded)].join(" "))) {
      for (const id of words.spellings[hit.id as number]!) {
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

  /** The best match of any question word for name word `id`. */
  match(id: number): number {
    return this.scratch.matchedFor[id] === this.question ? this.scratch.match[id]! : 0;
  }

  /** The spellings written together that the glued question contains, found through their first three letters. */
  private glued: Map<string, number[]> | null = null;

  gluedInside(): Map<string, number[]> {
    if (this.glued) return this.glued;
    this.glued = new Map();
    const c = this.compact;
    for (let p = 0; p + 3 <= c.length; p++)
      for (const g of this.words.compacts.get(c.slice(p, p + 3)) ?? []) if (c.startsWith(g.compact, p)) this.glued.set(g.compact, g.units);
    return this.glued;
  }

  /**
   * Positions of every unit some spelling of which has a word found or lies inside the glued
   * question: exactly the units that can score above zero, in dataset order.
   */
  candidates(): number[] {
    const marked = this.scratch.markedFor;
    const out: number[] = [];
    const lists = [...this.found.map((id) => this.words.units[id]!), ...this.gluedInside().values()];
    for (const units of lists)
      for (const at of units)
        if (marked[at] !== this.question) {
          marked[at] = this.question;
          out.push(at);
        }
    return out.sort((a, b) => a - b);
  }
}

function scoreUnit(unit: UnitInfo, query: QueryWords): ScoredUnit {
  let coverage = 0;
  let matched = 0;
  for (const v of unit.variants) {
    if (v.ids.length === 0) continue;
    let sum = 0;
    let vMatched = 0;
    for (const id of v.ids) {
      const best = query.match(id);
      sum += best;
      if (best > 0) vMatched++;
    }
    let vCoverage = sum / v.ids.length;
    // Missing spaces ("Sởytế", "taichinh"): the whole name inside the glued question.
    if (vCoverage < 0.9 && query.gluedInside().has(v.compact)) {
      vCoverage = 0.9;
      vMatched = Math.max(vMatched, v.ids.length);
    }
    if (vCoverage > coverage || (vCoverage === coverage && vMatched > matched)) {
      coverage = vCoverage;
      matched = vMatched;
    }
  }
  return { unit, coverage, matched, score: coverage + 0.02 * Math.min(matched, 5) };
}

/** A name is taken as meant when most of it is there, or at least two of its distinctive words. */
function acceptable(s: ScoredUnit): boolean {
  return s.coverage >= 0.6 || (s.matched >= 2 && s.coverage >= 0.25);
}

/** Kind words in the question ("sở", "huyện", "thành phố") favour units of that kind. */
function kindBonuses(folded: ReadonlySet<string>): { department: number; district: number } {
  const dept = folded.has("so") || folded.has("ban");
  const district = folded.has("huyen") || folded.has("thanh") || folded.has("thi");
  return { department: dept && !district ? 0.01 : 0, district: district && !dept ? 0.01 : 0 };
}

/** Score a unit for the query and keep it when some word matched. */
function consider(scored: ScoredUnit[], u: UnitInfo, query: QueryWords, bonus: { department: number; district: number }, opts: ResolveOptions): void {
  const s = scoreUnit(u, query);
  const kind = u.kind === "department" ? bonus.department : u.kind === "district" ? bonus.district : 0;
  s.score += kind + (opts.preferProvince === u.province ? 0.005 : 0);
  if (s.matched > 0) scored.push(s);
}

function byScore(a: ScoredUnit, b: ScoredUnit): number {
  return b.score - a.score || a.unit.nameOrder - b.unit.nameOrder;
}

/** Resolve the unit named by tokens that no longer contain the province or the question words. */
export function resolveTokens(k: Knowledge, tokens: string[], opts: ResolveOptions = {}): Resolution {
  const meaningful = tokens.filter((t) => !isGeneric(t));
  if (meaningful.length === 0) return { status: "not_found", suggestions: [], scored: [] };
  const scored: ScoredUnit[] = [];
  const query = new QueryWords(k.nameWords, tokens);
  const bonus = kindBonuses(new Set(query.folded));
  // Within one province there are few units: score them all. Across provinces, only the units that
  // share a word with the question (or hide inside it, glued) can score at all.
  if (opts.province !== undefined) for (const u of k.unitsByProvince.get(opts.province) ?? []) consider(scored, u, query, bonus, opts);
  else for (const at of query.candidates()) consider(scored, k.units[at]!, query, bonus, opts);
  // Filtering before sorting keeps the same order (the sort is stable) and sorts far fewer units.
  const accepted = scored.filter(acceptable).sort(byScore);
  const top = accepted[0];
  if (!top) {
    const best = scored.sort(byScore).slice(0, 5);
    return { status: "not_found", suggestions: best.map((s) => s.unit), scored: best };
  }

  // Equally good: the same name in several provinces, or several close names.
  const ties = accepted.filter((s) => top.score - s.score < 0.004 || (s.unit.nameKey === top.unit.nameKey && s.coverage === top.coverage));
  const distinct = new Set(ties.map((s) => s.unit.id));
  if (distinct.size > 1) {
    const preferred = opts.preferProvince ? ties.filter((s) => s.unit.province === opts.preferProvince) : [];
    if (preferred.length === 1) return { status: "ok", unit: preferred[0]!.unit, best: preferred[0]!, others: accepted.slice(1) };
    return { status: "ambiguous", candidates: ties.map((s) => s.unit), best: ties };
  }
  return { status: "ok", unit: top.unit, best: top, others: accepted.slice(1) };
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
