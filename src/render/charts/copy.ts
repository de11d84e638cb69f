/** Every word a chart or its caption shows, in Vietnamese and English. */
import type { Lang } from "../../answer/types.js";
import type { Entry } from "../../domain/answer.js";
import { decisionLabel } from "../format.js";

export type { Lang };

const BLOCKS: Record<string, Record<Lang, string>> = {
  departments: { vi: "Khối sở, ban, ngành", en: "Departments" },
  departments_with_public_services: { vi: "Khối sở có dịch vụ công", en: "Departments with public services" },
  departments_without_public_services: {
    vi: "Khối sở không có dịch vụ công",
    en: "Departments without public services",
  },
  districts: { vi: "Khối huyện, thị xã, thành phố", en: "Districts, towns and cities" },
};

export function blockLabel(block: string, lang: Lang): string {
  return BLOCKS[block]?.[lang] ?? block;
}

export function sourceLine(decisions: Entry["decision"] | Entry["decision"][], lang: Lang): string {
  const list = Array.isArray(decisions) ? decisions : [decisions];
  return `${lang === "vi" ? "Nguồn" : "Source"}: ${list.map((d) => decisionLabel(d, lang)).join("; ")}`;
}

/** Chart labels: a fixed four decimals on 0–1 scales ("1,0000" beside "0,9773") so labels line up. */
export function formatScore(value: number, maxTotal: number | null, lang: Lang): string {
  const unitScale = maxTotal === 1 || (maxTotal === null && value <= 1);
  const digits = unitScale ? { minimumFractionDigits: 4, maximumFractionDigits: 4 } : { maximumFractionDigits: 2 };
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", digits).format(value);
}

export const TEXT = {
  rank: { vi: "Hạng", en: "Rank" },
  total: { vi: "Tổng điểm", en: "Total score" },
  share: { vi: "Tỷ lệ so với điểm tối đa", en: "Share of the maximum" },
  average: { vi: "Trung bình khối", en: "Block average" },
  components: { vi: "Điểm thành phần", en: "Component scores" },
  ranksBetween: { vi: "Thứ hạng", en: "Ranks" },
  notRanked: { vi: "không xếp hạng", en: "not ranked" },
  methodologyChanged: {
    vi: "Lưu ý: hai năm dùng hai bộ chỉ số khác nhau, chỉ so sánh được thứ hạng.",
    en: "Note: the two years use different indices; only ranks compare.",
  },
  bestAsMax: {
    vi: "Quyết định không ghi điểm tối đa của thành phần: tỷ lệ tính theo điểm cao nhất trong khối.",
    en: "The decision prints no component maxima: shares are of the block's best score.",
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** What the bot says around charts and exports. */
export const CHAT = {
  chartUsage: {
    vi: "Gõ câu hỏi sau lệnh, ví dụ: /chart Sở Y tế Bắc Ninh 2023",
    en: "Put a question after the command, e.g. /chart Sở Y tế Bắc Ninh 2023",
  },
  noChart: {
    vi: "Câu trả lời này không có biểu đồ. Thử hỏi thứ hạng, top, điểm thành phần hoặc “qua các năm” của một đơn vị.",
    en: "This answer has no chart. Try a rank, a top list, component scores or a unit “over the years”.",
  },
  exportUsage: {
    vi: (available: string): string => `Gõ tên tỉnh và năm sau lệnh, ví dụ: /export Bắc Ninh 2023\nCó dữ liệu: ${available}`,
    en: (available: string): string => `Put a province and year after the command, e.g. /export Bắc Ninh 2023\nAvailable: ${available}`,
  },
  exportNotFound: {
    vi: (asked: string, available: string): string => `Không có bảng xếp hạng cho “${asked}”.\nCó dữ liệu: ${available}`,
    en: (asked: string, available: string): string => `No ranking table for “${asked}”.\nAvailable: ${available}`,
  },
  exportCaption: {
    vi: (what: string, source: string): string => `📄 ${what}\n${source}\nMở bằng Excel hoặc Google Sheets (UTF-8).`,
    en: (what: string, source: string): string => `📄 ${what}\n${source}\nOpens in Excel or Google Sheets (UTF-8).`,
  },
} as const;
