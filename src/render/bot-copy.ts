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
      fmt`${F.b("Cách hỏi về xếp hạng DTI:")}\n• Sở Y tế Bắc Ninh xếp thứ mấy?\n• còn năm 2021? / so với Sở Tài chính? (câu hỏi tiếp theo)\n• Top 5 huyện Bắc Giang 2023\n• So sánh Sở Tài chính và Sở Y tế Hưng Yên\n• Huyện Việt Yên qua các năm\n\n${F.b("Lệnh:")}\n${helpCommandLines("vi")}\n\nTrong nhóm: gõ lệnh, nhắc @${bot} hoặc trả lời tin nhắn của bot. Ở bất kỳ cuộc trò chuyện nào: gõ @${bot} <câu hỏi>.`,
    groupIntro: (bot: string): string =>
      `Xin chào cả nhóm! Đây là bot tra cứu xếp hạng chuyển đổi số (DTI) của các sở, ngành, huyện.\nVui lòng hỏi bằng lệnh /xephang Sở Y tế Bắc Ninh, hoặc nhắc @${bot} kèm câu hỏi.`,
    commandNeedsArgument: (command: string, example: string): string => `Vui lòng viết tên đơn vị sau lệnh, ví dụ:\n/${command} ${example}`,
    apology: "Xin lỗi, bot gặp trục trặc khi trả lời câu này. Vui lòng thử lại sau ít phút.",
    rateLimited: "Bạn hỏi nhanh quá. Vui lòng chờ vài giây rồi hỏi tiếp.",
    /** sent once when Telegram's limits hold an answer back for more than a few seconds */
    answerDelayed: "⏳ Đang có nhiều người hỏi cùng lúc, câu trả lời của bạn sẽ đến trong giây lát.",
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
      fmt`${F.b("How to ask about the DTI rankings:")}\n• What rank is Sở Y tế Bắc Ninh?\n• and in 2021? / compared with Sở Tài chính? (follow-ups)\n• Top 5 districts of Bac Giang 2023\n• Compare Sở Tài chính and Sở Y tế Hưng Yên\n• Huyện Việt Yên over the years\n\n${F.b("Commands:")}\n${helpCommandLines("en")}\n\nIn groups: use a command, mention @${bot} or reply to my message. In any chat: type @${bot} <question>.`,
    groupIntro: (bot: string): string =>
      `Hello everyone! I look up the Digital Transformation Index (DTI) rankings of departments and districts.\nPlease ask with /rank Sở Y tế Bắc Ninh, or mention @${bot} with your question.`,
    commandNeedsArgument: (command: string, example: string): string => `Please put the unit after the command, for example:\n/${command} ${example}`,
    apology: "Sorry, something went wrong while answering. Please try again in a few minutes.",
    rateLimited: "You are asking a bit fast. Please wait a few seconds.",
    answerDelayed: "⏳ Many people are asking at once; your answer is on its way.",
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

/** What a command does; the features register their handlers by this key (`commandNames`). */
export type CommandKey =
  | "start"
  | "help"
  | "rank"
  | "top"
  | "compare"
  | "trend"
  | "chart"
  | "export"
  | "subscribe"
  | "unsubscribe"
  | "subscriptions";

export interface CommandSpec {
  key: CommandKey;
  /** every name the bot answers to: the English one, then the Vietnamese alias (Telegram allows only a–z, 0–9, _) */
  names: { en: string; vi?: string };
  /** what follows the command, shown in /help ("" for none) */
  args: Record<Lang, string>;
  description: Record<Lang, string>;
  /** in the group chats' menu too */
  group: boolean;
}

/**
 * The one list of commands: the menu registered with setMyCommands (both languages, private and group chats), the
 * command part of /help and the names each feature's handler answers to all come from here.
 */
