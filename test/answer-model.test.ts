import { describe, expect, it } from "vitest";
import { answerQuestion, contractExtras, type Conversation } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { chatWith } from "./support/conversation.js";
import { renderPlain } from "../src/render/index.js";

const k = buildKnowledge(loadDataset("./data"));
const ask = (q: string, c?: Conversation) => answerQuestion(q, k, c);

const chat = (...questions: string[]) => chatWith(k, ...questions);

describe("every operation composes with every measure and scope", () => {
  it("the component superlative shows the component asked and who is best on it", () => {
    const r = ask("huyện nào an toàn thông tin tốt nhất Hưng Yên");
    expect(r.matches.map((e) => e.unitId)).toEqual(["hung-yen/khoai-chau"]);
    expect(contractExtras(r).orderBy).toBe("An toàn thông tin");
    expect(renderPlain(r)).toContain("An toàn thông tin: 70");
  });
  it("a count is the length of its list, and says of how many", () => {
    const r = ask("có bao nhiêu sở xếp loại xuất sắc ở Bắc Ninh");
    expect(contractExtras(r).count).toBe(3);
    expect(renderPlain(r)).toContain("3/17");
  });
  it("'above the block average' compares with the printed average where the decision prints one", () => {
    const r = ask("huyện nào cao hơn trung bình khối Bắc Ninh");
    expect(r.intent).toBe("list");
    expect(r.matches.every((e) => e.total! > 601.8)).toBe(true);
  });
  it("an average is the printed one, or computed and said to be", () => {
    const printed = ask("điểm trung bình khối sở Bắc Ninh");
    expect(contractExtras(printed).average).toMatchObject({ value: 747.01, maxTotal: 1000, printed: true });
    const computed = ask("trung bình các huyện Cao Bằng");
    expect(contractExtras(computed).average?.printed).toBe(false);
    expect(renderPlain(computed)).toContain("tính từ 9 đơn vị");
  });
  it("who is #N is that unit, ties kept as printed", () => {
    const r = ask("đơn vị thứ 4 khối sở Hưng Yên là ai");
    expect([r.intent, r.matches[0]?.rank]).toEqual(["rank", 4]);
    expect(ask("huyện thứ 11 Bắc Ninh").status).toBe("not_found");
  });
  it("compares three units, with who leads on the total and on each component", () => {
    const r = ask("Khoái Châu vs Kim Động vs Ân Thi");
    expect(r.matches).toHaveLength(3);
    const text = renderPlain(r);
    expect(text).toContain("Tổng điểm: Huyện Khoái Châu cao hơn.");
    expect(text).toContain("Hoạt động kinh tế số: 108,96 / 111,58 / 142,84 (max 150) — Huyện Ân Thi dẫn");
  });
});

describe("what the data do not hold is said plainly", () => {
  it("a year not in the data names the years that are, never another year", () => {
    const r = ask("Top huyện Bắc Ninh 2019");
    expect([r.status, r.matches]).toEqual(["not_found", []]);
    expect(renderPlain(r)).toContain("Các năm có dữ liệu: 2023");
  });
  it("small talk is answered, never 'not found'", () => {
    for (const q of ["xin chào", "cảm ơn nhé", "thanks a lot", "bạn là ai"]) expect(ask(q).status).toBe("ok");
  });
  it("no unrelated 'did you mean'", () => {
    for (const q of ["cảm ơn nhé", "Bắc Ninh đứng thứ bao nhiêu toàn quốc", "huyện Gia Lâm đứng thứ mấy"]) {
      const text = renderPlain(ask(q));
      expect(text).not.toContain("Có phải bạn muốn hỏi");
    }
  });
  it("a ministry is out of scope", () => {
    expect(renderPlain(ask("Bộ Tài chính xếp hạng bao nhiêu"))).toContain("chưa có xếp hạng các bộ");
  });
});

