/**
 * GET /healthz on the compiled bot: the figures an operator watches, 503 while getUpdates keeps failing, 200 again
 * (and "polling recovered" logged once) when the Bot API is back; and the alert queue's depth and stuck state.
 */
import { mkdtempSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Alerts, openAlertsDb, queueStats } from "../src/alerts/index.js";
import { healthReport, type HealthInputs } from "../src/health/report.js";
import { BotApiEmulator, makeUser } from "./support/bot-api-emulator.js";
import { spawnBot, waitUntilPolling, type BotProcess } from "./support/bot-process.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Bots started by a test: stopped after it even when an assertion failed half-way. */
const running: BotProcess[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) await bot.stop("SIGKILL");
});
const startBot = (emu: BotApiEmulator, env: Record<string, string>): BotProcess => {
  const bot = spawnBot(emu, { env });
  running.push(bot);
  return bot;
};

async function healthUrl(bot: BotProcess): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const m = /"msg":"health endpoint listening","url":"([^"]+)"/.exec(bot.output());
    if (m?.[1]) return m[1];
    await sleep(25);
  }
  throw new Error(`no health endpoint in the log:\n${bot.output()}`);
}

async function getHealth(url: string): Promise<{ status: number; body: Record<string, any> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe("the health endpoint of the running bot", () => {
  let emu: BotApiEmulator;
  beforeEach(async () => {
    emu = await BotApiEmulator.start();
  });
  afterEach(async () => {
    emu.beforeCall = null;
    await emu.stop();
  });

  it("reports the dataset and the queue, turns 503 while polling fails, and recovers", async () => {
    const bot = startBot(emu, { HEALTH_PORT: "0", HEALTH_POLL_STALE_SECONDS: "1.5" });
    await waitUntilPolling(emu, bot);
    const url = await healthUrl(bot);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/);

    // one answered question: a long poll has completed
    const user = makeUser();
    emu.sendPrivateText(user, "Sở Y tế Bắc Ninh xếp thứ mấy?");
    await emu.waitForMessage(user.id);
    const healthy = await until("a completed poll", async () => {
      const h = await getHealth(url);
      return h.body.polling?.lastSuccessAt ? h : undefined;
    });
    expect(healthy.status).toBe(200);
    expect(healthy.body).toMatchObject({ status: "ok", problems: [], mode: "polling", ready: true });
    expect(healthy.body.dataset.decisions).toBeGreaterThan(0);
    expect(healthy.body.dataset.entries).toBeGreaterThan(0);
    expect(Date.parse(healthy.body.dataset.builtAt)).toBeGreaterThan(0);
    expect(healthy.body.alerts).toMatchObject({ queueDepth: 0, oldestPendingAt: null });
    expect((await fetch(url.replace("/healthz", "/readyz"))).status).toBe(200);

    // the Bot API goes away: every long poll dies on the wire
    emu.beforeCall = (method) => (method === "getUpdates" ? "drop" : undefined);
    emu.sendPrivateText(user, "Sở Tài chính Bắc Ninh"); // ends the poll in flight, so the next one meets the outage
    const failing = await until("a 503", async () => {
      const h = await getHealth(url);
      return h.status === 503 ? h : undefined;
    });
    expect(failing.body.status).toBe("unhealthy");
    expect(failing.body.problems[0]).toMatch(/getUpdates has failed for \d+ s/);
    expect(failing.body.polling.failures).toBeGreaterThan(0);
    expect(failing.body.polling.lastError).toBeTruthy();
    expect(bot.output()).toMatch(/"msg":"polling failed; retrying","cause":"[^"]+".*"retryInMs":\d+/);

    emu.beforeCall = null;
    const recovered = await until("a 200 again", async () => {
      const h = await getHealth(url);
      return h.status === 200 ? h : undefined;
    });
    expect(recovered.body.polling.failingSince).toBeNull();
    await until("the recovery log line", async () => (bot.output().includes('"msg":"polling recovered"') ? true : undefined));
    await sleep(300);
    expect(bot.output().match(/"msg":"polling recovered"/g)).toHaveLength(1);
    expect((await bot.stop("SIGTERM")).code).toBe(0);
  });
});

describe("the health endpoint in webhook mode", () => {
  let emu: BotApiEmulator;
  beforeEach(async () => {
    emu = await BotApiEmulator.start();
  });
  afterEach(async () => {
    await emu.stop();
  });

  it("answers on HEALTH_PORT beside the webhook, with the time of the last webhook update", async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const hook = `http://127.0.0.1:${port}/tg-hook`;
    const bot = startBot(emu, { HEALTH_PORT: "0", WEBHOOK_URL: hook, WEBHOOK_SECRET: "health-test-secret", WEBHOOK_PORT: String(port) });
    const url = await healthUrl(bot);
    await until("bot running", async () => (bot.output().includes('"msg":"bot running"') ? true : undefined));
    const before = await getHealth(url);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ mode: "webhook", lastUpdateAt: null, webhook: { lastUpdateAt: null } });

    const user = makeUser();
    const mark = emu.mark;
    const update = emu.sendPrivateText(user, "Sở Y tế Bắc Ninh xếp thứ mấy?");
    const posted = await fetch(hook, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "health-test-secret" },
      body: JSON.stringify(update),
    });
    expect(posted.status).toBe(200);
    expect((await emu.waitForMessage(user.id, mark)).text).toContain("2/17");
    const after = await until("the webhook update in /healthz", async () => {
      const h = await getHealth(url);
      return h.body.webhook?.lastUpdateAt ? h : undefined;
    });
    expect(after.status).toBe(200);
    expect(Date.parse(after.body.lastUpdateAt)).toBeGreaterThan(0);
    expect((await bot.stop("SIGTERM")).code).toBe(0);
  });
});

describe("the alert queue as the health report sees it", () => {
  it("counts unsettled deliveries and calls the queue stuck once a due one waits past the limit", () => {
    const db = openAlertsDb(mkdtempSync(join(tmpdir(), "dti-health-")));
    let now = Date.parse("2026-12-01T08:00:00Z");
    const alerts = new Alerts({ db, send: async () => ({ kind: "ok", messageId: 1 }), now: () => now });
    const payload = { text: "Quyết định mới", entities: [] };
    alerts.queue.createAlert("bac-ninh-2024", null, [1, 2, 3].map((chatId) => ({ chatId, payload })));
    const stats = queueStats(db, now);
    expect(stats).toMatchObject({ depth: 3, due: 3, oldestPendingAt: now });

    const inputs = (at: number): HealthInputs => ({
      now: at,
      startedAt: at - 60_000,
      mode: "webhook",
      ready: true,
      liveness: { lastPollAt: null, lastWebhookAt: at - 1000, failingSince: null, failures: 0, lastError: null },
      dataset: { decisions: 5, entries: 300, builtAt: at - 3_600_000, loadedAt: at - 60_000 },
      queue: queueStats(db, at),
    });
    const thresholds = { pollStaleMs: 120_000, longPollMs: 45_000, queueStuckMs: 900_000 };
    const fresh = healthReport(inputs(now + 60_000), thresholds);
    expect(fresh.httpStatus).toBe(200);
    expect(fresh.body.alerts).toMatchObject({ queueDepth: 3, due: 3, oldestPendingAgeSeconds: 60, failedDeliveries: 0 });

    now += 16 * 60_000;
    const stuck = healthReport(inputs(now), thresholds);
    expect(stuck.httpStatus).toBe(503);
    expect(stuck.body.problems).toEqual([expect.stringMatching(/^alert queue stuck: a due delivery has waited 960 s/)]);
    db.close();
  });
});
