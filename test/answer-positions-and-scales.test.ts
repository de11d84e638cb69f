import { describe, expect, it } from "vitest";
import { answerQuestion, contractExtras } from "../src/answer/index.js";
import type { Table } from "../src/domain/dataset.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { renderPlain } from "../src/render/index.js";

const dataset = loadDataset("./data");
const k = buildKnowledge(dataset);
const ask = (q: string) => answerQuestion(q, k);

function table(province: string | null, block: string, index = "DTI", year?: number): Table {
  const d = dataset.decisions.filter((x) => x.province === province && (year === undefined || x.year === year)).sort((a, b) => b.year - a.year)[0]!;
  return d.tables.find((t) => t.block.startsWith(block) && t.index === index)!;
}
const byRank = (t: Table, rank: number) => t.rows.filter((r) => r.rank === rank).map((r) => r.unitId);

describe("places named without 'thứ N', and places counted from either end", () => {
  it("'á quân', 'về nhì', 'hạng nhì' and 'runner-up' are second place", () => {
    const bnDepartments = table("Bắc Ninh", "departments");
    const cbDistricts = table("Cao Bằng", "districts");
    expect(ask("á quân khối sở Bắc Ninh").matches[0]?.unitId).toBe(byRank(bnDepartments, 2)[0]);
    expect(ask("huyện về nhì Cao Bằng").matches[0]?.unitId).toBe(byRank(cbDistricts, 2)[0]);
    expect(ask("runner-up among Bac Ninh districts").matches[0]?.unitId).toBe(byRank(table("Bắc Ninh", "districts"), 2)[0]);
  });

  it("'cao thứ 2' on a component is second best on it; 'thấp thứ 3' is third from the bottom", () => {
    const t = table("Bắc Ninh", "districts");
    const security = t.columns.find((c) => c.name.startsWith("An toàn"))!.name;
    const second = [...t.rows].sort((a, b) => (b.components[security] ?? 0) - (a.components[security] ?? 0))[1]!;
    const r = ask("huyện có điểm an toàn thông tin cao thứ 2 Bắc Ninh");
    expect(r.matches[0]?.unitId).toBe(second.unitId);
    const cb = table("Cao Bằng", "departments");
    const ranked = cb.rows.filter((x) => x.rank !== null).sort((a, b) => b.rank! - a.rank!);
    expect(ask("sở có điểm thấp thứ 3 Cao Bằng").matches[0]?.unitId).toBe(ranked[2]!.unitId);
  });

  it("a word one typo from some unit's name is not taken for that unit when the question asks of a place", () => {
    const r = ask("huyện có điểm an toàn thông tin cao thứ 2 Bắc Ninh");
    expect(r.matches[0]?.block).toBe("districts");
    expect(r.notices.some((n) => n.kind === "ignored_words")).toBe(false);
  });

  it("a place several units share names all of them", () => {
    const national = table(null, "provinces");
    const tied = byRank(national, 15);
    expect(tied.length).toBeGreaterThan(1);
    const r = ask("tỉnh nào đứng thứ 15 cả nước");
    expect(r.intent).toBe("rank");
    expect(r.matches.map((e) => e.unitId)).toEqual(tied);
    for (const id of tied.slice(1)) expect(renderPlain(r)).toContain(national.rows.find((x) => x.unitId === id)!.name);
  });
});

describe("what a table does not score is said, not answered from another table", () => {
  it("a component the departments' table does not score names the blocks that do", () => {
    const r = ask("sắp xếp các sở Cao Bằng theo điểm kinh tế số");
    expect(r.status).toBe("not_found");
    expect(r.matches).toEqual([]);
    expect(renderPlain(r)).toMatch(/Kinh tế số.*huyện/su);
  });

  it("a threshold in points asked of a 0–1 table is read as the same share, and says so", () => {
    const t = table("Bắc Giang", "districts", "DTI", 2023);
    expect(t.maxTotal).toBe(1);
    const r = ask("số huyện đạt trên 700 điểm ở Bắc Giang năm 2023");
    expect(contractExtras(r).count).toBe(t.rows.filter((x) => x.rank !== null && x.total! >= 0.7).length);
    expect(renderPlain(r)).toContain("0,7");
  });

  it("a computed average carries no float noise", () => {
    const value = contractExtras(ask("trung bình cộng điểm các sở Bắc Giang 2023")).average?.value;
    expect(value).toBe(Math.round(value! * 1e6) / 1e6);
  });

  it("the ministries asked of data that rank none: said so, no province asked back", () => {
    for (const q of ["bộ nào đứng đầu", "top 3 bộ ngành"]) {
      const r = ask(q);
      expect(r.status, q).toBe("not_found");
      expect(r.details.type === "problem" && r.details.reason, q).toBe("no_ministry");
    }
  });
});
