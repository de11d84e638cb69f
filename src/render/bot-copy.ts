import type { FormattedString } from "@grammyjs/parse-mode";
import { fmt, FormattedString as F } from "@grammyjs/parse-mode";
import type { Lang } from "../answer/types.js";
import { bilingual } from "./copy/catalogue.js";

/**
 * The bot shell's own words (greeting, help, notices, command menu), in Vietnamese and English.
 * Answers themselves are worded in answer.ts beside it; this file holds only what exists because the answers travel
 * through Telegram: buttons, menus, apologies and flood notices.
 */
export type { Lang };

export function langOf(languageCode: string | undefined): Lang {
  return languageCode?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** Three example questions offered as buttons under /start and as inline suggestions. */
export const EXAMPLES: Record<Lang, readonly string[]> = {
  vi: ["Sở Y tế Bắc Ninh xếp thứ mấy năm 2023?", "Top 5 huyện Bắc Giang năm 2023", "So sánh Sở Tài chính và Sở Y tế Hưng Yên"],
  en: ["What rank is Bac Ninh Department of Health in 2023?", "Top 5 districts of Bac Giang 2023", "Department of Health Bac Giang over the years"],
};

export const COPY = bilingual(
  {
    greeting: (name: string): FormattedString =>
      fmt`Xin chào ${name}! 👋\nBot trả lời câu hỏi về ${F.b("xếp hạng chuyển đổi số (DTI)")} và ứng dụng CNTT của các sở, ngành, huyện theo các quyết định chính thức.\n\nVui lòng hỏi bằng lời thường, có dấu hay không dấu đều được. Thử một câu:`,
    help: (bot: string): FormattedString =>
      fmt`${F.b("Cách hỏi về xếp hạng DTI:")}\n• Sở Y tế Bắc Ninh xếp thứ mấy?\n• còn năm 2021? / so với Sở Tài chính? (câu hỏi tiếp theo)\n• Top 5 huyện Bắc Giang 2023\n• So sánh Sở Tài chính và Sở Y tế Hưng Yên\n• Huyện Việt Yên qua các năm\n\n${F.b("Lệnh:")}\n/xephang <đơn vị> — thứ hạng (/rank)\n/top <khối, tỉnh> — bảng xếp hạng\n/compare <A> và <B> — so sánh\n/trend <đơn vị> — qua các năm\n/chart <câu hỏi> — biểu đồ\n/export <tỉnh> [năm] — tải bảng Excel (thêm “csv” để lấy tệp CSV cho máy)\n/subscribe, /unsubscribe, /subscriptions — nhận thông báo khi có quyết định mới\n\nTrong nhóm: gõ lệnh, nhắc @${bot} hoặc trả lời tin nhắn của bot. Ở bất kỳ cuộc trò chuyện nào: gõ @${bot} <câu hỏi>.`,
    groupIntro: (bot: string): string =>
      `Xin chào cả nhóm! Đây là bot tra cứu xếp hạng chuyển đổi số (DTI) của các sở, ngành, huyện.\nVui lòng hỏi bằng lệnh /xephang Sở Y tế Bắc Ninh, hoặc nhắc @${bot} kèm câu hỏi.`,
    commandNeedsArgument: (command: string, example: string): string => `Vui lòng viết tên đơn vị sau lệnh, ví dụ:\n/${command} ${example}`,
    apology: "Xin lỗi, bot gặp trục trặc khi trả lời câu này. Vui lòng thử lại sau ít phút.",
    rateLimited: "Bạn hỏi nhanh quá. Vui lòng chờ vài giây rồi hỏi tiếp.",
    staleButton: "Nút này đã cũ. Vui lòng hỏi lại bằng lời.",
    textOnly: "Bot chỉ hiểu câu hỏi bằng chữ. Ví dụ: Sở Y tế Bắc Ninh xếp thứ mấy?",
    buttons: {
      previousYear: (y: number): string => `◀ Năm ${y}`,
      yearOverYear: "📈 Qua các năm",
      wholeBlock: "📋 Cả khối",
      chart: "📊 Biểu đồ",
      excel: "📥 Xuất Excel",
    },
    inlineExamples: "Ví dụ câu hỏi",
    inlineRank: (rank: number, outOf: number): string => `Hạng ${rank}/${outOf}`,
    commandExamples: { rank: "Sở Y tế Bắc Ninh", top: "5 huyện Bắc Giang 2023", compare: "Sở Tài chính và Sở Y tế Hưng Yên", trend: "Huyện Việt Yên" },
    inlineNothing: (q: string): string => `Không tìm thấy “${q}”. Vui lòng thử tên đơn vị kèm tỉnh, ví dụ: Sở Y tế Bắc Ninh`,
  },
  {
    greeting: (name: string): FormattedString =>
      fmt`Hello ${name}! 👋\nI answer questions about the official ${F.b("Digital Transformation Index (DTI)")} and IT Application Index rankings of Vietnamese departments and districts.\n\nPlease ask in plain words. Try one:`,
    help: (bot: string): FormattedString =>
      fmt`${F.b("How to ask about the DTI rankings:")}\n• What rank is Sở Y tế Bắc Ninh?\n• and in 2021? / compared with Sở Tài chính? (follow-ups)\n• Top 5 districts of Bac Giang 2023\n• Compare Sở Tài chính and Sở Y tế Hưng Yên\n• Huyện Việt Yên over the years\n\n${F.b("Commands:")}\n/rank <unit> — its rank (/xephang)\n/top <block, province> — the ranking table\n/compare <A> and <B>\n/trend <unit> — over the years\n/chart <question> — a chart\n/export <province> [year] — the tables as an Excel file (add “csv” for a CSV file for machines)\n/subscribe, /unsubscribe, /subscriptions — alerts when a new decision is published\n\nIn groups: use a command, mention @${bot} or reply to my message. In any chat: type @${bot} <question>.`,
    groupIntro: (bot: string): string =>
      `Hello everyone! I look up the Digital Transformation Index (DTI) rankings of departments and districts.\nPlease ask with /rank Sở Y tế Bắc Ninh, or mention @${bot} with your question.`,
    commandNeedsArgument: (command: string, example: string): string => `Please put the unit after the command, for example:\n/${command} ${example}`,
    apology: "Sorry, something went wrong while answering. Please try again in a few minutes.",
    rateLimited: "You are asking a bit fast. Please wait a few seconds.",
    staleButton: "This button is outdated. Please ask again in words.",
    textOnly: "I only understand questions in text. For example: What rank is Sở Y tế Bắc Ninh?",
    buttons: {
      previousYear: (y: number): string => `◀ ${y}`,
      yearOverYear: "📈 Over the years",
      wholeBlock: "📋 Whole block",
      chart: "📊 Chart",
      excel: "📥 Excel export",
    },
    inlineExamples: "Example question",
    inlineRank: (rank: number, outOf: number): string => `Rank ${rank}/${outOf}`,
    commandExamples: { rank: "Sở Y tế Bắc Ninh", top: "5 districts Bắc Giang 2023", compare: "Sở Tài chính and Sở Y tế Hưng Yên", trend: "Huyện Việt Yên" },
    inlineNothing: (q: string): string => `Nothing found for “${q}”. Please try a unit with its province, e.g. Sở Y tế Bắc Ninh`,
  },
);

export interface CommandSpec {
  command: string;
  description: Record<Lang, string>;
  /** shown in groups too */
  group: boolean;
}

/** The command menu registered with setMyCommands (Latin names are Telegram's rule; Vietnamese aliases welcome). */
export const COMMANDS: readonly CommandSpec[] = [
  { command: "start", description: { vi: "Bắt đầu và câu hỏi mẫu", en: "Start and example questions" }, group: false },
  { command: "help", description: { vi: "Cách hỏi, các lệnh", en: "How to ask, commands" }, group: true },
  { command: "xephang", description: { vi: "Thứ hạng của một đơn vị", en: "Rank of a unit (Vietnamese alias of /rank)" }, group: true },
  { command: "rank", description: { vi: "Thứ hạng của một đơn vị", en: "Rank of a unit" }, group: true },
  { command: "top", description: { vi: "Bảng xếp hạng một khối", en: "Ranking table of a block" }, group: true },
  { command: "compare", description: { vi: "So sánh hai đơn vị", en: "Compare two units" }, group: true },
  { command: "sosanh", description: { vi: "So sánh hai đơn vị", en: "Compare two units (alias of /compare)" }, group: false },
  { command: "trend", description: { vi: "Một đơn vị qua các năm", en: "A unit over the years" }, group: true },
  { command: "chart", description: { vi: "Biểu đồ cho một câu hỏi", en: "A chart for a question" }, group: true },
  { command: "export", description: { vi: "Tải bảng xếp hạng (Excel hoặc CSV)", en: "Download a ranking table (Excel or CSV)" }, group: true },
  { command: "subscribe", description: { vi: "Nhận thông báo khi có quyết định mới", en: "Get alerts about new decisions" }, group: true },
  { command: "unsubscribe", description: { vi: "Ngừng nhận thông báo", en: "Stop alerts" }, group: true },
  { command: "subscriptions", description: { vi: "Các đăng ký nhận thông báo", en: "Your alert subscriptions" }, group: true },
];
