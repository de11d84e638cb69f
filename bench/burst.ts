/**
 * Burst benchmark: 200 people asking 8 questions each at once (plus 2 inline queries and a button press each),
 * through the real bot with long polling and its one outgoing path, against the Bot API emulator enforcing Telegram's
 * limits (30/s overall, 1/s per chat). Telegram's clock runs five times faster here (a full drain would take about a
 * minute); rates and times are reported in Telegram's time, so they read as in production. The bot's own work is not
 * sped up, so those times are, if anything, pessimistic.
 *
 *   node --import tsx bench/burst.ts [--json]
 */
import { pathToFileURL } from "node:url";
import { BURST_SECOND_MS, ISSUE_BURST, runBurst, summarize } from "../test/support/alerts-burst.js";

const SCALE = 1000 / BURST_SECOND_MS;

export interface BurstFigures {
  users: number;
  questions: number;
  answered: number;
  /** answers per Telegram second over the whole burst */
  answersPerSecond: number;
  /** question → answer, Telegram milliseconds */
  p50Ms: number;
  p99Ms: number;
  tooManyRequests: number;
  inlineInTime: string;
  buttonsInTime: string;
  delayNotices: number;
  clockScale: number;
}

export async function measureBurst(): Promise<BurstFigures> {
  const r = await runBurst({ ...ISSUE_BURST, timeoutMs: 60_000 });
  const { p50, p99 } = summarize(r.latenciesMs);
  return {
    users: ISSUE_BURST.users,
    questions: r.questions,
    answered: r.answered,
    answersPerSecond: Math.round((r.answered / ((r.wallMs * SCALE) / 1000)) * 10) / 10,
    p50Ms: Math.round(p50 * SCALE),
    p99Ms: Math.round(p99 * SCALE),
    tooManyRequests: r.tooManyRequests,
    inlineInTime: `${r.inline.inTime}/${r.inline.asked}`,
    buttonsInTime: `${r.buttons.inTime}/${r.buttons.asked}`,
    delayNotices: r.notices,
    clockScale: SCALE,
  };
}

/** bench/run.ts section. */
export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const f = await measureBurst();
  return {
    rows: [
      ["burst: answered", `${f.answered}/${f.questions} (${f.users} people × 8 questions at once)`],
      ["burst: answers/s", `${f.answersPerSecond} (Telegram allows 30/s)`],
      ["burst: time to answer p50 / p99", `${(f.p50Ms / 1000).toFixed(1)} s / ${(f.p99Ms / 1000).toFixed(1)} s`],
      ["burst: 429 received", String(f.tooManyRequests)],
      ["burst: inline / buttons in time", `${f.inlineInTime} / ${f.buttonsInTime}`],
      ["burst: delay notices", String(f.delayNotices)],
    ],
    json: { burst: f },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const figures = await measureBurst();
  if (process.argv.includes("--json")) console.log(JSON.stringify({ burst: figures }));
  else for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(16)} ${v}`);
}
