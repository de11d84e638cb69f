/**
 * Typo-tolerant lookup of folded name words: every indexed word within the Levenshtein distance a
 * query word's length allows (1 edit from 3 letters, 2 from 5) — the set MiniSearch's fuzzy search
 * over the same words returns, found without walking a tree for every question.
 *
 * Two structures, both built once with the knowledge:
 * - a word typed as some name spells it (folded) is a map lookup, and its neighbours within the
 *   tolerance were found at build time: most question words are such words;
 * - any other word goes through the deletion neighbourhood (SymSpell): every string obtained by
 *   deleting up to two letters of an indexed word points back to it. Two words within k edits share
 *   a string reached by at most k deletions from each, so looking up the query's own deletions finds
 *   every word that may be close, and Levenshtein distance then keeps the ones that are.
 * Memory grows with the letters of the distinct words (about ℓ²/2 strings for a word of ℓ letters),
 * not with the units that share them.
 */
import { editDistance } from "../text/distance.js";

/** How many edits a word of this many letters may be off by: 1 from 3 letters, 2 from 5. */
export function typoTolerance(length: number): number {
  return length >= 5 ? 2 : length >= 3 ? 1 : 0;
}

const MAX_TOLERANCE = typoTolerance(Number.MAX_SAFE_INTEGER);

export interface WordFinder {
  /** the indexed words, by number */
  words: string[];
  /** a word → its number */
  numberOf: Map<string, number>;
  /** per word, the numbers of the words within the tolerance of its own length, itself included, ascending */
  near: number[][];
  /** strings made by deleting up to `MAX_TOLERANCE` letters of a word → the numbers of those words */
  deletions: Map<string, number[]>;
  /** the longest word's length: a query longer by more than the tolerance has no neighbour */
  longest: number;
}

/** The word itself and every distinct string made by deleting up to `depth` of its letters. */
function deletionsOf(word: string, depth: number): Set<string> {
  const out = new Set<string>([word]);
  let level = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of level)
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    level = next;
  }
  return out;
}

/** The numbers of the indexed words within `tolerance` edits of `word`, ascending, through the deletion index. */
function within(finder: Pick<WordFinder, "words" | "deletions" | "longest">, word: string, tolerance: number): number[] {
  if (word.length - tolerance > finder.longest) return [];
  const found = new Set<number>();
  for (const d of deletionsOf(word, tolerance))
    for (const n of finder.deletions.get(d) ?? []) if (!found.has(n) && editDistance(word, finder.words[n]!, tolerance) <= tolerance) found.add(n);
  return [...found].sort((a, b) => a - b);
}

/** The finder over these words (distinct, in the order given). */
export function buildWordFinder(words: readonly string[]): WordFinder {
  const deletions = new Map<string, number[]>();
  let longest = 0;
  words.forEach((w, n) => {
    longest = Math.max(longest, w.length);
    for (const d of deletionsOf(w, MAX_TOLERANCE)) {
      const list = deletions.get(d);
      if (list) list.push(n);
      else deletions.set(d, [n]);
    }
  });
  const base = { words: [...words], deletions, longest };
  const near = base.words.map((w) => within(base, w, typoTolerance(w.length)));
  return { ...base, numberOf: new Map(base.words.map((w, n) => [w, n])), near };
}

/** The numbers of the indexed words within the typo tolerance of `word` (folded), ascending. */
export function findWords(finder: WordFinder, word: string): readonly number[] {
  const n = finder.numberOf.get(word);
  if (n !== undefined) return finder.near[n]!;
  return within(finder, word, typoTolerance(word.length));
}
