import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allEntries } from "../src/dataset/entries.js";
import { buildFromSources, readSources } from "../src/dataset/pipeline.js";
import type { Dataset } from "../src/domain/dataset.js";
import { parseDecision } from "../src/ingest/parse.js";
import { parseDataset } from "../src/dataset/store.js";

const dataDir = join(import.meta.dirname, "..", "data");
const FILE = "viet-nam-2022-dti.txt";
const text = readFileSync(join(dataDir, "decisions", FILE), "utf8");
const shared = join(import.meta.dirname, "..", "..", "shared", "decisions", FILE);

describe("the ministry's DTI 2022 report page (a national table of the 63 provinces)", () => {
  const out = parseDecision(text, FILE);
  const d = out.decision!;
  const t = d.tables[0]!;

  it("is read as a national report page of the Ministry, assessing 2022, with no province", () => {
    expect(d.meta).toMatchObject({
      scope: "national",
      form: "report_page",
      province: null,
      issuer: "Bộ Thông tin và Truyền thông",
      year: 2022,
      kind: "Báo cáo",
      number: null,
      date: null,
    });
    expect(d.tables).toHaveLength(1);
    expect(t).toMatchObject({ index: "DTI", block: "provinces", group: "Các tỉnh, thành phố trực thuộc TW", maxTotal: 1 });
  });

  it("ranks all 63 provinces as printed, ties included (15, 15, 17)", () => {
    expect(t.rows).toHaveLength(63);
    expect(t.rows.slice(13, 18).map((r) => [r.rank, r.name])).toEqual([
      [14, "TP. Hải Phòng"],
      [15, "Thanh Hóa"],
      [15, "Yên Bái"],
      [17, "Hậu Giang"],
      [18, "Vĩnh Phúc"],
    ]);
    expect(t.rows[62]).toMatchObject({ rank: 63, name: "Bắc Kạn" });
  });

  it("holds scores for the first five rows only, exactly as printed, and invents none for the rest", () => {
    expect(t.rows[0]).toMatchObject({ name: "TP. Đà Nẵng", total: 0.8002 });
    expect(t.rows[0]!.components).toEqual({
      "Nhận thức số": 1,
      "Thể chế số": 0.9,
      "Hạ tầng số": 0.8253,
      "Nhân lực số": 0.8487,
      "An toàn thông tin mạng": 0.7578,
      "Hoạt động chính quyền số": 0.8575,
      "Hoạt động kinh tế số": 0.7836,
      "Hoạt động xã hội số": 0.5197,
    });
    expect(t.rows[4]).toMatchObject({ name: "TP. Cần Thơ", total: 0.6924 });
    expect(t.totalPrinted).toBe("CHUYỂN ĐỔI SỐ CẤP TỈNH (PDTI)");
    for (const r of t.rows.slice(5)) expect([r.name, r.total, r.components]).toEqual([r.name, null, {}]);
  });

  it("says what it could not know: a detail table of 5 rows, and the ministry not named in the copy", () => {
    expect(out.problems.every((p) => p.severity === "warning")).toBe(true);
    const found = out.problems.map((p) => p.found).join("\n");
    expect(found).toContain("scores for 5 of 63 units (ranks 1–5)");
    expect(found).toContain("taken as Bộ Thông tin và Truyền thông");
  });

  it("is shipped byte for byte as the shared copy", () => {
    expect(readFileSync(join(dataDir, "decisions", FILE))).toEqual(readFileSync(shared));
  });
});

describe("national entries in the dataset", () => {
  const dataset = buildFromSources(readSources(dataDir)).dataset as Dataset;
  const national = allEntries(dataset).filter((e) => e.tableId.startsWith("viet-nam-2022-dti#"));

  it("carry province null and scope national, and cite a report page of the Ministry", () => {
    expect(national).toHaveLength(63);
    for (const e of national) {
      expect(e).toMatchObject({ province: null, scope: "national", year: 2022, index: "DTI", outOf: 63 });
      expect(e.decision).toMatchObject({ province: null, form: "report_page", issuer: "Bộ Thông tin và Truyền thông" });
    }
    expect(allEntries(dataset).filter((e) => e.province !== null).every((e) => e.scope === "province")).toBe(true);
  });

  it("name each province by its canonical name, keeping the printed spelling as an alias", () => {
    const units = dataset.units.filter((u) => u.province === null);
    expect(units).toHaveLength(63);
    expect(units.find((u) => u.id === "viet-nam/da-nang")).toMatchObject({ name: "Đà Nẵng", kind: "province", aliases: ["Đà Nẵng", "TP. Đà Nẵng"] });
    expect(units.find((u) => u.id === "viet-nam/thua-thien-hue")?.name).toBe("Thừa Thiên Huế");
    expect(national.find((e) => e.unitId === "viet-nam/bac-ninh")).toMatchObject({ unit: "Bắc Ninh", rank: 7, total: null });
  });
});

describe("the dataset's schema version", () => {
  it("is checked first, and a dataset of the old shape is refused with what this version reads and how to rebuild", () => {
    const old = JSON.stringify({ schemaVersion: 1, decisions: [], units: [] });
    expect(() => parseDataset(old, "dataset.json")).toThrow(/schemaVersion 1; this version reads schemaVersion 2 .*npm run ingest/u);
  });
});
