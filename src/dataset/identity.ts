import type { UnitKind } from "../domain/dataset.js";
import { canonicalTones, fold, foldKey, normalizeText } from "../text/vietnamese.js";

/**
 * Unit identity: one id per real unit within a province across years and tables, whatever the
 * spelling ("Sở Nội Vụ"/"Sở Nội vụ", "UBND Huyện Việt Yên"/"Huyện Việt Yên", "Sở Văn hoá…"/"Sở Văn
 * hóa…", "Sở Lao động - Thương binh và Xã hội"/"Sở Lao động-Thương binh và xã hội", "Sở Kế hoạch Đầu
 * tư"/"Sở Kế hoạch và Đầu tư"). Names are compared as folded words, with the abbreviations of
 * official names spelled out and the words that carry no identity ("và", "các", "tỉnh") left out.
 */

const EXPANSIONS: Record<string, string> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  kcn: "khu cong nghiep",
  kkt: "khu kinh te",
  cntt: "cong nghe thong tin",
  tttt: "thong tin truyen thong",
  gddt: "giao duc dao tao",
  ldtbxh: "lao dong thuong binh xa hoi",
  khdt: "ke hoach dau tu",
  tnmt: "tai nguyen moi truong",
  nnptnt: "nong nghiep phat trien nong thon",
  vhttdl: "van hoa the thao du lich",
  khcn: "khoa hoc cong nghe",
  gtvt: "giao thong van tai",
  tp: "thanh pho",
  tx: "thi xa",
};
const NOISE = new Set(["va", "cac", "tinh", "&"]);
const DISTRICT_TYPE = /^(uy ban nhan dan )?(huyen|thi xa|thanh pho|quan) /u;

function words(name: string): string[] {
  const expanded = foldKey(name.replace(/&/gu, " va "))
    .split(" ")
    .flatMap((w) => (EXPANSIONS[w] ?? w).split(" "));
  return expanded.filter((w) => w !== "" && !NOISE.has(w));
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
