/**
 * The command-line tools through npm, as an operator types them: --help everywhere, unknown flags refused, npm's
 * own errors visible, `ask --json` still pure JSON on stdout, and the terminal chat reaching subscriptions, charts
 * and exports with files it names.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/bot-process.js";

function npm(args: string[], input?: string) {
  const res = spawnSync("npm", args, {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LANG: "C.UTF-8" },
  });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe("npm run ask", () => {
  it("with --json prints exactly one JSON object on stdout, nothing else", () => {
    const res = npm(["run", "ask", "--", "--json", "Sở Y tế Bắc Ninh xếp thứ mấy?"]);
    expect(res.code).toBe(0);
    expect(res.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(res.stdout)).toMatchObject({ intent: "rank", status: "ok" });
  });

  it("refuses an unknown flag instead of asking it as part of the question", () => {
    const res = npm(["run", "ask", "--", "--jsno", "Sở Y tế Bắc Ninh"]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain("Unknown option '--jsno'");
    expect(res.stderr).toContain("usage: npm run ask");
    expect(res.stdout).not.toContain("Xếp hạng");
  });

  it("answers --help with its usage, not as a question", () => {
    const res = npm(["run", "ask", "--", "--help"]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("--json");
    expect(res.stdout).toContain("--batch");
    expect(res.stdout).toContain("--chart <file>");
  });
});

describe("npm itself and the other commands", () => {
  it("a mistyped script name is reported by npm, with a non-zero exit", () => {
    const res = npm(["run", "chta"]);
    expect(res.code).not.toBe(0);
    expect(res.stderr + res.stdout).toContain('Missing script: "chta"');
  });

  it("ingest has --help and refuses unknown flags and a file with --check", () => {
    expect(npm(["run", "ingest", "--", "--help"]).stdout).toContain("usage: npm run ingest");
    const bogus = npm(["run", "ingest", "--", "--chek"]);
    expect(bogus.code).not.toBe(0);
    expect(bogus.stderr).toContain("Unknown option '--chek'");
    const both = npm(["run", "ingest", "--", "--check", "x.txt"]);
    expect(both.code).not.toBe(0);
    expect(both.stderr).toContain("--check takes no file");
  });

  it("chat and backup have --help too", () => {
    expect(npm(["run", "chat", "--", "--help"]).stdout).toContain("--state-dir <dir>");
    expect(npm(["run", "backup", "--", "--help"]).stdout).toContain("usage: npm run backup");
  });
});

describe("npm run chat", () => {
  it("echoes piped input and reaches subscriptions, charts, Excel exports and inline mode, saving files where it says", () => {
    const state = mkdtempSync(join(tmpdir(), "dti-chat-state-"));
    const out = mkdtempSync(join(tmpdir(), "dti-chat-out-"));
    const input = ["/dangky Bắc Ninh", "/bieudo Top 5 huyện Bắc Giang 2023", "/xuat Bắc Ninh 2023", "@ so y te bac ninh", ""].join("\n");
    const res = npm(["run", "--silent", "chat", "--", "--state-dir", state, "--out", out], input);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain("> /dangky Bắc Ninh");
    expect(res.stdout).toContain("tỉnh Bắc Ninh");
    expect(res.stdout).toContain(`Đăng ký lưu ở: ${state}`);
    const files = readdirSync(out);
    const png = files.find((f) => f.endsWith(".png"));
    const xlsx = files.find((f) => f.endsWith(".xlsx"));
    expect(png && readFileSync(join(out, png)).subarray(1, 4).toString()).toBe("PNG");
    expect(xlsx && readFileSync(join(out, xlsx)).subarray(0, 2).toString()).toBe("PK");
    expect(res.stdout).toContain(`→ ${join(out, png!)}`);
    expect(existsSync(join(state, "alerts.sqlite"))).toBe(true);
    // inline mode, as typed into any chat
    expect(res.stdout).toMatch(/\[@1\] Sở Y tế — Bắc Ninh — Hạng 2\/17/);

    // the subscription outlives the chat: the next one lists it
    const again = npm(["run", "--silent", "chat", "--", "--state-dir", state, "--out", out], "/dsdangky\n");
    expect(again.stdout).toMatch(/Bắc Ninh/);
    expect(again.stdout).toContain("❌ Bắc Ninh");
  });

  it("refuses an unknown flag", () => {
    const res = npm(["run", "chat", "--", "--sate-dir", "x"]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain("Unknown option '--sate-dir'");
  });
});
