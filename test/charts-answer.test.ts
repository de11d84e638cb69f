import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { chartForAnswer, requestForAnswer, requestForButton } from "../src/render/charts/answer.js";
import { HIGHLIGHT } from "../src/render/charts/index.js";
import { buildKnowledge } from "../src/search/index.js";
import { plotOf } from "./fixtures/chart-spec.js";
import { pngInfo, svgMarks, svgTexts } from "./fixtures/charts-svg.js";

const k = buildKnowledge(loadDataset("data"));

function entryOf(province: string, unit: string, year: number) {
  const e = k.entries.find((x) => x.province === province && x.unit === unit && x.year === year && x.index !== "PORTAL");
  if (!e) throw new Error(`no entry ${unit} ${province} ${year}`);
  return e;
}

describe("the chart chosen for an answer", () => {
  it("a rank question → the block's bars with the unit highlighted", async () => {
    const result = answerQuestion("Sở Y tế Bắc Ninh xếp thứ mấy năm 2023?", k);
    const e = entryOf("Bắc Ninh", "Sở Y tế", 2023);
    expect(requestForAnswer(result, k)).toEqual({ kind: "bar", tableId: e.tableId, unitIds: [e.unitId] });
    const chart = (await chartForAnswer(result, k))!;
    expect(chart.kind).toBe("bar");
    const red = svgMarks(chart.svg).filter((m) => m.fill === HIGHLIGHT);
    expect(red).toHaveLength(1);
    expect(red[0]!.label).toContain("2. Sở Y tế");
    expect(pngInfo(chart.png).width).toBeGreaterThan(600);
  });

  it("a component question → the unit's components against the block average", async () => {
    const result = answerQuestion("điểm nhận thức số của Sở Y tế Hưng Yên", k);
    const e = entryOf("Hưng Yên", "Sở Y tế", 2023);
    expect(requestForAnswer(result, k)).toEqual({ kind: "components", tableId: e.tableId, unitId: e.unitId });
    const chart = (await chartForAnswer(result, k))!;
    expect(svgTexts(chart.svg)).toContain("Sở Y tế — Điểm thành phần");
  });

  it("a trend question → Bắc Giang 2021 (ICT) → 2023 (DTI) slope with the unit highlighted", async () => {
    const result = answerQuestion("Huyện Việt Yên qua các năm", k);
    const from = entryOf("Bắc Giang", "Huyện Việt Yên", 2021);
    const to = entryOf("Bắc Giang", "Huyện Việt Yên", 2023);
    expect(requestForAnswer(result, k)).toEqual({ kind: "slope", fromTableId: from.tableId, toTableId: to.tableId, unitIds: [to.unitId] });
    const chart = (await chartForAnswer(result, k))!;
    const asked = (plotOf(chart.spec).data.values as { unitId: string; asked: boolean }[]).filter((p) => p.asked);
    expect(new Set(asked.map((p) => p.unitId))).toEqual(new Set([to.unitId]));
    expect(svgTexts(chart.svg)).toContain("2  Huyện Việt Yên");
  });

  it("a top question → the block's bars with the listed units highlighted", async () => {
    const result = answerQuestion("Top 3 huyện Bắc Giang 2023", k);
    const request = requestForAnswer(result, k);
    expect(request?.kind).toBe("bar");
    const chart = (await chartForAnswer(result, k))!;
    const red = svgMarks(chart.svg).filter((m) => m.fill === HIGHLIGHT);
    expect(red.map((m) => /label: (\d+)\./u.exec(m.label)?.[1])).toEqual(["1", "2", "3"]);
  });

  it("a comparison within one block → both units highlighted", () => {
    const result = answerQuestion("So sánh Sở Tài chính và Sở Y tế Hưng Yên", k);
    const request = requestForAnswer(result, k);
    expect(request?.kind).toBe("bar");
    expect(request?.kind === "bar" && [...request.unitIds].sort()).toEqual(
      [entryOf("Hưng Yên", "Sở Tài chính", 2023).unitId, entryOf("Hưng Yên", "Sở Y tế", 2023).unitId].sort(),
    );
  });

  it("no chart for an answer that found nothing or needs a choice", async () => {
    expect(await chartForAnswer(answerQuestion("xyz qwv", k), k)).toBeNull();
    expect(requestForAnswer(answerQuestion("Sở Y tế", k), k)).toBeNull();
  });
});

describe("the chart behind the 📊 button", () => {
  it("follows the conversation it came from: trend → slope, component → components, otherwise bars", () => {
    const e = entryOf("Bắc Giang", "Sở Y tế", 2023);
    const button = { unitId: e.unitId, year: 2023, index: e.index };
    expect(requestForButton(k, button)?.kind).toBe("bar");
    expect(requestForButton(k, button, { unitId: e.unitId, kind: "trend" })?.kind).toBe("slope");
    expect(requestForButton(k, button, { unitId: e.unitId, kind: "component" })?.kind).toBe("components");
    expect(requestForButton(k, button, { unitId: "bac-ninh/so-y-te", kind: "trend" })?.kind).toBe("bar");
    expect(requestForButton(k, { ...button, year: 1999 })).toBeNull();
  });
});
