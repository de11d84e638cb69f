import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { allEntries } from "../src/dataset/entries.js";
import { FONT_FILES, parseFontMetrics, textWidth } from "../src/render/charts/font.js";
import { componentMaximum, componentScores, matchingTable, tableEntries } from "../src/render/charts/data.js";
import { HIGHLIGHT, planChart, renderChart, slopeRequest, type Chart, type ChartRequest } from "../src/render/charts/index.js";
import { AVERAGE, BASE, FALLEN, MAX_LABEL_CHARS, MUTED, RISEN, SAME, scoreAxis } from "../src/render/charts/specs.js";
import { loadDataset } from "../src/dataset/store.js";
import { pngInfo, svgMarks, svgTexts } from "./fixtures/charts-svg.js";
import { footOf, headingOf, layersOf, plotOf, type Layer } from "./fixtures/chart-spec.js";

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

function planOf(request: ChartRequest, lang: "vi" | "en" = "vi") {
  const p = planChart(source, request, lang);
  if (!p) throw new Error(`no plan for ${JSON.stringify(request)}`);
  return p;
}

const markOf = (l: Layer): string => (typeof l.mark === "string" ? l.mark : String(l.mark?.type));

describe("block chart", () => {
  const bgDepts = tableOf("Bắc Giang", 2023, "departments");
  const health = unitId("Bắc Giang", "Sở Y tế");

  it("uses dots on a fitted, labelled axis where scores cluster (Bắc Giang 2023: 0.66–0.90 of 1)", () => {
    const spec = planOf({ kind: "bar", tableId: bgDepts, unitIds: [health] }).spec;
    const layers = layersOf(spec);
    const dots = layers.find((l) => markOf(l) === "circle")!;
    expect(dots).toBeDefined();
    expect(layers.some((l) => markOf(l) === "bar")).toBe(false);
    const x = dots.encoding!.x as { scale: { domain: [number, number]; zero: boolean }; title: string };
    const totals = tableEntries(source.entries, bgDepts).map((e) => e.total!);
    const [from, to] = x.scale.domain;
    expect(from).toBeGreaterThan(0);
    expect(from).toBeLessThanOrEqual(Math.min(...totals));
    expect(to).toBeGreaterThanOrEqual(Math.max(...totals));
    expect(to).toBeLessThanOrEqual(1);
    expect(x.scale.zero).toBe(false);
    expect(x.title).toContain(`trục bắt đầu từ ${String(from).replace(".", ",")}`);
  });

  it("keeps bars from zero where the scores spread (Bắc Ninh districts: 317–804 of 1000)", () => {
    const spec = planOf({ kind: "bar", tableId: tableOf("Bắc Ninh", 2023, "districts"), unitIds: [] }).spec;
    const bars = layersOf(spec).find((l) => markOf(l) === "bar")!;
    expect(bars).toBeDefined();
    const x = bars.encoding!.x as { scale: { domain: [number, number] }; title: string };
    expect(x.scale.domain).toEqual([0, 1000]);
    expect(x.title).toBe("Tổng điểm (thang 1000)");
  });

  it("chooses bars or dots by how the scores spread, not by which table it is", () => {
    expect(scoreAxis([316.73, 804.25], 1000).mark).toBe("bar");
    expect(scoreAxis([548, 733], 1000).mark).toBe("dot");
    expect(scoreAxis([0.2, 0.95], 1).mark).toBe("bar");
    const fitted = scoreAxis([61.2, 64.9, 70.3], 100);
    expect(fitted.mark).toBe("dot");
    expect(fitted.domain[0]).toBeLessThanOrEqual(61.2);
    expect(fitted.domain[1]).toBeGreaterThanOrEqual(70.3);
    expect(fitted.domain[1] - fitted.domain[0]).toBeLessThan(25);
  });

  it("draws the block average as a rule: the printed one where the decision prints it, labelled", () => {
    const bn = tableOf("Bắc Ninh", 2023, "departments");
    const spec = planOf({ kind: "bar", tableId: bn, unitIds: [unitId("Bắc Ninh", "Sở Y tế")] }).spec;
    const rules = layersOf(spec).filter((l) => markOf(l) === "rule" && l.data !== undefined);
    expect(rules).toHaveLength(1);
    const printed = dataset.decisions.flatMap((d) => d.tables).find((t) => t.id === bn)!.average!.total!;
    expect((rules[0]!.data as { values: { average: number }[] }).values[0]!.average).toBe(printed);
    expect(JSON.stringify(layersOf(spec))).toContain("Trung bình khối: 747,01");
  });

  it("computes the average from the ranked units where none is printed, and says so", () => {
    const spec = planOf({ kind: "bar", tableId: bgDepts, unitIds: [health] }).spec;
    const rule = layersOf(spec).find((l) => markOf(l) === "rule" && l.data !== undefined)!;
    const ranked = tableEntries(source.entries, bgDepts).filter((e) => e.rank !== null);
    const mean = ranked.reduce((s, e) => s + e.total!, 0) / ranked.length;
    expect((rule.data as { values: { average: number }[] }).values[0]!.average).toBeCloseTo(mean, 10);
    expect(headingOf(spec).subtitle.join(" ")).toContain("tính từ các đơn vị được xếp hạng");
  });

  it("names the asked unit in a legend, in the highlight colour, every other unit in the base colour", () => {
    const spec = planOf({ kind: "bar", tableId: bgDepts, unitIds: [health] }).spec;
    const dots = layersOf(spec).find((l) => markOf(l) === "circle")!;
    const color = dots.encoding!.color as { scale: { domain: string[]; range: string[] }; legend: unknown };
    expect(color.scale.domain).toEqual(["Sở Y tế", "Các đơn vị khác"]);
    expect(color.scale.range).toEqual([HIGHLIGHT, BASE]);
    expect(color.legend).not.toBeNull();
    const values = plotOf(spec).data.values as { series: string }[];
    expect(values.filter((v) => v.series === "Sở Y tế")).toHaveLength(1);
    const y = dots.encoding!.y as { axis: { labelColor: { condition: { test: string; value: string } } } };
    expect(y.axis.labelColor.condition).toEqual({ test: 'indexof(["7. Sở Y tế"], datum.value) >= 0', value: HIGHLIGHT });
  });

  it("names two asked units in the legend, and a longer list (a top five) as one entry", () => {
    const hy = tableOf("Hưng Yên", 2023, "departments_with_public_services");
    const block = tableEntries(source.entries, hy);
    const legendOf = (ids: string[]) =>
      ((layersOf(planOf({ kind: "bar", tableId: hy, unitIds: ids }).spec).find((l) => markOf(l) === "circle")!.encoding!.color) as { scale: { domain: string[] } }).scale.domain;
    expect(legendOf(block.slice(0, 2).map((e) => e.unitId))).toEqual([block[0]!.unit, block[1]!.unit, "Các đơn vị khác"]);
    expect(legendOf(block.slice(0, 5).map((e) => e.unitId))).toEqual(["5 đơn vị được hỏi", "Các đơn vị khác"]);
  });

  it("writes a computed average with the decimals of the printed scores, not those of the arithmetic", () => {
    const spec = planOf({ kind: "bar", tableId: tableOf("Cao Bằng", 2022, "districts"), unitIds: [] }).spec;
    const label = JSON.stringify(layersOf(spec)).match(/Trung bình khối: ([\d,]+)/u)?.[1];
    expect(label).toMatch(/^\d+,\d$/u);
  });

  it("writes every score of a scale with the same decimals (655,50 beside 662,99)", () => {
    for (const tableId of [tableOf("Bắc Ninh", 2023, "districts"), tableOf("Cao Bằng", 2022, "districts"), bgDepts]) {
      const values = plotOf(planOf({ kind: "bar", tableId, unitIds: [] }).spec).data.values as { totalLabel: string; total: number | null }[];
      const decimals = new Set(values.filter((v) => v.total !== null).map((v) => v.totalLabel.split(",")[1]?.length ?? 0));
      expect(decimals.size, tableId).toBe(1);
    }
  });

  it("cites issuer and date at the foot, and credits the bot", () => {
    const spec = planOf({ kind: "bar", tableId: tableOf("Bắc Ninh", 2023, "departments"), unitIds: [] }).spec;
    expect(footOf(spec)).toEqual({
      text: "Nguồn: Quyết định số 2405/QĐ-UBND ngày 26/12/2023, Chủ tịch UBND tỉnh Bắc Ninh",
      subtitle: "Biểu đồ: Bot tra cứu xếp hạng DTI",
    });
    expect(footOf(planOf({ kind: "bar", tableId: bgDepts, unitIds: [] }).spec).text).toBe("Nguồn: Thông báo tháng 12/2023, Chủ tịch UBND tỉnh Bắc Giang");
    const slope = planOf(slopeRequest(source, bgDepts, 2021, [health])!, "en").spec;
    expect(footOf(slope).text).toBe("Source: Notice of 12/2021; Notice of 12/2023, Chairman of the Bắc Giang Provincial People's Committee");
  });

  it("speaks only English in English: block words from the decision's own wording, no 'towns' where it has none", () => {
    const districts = tableOf("Bắc Giang", 2023, "districts");
    const spec = planOf({ kind: "bar", tableId: districts, unitIds: [unitId("Bắc Giang", "Huyện Việt Yên")] }, "en").spec;
    expect(headingOf(spec).text).toBe("Bắc Giang — Districts and cities — 2023");
    expect(footOf(spec)).toEqual({ text: "Source: Notice of 12/2023, Chairman of the Bắc Giang Provincial People's Committee", subtitle: "Chart: DTI ranking bot" });
    const withTowns = planOf({ kind: "bar", tableId: tableOf("Hưng Yên", 2023, "districts"), unitIds: [] }, "en").spec;
    expect(headingOf(withTowns).text).toBe("Hưng Yên — Districts, towns and cities — 2023");
    const words = JSON.stringify({ h: headingOf(spec), f: footOf(spec), l: layersOf(spec).map((l) => l.encoding) });
    for (const vi of ["Nguồn", "Thông báo", "Trung bình", "Khối", "năm ", "thang", "trục"]) expect(words).not.toContain(vi);
  });

  it("renders the Vietnamese names with their diacritics in the packaged font, a readable size", async () => {
    const chart = await render({ kind: "bar", tableId: bgDepts, unitIds: [health] });
    const texts = svgTexts(chart.svg);
    expect(texts).toContain("Bắc Giang — Khối sở, ngành — năm 2023");
    expect(texts).toContain("7. Sở Y tế");
    expect(texts).toContain("0,8268");
    expect(chart.svg).toContain('font-family="DejaVu Sans"');
    expect(svgMarks(chart.svg).filter((m) => m.fill === HIGHLIGHT)).toHaveLength(1);
    expectSensiblePng(chart.png);
  });

  it("keeps a unit that was not ranked, last and marked as such", async () => {
    const cb = tableOf("Cao Bằng", 2022, "districts");
    const unranked = tableEntries(source.entries, cb).filter((e) => e.rank === null);
    expect(unranked.length).toBeGreaterThan(0);
    const chart = await render({ kind: "bar", tableId: cb, unitIds: [] });
    const texts = svgTexts(chart.svg);
    for (const e of unranked) expect(texts).toContain(`– ${e.unit}`);
    expect(texts).toContain("không xếp hạng");
  });

  it("shortens a very long unit name with an ellipsis instead of squeezing the plot", async () => {
    const hy = tableOf("Hưng Yên", 2023, "departments_without_public_services");
    const chart = await render({ kind: "bar", tableId: hy, unitIds: [] });
    const long = svgTexts(chart.svg).find((t) => t.startsWith("2. Văn phòng Đoàn"));
    expect(long).toBeDefined();
    expect(long!.endsWith("…")).toBe(true);
    expect([...long!].length).toBeLessThanOrEqual(MAX_LABEL_CHARS + 3);
  });
});

