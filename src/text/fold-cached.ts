import { fold } from "./vietnamese.js";

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** Printable ASCII only: a loop over char codes is several times cheaper than a regular expression here. */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * `fold` for the hot paths of search (every token of every question and name): ASCII needs only
 * lower-casing, everything else is folded once and remembered.
 */
export function foldCached(text: string): string {
  if (isPrintableAscii(text)) return text.toLowerCase();
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const f = fold(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, f);
  return f;
}
