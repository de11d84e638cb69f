import { describe, expect, it } from "vitest";
import { answerQuestion, ConversationSchema, type AnswerResult, type Conversation } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { renderPlain } from "../src/render/index.js";
import { GOLDEN } from "./golden/questions.js";

const k = buildKnowledge(loadDataset("./data"));
const ask = (q: string, c?: Conversation) => answerQuestion(q, k, c);

describe("golden questions", () => {
  it("has at least 200 questions", () => expect(GOLDEN.length).toBeGreaterThanOrEqual(200));
  for (const g of GOLDEN)
    it(`${g.q} → ${g.intent}/${g.status}${g.unitId ? ` ${g.unitId}` : ""}`, () => {
      const r = ask(g.q);
      expect([r.intent, r.status]).toEqual([g.intent, g.status]);
      if (g.unitId) expect(r.matches[0]?.unitId).toBe(g.unitId);
      if (g.year) expect(r.matches[0]?.year).toBe(g.year);
    });
});

describe("intents", () => {
  it("rank: the acceptance question", () => {
    const r = ask("Sở Y tế Bắc Ninh xếp thứ mấy?");
    expect(r.status).toBe("ok");
    expect(r.matches[0]).toMatchObject({ rank: 2, outOf: 17, total: 875.83, maxTotal: 1000, grade: "Xuất sắc" });
    expect(r.details.type === "unit" && r.details.above?.unit).toBe("Sở Thông tin và truyền thông");
    expect(r.details.type === "unit" && r.details.below?.unit).toBe("Sở Tài chính");
  });
  it("score and grade keep the rank intent with their own focus", () => {
    expect(ask("Sở Tài chính Bắc Ninh bao nhiêu điểm").kind).toBe("score");
    expect(ask("Sở Tài chính Bắc Ninh xếp loại gì").kind).toBe("grade");
  });
  it("component: the asked component with its rank in the block", () => {
    const r = ask("An toàn thông tin của Sở Y tế Bắc Giang");
    expect(r.kind).toBe("component");
    expect(r.details.type === "unit" && r.details.component).toMatchObject({ name: "An toàn thông tin mạng", score: 0.3583 });
  });
  it("top and bottom N of a block", () => {
    const top = ask("top 5 sở Hưng Yên");
    expect(top.matches.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    const bottom = ask("huyện nào đứng cuối Bắc Giang");
    expect(bottom.kind).toBe("bottom");
    expect(bottom.matches[0]?.unit).toBe("Huyện Sơn Động");
  });
  it("trend Bắc Giang 2021 → 2023: arrows, corresponding components and the methodology caveat", () => {
    const r = ask("Việt Yên 2021 so với 2023");
    expect(r.intent).toBe("trend");
    expect(r.matches.map((e) => [e.year, e.index])).toEqual([[2021, "ICT"], [2023, "DTI"]]);
    expect(r.notices.some((n) => n.kind === "methodology_changed")).toBe(true);
    const text = renderPlain(ask("Sở Y tế Bắc Giang tăng hay giảm"));
    expect(text).toContain("▼ giảm 6 bậc");
    expect(text).toContain("không so sánh trực tiếp được");
    const province = ask("Bắc Giang 2021 so với 2023");
    expect(province.details.type === "trend" && province.details.rows.length).toBe(30);
  });
  it("compare two units", () => {
    const r = ask("So sánh Sở Tài chính và Sở Y tế Cao Bằng");
    expect(r.intent).toBe("compare");
    expect(r.matches.map((e) => e.unitId)).toEqual(["cao-bang/so-tai-chinh", "cao-bang/so-y-te"]);
  });
  it("overview and help", () => {
    expect(ask("Bắc Giang").intent).toBe("overview");
    expect(ask("/help").intent).toBe("help");
  });
  it("the e-portal rating of Bắc Giang 2021 when asked", () => {
    expect(ask("Cổng thông tin Sở Y tế Bắc Giang 2021").matches[0]).toMatchObject({ index: "PORTAL", rank: 2, total: 90.5 });
  });
  it("English questions are answered in English", () => {
    const r = ask("What rank is Bac Ninh's health department?");
    expect(r.lang).toBe("en");
    expect(renderPlain(r)).toContain("Rank: 2/17");
  });
});

describe("provinces and statuses", () => {
  it("a province without data says so and lists the provinces that have data", () => {
    const r = ask("Sở Y tế Hà Nội");
    expect(r.status).toBe("not_found");
    expect(r.matches).toEqual([]);
    const text = renderPlain(r);
    expect(text).toContain("Chưa có dữ liệu xếp hạng của Hà Nội");
    expect(text).toContain("Bắc Ninh (2023)");
  });
  it("merged provinces are noted in one line", () => {
    expect(renderPlain(ask("Sở Y tế Thái Bình"))).toContain("Thái Bình đã sáp nhập vào tỉnh Hưng Yên");
    expect(renderPlain(ask("Sở Y tế Bắc Giang"))).toContain("Bắc Giang đã sáp nhập vào tỉnh Bắc Ninh");
  });
  it("the information department notes its 2025 merger into science and technology", () => {
    expect(renderPlain(ask("Sở TT&TT Bắc Ninh"))).toContain("hợp nhất vào Sở Khoa học và Công nghệ");
  });
  it("Quảng Hòa, Cao Bằng 2022 was not evaluated", () => {
    const r = ask("Quảng Hòa Cao Bằng");
    expect(r.status).toBe("not_evaluated");
    expect(r.matches[0]?.rank).toBeNull();
  });
  it("a name found in several provinces lists each province's rank", () => {
    const r = ask("Sở Y tế");
    expect(r.status).toBe("ambiguous");
    expect(r.candidates).toHaveLength(4);
    expect(renderPlain(r)).toContain("Bắc Ninh: Sở Y tế — 2023: xếp hạng 2/17");
  });
});

describe("follow-up questions through the conversation", () => {
  it("year, comparison and top N continue the last question", () => {
    const steps: AnswerResult[] = [];
    let c: Conversation = {};
    for (const q of ["Sở Y tế Bắc Giang xếp thứ mấy?", "còn năm 2021?", "so với Sở Tài chính?", "top 3 thì sao?"]) {
      const r = ask(q, c);
      steps.push(r);
      c = ConversationSchema.parse(JSON.parse(JSON.stringify(r.conversation)));
    }
    expect(steps[0]!.matches[0]).toMatchObject({ unitId: "bac-giang/so-y-te", year: 2023, rank: 7 });
    expect(steps[1]!.matches[0]).toMatchObject({ unitId: "bac-giang/so-y-te", year: 2021, rank: 1 });
    expect(steps[2]!.intent).toBe("compare");
    expect(steps[2]!.matches.map((e) => e.unitId)).toEqual(["bac-giang/so-y-te", "bac-giang/so-tai-chinh"]);
    expect(steps[3]!.intent).toBe("top");
    expect(steps[3]!.matches.map((e) => [e.rank, e.year])).toEqual([[1, 2021], [2, 2021], [3, 2021]]);
  });
  it("a corrupt stored conversation is ignored, not thrown on", () => {
    expect(ask("còn năm 2021?", { unitId: 42 } as unknown as Conversation).status).toBe("not_found");
  });
});

describe("hostile input never throws", () => {
  const inputs = ["", "   ", "x".repeat(5000), "<b>Sở</b> <script>alert(1)</script>", "😀😀😀", "%s %d {0} ${x}", "\u0000\u202e", "?", "Sở ".repeat(200)];
  for (const q of inputs)
    it(`answers ${JSON.stringify(q.slice(0, 30))}`, () => {
      const r = ask(q);
      const text = renderPlain(r);
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(1500);
    });
  it("says a 5,000-character message is too long", () => {
    expect(renderPlain(ask("x".repeat(5000)))).toContain("5000 ký tự");
  });
});
