import type { FormattedString } from "@grammyjs/parse-mode";
import { fmt, FormattedString as F } from "@grammyjs/parse-mode";
import type { Lang } from "../answer/types.js";

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

export const COPY = {
  greeting: {
    vi: (name: string): FormattedString =>
      fmt`Xin chào ${name}! 👋\nMình trả lời câu hỏi về ${F.b("xếp hạng chuyển đổi số (DTI)")} và ứng dụng CNTT của các sở, ngành, huyện theo các quyết định chính thức.\n\nCứ hỏi bằng lời thường, có dấu hay không dấu đều được. Thử một câu:`,
    en: (name: string): FormattedString =>
      fmt`Hello ${name}! 👋\nI answer questions about the official ${F.b("digital-transformation (DTI)")} and IT-application rankings of Vietnamese departments and districts.\n\nJust ask in plain words. Try one:`,
  },
  help: {
    vi: (bot: string): FormattedString =>
      fmt`${F.b("Hỏi gì cũng được về xếp hạng DTI:")}\n• Sở Y tế Bắc Ninh xếp thứ mấy?\n• còn năm 2021? / so với Sở Tài chính? (câu hỏi tiếp theo)\n• Top 5 huyện Bắc Giang 2023\n• So sánh Sở Tài chính và Sở Y tế Hưng Yên\n• Huyện Việt Yên qua các năm\n\n${F.b("Lệnh:")}\n/xephang <đơn vị> — thứ hạng (/rank)\n/top <khối, tỉnh> — bảng xếp hạng\n/compare <A> và <B> — so sánh\n/trend <đơn vị> — qua các năm\n/chart <câu hỏi> — biểu đồ\n/export <tỉnh> [năm] — tải bảng CSV\n/subscribe, /unsubscribe, /subscriptions — nhận thông báo khi có quyết định mới\n\nTrong nhóm: gõ lệnh, nhắc @${bot} hoặc trả lời tin nhắn của mình. Ở bất kỳ cuộc trò chuyện nào: gõ @${bot} <câu hỏi>.`,
    en: (bot: string): FormattedString =>
      fmt`${F.b("Ask anything about the DTI rankings:")}\n• What rank is Sở Y tế Bắc Ninh?\n• and in 2021? / compared with Sở Tài chính? (follow-ups)\n• Top 5 districts of Bac Giang 2023\n• Compare Sở Tài chính and Sở Y tế Hưng Yên\n• Huyện Việt Yên over the years\n\n${F.b("Commands:")}\n/rank <unit> — its rank (/xephang)\n/top <block, province> — the ranking table\n/compare <A> and <B>\n/trend <unit> — over the years\n/chart <question> — a chart\n/export <province> [year] — the table as CSV\n/subscribe, /unsubscribe, /subscriptions — alerts when a new decision is published\n\nIn groups: use a command, mention @${bot} or reply to my message. In any chat: type @${bot} <question>.`,
  },
  groupIntro: {
    vi: (bot: string): string =>
      `Xin chào cả nhóm! Mình là bot tra cứu xếp hạng chuyển đổi số (DTI) của các sở, ngành, huyện.\nHỏi bằng lệnh /xephang Sở Y tế Bắc Ninh, hoặc nhắc @${bot} kèm câu hỏi.`,
    en: (bot: string): string =>
      `Hello everyone! I look up the digital-transformation (DTI) rankings of departments and districts.\nAsk with /rank Sở Y tế Bắc Ninh, or mention @${bot} with your question.`,
  },
  commandNeedsArgument: {
    vi: (command: string, example: string): string => `Hãy viết tên đơn vị sau lệnh, ví dụ:\n/${command} ${example}`,
    en: (command: string, example: string): string => `Put the unit after the command, for example:\n/${command} ${example}`,
  },
  apology: {
    vi: "Xin lỗi, mình gặp trục trặc khi trả lời câu này. Bạn thử lại sau ít phút nhé.",
    en: "Sorry, something went wrong while answering. Please try again in a few minutes.",
  },
  rateLimited: {
    vi: "Bạn hỏi nhanh quá 🙂 Chờ vài giây rồi hỏi tiếp nhé.",
    en: "You are asking a bit fast 🙂 Please wait a few seconds.",
  },
  /** sent once when Telegram's limits hold an answer back for more than a few seconds */
  answerDelayed: {
    vi: "⏳ Đang có nhiều người hỏi cùng lúc, câu trả lời của bạn sẽ đến trong giây lát.",
    en: "⏳ Many people are asking at once; your answer is on its way.",
  },
  staleButton: {
    vi: "Nút này đã cũ hoặc không còn hợp lệ. Hãy hỏi lại bằng lời nhé.",
    en: "This button is outdated or invalid. Please ask again in words.",
  },
  textOnly: {
    vi: "Mình chỉ hiểu câu hỏi bằng chữ. Ví dụ: Sở Y tế Bắc Ninh xếp thứ mấy?",
    en: "I only understand questions in text. For example: What rank is Sở Y tế Bắc Ninh?",
  },
  buttons: {
    previousYear: { vi: (y: number): string => `◀ Năm ${y}`, en: (y: number): string => `◀ ${y}` },
    yearOverYear: { vi: "📈 Qua các năm", en: "📈 Over the years" },
    wholeBlock: { vi: "📋 Cả khối", en: "📋 Whole block" },
    chart: { vi: "📊 Biểu đồ", en: "📊 Chart" },
  },
  inlineExamples: {
    vi: "Ví dụ câu hỏi",
    en: "Example question",
  },
  inlineNothing: {
    vi: (q: string): string => `Không tìm thấy “${q}”. Thử tên đơn vị kèm tỉnh, ví dụ: Sở Y tế Bắc Ninh`,
    en: (q: string): string => `Nothing found for “${q}”. Try a unit with its province, e.g. Sở Y tế Bắc Ninh`,
  },
} as const;

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
  { command: "export", description: { vi: "Tải bảng xếp hạng (CSV)", en: "Download a ranking table (CSV)" }, group: true },
  { command: "subscribe", description: { vi: "Nhận thông báo khi có quyết định mới", en: "Get alerts about new decisions" }, group: true },
  { command: "unsubscribe", description: { vi: "Ngừng nhận thông báo", en: "Stop alerts" }, group: true },
  { command: "subscriptions", description: { vi: "Các đăng ký nhận thông báo", en: "Your alert subscriptions" }, group: true },
];
