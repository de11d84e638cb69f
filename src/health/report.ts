import type { LivenessSnapshot } from "./liveness.js";

export interface HealthThresholds {
  /** polling mode: unhealthy when getUpdates has failed for this long */
  pollStaleMs: number;
  /**
   * polling mode: the longest a healthy long poll may stay open (Telegram's timeout plus the request timeout);
   * no poll completing for `pollStaleMs` beyond it means a poller that hangs without failing
   */
  longPollMs: number;
  /** unhealthy when a due alert delivery has waited this long for the sender */
  queueStuckMs: number;
}

export interface HealthInputs {
  now: number;
  startedAt: number;
  mode: "polling" | "webhook";
  /** start-up finished: the bot answers updates */
  ready: boolean;
  liveness: LivenessSnapshot;
  dataset: { decisions: number; entries: number; builtAt: number | null; loadedAt: number };
  queue: { depth: number; due: number; oldestPendingAt: number | null; oldestDueSince: number | null; failed: number };
}

export interface HealthReport {
  httpStatus: 200 | 503;
  body: Record<string, unknown>;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const ageSeconds = (now: number, ms: number | null): number | null => (ms === null ? null : Math.round((now - ms) / 100) / 10);

/** Why the bot is not healthy, in words an operator acts on; empty when it is. */
export function healthProblems(h: HealthInputs, t: HealthThresholds): string[] {
  const problems: string[] = [];
  const seconds = (ms: number): number => Math.round(ms / 1000);
  if (h.mode === "polling") {
    const { failingSince, lastError, lastPollAt } = h.liveness;
    const lastGood = lastPollAt ?? h.startedAt;
    if (failingSince !== null && h.now - failingSince > t.pollStaleMs)
      problems.push(`getUpdates has failed for ${seconds(h.now - failingSince)} s (limit ${seconds(t.pollStaleMs)} s); last error: ${lastError ?? "unknown"}`);
    else if (h.now - lastGood > t.pollStaleMs + t.longPollMs)
      problems.push(`no getUpdates has completed for ${seconds(h.now - lastGood)} s (limit ${seconds(t.pollStaleMs + t.longPollMs)} s): the poller hangs`);
  }
  if (h.queue.oldestDueSince !== null && h.now - h.queue.oldestDueSince > t.queueStuckMs)
    problems.push(
      `alert queue stuck: a due delivery has waited ${seconds(h.now - h.queue.oldestDueSince)} s for the sender (limit ${seconds(t.queueStuckMs)} s)`,
    );
  return problems;
}

/** GET /healthz: 200 with the figures while healthy, 503 with the same figures and the problems otherwise. */
export function healthReport(h: HealthInputs, t: HealthThresholds): HealthReport {
  const problems = healthProblems(h, t);
  const lastUpdateAt = h.mode === "polling" ? h.liveness.lastPollAt : h.liveness.lastWebhookAt;
  return {
    httpStatus: problems.length === 0 ? 200 : 503,
    body: {
      status: problems.length === 0 ? "ok" : "unhealthy",
      problems,
      mode: h.mode,
      ready: h.ready,
      startedAt: iso(h.startedAt),
      uptimeSeconds: ageSeconds(h.now, h.startedAt),
      lastUpdateAt: iso(lastUpdateAt),
      lastUpdateAgeSeconds: ageSeconds(h.now, lastUpdateAt),
      ...(h.mode === "polling"
        ? { polling: { lastSuccessAt: iso(h.liveness.lastPollAt), failingSince: iso(h.liveness.failingSince), failures: h.liveness.failures, lastError: h.liveness.lastError } }
        : { webhook: { lastUpdateAt: iso(h.liveness.lastWebhookAt) } }),
      dataset: { decisions: h.dataset.decisions, entries: h.dataset.entries, builtAt: iso(h.dataset.builtAt), loadedAt: iso(h.dataset.loadedAt) },
      alerts: {
        queueDepth: h.queue.depth,
        due: h.queue.due,
        oldestPendingAt: iso(h.queue.oldestPendingAt),
        oldestPendingAgeSeconds: ageSeconds(h.now, h.queue.oldestPendingAt),
        oldestDueWaitSeconds: ageSeconds(h.now, h.queue.oldestDueSince),
        failedDeliveries: h.queue.failed,
      },
    },
  };
}
