/**
 * One command list: the menu registered with Telegram (private and group chats, Vietnamese and English), /help and
 * the names the handlers answer to are the same set, with every Vietnamese alias.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Composer } from "grammy";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Alerts, openAlertsDb, PublishService } from "../src/alerts/index.js";
import { parseConfig } from "../src/config/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { createLogger } from "../src/log/logger.js";
import { COMMANDS, COPY } from "../src/render/bot-copy.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { createBot } from "../src/telegram/bot.js";
import { MENU_LANGUAGES, MENU_SCOPES, registerCommands } from "../src/telegram/commands.js";
import { ChartsDeps } from "../src/telegram/features/charts.js";
import { LOCAL_BOT_INFO } from "../src/telegram/local-transport.js";
import { openSessionStore } from "../src/telegram/session.js";
import { REPO_ROOT } from "./support/bot-process.js";

let knowledge: Knowledge;
beforeAll(() => {
  knowledge = buildKnowledge(loadDataset(join(REPO_ROOT, "data")));
});
afterEach(() => {
  vi.restoreAllMocks();
});

const allNames = (): string[] => COMMANDS.flatMap((c) => [c.names.en, ...(c.names.vi ? [c.names.vi] : [])]).sort();

/** Every command name any feature registers a handler for, while the full bot (alerts and charts on) is built. */
async function handledCommandNames(): Promise<string[]> {
  const names: string[] = [];
  const original = Composer.prototype.command;
  vi.spyOn(Composer.prototype, "command").mockImplementation(function (this: Composer<never>, command, ...middleware) {
    names.push(...(Array.isArray(command) ? command : [command]).map(String));
    return original.call(this, command, ...middleware);
  });
  const db = openAlertsDb(mkdtempSync(join(tmpdir(), "dti-commands-")));
  const logger = createLogger({ level: "silent" });
  const alerts = new Alerts({ db, send: async () => ({ kind: "ok", messageId: 1 }) });
  createBot(
    "0:local",
    {
      knowledge: () => knowledge,
      config: parseConfig({ ADMIN_IDS: "1" }),
      logger,
      sessionStore: await openSessionStore({ inMemory: true, logger }),
      alerts: { alerts, publisher: new PublishService({ alerts, dataDir: mkdtempSync(join(tmpdir(), "dti-commands-data-")), dataset: knowledge.dataset, logger, onApplied: () => {} }) },
      charts: new ChartsDeps(),
    },
    { botInfo: LOCAL_BOT_INFO },
  );
  db.close();
  return [...new Set(names)].sort();
}

describe("the command list", () => {
  it("the handlers answer to exactly the names in the list", async () => {
    expect(await handledCommandNames()).toEqual(allNames());
  });

  it("every Vietnamese alias the bot has answered to is in the list", () => {
    for (const alias of ["xephang", "sosanh", "xuhuong", "bieudo", "xuat", "dangky", "huydangky", "dsdangky"]) expect(allNames()).toContain(alias);
  });

  it("the menu of each scope and language holds every name once, with a description in that language", async () => {
    const calls: { commands: { command: string; description: string }[]; scope: string; lang: string | undefined }[] = [];
    const api = {
      setMyCommands: async (commands: { command: string; description: string }[], other: { scope: { type: string }; language_code?: string }) => {
        calls.push({ commands, scope: other.scope.type, lang: other.language_code });
        return true;
      },
    };
    await registerCommands(api as never);
    expect(calls).toHaveLength(MENU_SCOPES.length * MENU_LANGUAGES.length);
    const groupNames = COMMANDS.filter((c) => c.group)
      .flatMap((c) => [c.names.en, ...(c.names.vi ? [c.names.vi] : [])])
      .sort();
    for (const call of calls) {
      const names = call.commands.map((c) => c.command);
      expect(new Set(names).size).toBe(names.length);
      expect([...names].sort()).toEqual(call.scope === "all_private_chats" ? allNames() : groupNames);
      // Telegram's rules: 1–32 characters of a–z, 0–9, _; a description of 1–256 characters
      for (const c of call.commands) {
        expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
        expect(c.description.length).toBeGreaterThan(0);
        expect(c.description.length).toBeLessThanOrEqual(256);
      }
      const rank = call.commands.find((c) => c.command === "rank")!;
      expect(rank.description).toBe(call.lang === "en" ? "Rank of a unit" : "Thứ hạng của một đơn vị (= /xephang)");
    }
    // a Vietnamese speaker sees the Vietnamese name first
    const viPrivate = calls.find((c) => c.scope === "all_private_chats" && c.lang === "vi")!.commands.map((c) => c.command);
    expect(viPrivate.indexOf("xephang")).toBeLessThan(viPrivate.indexOf("rank"));
  });

  it("the README's command table lists the same commands and aliases", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Bot commands"), readme.indexOf("\n## ", readme.indexOf("## Bot commands") + 1));
    const rows = section.split("\n").filter((l) => l.startsWith("| `/"));
    const documented = rows.flatMap((r) => [...r.split("|").slice(1, 3).join(" ").matchAll(/`\/([a-z0-9_]+)/g)].map((m) => m[1]!)).sort();
    expect(documented).toEqual(allNames());
  });

  it("/help names every command but /start, in both languages", () => {
    for (const lang of ["vi", "en"] as const) {
      const text = COPY[lang].help("dti_bot").text;
      for (const name of allNames().filter((n) => n !== "start")) expect(text).toMatch(new RegExp(`/${name}\\b`));
    }
  });
});
