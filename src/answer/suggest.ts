/**
 * "Did you mean": only units really similar to what was typed. The question's distinctive words,
 * written together and folded, must be within three edits in ten of a spelling of the unit's name —
 * "Gia Lâm" is not "Bảo Lâm" or "Gia Bình", "cảm ơn" no "Bảo Lâm", "toàn quốc" no "Tân Yên".
 */
import type { Candidate } from "../domain/answer.js";
import { resolveTokens, unitsWithWord, type Knowledge, type Resolutions } from "../search/index.js";
import { isGeneric } from "../search/terms.js";
import { editDistance } from "../text/distance.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { candidateOf } from "./lookup.js";

const MAX_EDITS_PER_LETTER = 0.3;

export function suggestionsFor(k: Knowledge, residual: string[], province: string | null, made?: Resolutions): Candidate[] {
  const words = residual.filter((t) => !isGeneric(t)).map(fold);
  const asked = words.join("");
  if (asked.length < 3) return [];
  // Every word is a word of some name ("Sở Ngoại vụ" in Hưng Yên, which has none): the units of that
  // name elsewhere, not a unit one word away ("Sở Nội vụ").
  if (words.every((w) => k.vocabulary.has(w))) {
    // Only the units that have the first word can have them all: found through the word index, not by reading every unit.
    const distinct = new Set(words).size;
    return unitsWithWord(k, words[0]!)
      .filter((u) => u.province !== province && u.variants.some((v) => v.folded.length === distinct && words.every((w) => v.folded.includes(w))))
      .slice(0, 6)
      .map(candidateOf);
  }
  const r = resolveTokens(k, residual, province ? { province } : {}, made);
  const scored = r.status === "not_found" ? r.scored : r.status === "ok" ? [r.best] : r.best;
  // The same name in every province ("Sở Y tế" 63 times) is measured once.
  const similar = new Map<string, boolean>();
  const near = (compact: string) => {
    let yes = similar.get(compact);
    if (yes === undefined) {
      const limit = Math.floor(MAX_EDITS_PER_LETTER * Math.max(asked.length, compact.length));
      similar.set(compact, (yes = limit > 0 && editDistance(asked, compact, limit) <= limit));
    }
    return yes;
  };
  return scored
    .filter((s) => s.unit.variants.some((v) => near(v.compact)))
    .slice(0, 6)
    .map((s) => candidateOf(s.unit));
}
