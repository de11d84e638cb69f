/**
 * The copy module: every sentence a user reads, in Vietnamese and English, in one shape —
 * `CATALOGUE[lang].key`. This file holds the answers' words (`T`) and gathers the other catalogues
 * (bot shell, charts, exports, alerts, subscriptions, administrators) so they are found, and checked
 * for a key missing in one language, in one place. Index, block and grade names live in names.ts.
 */
import { COPY as BOT_COPY } from "./bot-copy.js";
import { BOT_NAME as NAME } from "./copy/brand.js";
import { ADMIN_COPY, ALERT_COPY, SUBSCRIPTION_COPY } from "./copy/alerts.js";
import { QUERY_COPY } from "./copy/answers.js";
import { EXPORT_COPY as EXPORTS } from "./copy/export.js";
import { CHART_COPY as CHARTS } from "./charts/copy.js";

export { blockName, blockTitle, gradeText, indexName, indexShort, indexTag } from "./names.js";
export { NAME as BOT_NAME, EXPORTS as EXPORT_COPY, CHARTS as CHART_COPY, BOT_COPY as COPY };

export const T = {
  vi: {
    rank: "Xếp hạng",
    of: "/",
    inBlock: (block: string) => `trong khối ${block}`,
    total: "Tổng điểm",
    grade: "Xếp loại",
    average: "Trung bình khối",
    averageComputed: "(tính từ các đơn vị được xếp hạng)",
    above: "Đứng trên",
    below: "Đứng dưới",
    topOfBlock: "đứng đầu khối",
    bottomOfBlock: "đứng cuối khối",
    components: "Các chỉ số thành phần",
    avgShort: "TB",
    source: "Nguồn",
    selfDeclared: (v: string) => `Điểm tính qua khai báo: ${v} (xếp hạng theo điểm sau rà soát)`,
    notEvaluated: "không được đánh giá, xếp hạng (“Không đánh giá”)",
    componentRank: (rank: number, outOf: number) => `hạng ${rank}/${outOf} về chỉ số này`,
    componentMissing: (name: string) => `Năm này không có chỉ số “${name}”.`,
    vsAverage: (d: string) => `so với trung bình ${d}`,
    alsoRated: "Cùng năm còn có",
    otherYears: (ys: string) => `Có dữ liệu các năm: ${ys}`,
    top: (n: number, block: string, province: string, year: number) => `${n} đơn vị dẫn đầu khối ${block} — ${province}, năm ${year}`,
    bottom: (n: number, block: string, province: string, year: number) => `${n} đơn vị đứng cuối khối ${block} — ${province}, năm ${year}`,
    otherTables: (names: string) => `Bảng khác cùng năm: ${names}`,
    outOfUnits: (n: number) => `(${n} đơn vị được xếp hạng)`,
    overview: (province: string, year: number) => `Tổng quan ${province}, năm ${year}`,
    leaders: "Dẫn đầu",
    last: "Cuối bảng",
    notEvaluatedList: "Không đánh giá",
    units: (n: number) => `${n} đơn vị`,
    trendUnit: (unit: string, province: string) => `${unit} (${province}) qua các năm`,
    trendProvince: (province: string, from: number, to: number) => `${province}: thứ hạng ${from} → ${to} của các đơn vị có mặt cả hai năm`,
    movers: (province: string, from: number, to: number, direction: "rise" | "fall") =>
      `${province}: các đơn vị ${direction === "rise" ? "tăng" : "giảm"} hạng từ ${from} đến ${to}, nhiều bậc nhất trước`,
    noMovers: (direction: "rise" | "fall") => `Không có đơn vị nào ${direction === "rise" ? "tăng" : "giảm"} hạng giữa hai năm này.`,
    rankChange: (d: number) => (d > 0 ? `▲ tăng ${d} bậc` : d < 0 ? `▼ giảm ${-d} bậc` : "giữ nguyên thứ hạng"),
    onlyOneYear: (y: number) => `Mới có dữ liệu năm ${y}, chưa so sánh được qua các năm.`,
    corresponding: "Chỉ số tương ứng",
    compare: (a: string, b: string) => `So sánh ${a} và ${b}`,
    better: (name: string) => `${name} xếp trên.`,
    ambiguous: (name: string) => `“${name}” có ở nhiều nơi — bạn hỏi đơn vị nào?`,
    ambiguousMany: "Có nhiều đơn vị khớp — bạn hỏi đơn vị nào?",
    chooseHint: "Vui lòng hỏi lại kèm tên tỉnh, ví dụ:",
    help: [
      "Bot trả lời về kết quả xếp hạng chuyển đổi số (DTI) và ứng dụng CNTT của các sở, ban, ngành, huyện, thị xã, thành phố.",
      "Vui lòng hỏi bằng lời thường, ví dụ:",
    ],
    helpExamples: [
      "Sở Y tế Bắc Ninh xếp thứ mấy?",
      "An toàn thông tin của Sở Y tế Bắc Giang",
      "Top 5 sở Hưng Yên",
      "Huyện nào đứng cuối Bắc Giang?",
      "Việt Yên 2021 so với 2023",
      "So sánh Sở Tài chính và Sở Y tế Cao Bằng",
    ],
    availableData: "Dữ liệu hiện có",
    years: (ys: number[]) => ys.join(", "),
    empty: "Bạn chưa hỏi gì. Ví dụ: “Sở Y tế Bắc Ninh xếp thứ mấy?”",
    tooLong: (n: number) => `Tin nhắn dài quá (${n} ký tự). Vui lòng hỏi ngắn gọn, ví dụ: “Sở Y tế Bắc Ninh xếp thứ mấy?”`,
    noDataProvince: (p: string) => `Chưa có dữ liệu xếp hạng của ${p}.`,
    unitNotFound: (asked: string, province: string | null) =>
      province ? `Không tìm thấy đơn vị “${asked}” trong dữ liệu của ${province}.` : `Không tìm thấy đơn vị “${asked}”.`,
    didYouMean: "Có phải bạn muốn hỏi",
    yearMissing: (unit: string, year: number | null, years: string) =>
      year === null ? `${unit}: chưa có dữ liệu. Các năm có dữ liệu: ${years}.` : `${unit}: không có dữ liệu năm ${year}. Các năm có dữ liệu: ${years}.`,
    needProvince: "Bạn muốn xem tỉnh nào?",
    notUnderstood: "Bot chưa hiểu câu hỏi. Vui lòng nêu tên đơn vị và tỉnh, ví dụ: “Sở Y tế Bắc Ninh xếp thứ mấy?” (gõ /help để xem thêm).",
    notices: {
      merged: (p: string, into: string) => `Lưu ý: từ 01/7/2025 tỉnh ${p} đã sáp nhập vào tỉnh ${into}.`,
      ictMerged: "Lưu ý: từ 01/3/2025 Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ.",
      districts: "Lưu ý: từ 01/7/2025 không còn cấp huyện.",
      methodology: (a: number, b: number) =>
        `Lưu ý: năm ${a} đo mức độ ứng dụng CNTT, không phải chuyển đổi số như năm ${b}, nên điểm số không so sánh trực tiếp được — chỉ so thứ hạng và các chỉ số tương ứng.`,
      dataNote: (unit: string, text: string) => `Ghi chú dữ liệu (${unit}): ${text}`,
      indexFallback: (asked: string, used: string, year: number) => `Năm ${year} không có ${asked}; dưới đây là ${used}.`,
      yearFallback: (asked: number, used: number) => `Không có dữ liệu năm ${asked}; dưới đây là năm ${used}.`,
      scales: "Lưu ý: hai đơn vị được chấm theo thang điểm khác nhau, chỉ nên so thứ hạng trong khối.",
    },
  },
  en: {
    rank: "Rank",
    of: "/",
    inBlock: (block: string) => `among ${block}`,
    total: "Total",
    grade: "Grade",
    average: "Block average",
    averageComputed: "(computed from the ranked units)",
    above: "Above",
    below: "Below",
    topOfBlock: "top of the block",
    bottomOfBlock: "bottom of the block",
    components: "Components",
    avgShort: "avg",
    source: "Source",
    selfDeclared: (v: string) => `Self-declared total: ${v} (the rank follows the reviewed total)`,
    notEvaluated: "was not evaluated or ranked (“Không đánh giá”)",
    componentRank: (rank: number, outOf: number) => `rank ${rank}/${outOf} on this component`,
    componentMissing: (name: string) => `That year has no “${name}” component.`,
    vsAverage: (d: string) => `vs average ${d}`,
    alsoRated: "Also rated that year",
    otherYears: (ys: string) => `Years with data: ${ys}`,
    top: (n: number, block: string, province: string, year: number) => `Top ${n} ${block} — ${province}, ${year}`,
    bottom: (n: number, block: string, province: string, year: number) => `Bottom ${n} ${block} — ${province}, ${year}`,
    otherTables: (names: string) => `Other tables that year: ${names}`,
    outOfUnits: (n: number) => `(${n} units ranked)`,
    overview: (province: string, year: number) => `${province} overview, ${year}`,
    leaders: "Leaders",
    last: "Last",
    notEvaluatedList: "Not evaluated",
    units: (n: number) => `${n} units`,
    trendUnit: (unit: string, province: string) => `${unit} (${province}) over the years`,
    trendProvince: (province: string, from: number, to: number) => `${province}: ranks ${from} → ${to} of the units present in both years`,
    movers: (province: string, from: number, to: number, direction: "rise" | "fall") =>
      `${province}: the units that ${direction === "rise" ? "rose" : "fell"} in rank from ${from} to ${to}, furthest first`,
    noMovers: (direction: "rise" | "fall") => `No unit ${direction === "rise" ? "rose" : "fell"} in rank between these two years.`,
    rankChange: (d: number) => (d > 0 ? `▲ up ${d}` : d < 0 ? `▼ down ${-d}` : "rank unchanged"),
    onlyOneYear: (y: number) => `Only ${y} has data so far; nothing to compare yet.`,
    corresponding: "Corresponding components",
    compare: (a: string, b: string) => `${a} vs ${b}`,
    better: (name: string) => `${name} ranks higher.`,
    ambiguous: (name: string) => `“${name}” exists in several provinces — which one do you mean?`,
    ambiguousMany: "Several units match — which one do you mean?",
    chooseHint: "Ask again with the province, for example:",
    help: [
      "I answer questions about the official Digital Transformation Index (DTI) and IT Application Index rankings of Vietnamese departments and districts.",
      "Ask naturally, for example:",
    ],
    helpExamples: [
      "What rank is Bac Ninh's health department?",
      "Top 5 departments in Hung Yen",
      "Which district is last in Bac Giang?",
      "Viet Yen 2021 vs 2023",
    ],
    availableData: "Data available",
    years: (ys: number[]) => ys.join(", "),
    empty: "You didn't ask anything. Try: “What rank is Bac Ninh's health department?”",
    tooLong: (n: number) => `That message is too long (${n} characters). Please ask briefly, e.g. “What rank is Bac Ninh's health department?”`,
    noDataProvince: (p: string) => `There is no ranking data for ${p} yet.`,
    unitNotFound: (asked: string, province: string | null) =>
      province ? `No unit called “${asked}” in the ${province} data.` : `No unit called “${asked}” was found.`,
    didYouMean: "Did you mean",
    yearMissing: (unit: string, year: number | null, years: string) =>
      year === null ? `${unit}: no data yet. Years with data: ${years}.` : `${unit}: no data for ${year}. Years with data: ${years}.`,
    needProvince: "Which province?",
    notUnderstood: "I didn't understand. Name a unit and a province, e.g. “What rank is Bac Ninh's health department?” (/help for more).",
    notices: {
      merged: (p: string, into: string) => `Note: since 1 July 2025 ${p} province has been part of ${into} province.`,
      ictMerged: "Note: since 1 March 2025 the Department of Information and Communications has been merged into the Department of Science and Technology.",
      districts: "Note: since 1 July 2025 the district level no longer exists.",
      methodology: (a: number, b: number) =>
        `Note: ${a} measured IT application, not digital transformation as in ${b}, so scores are not directly comparable — only ranks and corresponding components are.`,
      dataNote: (unit: string, text: string) => `Data note (${unit}): ${text}`,
      indexFallback: (asked: string, used: string, year: number) => `${year} has no ${asked}; showing the ${used}.`,
      yearFallback: (asked: number, used: number) => `No data for ${asked}; showing ${used}.`,
      scales: "Note: the two units are scored on different scales; compare ranks within their blocks only.",
    },
  },
} as const;

export { ADMIN_COPY, ALERT_COPY, QUERY_COPY, SUBSCRIPTION_COPY };

/** Every catalogue of user-facing text, by what it words: the list test/render-copy.test.ts checks. */
export const CATALOGUES = {
  answers: T,
  queries: QUERY_COPY,
  bot: BOT_COPY,
  charts: CHARTS,
  exports: EXPORTS,
  alerts: ALERT_COPY,
  subscriptions: SUBSCRIPTION_COPY,
  admin: ADMIN_COPY,
  name: NAME,
} as const;
