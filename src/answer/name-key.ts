/**
 * `foldKey` for the names answers compare again and again (a unit's, a province's, a department's):
 * each name folded once and remembered, as `foldCached` does for words.
 */
import { foldKey } from "../text/vietnamese.js";

const keys = new Map<string, string>();
const KEYS_LIMIT = 20_000;

export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = foldKey(name);
    if (keys.size >= KEYS_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}