describe("national table chart", () => {
  const national = source.entries.filter((e) => e.province === null && e.index === "DTI");
  const tableId = national[0]?.tableId ?? "";
  const bacNinh = national.find((e) => e.unit === "Bắc Ninh");

  it("charts the provinces of the national table, the asked one named, headed 'Việt Nam' / 'Vietnam'", () => {
    expect(national.length).toBeGreaterThanOrEqual(63);
    const vi = planOf({ kind: "bar", tableId, unitIds: [bacNinh!.unitId] }).spec;
    expect(headingOf(vi).text).toBe("Việt Nam — Khối tỉnh, thành phố trực thuộc TW — năm 2022");
    const values = plotOf(vi).data.values as { label: string; series: string }[];
    expect(values).toHaveLength(national.length);
    expect(values.filter((v) => v.series === "Bắc Ninh").map((v) => v.label)).toEqual([`${bacNinh!.rank}. Bắc Ninh`]);
    const en = planOf({ kind: "bar", tableId, unitIds: [] }, "en").spec;
    expect(headingOf(en).text).toBe("Vietnam — Provinces and centrally governed cities — 2022");
    expect(footOf(en).text).toContain("Ministry of Information and Communications");
  });

  it("says when the source gives only some scores, and draws no 'average' of the few it gives", () => {
    const spec = planOf({ kind: "bar", tableId, unitIds: [bacNinh!.unitId] }).spec;
    const scored = national.filter((e) => e.total !== null).length;
    expect(scored).toBeLessThan(national.length);
    expect(headingOf(spec).subtitle).toContain(`Văn bản ghi điểm của ${scored}/${national.filter((e) => e.rank !== null).length} đơn vị; các đơn vị khác chỉ có thứ hạng.`);
    expect(layersOf(spec).some((l) => markOf(l) === "rule" && l.data !== undefined)).toBe(false);
    const asked = (plotOf(spec).data.values as { series: string; totalLabel: string }[]).find((v) => v.series === "Bắc Ninh")!;
    expect(asked.totalLabel).toBe(bacNinh!.total === null ? "văn bản không ghi điểm" : asked.totalLabel);
  });
});

