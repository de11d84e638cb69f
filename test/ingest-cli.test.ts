import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestContent, ingestFile } from "../src/dataset/pipeline.js";
import { loadDataset } from "../src/dataset/store.js";
import { realText } from "./support/decision-variants.js";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..");
const ingestCli = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ["--import", "tsx", join(root, "src/cli/ingest.ts"), ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );

let dataDir: string;
const snapshot = () => ({
  dataset: readFileSync(join(dataDir, "dataset.json"), "utf8"),
  files: readdirSync(join(dataDir, "decisions")).sort(),
  mtime: statSync(join(dataDir, "dataset.json")).mtimeMs,
});

const LANG_SON = `Số: 123/QĐ-UBND
Lạng Sơn, ngày 20 tháng 12 năm 2024
QUYẾT ĐỊNH
Công bố Chỉ số chuyển đổi số các sở, ban, ngành tỉnh Lạng Sơn năm 2024

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC I
XẾP HẠNG CHUYỂN ĐỔI SỐ CÁC SỞ, BAN, NGÀNH NĂM 2024
STT\tĐơn vị\tNhận thức số\tThể chế số\tTổng điểm
1\tSở Y tế\t100\t80\t180
2\tSở Tư pháp\t90\t70\t160
`;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "dti-ingest-"));
  cpSync(join(root, "data"), dataDir, { recursive: true });
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe("adding a decision", () => {
  it("copies the text into decisions/ and replaces dataset.json with it included", () => {
    const result = ingestContent("lang-son-2024-dti.txt", LANG_SON, dataDir);
    expect(result.ok).toBe(true);
    expect(readFileSync(join(dataDir, "decisions", "lang-son-2024-dti.txt"), "utf8")).toBe(LANG_SON);
    const dataset = loadDataset(dataDir);
    expect(dataset.decisions.map((d) => d.province)).toContain("Lạng Sơn");
    expect(dataset.units.find((u) => u.id === "lang-son/so-y-te")).toMatchObject({ name: "Sở Y tế" });
    expect(readdirSync(dataDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("changes nothing when the file is not a ranking decision", () => {
    const before = snapshot();
    const result = ingestContent("notes.txt", "Biên bản họp\nKhông có bảng.\n", dataDir);
    expect(result.ok).toBe(false);
    expect(result.reports[0]!.problems[0]).toMatchObject({ file: "notes.txt", severity: "error" });
    expect(snapshot()).toEqual(before);
  });

  it("changes nothing when one row of a table cannot be read", () => {
    const before = snapshot();
    const broken = LANG_SON.replace("\t70\t160", "\t7O\t160");
    const result = ingestContent("lang-son-2024-dti.txt", broken, dataDir);
    expect(result.ok).toBe(false);
    expect(result.reports[0]!.problems).toEqual([
      { file: "lang-son-2024-dti.txt", line: 14, expected: 'a number in column "Thể chế số"', found: "7O", severity: "error" },
    ]);
    expect(snapshot()).toEqual(before);
  });

  it("reports a missing file without throwing", () => {
    const result = ingestFile(join(dataDir, "nope.txt"), dataDir);
    expect(result.ok).toBe(false);
    expect(result.reports[0]!.problems[0]).toMatchObject({ expected: "a readable text file", found: "ENOENT" });
  });
});

describe("npm run ingest", () => {
  it("-- <file> prints tables and row counts and exits 0", async () => {
    const file = join(dataDir, "..", `lang-son-${process.pid}.txt`);
    writeFileSync(file, LANG_SON);
    try {
      const { code, out } = await ingestCli(dataDir, file);
      expect(code).toBe(0);
      expect(out).toContain("Quyết định 123/QĐ-UBND · Lạng Sơn · 2024-12-20 · năm đánh giá 2024");
      expect(out).toMatch(/PHỤ LỤC I · DTI · Sở, ban, ngành: 2 rows/u);
      expect(out).toContain("dataset.json: 7 decisions, 239 rows");
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("-- <file> exits non-zero with the line of the problem and changes nothing", async () => {
    const before = snapshot();
    const file = join(dataDir, "..", `broken-${process.pid}.txt`);
    writeFileSync(file, LANG_SON.replace("180", "1 8 0 điểm"));
    try {
      const { code, out } = await ingestCli(dataDir, file);
      expect(code).toBe(1);
      expect(out).toMatch(/:13: error: expected a total score in column "Tổng điểm"; found "1 8 0 điểm"/u);
      expect(out).toContain("Nothing changed");
      expect(snapshot()).toEqual(before);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it("-- --check passes on the committed dataset and fails when it differs from the texts", async () => {
    expect((await ingestCli(dataDir, "--check")).code).toBe(0);
    const path = join(dataDir, "dataset.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"total": 875.83', '"total": 875.84'));
    const { code, out } = await ingestCli(dataDir, "--check");
    expect(code).toBe(1);
    expect(out).toMatch(/differs from what the decision texts give/u);
  });

  it("with no file rebuilds dataset.json byte for byte from data/decisions/", async () => {
    const committed = readFileSync(join(root, "data", "dataset.json"), "utf8");
    writeFileSync(join(dataDir, "dataset.json"), "{}");
    const { code } = await ingestCli(dataDir);
    expect(code).toBe(0);
    expect(readFileSync(join(dataDir, "dataset.json"), "utf8")).toBe(committed);
  });
});

describe("the committed dataset", () => {
  it("is exactly what the decision texts give", () => {
    expect(readFileSync(join(root, "data", "dataset.json"), "utf8")).toBe(
      (() => {
        const copy = mkdtempSync(join(tmpdir(), "dti-check-"));
        cpSync(join(root, "data", "decisions"), join(copy, "decisions"), { recursive: true });
        ingestContent("bac-ninh-2023-dti.txt", realText("bac-ninh-2023-dti.txt"), copy);
        const text = readFileSync(join(copy, "dataset.json"), "utf8");
        rmSync(copy, { recursive: true, force: true });
        return text;
      })(),
    );
  });
});
