/**
 * The long-poll loop on its own, with a scripted Bot API: failures are logged with their cause and the pause
 * (doubling), the first poll after a failure is a short one, recovery is logged once, 429 waits retry_after,
 * and 401/409 stop polling with a message saying what to do.
 */
import { GrammyError, HttpError, type Api } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/log/logger.js";
import { PollingStopped, UpdateTracker, updateFetcher } from "../src/telegram/polling.js";

type Step = Update[] | Error;

function scriptedApi(steps: Step[]) {
  const calls: { offset: number; timeout: number }[] = [];
  const api = {
    getUpdates: async (params: { offset: number; timeout: number }) => {
      calls.push({ offset: params.offset, timeout: params.timeout });
      const step = steps.shift();
      if (step === undefined) throw new Error("script exhausted");
      if (step instanceof Error) throw step;
      return step;
    },
  };
  return { api: api as unknown as Api, calls };
}

const networkDown = () => new HttpError("Network request for 'getUpdates' failed!", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:443"), { code: "ECONNREFUSED" }));
const apiError = (error_code: number, description: string, retry_after?: number) =>
  new GrammyError(`Call to 'getUpdates' failed! (${error_code}: ${description})`, { ok: false, error_code, description, ...(retry_after ? { parameters: { retry_after } } : {}) }, "getUpdates", {});
const update = (id: number): Update => ({ update_id: id }) as Update;

function setUp(steps: Step[]) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: "debug", write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
  const events: string[] = [];
  const observer = { pollSucceeded: () => events.push("ok"), pollFailed: (_at: number, cause: string) => events.push(`failed: ${cause}`) };
  const { api, calls } = scriptedApi(steps);
  const tracker = new UpdateTracker();
  const fetch = updateFetcher({ api, logger, observer, firstRetryMs: 5, maxRetryMs: 12 }, tracker);
  return { fetch, lines, events, calls, tracker, signal: new AbortController().signal as never };
}

describe("the long-poll loop", () => {
  it("logs each failure with cause and pause, polls short after one, logs the recovery once, and moves the offset", async () => {
    const t = setUp([[update(7)], networkDown(), networkDown(), networkDown(), [update(8), update(9)], []]);
    expect(await t.fetch(100, t.signal)).toEqual([update(7)]);
    expect(await t.fetch(100, t.signal)).toEqual([update(8), update(9)]);
    expect(await t.fetch(100, t.signal)).toEqual([]);

    const failures = t.lines.filter((l) => l.msg === "polling failed; retrying");
    expect(failures.map((l) => l.retryInMs)).toEqual([5, 10, 12]);
    expect(failures.map((l) => l.failures)).toEqual([1, 2, 3]);
    for (const f of failures) expect(f.cause).toContain("ECONNREFUSED");
    const recovered = t.lines.filter((l) => l.msg === "polling recovered");
    expect(recovered).toHaveLength(1);
    expect(recovered[0]).toMatchObject({ failures: 3 });

    // long polls until the first failure; short ones after it until one succeeds; then long again
    expect(t.calls.map((c) => c.timeout)).toEqual([30, 30, 0, 0, 0, 30]);
    expect(t.calls.map((c) => c.offset)).toEqual([0, 8, 8, 8, 8, 10]);
    expect(t.events.filter((e) => e.startsWith("failed"))).toHaveLength(3);
    expect(t.events.at(-1)).toBe("ok");
    // every fetched update is handed to the tracker, so a stop waits for it and confirms past it
    expect(t.tracker.inFlight).toBe(3);
  });

  it("waits the retry_after of a 429 before polling again", async () => {
    const t = setUp([apiError(429, "Too Many Requests: retry after 1", 1), [update(1)]]);
    const started = Date.now();
    expect(await t.fetch(100, t.signal)).toEqual([update(1)]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(t.lines.find((l) => l.msg === "polling failed; retrying")).toMatchObject({ retryInMs: 1000 });
  });

  it("stops on a revoked token (401) and on a second poller (409), saying what to do", async () => {
    const revoked = setUp([apiError(401, "Unauthorized")]);
    const err401 = await revoked.fetch(100, revoked.signal).catch((e: unknown) => e);
    expect(err401).toBeInstanceOf(PollingStopped);
    expect((err401 as PollingStopped).message).toContain("@BotFather");

    const twice = setUp([apiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]);
    const err409 = await twice.fetch(100, twice.signal).catch((e: unknown) => e);
    expect(err409).toBeInstanceOf(PollingStopped);
    expect((err409 as PollingStopped).error_code).toBe(409);
    expect((err409 as PollingStopped).message).toContain("exactly one instance per token");
  });
});
