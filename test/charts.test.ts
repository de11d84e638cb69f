import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { allEntries } from "../src/dataset/entries.js";
import { FONT_FILES, parseFontMetrics, textWidth } from "../src/render/charts/font.js";
import { componentMaximum, componentScores, matchingTable, tableEntries } from "../src/render/charts/data.js";
import { HIGHLIGHT, planChart, renderChart, slopeRequest, type Chart, type ChartRequest } from "../src/render/charts/index.js";
import { MUTED, MAX_LABEL_CHARS } from "../src/render/charts/specs.js";
import { loadDataset } from "../src/dataset/store.js";
import { pngInfo, svgMarks, svgTexts } from "./fixtures/charts-svg.js";

const dataset = loadDataset("data");
const source = { dataset, entries: allEntries(dataset) };

function tableOf(province: string, year: number, block: string, index?: string): string {
  const e = source.entries.find(
    (x) => x.province === province && x.year === year && x.block === block && (index === undefined || x.index === index),
  );
  if (!e) throw new Error(`no table for ${province} ${year} ${block}`);
  return e.tableId;
}

function unitId(province: string, unit: string): string {
  const e = source.entries.find((x) => x.province === province && x.unit === unit);
  if (!e) throw new Error(`no unit ${unit} in ${province}`);
  return e.unitId;
}

async function render(request: ChartRequest, lang: "vi" | "en" = "vi"): Promise<Chart> {
  const chart = await renderChart(source, request, lang);
  if (!chart) throw new Error(`no chart for ${JSON.stringify(request)}`);
  return chart;
}

function expectSensiblePng(png: Buffer): void {
  const { width, height } = pngInfo(png);
  expect(width).toBeGreaterThanOrEqual(600);
  expect(width).toBeLessThanOrEqual(2560);
  expect(height).toBeGreaterThanOrEqual(200);
  expect(height).toBeLessThanOrEqual(2560);
}

describe("packaged font", () => {
  it("has a glyph for every Vietnamese letter, so diacritics never fall back to a missing-glyph box", () => {
    const regular = parseFontMetrics(readFileSync(FONT_FILES.regular));
    const bold = parseFontMetrics(readFileSync(FONT_FILES.bold));
    const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";
    for (const ch of [...letters, ...letters.toUpperCase()]) {
      expect(regular.advance.has(ch.codePointAt(0)!), ch).toBe(true);
      expect(bold.advance.has(ch.codePointAt(0)!), ch).toBe(true);
    }
  });

  it("measures text with the font's own advances: longer text is wider, bold is wider than regular", () => {
    const regular = parseFontMetrics(readFileSync(FONT_FILES.regular));
    const bold = parseFontMetrics(readFileSync(FONT_FILES.bold));
    const short = textWidth(regular, "Sở Y tế", 12);
    expect(short).toBeGreaterThan(30);
    expect(short).toBeLessThan(0.8 * 12 * "Sở Y tế".length);
    expect(textWidth(regular, "Sở Y tế tỉnh Bắc Ninh", 12)).toBeGreaterThan(short);
    expect(textWidth(bold, "Sở Y tế", 12)).toBeGreaterThan(short);
    expect(textWidth(regular, "Sở Y tế".normalize("NFD"), 12)).toBeCloseTo(short, 6);
  });
});

