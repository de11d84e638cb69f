/**
 * Typo-tolerant lookup of folded name words: every indexed word within the Levenshtein distance a
 * query word's length allows (1 edit from 3 letters, 2 from 5), found by MiniSearch's fuzzy search
 * over an index of the distinct words (one document per word).
 *
 * Most question words are words some name spells: their neighbours are asked of MiniSearch once, when
 * the knowledge is built, and a question looks them up in a map. Any other word (a typo, a word no
 * name has) is a MiniSearch fuzzy query at question time. Both give the same set: the neighbours are
 * MiniSearch's own answer, remembered.
 */
import MiniSearch from "minisearch";
import { editDistance } from "../text/distance.js";

/** How many edits a word of this many letters may be off by: 1 from 3 letters, 2 from 5. */
export function typoTolerance(length: number): number {
  return length >= 5 ? 2 : length >= 3 ? 1 : 0;
}

interface WordDocument {
  id: number;
  word: string;
}

export interface WordFinder {
  /** the indexed words, by number */
  words: string[];
  /** a word → its number */
  numberOf: Map<string, number>;
  /** per word, the numbers of the words within the tolerance of its own length, itself included, ascending */
  near: number[][];
  /** the word index: a word is one term, taken as it is (words are folded before they get here) */
  index: MiniSearch<WordDocument>;
}

const asIs = (text: string) => [text];

/** The numbers of the indexed words within the typo tolerance of `word`, ascending, asked of MiniSearch. */
function search(index: MiniSearch<WordDocument>, words: readonly string[], word: string): number[] {
  const tolerance = typoTolerance(word.length);
  const hits = index.search(word, { fuzzy: tolerance === 0 ? false : tolerance, maxFuzzy: tolerance, prefix: false, combineWith: "OR" });
  // MiniSearch's fuzzy distance is Levenshtein's; the check keeps the set exact at the boundary.
  return hits.map((h) => h.id as number).filter((n) => editDistance(word, words[n]!, tolerance) <= tolerance).sort((a, b) => a - b);
}

/** The finder over these words (distinct, in the order given). */
export function buildWordFinder(words: readonly string[]): WordFinder {
  const index = new MiniSearch<WordDocument>({ fields: ["word"], tokenize: asIs, processTerm: (t) => t, searchOptions: { tokenize: asIs, processTerm: (t) => t } });
  index.addAll(words.map((word, id) => ({ id, word })));
  const list = [...words];
  return { words: list, numberOf: new Map(list.map((w, n) => [w, n])), near: list.map((w) => search(index, list, w)), index };
}

/** The numbers of the indexed words within the typo tolerance of `word` (folded), ascending. */
export function findWords(finder: WordFinder, word: string): readonly number[] {
  const n = finder.numberOf.get(word);
  if (n !== undefined) return finder.near[n]!;
  return search(finder.index, finder.words, word);
}
