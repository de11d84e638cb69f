/**
 * Start-up fails loudly and in bounded time: an API that refuses connections, one that accepts and never answers,
 * and a rejected token each end the compiled bot with their own message and a non-zero exit.
 */
import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator } from "./support/bot-api-emulator.js";
import { MAIN_JS, REPO_ROOT, tempStateDir } from "./support/bot-process.js";

function runBot(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", STATE_DIR: tempStateDir(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr, ms: Date.now() - started })));
}

/** A TCP server that accepts connections and never answers: a firewall that drops, a proxy that hangs. */
async function blackHole(): Promise<{ server: Server; port: number; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((s) => sockets.push(s));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, port: (server.address() as AddressInfo).port, sockets };
}

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe("start-up against a Bot API that cannot be used", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("an API that refuses connections ends start-up within the bound, naming the address and the cause", async () => {
    const port = await closedPort();
    const res = await runBot({ BOT_TOKEN: "123456:TEST-token-for-the-emulator", BOT_API_ROOT: `http://127.0.0.1:${port}`, STARTUP_TIMEOUT_SECONDS: "2" });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`Cannot reach the Bot API at http://127.0.0.1:${port} within 2 s`);
    expect(res.stderr).toContain("ECONNREFUSED");
    // the retries are visible while they happen, each with its cause and the pause before the next
    expect(res.stderr).toMatch(/"msg":"the Bot API cannot be reached yet; retrying".*"cause":"[^"]*ECONNREFUSED[^"]*","retryInMs":\d+/);
    expect(res.ms).toBeLessThan(2000 + 6000);
    expect(res.stderr).not.toContain("bot running");
  });

  it("an API that accepts and never answers ends start-up within the bound too", async () => {
    const hole = await blackHole();
    cleanups.push(() => {
      for (const s of hole.sockets) s.destroy();
      return new Promise<void>((r) => hole.server.close(() => r()));
    });
    const res = await runBot({ BOT_TOKEN: "123456:TEST-token-for-the-emulator", BOT_API_ROOT: `http://127.0.0.1:${hole.port}`, STARTUP_TIMEOUT_SECONDS: "1.5" });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`Cannot reach the Bot API at http://127.0.0.1:${hole.port} within 1.5 s`);
    expect(res.stderr).toContain("last error: no answer within 1.5 s");
    expect(res.ms).toBeLessThan(1500 + 6000);
  });

  it("a token the API rejects (401) is reported as a wrong token, at once, and never logged", async () => {
    const emu = await BotApiEmulator.start();
    cleanups.push(() => emu.stop());
    const wrong = "999999:WRONG-token-nobody-issued-xxxxxxxx";
    const res = await runBot({ BOT_TOKEN: wrong, BOT_API_ROOT: emu.apiRoot, STARTUP_TIMEOUT_SECONDS: "30" });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain("rejected BOT_TOKEN (401 Unauthorized)");
    expect(res.stderr).toContain("@BotFather");
    expect(res.stderr).not.toContain("Cannot reach");
    expect(res.stderr).not.toContain(wrong);
    expect(res.ms).toBeLessThan(6000);
  });
});
