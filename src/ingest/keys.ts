import { foldKeyCached } from "../text/fold-cached.js";

/**
 * `foldKey` for the reader's hot paths: every cell of every row is asked whether it is a grade, a
 * status, a header word… Cells without letters (numbers) need no folding; the rest repeat a lot.
 */
export function key(text: string): string {
  if (!/\p{L}/u.test(text)) return text.replace(/[^\p{N}]+/gu, " ").trim();
  return foldKeyCached(text);
}
