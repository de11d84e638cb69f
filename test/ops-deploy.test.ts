/**
 * The README's "On a server, step by step" block, run line by line on a clean directory: clone, install and
 * build, seed DATA_DIR, check the dataset, start with `npm start` against the Bot API emulator, wait for
 * /healthz, back up while a subscription exists, stop, restore — and the subscription is in the restored state.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BotApiEmulator, makeUser } from "./support/bot-api-emulator.js";
import { REPO_ROOT } from "./support/bot-process.js";

const run = promisify(execFile);

/** The shell lines of the block that follows the deploy-steps marker in README.md. */
export function deploySteps(readme: string): string[] {
  const marker = readme.indexOf("<!-- deploy-steps:");
  if (marker < 0) throw new Error("README.md has no deploy-steps block");
  const fence = readme.indexOf("```sh\n", marker);
  const end = readme.indexOf("\n```", fence + 6);
  return readme
    .slice(fence + 6, end)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("#"));
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe("the README's deploy steps, followed on a clean directory", () => {
  let emu: BotApiEmulator;
  beforeAll(async () => {
    emu = await BotApiEmulator.start();
  });
  let pidFile: string | undefined;
  afterAll(async () => {
    // a step that failed half-way may leave the bot started by `npm start &` running
    if (pidFile && existsSync(pidFile)) {
      try {
        // npm passes SIGTERM on to the bot (SIGKILL would leave the bot behind it running)
        process.kill(Number(readFileSync(pidFile, "utf8")), "SIGTERM");
      } catch {
        // it had stopped already
      }
    }
    await emu.stop();
  });

  it("clone → npm ci → seed → check → start → /healthz → backup → stop → restore", { timeout: 240_000 }, async () => {
    const steps = deploySteps(readFileSync(join(REPO_ROOT, "README.md"), "utf8"));
    expect(steps.length).toBeGreaterThanOrEqual(8);
    const root = mkdtempSync(join(tmpdir(), "dti-deploy-"));
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      REPO: REPO_ROOT,
      APP_DIR: join(root, "app"),
      STATE_DIR: join(root, "var", "state"),
      DATA_DIR: join(root, "var", "data"),
      BACKUP_DIR: join(root, "backup"),
      HEALTH_PORT: String(await freePort()),
      BOT_TOKEN: emu.token,
      BOT_API_ROOT: emu.apiRoot,
    };
    pidFile = join(env.STATE_DIR, "bot.pid");
    const user = makeUser();
    let cwd = root;
    const transcript: string[] = [];
    let stdout = "";
    for (const step of steps) {
      // Without a registry (this sandbox) `npm ci` cannot fetch packages or better-sqlite3's binary: the clone
      // borrows the checkout's installed node_modules and runs the rest of what `npm ci` does, the build.
      const command = step === "npm ci" && !process.env.DEPLOY_TEST_ONLINE ? `ln -s "${join(REPO_ROOT, "node_modules")}" node_modules && npm run prepare` : step;
      try {
        const res = await run("bash", ["-euo", "pipefail", "-c", command], { cwd, env, timeout: 120_000 });
        stdout = res.stdout;
        transcript.push(`$ ${step}\n${res.stdout}${res.stderr}`);
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string; message: string };
        throw new Error(`deploy step failed: ${step}\n${e.stdout ?? ""}${e.stderr ?? ""}\n${e.message}\n--- before:\n${transcript.join("\n")}`);
      }
      if (step.includes('cd "$APP_DIR"')) cwd = env.APP_DIR;
      if (step.includes("/healthz")) {
        const health = JSON.parse(stdout) as { status: string; dataset: { decisions: number } };
        expect(health.status).toBe("ok");
        expect(health.dataset.decisions).toBeGreaterThan(0);
        // something worth backing up: a subscription, made through the running bot
        const mark = emu.mark;
        emu.sendPrivateText(user, "/dangky Bắc Ninh");
        expect((await emu.waitForMessage(user.id, mark)).text).toContain("Bắc Ninh");
      }
    }
    const log = readFileSync(join(env.STATE_DIR, "bot.log"), "utf8");
    expect(log).toContain('"msg":"bot running"');
    expect(log).toContain('"msg":"stopped"');
    expect(transcript.join("\n")).toContain("Restored");
    const db = new Database(join(env.STATE_DIR, "alerts.sqlite"), { readonly: true });
    const subs = db.prepare("SELECT chat_id AS chatId, kind FROM subscriptions").all();
    db.close();
    expect(subs).toEqual([{ chatId: user.id, kind: "province" }]);
  });
});

describe("the deployment files", () => {
  const read = (f: string) => readFileSync(join(REPO_ROOT, f), "utf8");

  it("the Dockerfile builds with CI's install command and runs the compiled bot as node, without build tools", () => {
    const dockerfile = read("Dockerfile");
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages).toHaveLength(2);
    const [build, runtime] = stages as [string, string];
    const ci = read(".ci/run");
    expect(ci).toContain("npm ci && npm test");
    expect(build).toMatch(/^RUN npm ci$/m);
    expect(build).toMatch(/apt-get install .*g\+\+/s);
    expect(runtime).not.toMatch(/apt-get|g\+\+|npm (ci|install)/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^VOLUME \["\/var\/lib\/dti-bot\/state", "\/var\/lib\/dti-bot\/data"\]$/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(runtime).toContain("HEALTHCHECK");
    // the build context leaves out what must never be baked into an image
    expect(read(".dockerignore").split("\n")).toEqual(expect.arrayContaining(["node_modules/", "dist/", "state/", ".env"]));
  });

  it("compose and the systemd unit run one instance of the compiled bot with persistent state and data", () => {
    const compose = read("compose.yaml");
    expect(compose).toContain("state:/var/lib/dti-bot/state");
    expect(compose).toContain("data:/var/lib/dti-bot/data");
    expect(compose).not.toMatch(/replicas:\s*[2-9]/);
    const unit = read("deploy/dti-ranking-bot.service");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node dist\/main\.js$/m);
    expect(unit).toMatch(/^Environment=STATE_DIR=\/var\/lib\/dti-ranking-bot\/state$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });
});
