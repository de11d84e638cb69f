import { fold } from "./vietnamese.js";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/**
 * `fold` for the hot paths of search (every token of every question and name): ASCII needs only
 * lower-casing, everything else is folded once and remembered.
 */
export function foldCached(text: string): string {
  if (/^[\x20-\x7e]*$/u.test(text)) return text.toLowerCase();
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const f = fold(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}
