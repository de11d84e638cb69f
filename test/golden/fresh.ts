/** The fresh held-out sets by name, as the test and the benchmark score them (each file says how it was written). */
import { FRESH_EN, FRESH_EN_WAVE2, FRESH_EN_WAVE3, FRESH_EN_WAVE4 } from "./fresh-en.js";
import { FRESH_IT } from "./fresh-it.js";
import { FRESH_VN } from "./fresh-vn.js";
import type { NaturalQuestion } from "./natural.js";

export const FRESH_SETS: ReadonlyArray<readonly [string, readonly NaturalQuestion[]]> = [
  ["vn", FRESH_VN],
  ["en", [...FRESH_EN, ...FRESH_EN_WAVE2, ...FRESH_EN_WAVE3, ...FRESH_EN_WAVE4]],
  ["it", FRESH_IT],
];
