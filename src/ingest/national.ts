import { key } from "./keys.js";
import { PROVINCES, type ProvinceInfo } from "../text/provinces.js";
import { foldKey, normalizeText } from "../text/vietnamese.js";

/**
 * National tables: their units are the country's provinces (63 before the merger of 1 July 2025,
 * 34 after) or its ministries. Such a table has no province of its own; it is published by the
 * ministry in charge of digital transformation.
 */

const BY_KEY = new Map<string, ProvinceInfo>();
for (const p of PROVINCES) for (const n of [p.name, ...p.aliases]) BY_KEY.set(key(n), p);

/** "TP. Đà Nẵng", "Thành phố Hồ Chí Minh", "Tỉnh Lào Cai", "Thừa Thiên - Huế" → the province. */
export function provinceNamed(name: string): ProvinceInfo | undefined {
  const k = key(name);
  return BY_KEY.get(k) ?? BY_KEY.get(k.replace(/^(tp|thanh pho|tinh|t p)\s+/u, ""));
}

/** Ministries and the bodies ranked beside them (cơ quan ngang bộ, cơ quan thuộc Chính phủ). */
const MINISTRY = /^(bo|ngan hang nha nuoc|thanh tra chinh phu|van phong chinh phu|uy ban dan toc|dai tieng noi|thong tan xa|dai truyen hinh|vien han lam|bao hiem xa hoi|ban quan ly lang)\b/u;

function isMinistryName(name: string): boolean {
  return MINISTRY.test(key(name));
}

export type NationalBlock = "provinces" | "ministries";

/** Whether a table's units are provinces or ministries, judged by most of its names. */
export function nationalBlockOf(names: string[]): NationalBlock | null {
  if (names.length === 0) return null;
  const share = (test: (n: string) => boolean) => names.filter(test).length / names.length;
  if (share((n) => provinceNamed(n) !== undefined) >= 0.8) return "provinces";
  if (share(isMinistryName) >= 0.6) return "ministries";
  return null;
}

/**
 * How many provinces a complete national table ranks: 34 when every name is one of the provinces
 * since the merger of 1 July 2025 (a ranking published after it), 63 otherwise.
 */
export function provinceCount(names: string[]): number {
  const today = names.every((n) => provinceNamed(n)?.after2025 === true);
  return today && names.length <= 34 ? 34 : 63;
}

const MINISTRIES: [RegExp, string][] = [
  [/\bbo (thong tin va truyen thong|tt ?tt|tttt)\b/u, "Bộ Thông tin và Truyền thông"],
  [/\bbo (khoa hoc va cong nghe|kh ?cn|khcn)\b/u, "Bộ Khoa học và Công nghệ"],
];

/** The ministry a text names as its author or source, if any. */
export function ministryNamed(text: string): string | null {
  const k = foldKey(text);
  return MINISTRIES.find(([re]) => re.test(k))?.[1] ?? null;
}

/**
 * The ministry that publishes the national DTI for an assessed year when the text does not say:
 * the Ministry of Information and Communications until it merged into the Ministry of Science and
 * Technology on 1 March 2025. A year is published the year after, so 2024 and later fall to Bộ KH&CN.
 */
export function publishingMinistry(year: number, date: string | null): string {
  const published = date ?? `${year + 1}-07`;
  return published >= "2025-03" ? "Bộ Khoa học và Công nghệ" : "Bộ Thông tin và Truyền thông";
}

/** The block as a national table words it ("Các tỉnh, thành phố trực thuộc TW"), from its header text. */
export function nationalGroup(block: NationalBlock, headerSegments: string[]): string {
  if (block === "ministries") {
    // Ministries are ranked in two groups: with public services and without.
    const all = key(headerSegments.join(" "));
    if (/khong (cung cap|co) (dich vu cong|dvc)/u.test(all)) return "Bộ, ngành không cung cấp dịch vụ công";
    if (/(co )?cung cap (dich vu cong|dvc)|co dich vu cong/u.test(all)) return "Bộ, ngành có cung cấp dịch vụ công";
  }
  const re = block === "provinces" ? /(cac )?tinh,? (thanh pho|tp)/u : /(cac )?bo,? (co quan|nganh)/u;
  const seg = headerSegments.find((s) => re.test(key(s)) && s.length <= 80);
  if (seg) {
    const t = normalizeText(seg).replace(/\s+xếp hạng$/iu, "").toLowerCase().replace(/\btw\b/u, "TW");
    return t.charAt(0).toUpperCase() + t.slice(1);
  }
  return block === "provinces" ? "Tỉnh, thành phố trực thuộc Trung ương" : "Bộ, cơ quan ngang bộ";
}