export const COMMANDS: readonly CommandSpec[] = [
  { key: "start", names: { en: "start" }, args: { vi: "", en: "" }, description: { vi: "Bắt đầu và câu hỏi mẫu", en: "Start and example questions" }, group: false },
  { key: "help", names: { en: "help", vi: "huongdan" }, args: { vi: "", en: "" }, description: { vi: "Cách hỏi, các lệnh", en: "How to ask, commands" }, group: true },
  { key: "rank", names: { en: "rank", vi: "xephang" }, args: { vi: "<đơn vị>", en: "<unit>" }, description: { vi: "Thứ hạng của một đơn vị", en: "Rank of a unit" }, group: true },
  { key: "top", names: { en: "top" }, args: { vi: "<khối, tỉnh>", en: "<block, province>" }, description: { vi: "Bảng xếp hạng một khối", en: "Ranking table of a block" }, group: true },
  { key: "compare", names: { en: "compare", vi: "sosanh" }, args: { vi: "<A> và <B>", en: "<A> and <B>" }, description: { vi: "So sánh hai đơn vị", en: "Compare two units" }, group: true },
  { key: "trend", names: { en: "trend", vi: "xuhuong" }, args: { vi: "<đơn vị>", en: "<unit>" }, description: { vi: "Một đơn vị qua các năm", en: "A unit over the years" }, group: true },
  { key: "chart", names: { en: "chart", vi: "bieudo" }, args: { vi: "<câu hỏi>", en: "<question>" }, description: { vi: "Biểu đồ cho một câu hỏi", en: "A chart for a question" }, group: true },
  { key: "export", names: { en: "export", vi: "xuat" }, args: { vi: "<tỉnh> [năm]", en: "<province> [year]" }, description: { vi: "Tải bảng xếp hạng (Excel hoặc CSV)", en: "Download a ranking table (Excel or CSV)" }, group: true },
  { key: "subscribe", names: { en: "subscribe", vi: "dangky" }, args: { vi: "[tỉnh hoặc đơn vị]", en: "[province or unit]" }, description: { vi: "Nhận thông báo khi có quyết định mới", en: "Get alerts about new decisions" }, group: true },
  { key: "unsubscribe", names: { en: "unsubscribe", vi: "huydangky" }, args: { vi: "[tỉnh hoặc đơn vị]", en: "[province or unit]" }, description: { vi: "Ngừng nhận thông báo", en: "Stop alerts" }, group: true },
  { key: "subscriptions", names: { en: "subscriptions", vi: "dsdangky" }, args: { vi: "", en: "" }, description: { vi: "Các đăng ký nhận thông báo", en: "Your alert subscriptions" }, group: true },
];

function specOf(key: CommandKey): CommandSpec {
  const spec = COMMANDS.find((c) => c.key === key);
  if (!spec) throw new Error(`no command "${key}" in COMMANDS`);
  return spec;
}

/** The names a handler registers for `key`, English first. */
export function commandNames(key: CommandKey): string[] {
  const { en, vi } = specOf(key).names;
  return vi ? [en, vi] : [en];
}

/** The names in the order a speaker of `lang` looks for them: their language's first. */
function namesFor(spec: CommandSpec, lang: Lang): string[] {
  const { en, vi } = spec.names;
  if (!vi) return [en];
  return lang === "vi" ? [vi, en] : [en, vi];
}

/** The command menu for one language and scope: every name, an alias described as one. */
export function commandMenu(lang: Lang, scope: "private" | "group"): { command: string; description: string }[] {
  return COMMANDS.filter((c) => scope === "private" || c.group).flatMap((c) => {
    const [first, ...aliases] = namesFor(c, lang);
    return [{ command: first!, description: c.description[lang] }, ...aliases.map((a) => ({ command: a, description: `${c.description[lang]} (= /${first!})` }))];
  });
}

/** The command lines of /help: `/xephang, /rank <đơn vị> — Thứ hạng của một đơn vị`. */
export function helpCommandLines(lang: Lang): string {
  return COMMANDS.filter((c) => c.key !== "start")
    .map((c) => {
      const names = namesFor(c, lang)
        .map((n) => `/${n}`)
        .join(", ");
      const args = c.args[lang] ? ` ${c.args[lang]}` : "";
      return `${names}${args} — ${c.description[lang]}`;
    })
    .join("\n");
}