describe("block bar chart", () => {
  const tableId = tableOf("Bắc Giang", 2023, "departments");
  const asked = unitId("Bắc Giang", "Sở Y tế");

  it("draws one bar per unit in rank order, with only the asked unit in the highlight colour", async () => {
    const chart = await render({ kind: "bar", tableId, unitIds: [asked] });
    const bars = svgMarks(chart.svg).filter((m) => m.role === "bar");
    const block = tableEntries(source.entries, tableId);
    expect(bars).toHaveLength(block.length);
    expect(bars.map((b) => /label: (.*)$/u.exec(b.label)?.[1])).toEqual(block.map((e) => `${e.rank}. ${e.unit}`));
    const highlighted = bars.filter((b) => b.fill === HIGHLIGHT);
    expect(highlighted).toHaveLength(1);
    expect(highlighted[0]!.label).toContain("Sở Y tế");
  });

  it("labels totals and names province, block, year and source decision with their diacritics", async () => {
    const chart = await render({ kind: "bar", tableId, unitIds: [asked] });
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("Bắc Giang — Khối sở, ban, ngành — năm 2023");
    expect(texts).toContain("Nguồn: Thông báo tháng 12/2023");
    expect(texts).toContain("7. Sở Y tế");
    expect(texts).toContain("0,8268");
    expect(texts).toContain("0,9029");
    expect(chart.svg).toContain('font-family="DejaVu Sans"');
    expectSensiblePng(chart.png);
  });

  it("cites a numbered decision in full", async () => {
    const bn = tableOf("Bắc Ninh", 2023, "departments");
    const chart = await render({ kind: "bar", tableId: bn, unitIds: [unitId("Bắc Ninh", "Sở Y tế")] });
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("Bắc Ninh — Khối sở, ban, ngành — năm 2023");
    expect(texts).toContain("Nguồn: Quyết định số 2405/QĐ-UBND ngày 26/12/2023");
    expect(texts).toContain("2. Sở Y tế");
    expect(texts).toContain("875,83");
    expect(chart.caption).toContain("2405/QĐ-UBND");
  });

  it("keeps a unit that was not ranked, last and marked as such", async () => {
    const cb = tableOf("Cao Bằng", 2022, "districts");
    const unranked = tableEntries(source.entries, cb).filter((e) => e.rank === null);
    expect(unranked.length).toBeGreaterThan(0);
    const chart = await render({ kind: "bar", tableId: cb, unitIds: [] });
    const texts = svgTexts(chart.svg);
    for (const e of unranked) expect(texts).toContain(`– ${e.unit}`);
    expect(texts).toContain("không xếp hạng");
    const labels = svgMarks(chart.svg).filter((m) => m.role === "bar").map((b) => b.label);
    expect(labels.at(-1)).toContain(unranked.at(-1)!.unit);
  });

  it("shortens a very long unit name with an ellipsis instead of squeezing the bars", async () => {
    const hy = tableOf("Hưng Yên", 2023, "departments_without_public_services");
    const chart = await render({ kind: "bar", tableId: hy, unitIds: [] });
    const long = svgTexts(chart.svg).find((t) => t.startsWith("2. Văn phòng Đoàn"));
    expect(long).toBeDefined();
    expect(long!.endsWith("…")).toBe(true);
    expect([...long!].length).toBeLessThanOrEqual(MAX_LABEL_CHARS + 3);
    expect(svgMarks(chart.svg).filter((m) => m.fill === HIGHLIGHT)).toHaveLength(0);
  });

  it("speaks English when asked in English", async () => {
    const chart = await render({ kind: "bar", tableId, unitIds: [asked] }, "en");
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("Bắc Giang — Departments — year 2023");
    expect(texts).toContain("0.8268");
  });
});

describe("component chart", () => {
  it("puts each component as a share of its printed maximum, unit in the highlight colour beside the block average", async () => {
    const tableId = tableOf("Hưng Yên", 2023, "departments_with_public_services");
    const asked = unitId("Hưng Yên", "Sở Y tế");
    const scores = componentScores(source, tableId, asked)!;
    const block = tableEntries(source.entries, tableId);
    const govt = scores.find((s) => s.name === "Chính quyền số")!;
    expect(govt.max).toBe(400);
    expect(govt.maxSource).toBe("printed");
    expect(govt.score).toBe(273.87);
    expect(govt.share).toBeCloseTo(273.87 / 400, 10);
    const mean = block.reduce((s, e) => s + e.components["Chính quyền số"]!, 0) / block.length;
    expect(govt.average).toBeCloseTo(mean, 10);

    const chart = await render({ kind: "components", tableId, unitId: asked });
    const bars = svgMarks(chart.svg).filter((m) => m.role === "bar");
    const unitBars = bars.filter((b) => b.label.includes("series: Sở Y tế"));
    const averageBars = bars.filter((b) => b.label.includes("series: Trung bình khối"));
    expect(unitBars).toHaveLength(scores.length);
    expect(averageBars).toHaveLength(scores.length);
    expect(unitBars.every((b) => b.fill === HIGHLIGHT)).toBe(true);
    expect(averageBars.every((b) => b.fill === MUTED)).toBe(true);
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("Sở Y tế — Điểm thành phần");
    expect(texts).toContain("273,87/400");
    expect(texts).toContain("Nhận thức số");
    expectSensiblePng(chart.png);
  });

  it("uses 1 as the maximum of a 0–1 index and the block's best score where no maximum is printed", () => {
    const bg = tableEntries(source.entries, tableOf("Bắc Giang", 2023, "districts"));
    expect(componentMaximum(bg, "Hoạt động kinh tế số")).toEqual({ max: 1, source: "scale" });
    const bn = tableEntries(source.entries, tableOf("Bắc Ninh", 2023, "departments"));
    const best = Math.max(...bn.map((e) => e.components["Hoạt động chuyển đổi số"]!));
    expect(best).toBeGreaterThan(1);
    expect(componentMaximum(bn, "Hoạt động chuyển đổi số")).toEqual({ max: best, source: "best" });
  });

  it("says so when shares are of the block's best score, and writes no made-up maximum", async () => {
    const tableId = tableOf("Bắc Ninh", 2023, "departments");
    const chart = await render({ kind: "components", tableId, unitId: unitId("Bắc Ninh", "Sở Y tế") });
    const texts = svgTexts(chart.svg);
    expect(texts.some((t) => t.includes("tỷ lệ tính theo điểm cao nhất trong khối"))).toBe(true);
    expect(texts).toContain("475,83");
    expect(texts.some((t) => t.startsWith("475,83/"))).toBe(false);
  });

  it("compares with the average row the decision prints, where it prints one", () => {
    const tableId = tableOf("Bắc Ninh", 2023, "departments");
    const printed = dataset.decisions.flatMap((d) => d.tables).find((t) => t.id === tableId)!.average!;
    const scores = componentScores(source, tableId, unitId("Bắc Ninh", "Sở Y tế"))!;
    for (const s of scores) expect(s.average).toBe(printed.components[s.name]);
  });
});

