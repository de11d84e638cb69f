/**
 * "Did you mean": only units really similar to what was typed. A suggestion must cover at least half
 * of its distinctive name with the question's words, and match a word of three letters or more —
 * "cảm ơn" is no "Bảo Lâm", "toàn quốc" no "Tân Yên".
 */
import type { Candidate } from "../domain/answer.js";
import { resolveTokens, type Knowledge } from "../search/index.js";
import { candidateOf } from "./lookup.js";

const MIN_COVERAGE = 0.5;

export function suggestionsFor(k: Knowledge, residual: string[], province: string | null): Candidate[] {
  if (residual.length === 0) return [];
  const r = resolveTokens(k, residual, province ? { province } : {});
  const scored = r.status === "not_found" ? r.scored : r.status === "ok" ? [r.best] : r.best;
  return scored
    .filter((s) => s.coverage >= MIN_COVERAGE)
    .slice(0, 6)
    .map((s) => candidateOf(s.unit));
}
