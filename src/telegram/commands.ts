import type { Api } from "grammy";
import type { BotCommandScope, LanguageCode } from "grammy/types";
import { COMMANDS, type Lang } from "../render/bot-copy.js";

/** Register the command menu: private chats and groups, Vietnamese as the default language and English for "en". */
export async function registerCommands(api: Api): Promise<void> {
  const scopes: { scope: BotCommandScope; group: boolean }[] = [
    { scope: { type: "all_private_chats" }, group: false },
    { scope: { type: "all_group_chats" }, group: true },
  ];
  const languages: { lang: Lang; code?: LanguageCode }[] = [{ lang: "vi" }, { lang: "vi", code: "vi" }, { lang: "en", code: "en" }];
  for (const { scope, group } of scopes)
    for (const { lang, code } of languages) {
      const commands = COMMANDS.filter((c) => !group || c.group).map((c) => ({ command: c.command, description: c.description[lang] }));
      if (code) await api.setMyCommands(commands, { scope, language_code: code });
      else await api.setMyCommands(commands, { scope });
    }
}
