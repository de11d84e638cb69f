/**
 * The single term pipeline, for unit names and questions alike: `tokenizeForSearch` splits the text,
 * `isGeneric` leaves out the words that only say what kind of unit is meant, and `processTerm` gives
 * each remaining word as written and folded. The MiniSearch word index holds the folded form of every
 * name word and is asked with the folded form of every question word; the resolver then scores with
 * the words as written, so a question typed with diacritics prefers the exact spelling.
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

/** Words every unit name shares: they say what kind of unit it is, not which one (in a name or a question). */
const GENERIC = new Set(["sở", "ban", "huyện", "thị", "xã", "thành", "phố", "ubnd", "tỉnh", "và", "các", "cơ", "quan", "đơn", "vị"]);

export function isGeneric(token: string): boolean {
  return GENERIC.has(token);
}

/** The tokens that tell one unit from another ("Huyện Việt Yên" → việt, yên; "Sở Y tế" → y, tế). */
export function distinctiveTokens(name: string): string[] {
  const tokens = tokenizeForSearch(name).filter((t) => !GENERIC.has(t));
  return [...new Set(tokens)];
}

