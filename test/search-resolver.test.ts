import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nationalDataset } from "../bench/answers.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge, resolveTokens, type Knowledge, type ResolveOptions, type Resolution, type ScoredUnit } from "../src/search/index.js";
import { isGeneric, tokenizeForSearch } from "../src/search/terms.js";
import { typoTolerance } from "../src/search/words.js";
import { editDistance } from "../src/text/distance.js";
import { fold } from "../src/text/vietnamese.js";
import { GOLDEN } from "./golden/questions.js";
import { NATURAL } from "./golden/natural.js";

/**
 * The resolver's rules written plainly, with no index and no working memory: every unit scored, every
 * name word compared with every question word. The resolver must give exactly this on any words.
 */
function reference(k: Knowledge, tokens: string[], opts: ResolveOptions = {}): Resolution {
  const asked = tokens.filter((t) => !isGeneric(t));
  if (asked.length === 0) return { status: "not_found", suggestions: [], scored: [] };
  const folded = asked.map(fold);
  const compact = tokens.map(fold).join("");
  const tokenMatch = (j: number, u: string, uf: string) => {
    const q = folded[j]!;
    const marked = q !== asked[j];
    if (asked[j] === u) return 1;
    if (q === uf) return marked ? 0.5 : 0.95;
    if (uf.length >= 3 && q.length >= 3 && editDistance(q, uf, 1) <= 1) return marked ? 0.45 : 0.7;
    if (uf.length >= 5 && q.length >= 5 && editDistance(q, uf, 2) <= 2) return 0.45;
    return 0;
  };
  // A name word counts when its folded form is within the typo tolerance of a question word's.
  const match = k.nameWords.tokens.map((u, id) => {
    const uf = k.nameWords.folded[id]!;
    if (!folded.some((q) => editDistance(q, uf, typoTolerance(q.length)) <= typoTolerance(q.length))) return 0;
    return Math.max(...folded.map((_, j) => tokenMatch(j, u, uf)));
  });
  const all = tokens.map(fold);
  const dept = all.includes("so") || all.includes("ban");
  const district = all.includes("huyen") || all.includes("thanh") || all.includes("thi");
  const scored: ScoredUnit[] = [];
  for (const unit of k.units) {
    if (opts.province !== undefined && unit.province !== opts.province) continue;
    let coverage = 0;
    let matched = 0;
    for (const v of unit.variants) {
      if (v.ids.length === 0) continue;
      let sum = 0;
      let vMatched = 0;
      for (const id of v.ids) {
        sum += match[id]!;
        if (match[id]! > 0) vMatched++;
      }
      let vCoverage = sum / v.ids.length;
      if (vCoverage < 0.9 && v.compact.length >= 3 && compact.includes(v.compact)) {
        vCoverage = 0.9;
        vMatched = Math.max(vMatched, v.ids.length);
      }
      if (vCoverage > coverage || (vCoverage === coverage && vMatched > matched)) {
        coverage = vCoverage;
        matched = vMatched;
      }
    }
    if (matched === 0) continue;
    const kind = unit.kind === "department" ? (dept && !district ? 0.01 : 0) : unit.kind === "district" ? (district && !dept ? 0.01 : 0) : 0;
    scored.push({ unit, coverage, matched, score: coverage + 0.02 * Math.min(matched, 5) + kind + (opts.preferProvince === unit.province ? 0.005 : 0) });
  }
  const byScore = (a: ScoredUnit, b: ScoredUnit) => b.score - a.score || a.unit.nameOrder - b.unit.nameOrder;
  const accepted = scored.filter((s) => s.coverage >= 0.6 || (s.matched >= 2 && s.coverage >= 0.25)).sort(byScore);
  const top = accepted[0];
  if (!top) {
    const best = scored.sort(byScore).slice(0, 5);
    return { status: "not_found", suggestions: best.map((s) => s.unit), scored: best };
  }
  const ties = accepted.filter((s) => top.score - s.score < 0.004 || (s.unit.nameKey === top.unit.nameKey && s.coverage === top.coverage));
  if (new Set(ties.map((s) => s.unit.id)).size > 1) {
    const preferred = opts.preferProvince ? ties.filter((s) => s.unit.province === opts.preferProvince) : [];
    if (preferred.length === 1) return { status: "ok", unit: preferred[0]!.unit, best: preferred[0]! };
    return { status: "ambiguous", candidates: ties.map((s) => s.unit), best: ties };
  }
  return { status: "ok", unit: top.unit, best: top };
}

/** A resolution by unit ids, so that a failure prints readably. */
function shape(r: Resolution) {
  const s = (x: ScoredUnit) => [x.unit.id, x.coverage, x.matched, x.score];
  if (r.status === "ok") return { status: r.status, unit: r.unit.id, best: s(r.best) };
  if (r.status === "ambiguous") return { status: r.status, candidates: r.candidates.map((u) => u.id), best: r.best.map(s) };
  return { status: r.status, suggestions: r.suggestions.map((u) => u.id), scored: r.scored.map(s) };
}

const real = buildKnowledge(loadDataset("./data"));
const national = buildKnowledge(nationalDataset());
const letters = "abcdeghiklmnopqrstuvxyđ";

describe("the resolver gives exactly what its rules, applied to every unit, give", () => {
  for (const [name, k] of [["real data", real], ["national scale", national]] as const) {
    const provinces = [...new Set(k.units.map((u) => u.province))];
    it(`for the words of every golden and natural question, anywhere, in a province, preferring one (${name})`, () => {
      const questions = [...GOLDEN.map((g) => g.q), ...NATURAL.flatMap((n) => n.turns)];
      questions.forEach((q, i) => {
        const tokens = tokenizeForSearch(q);
        const province = provinces[i % provinces.length]!;
        for (const opts of [{}, { province }, { preferProvince: province }]) expect(shape(resolveTokens(k, tokens, opts)), q).toEqual(shape(reference(k, tokens, opts)));
      });
    });
    it(`for unit names typed with typos, glued, folded, and mixed with other names (${name})`, () => {
      const names = k.units.map((u) => u.name);
      const typo = fc.tuple(fc.nat(), fc.constantFrom(...letters.split("")), fc.constantFrom("substitute", "insert", "delete", "glue", "fold"));
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 2 }), fc.array(typo, { maxLength: 3 }), fc.constantFrom(...provinces), (picked, edits, province) => {
          let text = picked.join(" ");
          for (const [at, letter, kind] of edits) {
            const i = at % (text.length + 1);
            if (kind === "insert") text = text.slice(0, i) + letter + text.slice(i);
            else if (kind === "glue") text = text.replace(" ", "");
            else if (kind === "fold") text = fold(text);
            else if (i < text.length) text = text.slice(0, i) + (kind === "substitute" ? letter : "") + text.slice(i + 1);
          }
          const tokens = tokenizeForSearch(text);
          for (const opts of [{}, { province }, { preferProvince: province }]) expect(shape(resolveTokens(k, tokens, opts)), text).toEqual(shape(reference(k, tokens, opts)));
        }),
        { numRuns: 150 },
      );
    });
  }
});
