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
      fmt`${F.b("Hỏi gì cũng được về xếp hạng DTI:")}\n• Sở Y tế Bắc Ninh xếp thứ mấy?\n• còn năm 2021? / so với Sở Tài chính? (câu hỏi tiếp theo)\n• Top 5 huyện Bắc Giang 2023\n• So sánh Sở Tài chính và Sở Y tế Hưng Yên\n• Huyện Việt Yên qua các năm\n\n${F.b("Lệnh:")}\n${helpCommandLines("vi")}\n\nTrong nhóm: gõ lệnh, nhắc @${bot} hoặc trả lời tin nhắn của mình. Ở bất kỳ cuộc trò chuyện nào: gõ @${bot} <câu hỏi>.`,
    en: (bot: string): FormattedString =>
      fmt`${F.b("Ask anything about the DTI rankings:")}\n• What rank is Sở Y tế Bắc Ninh?\n• and in 2021? / compared with Sở Tài chính? (follow-ups)\n• Top 5 districts of Bac Giang 2023\n• Compare Sở Tài chính and Sở Y tế Hưng Yên\n• Huyện Việt Yên over the years\n\n${F.b("Commands:")}\n${helpCommandLines("en")}\n\nIn groups: use a command, mention @${bot} or reply to my message. In any chat: type @${bot} <question>.`,
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
  { key: "export", names: { en: "export", vi: "xuat" }, args: { vi: "<tỉnh> [năm]", en: "<province> [year]" }, description: { vi: "Tải bảng xếp hạng (CSV)", en: "Download a ranking table (CSV)" }, group: true },
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
