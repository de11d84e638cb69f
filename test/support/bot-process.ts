/**
 * Start the real, compiled bot (`node dist/main.js`, exactly what `npm start` execs; the vitest globalSetup builds
 * dist/) as a child process against a Bot API emulator, and stop it with a signal like a container runtime would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { BotApiEmulator } from "./bot-api-emulator.js";

export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");
/** The entry point `npm start` runs. */
export const MAIN_JS = join(REPO_ROOT, "dist", "main.js");

export interface BotProcess {
  child: ChildProcess;
  stateDir: string;
  /** everything the process wrote to stdout and stderr so far */
  output(): string;
  /** resolves with the exit code (or the signal name) */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
  /** send a signal and wait for the exit; `ms` counts from the signal */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export function tempStateDir(): string {
  return mkdtempSync(join(tmpdir(), "dti-bot-state-"));
}

export function spawnBot(emu: BotApiEmulator, opts: { stateDir?: string; env?: Record<string, string> } = {}): BotProcess {
  const stateDir = opts.stateDir ?? tempStateDir();
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      BOT_TOKEN: emu.token,
      BOT_API_ROOT: emu.apiRoot,
      STATE_DIR: stateDir,
      DATA_DIR: join(REPO_ROOT, "data"),
      LOG_LEVEL: "debug",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  let signalledAt = 0;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((res) =>
    child.on("exit", (code, signal) => res({ code, signal, ms: signalledAt ? Date.now() - signalledAt : 0 })),
  );
  return {
    child,
    stateDir,
    output: () => out,
    exited,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        signalledAt = Date.now();
        child.kill(signal);
      }
      return exited;
    },
  };
}

/** Resolves once the bot long-polls (it is then fully started); rejects with the process output if it exits first. */
export async function waitUntilPolling(emu: BotApiEmulator, bot: BotProcess, timeoutMs = 20_000): Promise<void> {
  const polling = emu.waitForPolling(timeoutMs);
  const died = bot.exited.then((e) => {
    throw new Error(`bot exited early (${e.code ?? e.signal}):\n${bot.output()}`);
  });
  await Promise.race([polling, died]);
}

/** Every process below `pid` (children, grandchildren…) with its command line, read from /proc (Linux). */
export function descendants(pid: number): { pid: number; command: string }[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // the command name in field 2 may hold spaces and parentheses: the fields after the last ")" are fixed
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // the process ended while the table was read
    }
  }
  const out: { pid: number; command: string }[] = [];
  const walk = (parent: number): void => {
    for (const [child, ppid] of parentOf)
      if (ppid === parent) {
        let command = "";
        try {
          command = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
        } catch {
          command = "(ended)";
        }
        out.push({ pid: child, command });
        walk(child);
      }
  };
  walk(pid);
  return out;
}
