import { describe, expect, it } from "vitest";
import { composeAlert, composeTableDetail, composeUnitDetail, TOP_PER_BLOCK } from "../src/alerts/compose.js";
import { newDecisions, subscriptionMatches } from "../src/alerts/detect.js";
import { loadDataset } from "../src/dataset/store.js";
import type { Dataset } from "../src/domain/dataset.js";
import { renderAlert, renderTableDetail, renderUnitDetail } from "../src/render/alerts.js";

const dataset = loadDataset("data");
const decision = (id: string) => dataset.decisions.find((d) => d.id === id)!;

function entitiesInside(f: { text: string; entities: { offset: number; length: number }[] }): boolean {
  return f.entities.every((e) => e.offset >= 0 && e.length > 0 && e.offset + e.length <= f.text.length);
}

describe("which decisions are new and who hears about them", () => {
  it("finds the decisions not yet known, in dataset order", () => {
    const known = new Set(dataset.decisions.map((d) => d.id).filter((id) => id !== "cao-bang-2022-dti" && id !== "hung-yen-2023-dti"));
    expect(newDecisions(dataset, known).map((d) => d.id)).toEqual(["cao-bang-2022-dti", "hung-yen-2023-dti"]);
    expect(newDecisions(dataset, new Set(dataset.decisions.map((d) => d.id)))).toEqual([]);
  });

  it("matches all / province (any spelling) / unit subscriptions", () => {
    const bn = decision("bac-ninh-2023-dti");
    expect(subscriptionMatches({ kind: "all", target: "" }, bn)).toBe(true);
    expect(subscriptionMatches({ kind: "province", target: "Bắc Ninh" }, bn)).toBe(true);
    expect(subscriptionMatches({ kind: "province", target: "Bắc Giang" }, bn)).toBe(false);
    expect(subscriptionMatches({ kind: "unit", target: "bac-ninh/so-y-te" }, bn)).toBe(true);
    expect(subscriptionMatches({ kind: "unit", target: "bac-giang/so-y-te" }, bn)).toBe(false);
  });
});

describe("the alert about a new decision", () => {
  it("names the decision (province, year, number, date) and the top of every block", () => {
    const d = decision("bac-ninh-2023-dti");
    const view = composeAlert(dataset, d, [{ kind: "all", target: "" }]);
    const text = renderAlert(view).text;
    expect(text).toContain("Bắc Ninh, năm 2023");
    expect(text).toContain("số 2405/QĐ-UBND");
    expect(text).toContain("ngày 26/12/2023");
    for (const t of d.tables) {
      expect(text).toContain(t.group);
      const top = t.rows.filter((r) => r.rank !== null && r.rank <= TOP_PER_BLOCK);
      expect(top.length).toBeGreaterThan(0);
      for (const r of top) expect(text).toContain(dataset.units.find((u) => u.id === r.unitId)!.name);
    }
    expect(text).not.toContain("Đơn vị bạn theo dõi");
  });

  it("gives a followed unit's rank with its change since the previous year, and says when the index changed", () => {
    const d = decision("bac-giang-2023-dti");
    const view = composeAlert(dataset, d, [{ kind: "unit", target: "bac-giang/so-y-te" }]);
    const followed = view.tables.flatMap((t) => t.followed);
    expect(followed).toHaveLength(1);
    const row = d.tables.flatMap((t) => t.rows).find((r) => r.unitId === "bac-giang/so-y-te")!;
    const before = decision("bac-giang-2021-ict").tables.flatMap((t) => t.rows).find((r) => r.unitId === "bac-giang/so-y-te")!;
    expect(followed[0]!.previous).toMatchObject({ year: 2021, rank: before.rank, index: "ICT", sameIndex: false });
    const text = renderAlert(view).text;
    const delta = before.rank! - row.rank!;
    expect(text).toContain(`hạng ${row.rank}/`);
    expect(text).toContain(`${delta > 0 ? "▲" : "▼"}${Math.abs(delta)} so với năm 2021 (hạng ${before.rank}/`);
    expect(text).toContain("Năm 2021 đo chỉ số ứng dụng CNTT");
  });

  it("lists every unit of a followed province and stays within Telegram's 4,096 characters", () => {
    for (const d of dataset.decisions) {
      if (d.province === null) continue;
      const f = renderAlert(composeAlert(dataset, d, [{ kind: "province", target: d.province }]));
      expect(f.text.length).toBeLessThanOrEqual(4096);
      expect(entitiesInside(f)).toBe(true);
      const units = new Set(d.tables.flatMap((t) => t.rows.map((r) => r.unitId)));
      const shown = [...units].filter((id) => f.text.includes(`${dataset.units.find((u) => u.id === id)!.name}:`)).length;
      expect(shown === units.size || f.text.includes("đơn vị khác")).toBe(true);
    }
  });

  it("shows names with markup characters exactly as printed (entities, never HTML)", () => {
    const hostile: Dataset = structuredClone(dataset);
    const d = hostile.decisions.find((x) => x.id === "bac-ninh-2023-dti")!;
    const first = d.tables[0]!.rows.find((r) => r.rank === 1)!;
    hostile.units.find((u) => u.id === first.unitId)!.name = "Sở KH&CN <b>x</b> _y_";
    const f = renderAlert(composeAlert(hostile, d, [{ kind: "unit", target: first.unitId }]));
    expect(f.text).toContain("Sở KH&CN <b>x</b> _y_");
    expect(f.entities.filter((e) => e.type === "bold").length).toBeGreaterThan(0);
    expect(entitiesInside(f)).toBe(true);
  });

  it("renders the 'see more' views: the whole block and one unit's full row", () => {
    const t = decision("hung-yen-2023-dti").tables[0]!;
    const table = composeTableDetail(dataset, t.id)!;
    expect(table.rows).toHaveLength(t.rows.length);
    const parts = renderTableDetail(table);
    expect(parts.every((p) => p.text.length <= 4096)).toBe(true);
    expect(parts.map((p) => p.text).join("\n").split("\n").filter((l) => /^\d+\. /u.test(l))).toHaveLength(t.rows.filter((r) => r.rank !== null).length);
    const row = t.rows[0]!;
    const unit = composeUnitDetail(dataset, t.id, row.unitId)!;
    const text = renderUnitDetail(unit).text;
    expect(text).toContain(`hạng ${row.rank}/${t.outOf}`);
    for (const name of Object.keys(row.components)) expect(text).toContain(name);
    expect(composeTableDetail(dataset, "no-such#1")).toBeNull();
  });
});
