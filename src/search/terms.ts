/**
 * The single term pipeline: unit names are indexed and questions are read with `tokenizeForSearch`
 * and `processTerm`, and the resolver scores with the same tokens. Tokens keep their diacritics (so a
 * question typed with them can prefer the exact spelling); `processTerm` adds the folded form so a
 * question typed without them still matches.
 */
import { expandAbbreviations } from "../text/abbreviations.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { tokenize } from "../text/vietnamese.js";

/** NFC, canonical tones, lower case, punctuation → breaks, abbreviations expanded ("Sở TT&TT" → sở thông tin và truyền thông). */
export function tokenizeForSearch(text: string): string[] {
  return expandAbbreviations(tokenize(text));
}

/** Each token is indexed and searched as itself and as its folded form ("lữ" → "lữ", "lu"). */
export function processTerm(term: string): string[] {
  const f = fold(term);
  return f === term ? [term] : [term, f];
}

/** Words every unit name shares: they say what kind of unit it is, not which one. */
const GENERIC = new Set(
  ["sở", "ban", "huyện", "thị", "xã", "thành", "phố", "ubnd", "tỉnh", "và", "các", "cơ", "quan", "đơn", "vị"].map(
    (w) => w,
  ),
);

export function isGeneric(token: string): boolean {
  return GENERIC.has(token);
}

/** The tokens that tell one unit from another ("Huyện Việt Yên" → việt, yên; "Sở Y tế" → y, tế). */
export function distinctiveTokens(name: string): string[] {
  const tokens = tokenizeForSearch(name).filter((t) => !GENERIC.has(t));
  return [...new Set(tokens)];
}