describe("year-over-year slope chart", () => {
  const to = tableOf("Bắc Giang", 2023, "districts");
  const asked = unitId("Bắc Giang", "Huyện Việt Yên");

  it("pairs the 2023 block with the same block in 2021", () => {
    const from = matchingTable(dataset, to, 2021);
    expect(from?.block).toBe("districts");
    expect(from?.index).toBe("ICT");
  });

  it("joins each unit's 2021 and 2023 ranks, the asked unit drawn as the one highlighted line", async () => {
    const request = slopeRequest(source, to, 2021, [asked]);
    expect(request).not.toBeNull();
    const chart = await render(request!);
    const lines = svgMarks(chart.svg).filter((m) => m.role === "line mark");
    const units = new Set(tableEntries(source.entries, to).map((e) => e.unitId));
    expect(lines).toHaveLength(units.size);
    const red = lines.filter((l) => l.stroke === HIGHLIGHT);
    expect(red).toHaveLength(1);
    expect(red[0]!.label).toContain(asked);
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("2  Huyện Việt Yên");
    expect(texts).toContain("Huyện Hiệp Hòa  5");
    expect(texts).toContain("8  Huyện Hiệp Hòa");
    expect(texts).toContain("Bắc Giang — Khối huyện, thị xã, thành phố — Thứ hạng 2021 → 2023");
    expect(texts.some((t) => t.includes("hai bộ chỉ số khác nhau"))).toBe(true);
    expect(chart.caption).toContain("Huyện Việt Yên: 2 → 2");
    expectSensiblePng(chart.png);
  });

  it("follows departments across spellings (Sở Nội Vụ / Sở Nội vụ): one line per unit ranked in both years", async () => {
    const depts = tableOf("Bắc Giang", 2023, "departments");
    const health = unitId("Bắc Giang", "Sở Y tế");
    const request = slopeRequest(source, depts, 2021, [health])!;
    expect(request.kind === "slope" && request.fromTableId).toBe(tableOf("Bắc Giang", 2021, "departments", "ICT"));
    const chart = await render(request);
    expect(chart.caption).toContain("Sở Y tế: 1 → 7");
    const inBoth = new Set(tableEntries(source.entries, depts).map((e) => e.unitId));
    const earlier = new Set(tableEntries(source.entries, tableOf("Bắc Giang", 2021, "departments", "ICT")).map((e) => e.unitId));
    const both = [...inBoth].filter((id) => earlier.has(id));
    expect(both.length).toBeGreaterThanOrEqual(18);
    expect(svgMarks(chart.svg).filter((m) => m.role === "line mark")).toHaveLength(both.length);
  });
});

describe("chart plans", () => {
  const tableId = tableOf("Bắc Giang", 2023, "departments");

  it("hash the content: same request same hash, another highlight another hash", () => {
    const a = planChart(source, { kind: "bar", tableId, unitIds: [unitId("Bắc Giang", "Sở Y tế")] });
    const b = planChart(source, { kind: "bar", tableId, unitIds: [unitId("Bắc Giang", "Sở Y tế")] });
    const c = planChart(source, { kind: "bar", tableId, unitIds: [unitId("Bắc Giang", "Sở Xây dựng")] });
    expect(a?.hash).toBe(b?.hash);
    expect(a?.hash).not.toBe(c?.hash);
  });

  it("return null for ids the data does not know", () => {
    expect(planChart(source, { kind: "bar", tableId: "nowhere#1", unitIds: [] })).toBeNull();
    expect(planChart(source, { kind: "components", tableId, unitId: "nowhere/nobody" })).toBeNull();
    expect(slopeRequest(source, tableId, 1999, [])).toBeNull();
  });
});
