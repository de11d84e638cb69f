import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/index.js";
import { AnswerSchema } from "../src/domain/answer.js";
import { parseDataset, serializeDataset } from "../src/dataset/store.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { renderAnswer, renderPlain, toContractAnswer } from "../src/render/index.js";

const dataset = loadDataset("./data");
const k = buildKnowledge(dataset);

describe("rendering", () => {
  it("renderPlain is the text of renderAnswer, and the CONTRACT object validates", () => {
    for (const q of ["Sở Y tế Bắc Ninh xếp thứ mấy?", "top 5 sở Hưng Yên", "Sở Y tế", "Sở Y tế Hà Nội", "Việt Yên 2021 so với 2023"]) {
      const r = answerQuestion(q, k);
      expect(renderPlain(r)).toBe(renderAnswer(r).text);
      const a = toContractAnswer(r);
      expect(AnswerSchema.safeParse(a).success).toBe(true);
      expect(a.text).toBe(renderPlain(r));
    }
  });
  it("cites the decision: number, date and issuer", () => {
    const text = renderPlain(answerQuestion("Sở Y tế Bắc Ninh", k));
    expect(text).toContain("Quyết định số 2405/QĐ-UBND ngày 26/12/2023 của Chủ tịch UBND tỉnh Bắc Ninh");
  });
  it("formats numbers the Vietnamese way and the English way", () => {
    expect(renderPlain(answerQuestion("Sở Y tế Bắc Ninh", k))).toContain("875,83/1000");
    expect(renderPlain(answerQuestion("What rank is Bac Ninh's health department?", k))).toContain("875.83/1000");
  });
  it("data with markup cannot break the formatting: entities only, text kept verbatim", () => {
    const hostile = parseDataset(serializeDataset(dataset).replaceAll("Sở Y tế", "Sở Y tế <i>&amp;</i> *_`"));
    const hk = buildKnowledge(hostile);
    const r = answerQuestion("Sở Y tế Bắc Ninh", hk);
    const f = renderAnswer(r);
    expect(f.text).toContain("Sở Y tế <i>&amp;</i> *_`");
    for (const e of f.entities) expect(e.offset + e.length).toBeLessThanOrEqual(f.text.length);
    expect(f.entities.every((e) => ["bold", "italic"].includes(e.type))).toBe(true);
  });
});

describe("grades for English readers", () => {
  it("keep the printed grade and add its meaning in English, and only in English", () => {
    const en = renderPlain(answerQuestion("What rank is Bac Ninh's health department?", k));
    expect(en).toContain("Grade: Xuất sắc (excellent)");
    const vi = renderPlain(answerQuestion("Sở Y tế Bắc Ninh xếp thứ mấy?", k));
    expect(vi).toContain("Xếp loại: Xuất sắc");
    expect(vi).not.toContain("(excellent)");
  });
});