describe("component chart", () => {
  const hyTable = tableOf("Hưng Yên", 2023, "departments_with_public_services");
  const hyHealth = unitId("Hưng Yên", "Sở Y tế");

  it("places each component against the printed maximum: the block's range, its average and the unit, named in a legend", () => {
    const scores = componentScores(source, hyTable, hyHealth)!;
    const govt = scores.find((s) => s.name === "Chính quyền số")!;
    expect(govt).toMatchObject({ max: 400, maxSource: "printed", score: 273.87 });
    const block = tableEntries(source.entries, hyTable);
    expect(govt.best).toBe(Math.max(...block.map((e) => e.components["Chính quyền số"]!)));
    expect(govt.lowest).toBe(Math.min(...block.map((e) => e.components["Chính quyền số"]!)));

    const spec = planOf({ kind: "components", tableId: hyTable, unitId: hyHealth }).spec;
    const layers = layersOf(spec);
    const dot = layers.find((l) => markOf(l) === "circle")!;
    const color = dot.encoding!.color as { datum: string; scale: { domain: string[]; range: string[] } };
    expect(color.datum).toBe("Sở Y tế");
    expect(color.scale).toEqual({ domain: ["Sở Y tế", "Trung bình khối", "Thấp nhất – cao nhất trong khối"], range: [HIGHLIGHT, AVERAGE, MUTED] });
    expect((layers.find((l) => markOf(l) === "tick")!.encoding!.color as { datum: string }).datum).toBe("Trung bình khối");
    const x = dot.encoding!.x as { scale: { domain: number[] }; title: string };
    expect(x.scale.domain).toEqual([0, 1]);
    expect(x.title).toBe("Tỷ lệ so với điểm tối đa ghi trong văn bản");
    const row = (plotOf(spec).data.values as { component: string; unit: number; text: string }[]).find((v) => v.component === "Chính quyền số")!;
    expect(row.unit).toBeCloseTo(273.87 / 400, 10);
    expect(row.text).toContain("273,87/400");
  });

  it("says 100% is the block's best where the decision prints no maxima, and writes no made-up maximum", () => {
    const spec = planOf({ kind: "components", tableId: tableOf("Bắc Ninh", 2023, "departments"), unitId: unitId("Bắc Ninh", "Sở Y tế") }).spec;
    const x = layersOf(spec).find((l) => markOf(l) === "circle")!.encoding!.x as { title: string };
    expect(x.title).toBe("Tỷ lệ so với điểm cao nhất trong khối (= 100%)");
    expect(headingOf(spec).subtitle).toContain("Văn bản không ghi điểm tối đa của thành phần: 100% là điểm cao nhất trong khối.");
    const texts = (plotOf(spec).data.values as { text: string }[]).map((v) => v.text);
    expect(texts.some((t) => t.startsWith("475,83 · TB khối"))).toBe(true);
    expect(texts.some((t) => /^\d+,\d+\//u.test(t))).toBe(false);
  });

  it("uses 1 as the maximum of a 0–1 index and the block's best score where no maximum is printed", () => {
    const bg = tableEntries(source.entries, tableOf("Bắc Giang", 2023, "districts"));
    expect(componentMaximum(bg, "Hoạt động kinh tế số")).toEqual({ max: 1, source: "scale" });
    const bn = tableEntries(source.entries, tableOf("Bắc Ninh", 2023, "departments"));
    const best = Math.max(...bn.map((e) => e.components["Hoạt động chuyển đổi số"]!));
    expect(componentMaximum(bn, "Hoạt động chuyển đổi số")).toEqual({ max: best, source: "best" });
  });

  it("compares with the average row the decision prints, where it prints one", () => {
    const tableId = tableOf("Bắc Ninh", 2023, "departments");
    const printed = dataset.decisions.flatMap((d) => d.tables).find((t) => t.id === tableId)!.average!;
    const scores = componentScores(source, tableId, unitId("Bắc Ninh", "Sở Y tế"))!;
    for (const s of scores) expect(s.average).toBe(printed.components[s.name]);
  });

  it("renders with the unit's dots in the highlight colour", async () => {
    const chart = await render({ kind: "components", tableId: hyTable, unitId: hyHealth });
    const scores = componentScores(source, hyTable, hyHealth)!;
    expect(svgMarks(chart.svg).filter((m) => m.role === "circle" && m.fill === HIGHLIGHT).length).toBeGreaterThanOrEqual(scores.length);
    expect(svgTexts(chart.svg)).toContain("Sở Y tế — Điểm thành phần");
    expectSensiblePng(chart.png);
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

  it("colours risers and fallers, draws the asked unit thick, and names the years with the index in words a reader knows", () => {
    const spec = planOf(slopeRequest(source, to, 2021, [asked])!).spec;
    const layers = layersOf(spec);
    const lines = layers.filter((l) => markOf(l) === "line");
    const color = lines[0]!.encoding!.color as { field: string; scale: { domain: string[]; range: string[] } };
    expect(color.field).toBe("change");
    expect(color.scale.domain).toEqual(["Tăng hạng", "Giảm hạng", "Giữ hạng"]);
    expect(color.scale.range).toEqual([RISEN, FALLEN, SAME]);
    const widths = lines.map((l) => Number((l.mark as { strokeWidth?: unknown }).strokeWidth));
    expect(Math.max(...widths)).toBeGreaterThan(2 * Math.min(...widths));
    const points = plotOf(spec).data.values as { unitId: string; side: string; change: string; label: string }[];
    expect(new Set(points.map((p) => p.side))).toEqual(new Set(["2021 · CNTT", "2023 · DTI"]));
    expect(JSON.stringify(spec)).not.toContain("(ICT)");
    const lucNam = points.filter((p) => p.label.includes("Huyện Lục Nam"));
    expect(lucNam.map((p) => p.change)).toEqual(["Giảm hạng", "Giảm hạng"]);
    const langGiang = points.filter((p) => p.label.includes("Huyện Lạng Giang"));
    expect(langGiang[0]!.change).toBe("Tăng hạng");
    expect(points.map((p) => p.label)).toEqual(expect.arrayContaining(["Huyện Hiệp Hòa  5", "8  Huyện Hiệp Hòa", "2  Huyện Việt Yên"]));
    expect(headingOf(spec).subtitle).toContain("Nét đậm: Huyện Việt Yên");
    expect(headingOf(spec).subtitle.some((t) => t.includes("hai bộ chỉ số khác nhau"))).toBe(true);
  });

  it("sizes the plot to its labels instead of leaving a third of the picture empty", async () => {
    const chart = await render(slopeRequest(source, to, 2021, [asked])!);
    const { width } = pngInfo(chart.png);
    expect(width).toBeLessThanOrEqual(1500);
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

  it("writes English year labels and legend in English", () => {
    const spec = planOf(slopeRequest(source, to, 2021, [asked])!, "en").spec;
    const points = plotOf(spec).data.values as { side: string }[];
    expect(new Set(points.map((p) => p.side))).toEqual(new Set(["2021 · IT", "2023 · DTI"]));
    const color = layersOf(spec).find((l) => markOf(l) === "line")!.encoding!.color as { scale: { domain: string[] } };
    expect(color.scale.domain).toEqual(["Rose", "Fell", "Kept its rank"]);
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
