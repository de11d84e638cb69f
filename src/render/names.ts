/**
 * The one table of index, block and grade names that answers, charts, exports and alerts print.
 * Vietnamese keeps the decision's own words; English is derived from them, so a block the decision
 * names "Huyện, thành phố" reads "districts and cities", never "districts, towns and cities".
 */
import { NATIONAL_PLACE, type IndexKind } from "../domain/dataset.js";
import { foldKey } from "../text/vietnamese.js";
import type { Lang } from "../answer/types.js";

interface IndexNames {
  /** the full name, as a heading: "Chỉ số chuyển đổi số (DTI)" */
  full: string;
  /** inside a sentence: "chỉ số chuyển đổi số" */
  short: string;
  /** a few letters for an axis, a button or a file: "DTI", "CNTT" */
  tag: string;
}

const INDEX: Record<Lang, Record<IndexKind, IndexNames>> = {
  vi: {
    DTI: { full: "Chỉ số chuyển đổi số (DTI)", short: "chỉ số chuyển đổi số", tag: "DTI" },
    ICT: { full: "Chỉ số ứng dụng CNTT", short: "chỉ số ứng dụng CNTT", tag: "CNTT" },
    PORTAL: { full: "Xếp loại cổng thông tin điện tử", short: "cổng thông tin điện tử", tag: "Cổng TTĐT" },
  },
  en: {
    DTI: { full: "Digital Transformation Index (DTI)", short: "Digital Transformation Index", tag: "DTI" },
    ICT: { full: "IT Application Index", short: "IT Application Index", tag: "IT" },
    PORTAL: { full: "E-portal rating", short: "e-portal rating", tag: "e-portal" },
  },
};

export function indexName(index: IndexKind, lang: Lang): string {
  return INDEX[lang][index].full;
}

export function indexShort(index: IndexKind, lang: Lang): string {
  return INDEX[lang][index].short;
}

export function indexTag(index: IndexKind, lang: Lang): string {
  return INDEX[lang][index].tag;
}

const GRADE_EN: Record<string, string> = {
  "xuat sac": "excellent",
  tot: "good",
  kha: "fairly good",
  "trung binh": "average",
  yeu: "weak",
  kem: "poor",
  dat: "passed",
  "chua dat": "not passed",
  "khong dat": "failed",
  "hoan thanh": "completed",
};

/** The English meaning of a printed grade, or null for a grade this table does not know. */
function gradeEnglish(grade: string): string | null {
  return GRADE_EN[foldKey(grade)] ?? null;
}

/** A grade as printed; an English reader also gets its meaning: "Xuất sắc (excellent)". */
export function gradeText(grade: string, lang: Lang): string {
  const en = lang === "en" ? gradeEnglish(grade) : null;
  return en ? `${grade} (${en})` : grade;
}

/** The English word for each kind of unit a block can list, keyed by its folded Vietnamese name. */
const UNIT_KIND_EN: Record<string, string> = {
  so: "departments",
  ban: "boards",
  nganh: "agencies",
  "so nganh": "departments and agencies",
  "co quan": "agencies",
  "don vi": "units",
  "co quan don vi": "agencies and units",
  "cap huyen": "district-level units",
  "cap tinh": "provincial units",
  huyen: "districts",
  quan: "urban districts",
  "thi xa": "towns",
  "thanh pho": "cities",
  tinh: "provinces",
  "thanh pho truc thuoc trung uong": "centrally governed cities",
  "thanh pho truc thuoc tw": "centrally governed cities",
  bo: "ministries",
  "co quan ngang bo": "ministry-level agencies",
  "co quan thuoc chinh phu": "government agencies",
};

const BLOCK_FALLBACK_EN: Record<string, string> = {
  provinces: "provinces and centrally governed cities",
  ministries: "ministries and ministry-level agencies",
  departments: "departments",
  departments_with_public_services: "departments with public services",
  departments_without_public_services: "departments without public services",
  districts: "districts",
};

function listEnglish(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * "Sở, ban, ngành tỉnh có dịch vụ công" → "provincial departments, boards and agencies with public
 * services"; null when a word of the group is not a kind of unit this table knows.
 */
function groupEnglish(group: string): string | null {
  const parts = group
    .split(/,|\s+và\s+/u)
    .map((p) => foldKey(p))
    .filter((p) => p !== "");
  for (const [i, p] of parts.entries()) parts[i] = p.replace(/^(?:(?:khoi|cac|ubnd|uy ban nhan dan)\s+)+/u, "");
  const last = parts.length - 1;
  const service = /\s+(khong\s+)?co\s+dich\s+vu\s+cong$/u.exec(parts[last] ?? "");
  if (service) parts[last] = parts[last]!.slice(0, service.index);
  const provincial = parts.length > 1 && /\s+tinh$/u.test(parts[last] ?? "");
  if (provincial) parts[last] = parts[last]!.replace(/\s+tinh$/u, "");
  const words = parts.map((p) => UNIT_KIND_EN[p]);
  if (words.length === 0 || words.some((w) => w === undefined)) return null;
  const qualifier = service ? (service[1] ? " without public services" : " with public services") : "";
  return `${provincial ? "provincial " : ""}${listEnglish(words as string[])}${qualifier}`;
}

/**
 * Vietnamese generic words are lower case inside a sentence: "Các Huyện, Thị xã, Thành phố" → "huyện,
 * thị xã, thành phố". Abbreviations stay as printed ("TW", "UBND"), and so does "Trung ương".
 */
function groupVietnamese(group: string): string {
  return group
    .normalize("NFC")
    .replace(/^(?:khối|các)\s+/iu, "")
    .replace(/\p{L}+/gu, (w) => ([...w].length > 1 && w === w.toLocaleUpperCase("vi") ? w : w.toLocaleLowerCase("vi")))
    .replace(/trung ương/gu, "Trung ương");
}

/**
 * The block inside a sentence, without "khối": "sở, ban, ngành" / "departments, boards and agencies".
 * `group` is the decision's own wording, `block` the normalized kind (the fallback when the wording is unknown).
 */
export function blockName(group: string, block: string, lang: Lang): string {
  if (lang === "vi") return group.trim() === "" ? (BLOCK_FALLBACK_VI[block] ?? block) : groupVietnamese(group);
  return groupEnglish(group) ?? BLOCK_FALLBACK_EN[block] ?? group;
}

const BLOCK_FALLBACK_VI: Record<string, string> = {
  provinces: "tỉnh, thành phố trực thuộc Trung ương",
  ministries: "bộ, cơ quan ngang bộ",
  departments: "sở, ban, ngành",
  departments_with_public_services: "sở, ban, ngành có dịch vụ công",
  departments_without_public_services: "sở, ban, ngành không có dịch vụ công",
  districts: "huyện, thị xã, thành phố",
};

/** The block as a heading: "Khối huyện, thành phố" / "Districts and cities". */
export function blockTitle(group: string, block: string, lang: Lang): string {
  const name = blockName(group, block, lang);
  return lang === "vi" ? `Khối ${name}` : capitalize(name);
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const NATION: Record<Lang, string> = { vi: NATIONAL_PLACE, en: "Vietnam" };

/** Where a table belongs: its province, or the country for a national table (units are provinces or ministries). */
export function placeName(province: string | null, lang: Lang): string {
  return province ?? NATION[lang];
}