describe("today's names", () => {
  it("a Bắc Giang unit asked '… tỉnh Bắc Ninh' is Bắc Giang's, with the merger line", () => {
    const r = ask("huyện Lạng Giang tỉnh Bắc Ninh");
    expect(r.matches[0]?.unitId).toBe("bac-giang/lang-giang");
    expect(renderPlain(r)).toContain("Bắc Giang đã sáp nhập vào tỉnh Bắc Ninh");
  });
  it("a 2025 department answers with every predecessor the data hold", () => {
    const r = ask("Sở Nông nghiệp và Môi trường Bắc Ninh");
    expect(r.matches.map((e) => e.unitId)).toEqual(["bac-ninh/so-nong-nghiep-phat-trien-nong-thon", "bac-ninh/so-tai-nguyen-moi-truong"]);
    expect(ask("Sở Nông nghiệp và Môi trường").status).toBe("ambiguous");
  });
});

describe("the national table", () => {
  it("a province's national rank, the leader, a top 10, a province without provincial data", () => {
    expect(ask("Bắc Ninh xếp thứ mấy cả nước?").matches[0]).toMatchObject({ unitId: "viet-nam/bac-ninh", rank: 7, province: null });
    expect(ask("tỉnh nào dẫn đầu DTI 2022").matches.map((e) => e.unitId)).toEqual(["viet-nam/da-nang"]);
    expect(ask("top 10 tỉnh").matches).toHaveLength(10);
    expect(ask("Đà Nẵng DTI bao nhiêu").matches[0]?.total).toBe(0.8002);
  });
  it("never invents a score the copy does not print", () => {
    const text = renderPlain(ask("Bắc Ninh xếp thứ mấy cả nước?"));
    expect(text).toContain("7/63");
    expect(text).toContain("nguồn không công bố điểm");
  });
  it("a province overview mentions its national rank", () => {
    expect(renderPlain(ask("tổng quan Bắc Ninh"))).toContain("Xếp hạng cả nước năm 2022: 7/63");
  });
});

describe("follow-ups keep working on every operation", () => {
  it("an ordering: another block, another year, another province", () => {
    const [, districts, year, province] = chat("top 3 sở Bắc Giang", "còn khối huyện?", "năm 2021 thì sao?", "Bắc Ninh thì sao?");
    expect(districts!.matches.map((e) => e.block)).toEqual(["districts", "districts", "districts"]);
    expect(year!.matches.map((e) => e.year)).toEqual([2021, 2021, 2021]);
    expect(province!.matches.map((e) => e.province)).toEqual(["Bắc Ninh", "Bắc Ninh", "Bắc Ninh"]);
  });
  it("a count keeps counting with a new filter or block", () => {
    const [, block, filter] = chat("có bao nhiêu sở xếp loại xuất sắc ở Bắc Ninh", "còn khối huyện?", "loại tốt thì sao");
    expect([block!.intent, contractExtras(block!).count]).toEqual(["count", 1]);
    expect([filter!.intent, contractExtras(filter!).count]).toEqual(["count", 2]);
  });
  it("a superlative's winner can be compared with", () => {
    const [, compared] = chat("huyện nào đứng đầu Bắc Giang", "so với Việt Yên?");
    expect(compared!.matches.map((e) => e.unitId)).toEqual(["bac-giang/bac-giang", "bac-giang/viet-yen"]);
  });
  it("an average moves to another block and component", () => {
    const [, block, component] = chat("trung bình các huyện Cao Bằng", "còn khối sở?", "nhận thức số thì sao?");
    expect(block!.matches[0]?.block).toBe("departments");
    expect(contractExtras(component!).average?.value).toBeGreaterThan(0);
    expect(renderPlain(component!)).toContain("Nhận thức số");
  });
  it("a comparison in a year one side lacks says so", () => {
    const [, , year] = chat("Quế Võ", "so với Tiên Du?", "2021?");
    expect(year!.status).toBe("not_found");
  });
});
