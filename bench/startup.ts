/**
 * Start-up benchmark: process start → the "bot running" log line, against the Bot API emulator, for the compiled
 * bot (`node dist/main.js`, what `npm start` runs now) and the way it ran before (`node --import tsx src/main.ts`,
 * TypeScript compiled at run time). Rounds interleaved so both see the same machine.
 *   node --import tsx bench/startup.ts [--json] [--runs N]
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BotApiEmulator } from "../test/support/bot-api-emulator.js";

const ROOT = resolve(import.meta.dirname, "..");

/** ms from spawn to "bot running"; the process is then stopped with SIGTERM and awaited. */
async function startOnce(emu: BotApiEmulator, args: string[]): Promise<number> {
  const stateDir = mkdtempSync(join(tmpdir(), "dti-bench-startup-"));
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", BOT_TOKEN: emu.token, BOT_API_ROOT: emu.apiRoot, STATE_DIR: stateDir, DATA_DIR: join(ROOT, "data") },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  const ms = await new Promise<number>((resolveMs, reject) => {
    child.stderr.on("data", (d: Buffer) => {
      log += d.toString();
      if (log.includes('"msg":"bot running"')) resolveMs(performance.now() - started);
    });
    void exited.then((code) => reject(new Error(`the bot exited (${code}) before "bot running":\n${log}`)));
  });
  child.kill("SIGTERM");
  await exited;
  rmSync(stateDir, { recursive: true, force: true });
  return ms;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(runs = 5): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  if (!existsSync(join(ROOT, "dist", "main.js"))) {
    const build = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, encoding: "utf8" });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  }
  const emu = await BotApiEmulator.start();
  const compiled: number[] = [];
  const tsx: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      compiled.push(await startOnce(emu, [join(ROOT, "dist", "main.js")]));
      tsx.push(await startOnce(emu, ["--import", "tsx", "src/main.ts"]));
    }
  } finally {
    await emu.stop();
  }
  const c = Math.round(median(compiled));
  const t = Math.round(median(tsx));
  return {
    rows: [["start-up to \"bot running\" (median of " + runs + ")", `compiled ${c} ms · before, with tsx ${t} ms`]],
    json: { startup: { compiledMs: c, tsxMs: t, runs } },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--runs");
  const result = await run(i > 0 ? Number(process.argv[i + 1]) : 5);
  for (const [k, v] of result.rows) process.stdout.write(`${k}  ${v}\n`);
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify(result.json) + "\n");
}
