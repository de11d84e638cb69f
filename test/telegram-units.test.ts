import { FormattedString } from "@grammyjs/parse-mode";
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, requireToken } from "../src/config/index.js";
import { createLogger, redact, silentLogger } from "../src/log/logger.js";
import {
  decodeCallback,
  encodeChart,
  encodeExample,
  encodeFollowUp,
  encodePick,
  MAX_CALLBACK_BYTES,
  resolveUnitHandle,
  unitHandle,
} from "../src/telegram/callback-data.js";
import { addressedText } from "../src/telegram/features/ask.js";
import { MAX_MESSAGE_LENGTH, splitFormatted } from "../src/telegram/format.js";
import { openSessionStore, SESSIONS_FILE } from "../src/telegram/session.js";
import { DATASET_SCHEMA_VERSION, type Dataset } from "../src/domain/dataset.js";

const LONG_ID = `bac-giang/${"trung-tam-phuc-vu-hanh-chinh-cong-va-ung-dung-cong-nghe-thong-tin-".repeat(3)}`;

describe("callback data stays within 64 bytes and rejects what the bot did not write", () => {
  it("round-trips every action, even for unit ids far longer than 64 bytes", () => {
    expect(Buffer.byteLength(LONG_ID)).toBeGreaterThan(64);
    const datas = [
      encodePick(LONG_ID, "trend", 2023),
      encodePick(LONG_ID, "rank"),
      encodeFollowUp("wholeBlock", LONG_ID, 2023, "ICT"),
      encodeChart(LONG_ID, 2022, "PORTAL"),
      encodeExample(2),
    ];
    for (const d of datas) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(decodeCallback(datas[0])).toEqual({ action: "pick", unit: unitHandle(LONG_ID), intent: "trend", year: 2023 });
    expect(decodeCallback(datas[1])).toEqual({ action: "pick", unit: unitHandle(LONG_ID), intent: "rank", year: undefined });
    expect(decodeCallback(datas[2])).toEqual({ action: "followUp", kind: "wholeBlock", unit: unitHandle(LONG_ID), year: 2023, index: "ICT" });
    expect(decodeCallback(datas[3])).toEqual({ action: "chart", unit: unitHandle(LONG_ID), year: 2022, index: "PORTAL" });
    expect(decodeCallback(datas[4])).toEqual({ action: "example", n: 2 });
  });

  it("decodes forged, truncated and foreign data to null without throwing", () => {
    for (const d of ["", "p:", "p:short:r:0", "a:z:AAAAAAAAAAA:2023:D", "ex:-1", "ex:99", "sub:rm:1", "<b>x</b>&", "p:AAAAAAAAAAA:r:2023:extra", undefined])
      expect(decodeCallback(d)).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const r = decodeCallback(s);
        return r === null || typeof r.action === "string";
      }),
    );
  });

  it("resolves a handle to the unit in the current dataset and to nothing when the unit is gone", () => {
    const dataset = { schemaVersion: DATASET_SCHEMA_VERSION, decisions: [], units: [{ id: LONG_ID, province: "Bắc Giang", name: "Trung tâm", kind: "department", aliases: [] }] } as Dataset;
    expect(resolveUnitHandle(dataset, unitHandle(LONG_ID))).toBe(LONG_ID);
    expect(resolveUnitHandle(dataset, unitHandle("bac-ninh/so-y-te"))).toBeUndefined();
  });
});

describe("long replies are split at Telegram's 4,096 characters without breaking entities", () => {
  const row = (i: number) => FormattedString.join([FormattedString.b(`${i}. Sở KH&CN <b>`), ` — 875,83/1000 · "_x_" 😀`]);

  it("splits at line breaks, keeps every character and keeps entities inside their part", () => {
    const text = FormattedString.join(Array.from({ length: 400 }, (_, i) => row(i + 1)), "\n");
    expect(text.text.length).toBeGreaterThan(3 * MAX_MESSAGE_LENGTH);
    const parts = splitFormatted(text);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(p.text.startsWith("\n") || p.text.endsWith("\n")).toBe(false);
      for (const e of p.entities) expect(e.offset + e.length).toBeLessThanOrEqual(p.text.length);
    }
    expect(parts.map((p) => p.text).join("\n")).toBe(text.text);
    expect(parts.reduce((n, p) => n + p.entities.length, 0)).toBe(400);
  });

  it("cuts a text without any break by length and never splits a surrogate pair", () => {
    const text = new FormattedString("😀".repeat(5000));
    const parts = splitFormatted(text);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(parts.map((p) => p.text).join("")).toBe(text.text);
  });

  it("leaves a short text as one part", () => {
    expect(splitFormatted(new FormattedString("Sở Y tế")).map((p) => p.text)).toEqual(["Sở Y tế"]);
  });
});

