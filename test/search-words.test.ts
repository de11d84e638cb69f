import fc from "fast-check";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { nationalDataset } from "../bench/answers.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { tokenizeForSearch } from "../src/search/terms.js";
import { buildWordFinder, findWords, typoTolerance } from "../src/search/words.js";
import { foldCached } from "../src/text/fold-cached.js";
import { GOLDEN } from "../test/golden/questions.js";

/** The fuzzy search the word finder stands in for: MiniSearch over the same words, one document each. */
function miniSearchOver(words: readonly string[]) {
  const index = new MiniSearch<{ id: number; word: string }>({
    idField: "id",
    fields: ["word"],
    tokenize: (text) => text.split(" "),
    searchOptions: { fuzzy: (term) => typoTolerance(term.length), prefix: false, combineWith: "OR" },
  });
  index.addAll(words.map((word, id) => ({ id, word })));
  return (word: string) => index.search(word).map((hit) => hit.id as number).sort((a, b) => a - b);
}

const real = buildKnowledge(loadDataset("./data"));
const national = buildKnowledge(nationalDataset());

function formsOf(k: Knowledge): string[] {
  return [...k.nameWords.spellingsOf.keys()];
}

const letters = "abcdeghiklmnopqrstuvxy";
const edit = fc.tuple(fc.constantFrom("substitute", "insert", "delete"), fc.nat(), fc.constantFrom(...letters));

function typed(word: string, edits: Array<[string, number, string]>): string {
  let typo = word;
  for (const [kind, at, letter] of edits) {
    const i = at % (typo.length + 1);
    if (kind === "insert") typo = typo.slice(0, i) + letter + typo.slice(i);
    else if (i < typo.length) typo = typo.slice(0, i) + (kind === "substitute" ? letter : "") + typo.slice(i + 1);
  }
  return typo;
}

describe("the word finder (MiniSearch's neighbours remembered at build, queried live for other words) finds exactly what a fresh MiniSearch fuzzy search finds", () => {
  for (const [name, k] of [["real data", real], ["national scale", national]] as const) {
    const words = formsOf(k);
    const oracle = miniSearchOver(words);
    it(`for every word of every golden question (${name})`, () => {
      const asked = new Set(GOLDEN.flatMap((g) => tokenizeForSearch(g.q).map(foldCached)));
      for (const w of asked) expect([...findWords(k.nameWords.finder, w)], w).toEqual(oracle(w));
    });
    it(`for name words typed with up to three typos (${name})`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...words), fc.array(edit, { maxLength: 3 }), (word, edits) => {
          const typo = typed(word, edits);
          expect([...findWords(k.nameWords.finder, typo)]).toEqual(oracle(typo));
        }),
        { numRuns: 400 },
      );
    });
  }
  it("for arbitrary strings, however long", () => {
    const words = formsOf(real);
    const oracle = miniSearchOver(words);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters.split("")), maxLength: 14 }), (word) => {
        fc.pre(word.length > 0);
        expect([...findWords(real.nameWords.finder, word)]).toEqual(oracle(word));
      }),
      { numRuns: 400 },
    );
  });
  it("for words that are not Vietnamese syllables at all, and an empty index", () => {
    const finder = buildWordFinder(["ab", "abc", "abcde", "xyzzyx", "đồng"]);
    const oracle = miniSearchOver(finder.words);
    for (const w of ["a", "ab", "abd", "abcdf", "bcde", "xyzyx", "zzzzzzzzzzzzzzzzzzz", "đông", "dong"]) expect([...findWords(finder, w)], w).toEqual(oracle(w));
    expect(findWords(buildWordFinder([]), "abc")).toEqual([]);
  });
});
