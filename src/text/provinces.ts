/**
 * Vietnam's provinces before and after the merger of 1 July 2025 (Resolution 202/2025/QH15), so a
 * question about any province is recognised — also one with no data — and a province that has since
 * merged can be named with its successor.
 */
import { foldKey } from "./vietnamese.js";

export interface ProvinceInfo {
  /** canonical name, NFC with diacritics ("Bắc Giang") */
  name: string;
  /** other ways people write it (folded and compared with `foldKey`) */
  aliases: string[];
  /** existed before 1 July 2025 */
  before2025: boolean;
  /** exists after 1 July 2025 */
  after2025: boolean;
  /** for a province merged away: the province it belongs to now */
  mergedInto: string | null;
}

/** The 34 provinces after the merger, each with the pre-2025 provinces it absorbed. */
const AFTER_2025: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Hà Nội", []],
  ["Huế", []],
  ["Lai Châu", []],
  ["Điện Biên", []],
  ["Sơn La", []],
  ["Lạng Sơn", []],
  ["Quảng Ninh", []],
  ["Thanh Hóa", []],
  ["Nghệ An", []],
  ["Hà Tĩnh", []],
  ["Cao Bằng", []],
  ["Tuyên Quang", ["Hà Giang"]],
  ["Lào Cai", ["Yên Bái"]],
  ["Thái Nguyên", ["Bắc Kạn"]],
  ["Phú Thọ", ["Vĩnh Phúc", "Hòa Bình"]],
  ["Bắc Ninh", ["Bắc Giang"]],
  ["Hưng Yên", ["Thái Bình"]],
  ["Hải Phòng", ["Hải Dương"]],
  ["Ninh Bình", ["Hà Nam", "Nam Định"]],
  ["Quảng Trị", ["Quảng Bình"]],
  ["Đà Nẵng", ["Quảng Nam"]],
  ["Quảng Ngãi", ["Kon Tum"]],
  ["Gia Lai", ["Bình Định"]],
  ["Khánh Hòa", ["Ninh Thuận"]],
  ["Lâm Đồng", ["Đắk Nông", "Bình Thuận"]],
  ["Đắk Lắk", ["Phú Yên"]],
  ["Hồ Chí Minh", ["Bình Dương", "Bà Rịa - Vũng Tàu"]],
  ["Đồng Nai", ["Bình Phước"]],
  ["Tây Ninh", ["Long An"]],
  ["Cần Thơ", ["Sóc Trăng", "Hậu Giang"]],
  ["Vĩnh Long", ["Bến Tre", "Trà Vinh"]],
  ["Đồng Tháp", ["Tiền Giang"]],
  ["Cà Mau", ["Bạc Liêu"]],
  ["An Giang", ["Kiên Giang"]],
];

/** Pre-2025 names that differ from the post-2025 name of the same province. */
const RENAMED_BEFORE_2025: Record<string, string> = { "Huế": "Thừa Thiên Huế" };

const ALIASES: Record<string, string[]> = {
  "Hà Nội": ["HN", "Ha Noi", "Hanoi", "thủ đô"],
  "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT Huế", "TTH", "Hue"],
  "Hồ Chí Minh": ["TP HCM", "TPHCM", "HCM", "HCMC", "Sài Gòn", "Saigon", "Ho Chi Minh City", "Thành phố Hồ Chí Minh"],
  "Bà Rịa - Vũng Tàu": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT", "Vũng Tàu"],
  "Đắk Lắk": ["Đắc Lắc", "Daklak", "Dak Lak", "Đắk Lắc"],
  "Đắk Nông": ["Đắc Nông", "Daknong"],
  "Bắc Kạn": ["Bắc Cạn"],
  "Đà Nẵng": ["Da Nang", "Danang"],
  "Hải Phòng": ["Hai Phong", "Haiphong"],
  "Cần Thơ": ["Can Tho"],
  "Khánh Hòa": ["Nha Trang"],
  "Kon Tum": ["Kontum"],
};

function build(): ProvinceInfo[] {
  const out: ProvinceInfo[] = [];
  for (const [name, absorbed] of AFTER_2025) {
    const before = RENAMED_BEFORE_2025[name];
    out.push({
      name: before ?? name,
      aliases: [...(before ? [name] : []), ...(ALIASES[name] ?? []), ...(ALIASES[before ?? ""] ?? [])],
      before2025: true,
      after2025: true,
      mergedInto: null,
    });
    for (const old of absorbed)
      out.push({ name: old, aliases: ALIASES[old] ?? [], before2025: true, after2025: false, mergedInto: name });
  }
  return out;
}

/** All 63 pre-2025 provinces (the 34 of today are among them, under their names of the time). */
export const PROVINCES: readonly ProvinceInfo[] = build();

const BY_KEY = new Map(PROVINCES.map((p) => [foldKey(p.name), p]));
/** Names as given, the same few over and over (every answer names its province): folded once each. */
const BY_NAME = new Map<string, ProvinceInfo | undefined>();
const BY_NAME_LIMIT = 1_000;

export function findProvince(name: string): ProvinceInfo | undefined {
  if (BY_NAME.has(name)) return BY_NAME.get(name);
  const found = BY_KEY.get(foldKey(name));
  if (BY_NAME.size >= BY_NAME_LIMIT) BY_NAME.clear();
  BY_NAME.set(name, found);
  return found;
}

/**
 * The initials people type for provinces ("BN", "HY", "bg"), for the `names` given (the provinces a
 * dataset holds): an initial two of them share (Hà Nội, Hà Nam: "hn") names neither.
 */
export function provinceInitials(names: readonly string[]): Map<string, string> {
  const byInitials = new Map<string, string[]>();
  for (const name of names) {
    const initials = foldKey(name)
      .split(" ")
      .map((w) => w[0] ?? "")
      .join("");
    if (initials.length >= 2) byInitials.set(initials, [...(byInitials.get(initials) ?? []), name]);
  }
  return new Map([...byInitials].filter(([, held]) => held.length === 1).map(([initials, held]) => [initials, held[0]!]));
}
