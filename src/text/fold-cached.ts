import { fold, foldKey } from "./vietnamese.js";

/**
 * A string function remembered for the strings it is asked again and again (every token of every
 * question, every cell of every row); all is forgotten at `limit`, so memory stays bounded.
 */
function remembered(f: (text: string) => string, limit: number): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = f(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

const foldRemembered = remembered(fold, 50_000);

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
  return foldRemembered(text);
}

/** `foldKey` for names and cells compared again and again: each folded once and remembered. */
export const foldKeyCached = remembered(foldKey, 100_000);
