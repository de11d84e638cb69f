import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDecision } from "../src/ingest/parse.js";

/**
 * Two real tables kept aside while the reader was built (see test/fixtures/tables/README.md): a check
 * that it reads layouts it was not tuned to. Both are news or report pages quoting a ranking.
 */
const read = (file: string) => parseDecision(readFileSync(join(import.meta.dirname, "fixtures", "tables", file), "utf8"), file);

describe("held-out real tables", () => {
  it("Phú Thọ 2024: cells ending in '|', decimal points, the copy cut inside row 14", () => {
    const out = read("phu-tho-2024-so-nganh.txt");
    expect(out.problems.filter((p) => p.severity === "error")).toEqual([]);
    const d = out.decision!;
    expect(d.meta).toMatchObject({ province: "Phú Thọ", number: "42/QĐ-UBND", date: "2025-01-07", year: 2024, form: "news_item" });
    const t = d.tables[0]!;
    expect(t).toMatchObject({ block: "departments", totalPrinted: "Tổng điểm năm 2024", maxTotal: 1000 });
    expect(t.rows.map((r) => [r.rank, r.name, r.total]).slice(0, 3)).toEqual([
      [1, "Sở Y tế", 843.24],
      [2, "Sở Thông tin và Truyền thông", 842.65],
      [3, "Cục Thuế tỉnh", 839.71],
    ]);
    expect(t.rows).toHaveLength(13);
    expect(out.problems.map((p) => p.found).join("\n")).toContain("13 rows, ranks 1–13;");
  });

  it("the Ministry's 2019 ranking of ministries: 'TT / Bộ, cơ quan ngang Bộ / Xếp hạng' over '1 (0,9291)'", () => {
    const out = read("aita-2019-ict-ministries.txt");
    expect(out.problems.filter((p) => p.severity === "error")).toEqual([]);
    const d = out.decision!;
    expect(d.meta).toMatchObject({ scope: "national", province: null, year: 2019, issuer: "Bộ Thông tin và Truyền thông" });
    const t = d.tables[0]!;
    expect(t).toMatchObject({ index: "ICT", block: "ministries", columns: [], maxTotal: 1 });
    expect(t.rows).toHaveLength(17);
    expect(t.rows[0]).toMatchObject({ order: 1, rank: 1, name: "Bộ Tài chính", total: 0.9291 });
    expect(t.rows[16]).toMatchObject({ rank: 17, name: "Bộ Xây dựng", total: 0.6885 });
  });
});
