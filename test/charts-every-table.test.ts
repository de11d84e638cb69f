import { describe, expect, it } from "vitest";
import type { Dataset } from "../src/domain/dataset.js";
import { allEntries } from "../src/dataset/entries.js";
import { loadDataset } from "../src/dataset/store.js";
import { planChart } from "../src/render/charts/index.js";
import { tableEntries } from "../src/render/charts/data.js";
import { buildExport } from "../src/render/export/index.js";
import { parseDecisionCsv } from "../src/render/export/csv.js";
import { footOf, headingOf, layersOf } from "./fixtures/chart-spec.js";
import { handMadeDataset } from "./fixtures/hand-made-dataset.js";

/** Words of the Vietnamese chart copy that must never reach an English chart. */
const VIETNAMESE_COPY = /Nguồn|Thông báo|Quyết định|Báo cáo|Trung bình|Khối|năm \d|thang \d|trục|đơn vị|Biểu đồ|Tỷ lệ|không xếp hạng/u;

function checkEveryTable(name: string, dataset: Dataset): void {
  const source = { dataset, entries: allEntries(dataset) };
  const tables = dataset.decisions.flatMap((d) => d.tables.map((t) => ({ d, t })));

  describe(`every table of the ${name} dataset`, () => {
    it.each(tables.map(({ t }) => [t.id] as const))("%s: a block chart whose axis holds every score, in both languages", (tableId) => {
      const block = tableEntries(source.entries, tableId);
      const asked = block[Math.floor(block.length / 2)]!;
      for (const lang of ["vi", "en"] as const) {
        const spec = planChart(source, { kind: "bar", tableId, unitIds: [asked.unitId] }, lang)!.spec;
        const marks = layersOf(spec).filter((l) => ["bar", "circle"].includes(typeof l.mark === "string" ? l.mark : String(l.mark?.type)));
        expect(marks).toHaveLength(1);
        const x = marks[0]!.encoding!.x as { scale: { domain: [number, number] } };
        const [from, to] = x.scale.domain;
        for (const total of block.map((e) => e.total).filter((v): v is number => v !== null)) {
          expect(total).toBeGreaterThanOrEqual(from);
          expect(total).toBeLessThanOrEqual(to);
        }
        if ((marks[0]!.mark as { type: string }).type === "bar") expect(from).toBe(0);
        const color = marks[0]!.encoding!.color as { scale: { domain: string[] } };
        expect(color.scale.domain).toHaveLength(2);
        expect(footOf(spec).text).toMatch(lang === "vi" ? /^Nguồn: / : /^Source: /);
        if (lang === "en") expect(JSON.stringify({ h: headingOf(spec), f: footOf(spec), a: layersOf(spec).map((l) => l.encoding) })).not.toMatch(VIETNAMESE_COPY);
      }
    });

    it.each(tables.filter(({ t }) => t.columns.length > 0).map(({ t }) => [t.id] as const))("%s: a components chart with every share between 0 and 1", (tableId) => {
      const block = tableEntries(source.entries, tableId);
      for (const e of block.filter((x) => Object.keys(x.components).length > 0).slice(0, 3)) {
        const spec = planChart(source, { kind: "components", tableId, unitId: e.unitId }, "en")!.spec;
        const values = (spec as { vconcat: { data: { values: { unit: number | null; best: number | null }[] } }[] }).vconcat[0]!.data.values;
        for (const share of values.flatMap((v) => [v.unit, v.best]).filter((v): v is number => v !== null)) {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1 + 1e-9);
        }
      }
    });

    it.each(dataset.decisions.map((d) => [d.id, d] as const))("%s: one Excel workbook and one CSV that reads back", async (_id, d) => {
      const xlsx = await buildExport({ decision: d, tables: d.tables }, "xlsx", "en");
      expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      const csv = await buildExport({ decision: d, tables: d.tables }, "csv", "vi");
      const rows = parseDecisionCsv(csv.bytes.toString("utf8"));
      expect(rows.map((r) => r.total)).toEqual(d.tables.flatMap((t) => t.rows.map((r) => r.total)));
    });
  });
}

checkEveryTable("real", loadDataset("data"));
checkEveryTable("hand-made", handMadeDataset());
