import { foldKey } from "../text/vietnamese.js";

const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

/**
 * `foldKey` for the reader's hot paths: every cell of every row is asked whether it is a grade, a
 * status, a header word… Cells without letters (numbers) need no folding; the rest repeat a lot.
 */
export function key(text: string): string {
  if (!/\p{L}/u.test(text)) return text.replace(/[^\p{N}]+/gu, " ").trim();
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const k = foldKey(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, k);
  return k;
}
