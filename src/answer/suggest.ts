/**
 * "Did you mean": only units really similar to what was typed. The question's distinctive words,
 * written together and folded, must be within three edits in ten of a spelling of the unit's name —
 * "Gia Lâm" is not "Bảo Lâm" or "Gia Bình", "cảm ơn" no "Bảo Lâm", "toàn quốc" no "Tân Yên".
 */
import type { Candidate } from "../domain/answer.js";
import { resolveTokens, type Knowledge } from "../search/index.js";
import { isGeneric } from "../search/terms.js";
import { editDistance } from "../text/distance.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { candidateOf } from "./lookup.js";

const MAX_EDITS_PER_LETTER = 0.3;

export function suggestionsFor(k: Knowledge, residual: string[], province: string | null): Candidate[] {
  const words = residual.filter((t) => !isGeneric(t)).map(fold);
  const asked = words.join("");
  if (asked.length < 3) return [];
  // Every word is a word of some name ("Sở Ngoại vụ" in Hưng Yên, which has none): the units of that
  // name elsewhere, not a unit one word away ("Sở Nội vụ").
  if (words.every((w) => k.vocabulary.has(w)))
    return k.units
      .filter((u) => u.province !== province && u.variants.some((v) => v.folded.length === new Set(words).size && words.every((w) => v.folded.includes(w))))
      .slice(0, 6)
      .map(candidateOf);
  const r = resolveTokens(k, residual, province ? { province } : {});
  const scored = r.status === "not_found" ? r.scored : r.status === "ok" ? [r.best] : r.best;
  return scored
    .filter((s) =>
      s.unit.variants.some((v) => {
        const limit = Math.floor(MAX_EDITS_PER_LETTER * Math.max(asked.length, v.compact.length));
        return limit > 0 && editDistance(asked, v.compact, limit) <= limit;
      }),
    )
    .slice(0, 6)
    .map((s) => candidateOf(s.unit));
}