describe("in groups the bot hears only what is addressed to it", () => {
  const me = { id: 99, username: "dti_bot" };
  it("strips its mention and keeps the question", () => {
    const text = "@dti_bot Sở Y tế Bắc Ninh xếp thứ mấy?";
    expect(addressedText(text, [{ type: "mention", offset: 0, length: 8 }], me, undefined)).toBe("Sở Y tế Bắc Ninh xếp thứ mấy?");
    const middle = "cho hỏi @DTI_bot, Sở Y tế Bắc Ninh";
    expect(addressedText(middle, [{ type: "mention", offset: 8, length: 8 }], me, undefined)).toBe("cho hỏi , Sở Y tế Bắc Ninh");
  });
  it("answers replies to its own messages, and ignores other mentions and chatter", () => {
    expect(addressedText("còn năm 2021?", undefined, me, { id: 99 })).toBe("còn năm 2021?");
    expect(addressedText("còn năm 2021?", undefined, me, { id: 5 })).toBeUndefined();
    expect(addressedText("@other_bot Sở Y tế", [{ type: "mention", offset: 0, length: 10 }], me, undefined)).toBeUndefined();
    expect(addressedText("Hôm nay trời đẹp", undefined, me, undefined)).toBeUndefined();
  });
});

describe("configuration is validated once and errors say what to do", () => {
  it("applies defaults and parses lists", () => {
    const c = parseConfig({ BOT_TOKEN: "123456:ABCdef_-1", ADMIN_IDS: "1, 22;333", BOT_API_ROOT: "http://127.0.0.1:8081/" });
    expect(c).toMatchObject({ dataDir: "./data", stateDir: "./state", adminIds: [1, 22, 333], apiRoot: "http://127.0.0.1:8081", logLevel: "info", webhook: undefined });
  });
  it("names every bad variable", () => {
    let message = "";
    try {
      parseConfig({ BOT_TOKEN: "not a token", ADMIN_IDS: "12,abc", LOG_LEVEL: "loud" });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain("BOT_TOKEN");
    expect(message).toContain('"abc" is not a Telegram user id');
    expect(message).toContain("LOG_LEVEL");
    expect(message).not.toContain("not a token");
  });
  it("requires a webhook secret with a webhook URL", () => {
    expect(() => parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook" })).toThrow(/WEBHOOK_SECRET/);
    expect(parseConfig({ WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "s3cret_-" }).webhook).toEqual({
      url: "https://bot.example.org/hook",
      secret: "s3cret_-",
      port: 8080,
    });
  });
  it("explains a missing token and points to npm run chat", () => {
    expect(() => requireToken(parseConfig({}))).toThrow(/BOT_TOKEN is missing[^]*npm run chat/);
  });
});

describe("logs never contain the token", () => {
  it("redacts the token inside Bot API URLs and error messages", () => {
    const token = "7012345678:AAHk-very_secret-token-value-123";
    const lines: string[] = [];
    const logger = createLogger({ level: "debug", secrets: [token], write: (l) => lines.push(l) });
    logger.error("request failed", { error: new Error(`request to https://api.telegram.org/bot${token}/getMe failed`) });
    logger.debug("url", { url: `https://api.telegram.org/bot${token}/sendMessage` });
    expect(lines.join("\n")).not.toContain(token);
    expect(lines.join("\n")).not.toContain("AAHk-very_secret");
    expect(redact(`bot${token}/x`)).toBe("bot<redacted>/x");
  });
  it("drops lines below the level", () => {
    const lines: string[] = [];
    createLogger({ level: "warn", write: (l) => lines.push(l) }).info("quiet");
    expect(lines).toEqual([]);
  });
});

describe("sessions persist through telegraf-session-local's file adapter", () => {
  it("keeps a chat's conversation across a restart and writes the file atomically", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dti-sessions-"));
    const store = await openSessionStore({ stateDir: dir, logger: silentLogger });
    await store.write("42", { conversation: { unitId: "bac-ninh/so-y-te", province: "Bắc Ninh", year: 2023 }, lang: "vi" });
    await store.write("-100", { lang: "en" });
    await store.flush();
    expect(readdirSync(dir)).toEqual([SESSIONS_FILE]);
    const reopened = await openSessionStore({ stateDir: dir, logger: silentLogger });
    expect(await reopened.read("42")).toEqual({ conversation: { unitId: "bac-ninh/so-y-te", province: "Bắc Ninh", year: 2023 }, lang: "vi" });
    expect(await reopened.read("-100")).toEqual({ lang: "en" });
    expect(await reopened.read("7")).toBeUndefined();
    await reopened.delete("-100");
    await reopened.flush();
    expect(JSON.parse(readFileSync(join(dir, SESSIONS_FILE), "utf8")).sessions.map((s: { id: string }) => s.id)).toEqual(["42"]);
  });

  it("resets a chat whose stored session does not match the schema", async () => {
    const dir = mkdtempSync(join(tmpdir(), "dti-sessions-"));
    writeFileSync(
      join(dir, SESSIONS_FILE),
      JSON.stringify({ sessions: [{ id: "1", data: { conversation: { year: "two thousand" } } }, { id: "2", data: { lang: "en" } }] }),
    );
    const warnings: string[] = [];
    const logger = createLogger({ level: "warn", write: (l) => warnings.push(l) });
    const store = await openSessionStore({ stateDir: dir, logger });
    expect(await store.read("1")).toBeUndefined();
    expect(await store.read("2")).toEqual({ lang: "en" });
    expect(warnings.join()).toContain("session reset");
  });
});
