import { key } from "./keys.js";
import type { Block, IndexKind } from "../domain/dataset.js";
import { normalizeText } from "../text/vietnamese.js";

/**
 * Words of the domain, compared in folded form so that diacritic typos in the sources
 * ("Thế chế số", "Chuyên đổi số", "nghịệp", "KHỎI") match their intended word.
 */

/** Grades as decisions print them; compared folded. */
const GRADES = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém", "Đạt", "Chưa đạt", "Hoàn thành", "Không đạt"];
const GRADE_KEYS = new Map(GRADES.map((g) => [key(g), g]));

const GRADE_LENGTH = Math.max(...GRADES.map((g) => g.length)) + 2;

export function gradeOf(cell: string): string | null {
  // Most cells are names or numbers: too long, or without a letter, to be a grade.
  if (cell.length > GRADE_LENGTH || !/\p{L}/u.test(cell)) return null;
  return GRADE_KEYS.get(key(cell)) ?? null;
}

/** "Không đánh giá", "Không xếp hạng", "KĐG", "Chưa đánh giá" … */
export function isNotEvaluated(cell: string): boolean {
  if (!/^\s*[kKcC]/u.test(cell)) return false;
  const k = key(cell);
  return /^(khong|chua) (danh gia|xep hang|xep loai|cham diem)/u.test(k) || k === "kdg" || k === "kxh";
}

/** The canonical names of components used by DTI, ICT and portal frameworks. */
const COMPONENTS = [
  "Nhận thức số",
  "Thể chế số",
  "Hạ tầng số",
  "Nhân lực số",
  "An toàn thông tin mạng",
  "An toàn thông tin",
  "Hoạt động chính quyền số",
  "Hoạt động kinh tế số",
  "Hoạt động xã hội số",
  "Hoạt động chuyển đổi số",
  "Chính quyền số",
  "Kinh tế số",
  "Xã hội số",
  "Chuyển đổi số",
  "Hạ tầng kỹ thuật",
  "Ứng dụng nội bộ",
  "Ứng dụng CNTT phục vụ dân và doanh nghiệp",
  "Ứng dụng CNTT tại cấp xã",
  "Đảm bảo an toàn an ninh thông tin",
  "Hạ tầng nhân lực",
  "Môi trường chính sách",
  "Thông tin giới thiệu",
  "Tin tức, sự kiện",
  "Thông tin tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách",
  "Thông tin chỉ đạo điều hành",
  "Thông tin chiến lược, định hướng, quy hoạch, kế hoạch phát triển",
  "Văn bản quy phạm pháp luật",
  "Thông tin về dự án, hạng mục đầu tư, đấu thầu mua sắm công",
  "Cung cấp dịch vụ công trực tuyến",
  "Lấy ý kiến, góp ý của tổ chức, cá nhân",
  "Chức năng hỗ trợ trên Cổng Thông tin điện tử",
  "Đảm bảo quy định khác",
];
const COMPONENT_KEYS = new Map(COMPONENTS.map((c) => [key(c), c]));

export function knownComponents(): readonly string[] {
  return COMPONENTS;
}

/**
 * A component header as a canonical name: the point suffix ("(120 điểm)", ": 6 điểm") and the
 * "Chỉ số" prefix go; a known component is spelled as the lexicon spells it (fixing diacritic typos
 * and capitalisation); an unknown one keeps its printed spelling with canonical tones.
 */
export function componentName(printed: string): string {
  const stripped = normalizeText(printed)
    .replace(/\s*[(:]\s*\d+(?:[.,]\d+)?\s*điểm\s*\)?\s*$/iu, "")
    .replace(/^(?:bộ\s+)?chỉ\s+số\s+(?=\S)/iu, "")
    .trim();
  const known = COMPONENT_KEYS.get(key(stripped));
  if (known) return known;
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

export type HeaderRole = "order" | "name" | "rank" | "grade" | "total" | "value" | "group";

/** What a header cell announces, judged by its words alone (data decides the rest). */
export function headerRole(printed: string): HeaderRole {
  const k = key(printed);
  if (/^(stt|tt|so tt|so thu tu|thu tu)$/u.test(k)) return "order";
  if (/^(xep hang|thu hang|hang)\b/u.test(k)) return "rank";
  if (/^(xep loai|muc xep loai|phan loai|danh hieu)\b/u.test(k)) return "grade";
  if (/^tong (diem|cong|so diem)\b|^tong$|^diem tong|^tong chi so/u.test(k)) return "total";
  if (
    /^(ten (co quan|don vi|dia phuong)|don vi|co quan|tieu de|tieu chi|dia phuong)$/u.test(k) ||
    /^(cac )?(so|huyen)( ban)?( nganh)?( thi xa)?( thanh pho)?$/u.test(k)
  )
    return "name";
  if (/(khai bao|tu danh gia|tu cham|ra soat|tham dinh|chinh thuc)/u.test(k)) return "group";
  return "value";
}

/** A column of years ("Năm", "Năm đánh giá", "Year"): its numbers are years, never scores. */
export function isYearHeader(printed: string): boolean {
  return /^(nam|year)( danh gia| xep hang| assessed)?$/u.test(key(printed));
}

/** A self-declared score group ("Điểm tính qua khai báo", "Điểm tự đánh giá") as opposed to the official one. */
export function isSelfDeclaredGroup(printed: string): boolean {
  return /(khai bao|tu danh gia|tu cham)/u.test(key(printed));
}

/** A header naming the table's overall index, used as the total when no "Tổng" column exists. */
export function isOverallIndexHeader(printed: string): boolean {
  return /^(bo )?chi so (cap|ung dung cntt$|ung dung cong nghe thong tin$|chuyen doi so$|dti)/u.test(key(printed));
}

/** Which index a table measures, from its title (and the decision's title as a fallback). */
export function indexOf(...texts: string[]): IndexKind | null {
  for (const t of texts) {
    const k = key(t);
    // "công thông tin điện tử" is a common typo of "cổng": folded, both read "cong thong tin dien tu".
    if (/cong thong tin dien tu|website|trang thong tin dien tu|\bportal\b/u.test(k)) return "PORTAL";
    if (/ung dung (cntt|cong nghe thong tin)|\bict\b|chinh phu dien tu|chinh quyen dien tu|e government/u.test(k)) return "ICT";
    if (/chuyen doi so|\bdti\b|digital transformation/u.test(k)) return "DTI";
  }
  return null;
}

/** Which block a table ranks, from its title, header and block-label texts. */
export function blockOf(...texts: string[]): Block | null {
  for (const t of texts) {
    const k = key(t);
    if (/khong co dich vu cong/u.test(k)) return "departments_without_public_services";
    if (/co dich vu cong/u.test(k)) return "departments_with_public_services";
    if (/\b(huyen|thi xa|thanh pho|cap huyen|dia phuong|districts?)\b/u.test(k) && !/\bso\b.*\bnganh\b/u.test(k)) return "districts";
    if (/\b(so|ban|nganh|cap so|cap tinh|departments?|agenc(y|ies))\b/u.test(k)) return "departments";
  }
  return null;
}

/** Unit names that are districts ("Huyện …", "UBND thị xã …", "TP. …"). */
export function looksLikeDistrict(name: string): boolean {
  return /^(ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|tp|tx|quan)\b/u.test(key(name));
}

/** Block label rows ("Đơn vị sở ban ngành") name the block: keep them readable. */
export function sentenceCase(text: string): string {
  const t = normalizeText(text).toLowerCase();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

