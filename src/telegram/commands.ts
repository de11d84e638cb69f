import type { Api } from "grammy";
import type { BotCommandScope, LanguageCode } from "grammy/types";
import { commandMenu, type Lang } from "../render/bot-copy.js";

/** Where a menu is shown: private chats and groups, each with a Vietnamese default, "vi" and "en". */
export const MENU_SCOPES: readonly { scope: BotCommandScope; kind: "private" | "group" }[] = [
  { scope: { type: "all_private_chats" }, kind: "private" },
  { scope: { type: "all_group_chats" }, kind: "group" },
];
export const MENU_LANGUAGES: readonly { lang: Lang; code?: LanguageCode }[] = [{ lang: "vi" }, { lang: "vi", code: "vi" }, { lang: "en", code: "en" }];

/** Register the command menu (from COMMANDS in render/bot-copy.ts) for every scope and language. */
export async function registerCommands(api: Api): Promise<void> {
  for (const { scope, kind } of MENU_SCOPES)
    for (const { lang, code } of MENU_LANGUAGES) {
      const commands = commandMenu(lang, kind);
      if (code) await api.setMyCommands(commands, { scope, language_code: code });
      else await api.setMyCommands(commands, { scope });
    }
}
