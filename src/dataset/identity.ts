import type { UnitKind } from "../domain/dataset.js";
import { provinceNamed } from "../ingest/national.js";
import { expandAbbreviations } from "../text/abbreviations.js";
import { canonicalTones, fold, normalizeText, tokenize } from "../text/vietnamese.js";

/**
 * Unit identity: one id per real unit within a province across years and tables, whatever the
 * spelling ("Sở Nội Vụ"/"Sở Nội vụ", "UBND Huyện Việt Yên"/"Huyện Việt Yên", "Sở Văn hoá…"/"Sở Văn
 * hóa…", "Sở Lao động - Thương binh và Xã hội"/"Sở Lao động-Thương binh và xã hội", "Sở Kế hoạch Đầu
 * tư"/"Sở Kế hoạch và Đầu tư"). Names are compared as folded words, with the abbreviations of
 * official names spelled out and the words that carry no identity ("và", "các", "tỉnh") left out.
 */

const NOISE = new Set(["va", "cac", "tinh"]);
const DISTRICT_TYPE = /^(uy ban nhan dan )?(huyen|thi xa|thanh pho|quan) /u;

/**
 * Folded words of a name, abbreviations spelled out by the same table questions use. That table
 * writes the People's Committee as "ubnd" (what people type); ids spell it out, as the names do.
 */
function words(name: string): string[] {
  return expandAbbreviations(tokenize(name))
    .flatMap((w) => {
      const f = fold(w);
      return f === "ubnd" ? ["uy", "ban", "nhan", "dan"] : [f];
    })
    .filter((w) => !NOISE.has(w));
}

/** The identity key of a unit name within its province and kind. */
export function unitKey(name: string, kind: UnitKind): string {
  const key = words(name).join(" ");
  // Districts keep their identity through a change of type (huyện → thị xã → thành phố).
  return kind === "district" ? `${key} `.replace(DISTRICT_TYPE, "").trim() : key;
}

const DISTRICT_PREFIX = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/iu;
const SHORT_TYPES: [RegExp, string][] = [
  [/^TP\.?\s+/iu, "Thành phố "],
  [/^TX\.?\s+/iu, "Thị xã "],
  [/^H\.\s*/u, "Huyện "],
];

/** A printed name as the bot shows it: canonical tones, no "UBND" before a district, types spelled out. */
export function displayName(printed: string, kind: UnitKind): string {
  if (kind === "province") return provinceNamed(printed)?.name ?? canonicalTones(normalizeText(printed));
  let name = canonicalTones(normalizeText(printed));
  if (kind === "district") {
    name = name.replace(DISTRICT_PREFIX, "");
    for (const [re, full] of SHORT_TYPES) name = name.replace(re, full);
    name = name.replace(/^(huyện|thị xã|thành phố|quận)\b/iu, (t) => t.charAt(0).toUpperCase() + t.slice(1).toLowerCase());
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Bắc Ninh" → "bac-ninh", "Sở Y tế" → "so-y-te": ASCII slugs for stable ids. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");
}

export function unitId(province: string, name: string, kind: UnitKind): string {
  return `${slug(province)}/${unitKey(name, kind).replace(/ /gu, "-")}`;
}
