/**
 * The Outbox against a scripted transport: what it does with 429s, 5xx, timeouts, a dead API, and which requests
 * never wait. Real timers, short intervals.
 */
import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { RateGate } from "../src/alerts/index.js";
import { silentLogger } from "../src/log/logger.js";
import { Outbox, type OutboxOptions } from "../src/telegram/outbox.js";

type Reply = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } } | "hang" | "network";

interface Call {
  method: string;
  chatId: unknown;
  text: unknown;
  at: number;
}

/** An Api whose every request is answered by `script` instead of the network. */
function scriptedApi(script: (method: string, payload: Record<string, unknown>, n: number) => Reply) {
  const calls: Call[] = [];
  const api = new Api("1:test", {
    fetch: (async (_url: string, init: { body: string; signal: AbortSignal }) => {
      const method = String(_url).split("/").pop()!;
      const payload = JSON.parse(init.body || "{}") as Record<string, unknown>;
      calls.push({ method, chatId: payload.chat_id, text: payload.text, at: Date.now() });
      const reply = script(method, payload, calls.filter((c) => c.method === method).length);
      if (reply === "network") throw new Error("ECONNRESET");
      if (reply === "hang")
        return new Promise((_, reject) => init.signal.addEventListener("abort", () => reject(Object.assign(new Error("aborted"), { name: "AbortError" }))));
      return { json: async () => reply };
    }) as never,
  });
  return { api, calls };
}

const ok = (result: unknown = { message_id: 1, date: 0, chat: { id: 1, type: "private" } }): Reply => ({ ok: true, result });
const outboxes: Outbox[] = [];
afterEach(() => {
  for (const o of outboxes.splice(0)) o.stop();
});

function outbox(opts: Partial<OutboxOptions> = {}, limits = { globalPerSecond: 1000, perChatIntervalMs: 50, groupPerMinute: 20, minuteMs: 1000 }): Outbox {
  const o = new Outbox({
    gate: new RateGate(limits),
    logger: silentLogger,
    secondMs: 10,
    timeouts: { sendMs: 100, uploadMs: 200, urgentMs: 100, otherMs: 100, pollMarginMs: 100 },
    breaker: { failures: 3, firstProbeMs: 50, maxProbeMs: 200 },
    backoffMs: () => 20,
    ...opts,
  });
  outboxes.push(o);
  return o;
}

