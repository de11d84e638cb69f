import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./support/bot-process.js";

describe("npm run chat talks to the real bot code with no token and no network", () => {
  it("answers typed questions, follow-ups and button presses", () => {
    const input = ["Sở Y tế", "#4", "Sở Y tế Bắc Ninh xếp thứ mấy?", "còn Sở Tài chính?", "/start", "#1", ""].join("\n");
    const res = spawnSync("npm", ["run", "--silent", "chat"], {
      cwd: REPO_ROOT,
      input,
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", BOT_API_ROOT: "http://127.0.0.1:9" },
    });
    expect(res.status).toBe(0);
    const out = res.stdout;
    expect(out).toContain("Xếp hạng: 2/17");
    expect(out).toContain("Sở Tài chính — Bắc Ninh");
    expect(out).toMatch(/\[#1\] Sở Y tế Bắc Ninh xếp thứ mấy năm 2023\?/);
    expect(out).toContain("bạn hỏi đơn vị nào?");
    expect(out).toContain("✎ Sở Y tế — Hưng Yên");
  });
});