describe("the Outbox", () => {
  it("spaces messages to one chat and keeps their order", async () => {
    const { api, calls } = scriptedApi(() => ok());
    api.config.use(outbox().transformer("answers"));
    await Promise.all([1, 2, 3].map((n) => api.sendMessage(5, `part ${n}`)));
    const sends = calls.filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(3);
    for (let i = 1; i < sends.length; i++) expect(sends[i]!.at - sends[i - 1]!.at).toBeGreaterThanOrEqual(30);
  });

  it("after a 429 waits retry_after (however long) and then delivers, without asking again meanwhile", async () => {
    const { api, calls } = scriptedApi((m, _p, n) => (m === "sendMessage" && n === 1 ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 45", parameters: { retry_after: 45 } } : ok()));
    api.config.use(outbox().transformer("answers"));
    await api.sendMessage(5, "answer");
    const sends = calls.filter((c) => c.method === "sendMessage");
    expect(sends).toHaveLength(2);
    // 45 Telegram seconds of 10 ms each
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(420);
  });

  it("keeps an answer through 5xx, network errors and timeouts until it goes through", async () => {
    const replies: Reply[] = [{ ok: false, error_code: 502, description: "Bad Gateway" }, "network", "hang", ok()];
    const { api, calls } = scriptedApi((m, _p, n) => (m === "sendMessage" ? replies[n - 1]! : ok()));
    api.config.use(outbox({ breaker: { failures: 10, firstProbeMs: 50, maxProbeMs: 200 } }).transformer("answers"));
    const sent = await api.sendMessage(5, "answer");
    expect(sent.message_id).toBe(1);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(4);
  });

  it("hands a permanent refusal back to the caller at once", async () => {
    const { api, calls } = scriptedApi(() => ({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }));
    api.config.use(outbox().transformer("answers"));
    await expect(api.sendMessage(5, "answer")).rejects.toThrow(/blocked/);
    expect(calls).toHaveLength(1);
  });

  it("opens the breaker after consecutive failures: nothing but probes until one is answered, then the queue drains", async () => {
    let down = true;
    const { api, calls } = scriptedApi(() => (down ? { ok: false, error_code: 502, description: "Bad Gateway" } : ok()));
    const o = outbox();
    api.config.use(o.transformer("answers"));
    const answers = [1, 2, 3, 4, 5, 6].map((chat) => api.sendMessage(chat, "answer"));
    await new Promise((r) => setTimeout(r, 300));
    expect(o.gate.isSuspended).toBe(true);
    // the three failures that opened it, and whatever was already in flight; then nothing more
    const sendsWhileDown = calls.filter((c) => c.method === "sendMessage").length;
    expect(sendsWhileDown).toBeGreaterThanOrEqual(3);
    expect(sendsWhileDown).toBeLessThanOrEqual(6);
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(sendsWhileDown);
    expect(calls.filter((c) => c.method === "getMe").length).toBeGreaterThan(0);
    // callback answers fail fast instead of reaching the dead API
    await expect(api.answerCallbackQuery("q1")).rejects.toThrow(/not answering/);
    expect(calls.filter((c) => c.method === "answerCallbackQuery")).toHaveLength(0);
    down = false;
    await Promise.all(answers);
    expect(o.gate.isSuspended).toBe(false);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(sendsWhileDown + 6);
  });

  it("never makes a button or inline answer wait behind a chat's queued messages", async () => {
    const { api, calls } = scriptedApi(() => ok(true));
    const o = outbox({}, { globalPerSecond: 1000, perChatIntervalMs: 60_000, groupPerMinute: 20, minuteMs: 60_000 });
    api.config.use(o.transformer("answers"));
    await api.sendMessage(5, "one");
    void api.sendMessage(5, "two").catch(() => undefined);
    await api.answerCallbackQuery("q1");
    await api.answerInlineQuery("q2", []);
    // "two" waits a minute for its chat; the query answers did not
    expect(o.depth).toBe(1);
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "answerCallbackQuery", "answerInlineQuery"]);
  });

  it("gives a long poll its own timeout plus a margin, and a black-holed send a few seconds", async () => {
    const { api, calls } = scriptedApi(() => "hang");
    api.config.use(outbox({ breaker: { failures: 100, firstProbeMs: 50, maxProbeMs: 200 }, maxAgeMs: 0 }).transformer("answers"));
    // a request that never returns ends: the poll after its 1 s timeout (0 here) plus the margin, the send after its timeout
    const started = Date.now();
    await expect(api.getUpdates({ timeout: 0 })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    await expect(api.sendMessage(5, "x")).rejects.toThrow();
    expect(calls.map((c) => c.method)).toEqual(["getUpdates", "sendMessage"]);
  });

  it("tells a person whose answer waits behind others once, in their language, before the answer", async () => {
    const { api, calls } = scriptedApi(() => ok());
    const o = outbox({ delayNoticeMs: 100, delayNotice: (lang) => (lang === "en" ? "late" : "trễ"), noticeQuietMs: 60_000 }, { globalPerSecond: 50, perChatIntervalMs: 1, groupPerMinute: 20, minuteMs: 1000 });
    api.config.use(o.transformer("answers"));
    o.noteLanguage(99, "en");
    const others = Array.from({ length: 40 }, (_, i) => api.sendMessage(1000 + i, "other"));
    const mine = [api.sendMessage(99, "answer 1"), api.sendMessage(99, "answer 2")];
    await Promise.all([...others, ...mine]);
    expect(calls.filter((c) => c.chatId === 99).map((c) => c.text)).toEqual(["late", "answer 1", "answer 2"]);
  });
});
