import { describe, expect, it } from "vitest";
import { answerQuestion, contractExtras, type AnswerResult, type Conversation } from "../src/answer/index.js";
import type { Table } from "../src/domain/dataset.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { chatWith } from "./support/conversation.js";
import { decodeCallback, encodeQuery } from "../src/telegram/callback-data.js";

const dataset = loadDataset("./data");
const k = buildKnowledge(dataset);
const ask = (q: string, c?: Conversation) => answerQuestion(q, k, c);

const chat = (...questions: string[]) => chatWith(k, ...questions);

function table(province: string, block: string): Table {
  const d = dataset.decisions.filter((x) => x.province === province).sort((a, b) => b.year - a.year)[0]!;
  return d.tables.find((t) => t.block.startsWith(block) && t.index !== "PORTAL")!;
}
const ids = (r: AnswerResult) => r.matches.map((e) => e.unitId);

/** The query a button would carry survives its compact form. */
function roundTrips(r: AnswerResult): void {
  const query = r.conversation.query!;
  const decoded = decodeCallback(encodeQuery(query)!);
  expect(decoded?.action === "query" && decoded.query.operation).toEqual(query.operation);
}

describe("filters: ranges, grade bounds and sets, units not ranked", () => {
  it("'từ 500 đến 600 điểm' keeps both bounds", () => {
    const t = table("Cao Bằng", "districts");
    const r = ask("bao nhiêu huyện cao bằng từ 500 đến 600 điểm");
    const expected = t.rows.filter((x) => x.rank !== null && x.total! >= 500 && x.total! <= 600).map((x) => x.unitId);
    expect(contractExtras(r).count).toBe(expected.length);
    expect(new Set(ids(r))).toEqual(new Set(expected));
    roundTrips(r);
  });

  it("'khá trở lên' counts Khá and every better grade; 'trung bình hoặc kém' both grades", () => {
    const t = table("Bắc Ninh", "departments");
    const atLeastKha = t.rows.filter((x) => ["Xuất sắc", "Tốt", "Khá"].includes(x.grade ?? "")).map((x) => x.unitId);
    const r = ask("bao nhiêu sở bắc ninh đạt loại khá trở lên");
    expect(contractExtras(r).count).toBe(atLeastKha.length);
    roundTrips(r);
    const districts = table("Bắc Ninh", "districts");
    const weak = districts.rows.filter((x) => ["Trung bình", "Kém"].includes(x.grade ?? "")).map((x) => x.unitId);
    expect(new Set(ids(ask("đơn vị nào ở khối huyện bắc ninh loại trung bình hoặc kém")))).toEqual(new Set(weak));
    expect(ask("Bac Ninh departments graded good or better").matches.every((e) => ["Xuất sắc", "Tốt"].includes(e.grade ?? ""))).toBe(true);
  });

  it("'không được đánh giá' counts the units a table lists without a rank", () => {
    const t = table("Cao Bằng", "districts");
    const unranked = t.rows.filter((x) => x.rank === null).map((x) => x.unitId);
    expect(unranked.length).toBeGreaterThan(0);
    const r = ask("Cao Bằng có mấy huyện không được đánh giá");
    expect(contractExtras(r).count).toBe(unranked.length);
    expect(ids(r)).toEqual(unranked);
    roundTrips(r);
  });
});

describe("follow-ups on every operation", () => {
  it("a bare place after a position question is that place", () => {
    const [, next] = chat("ai đứng thứ 3 khối huyện Hưng Yên", "thứ 4?");
    expect(next!.matches[0]?.rank).toBe(4);
  });

  it("'compare it with …' compares with the unit just asked; 'thêm … nữa' adds a side", () => {
    const [, compared] = chat("Bac Ninh Department of Health rank", "compare it with the Department of Education");
    expect(compared!.intent).toBe("compare");
    expect(ids(compared!)).toEqual(["bac-ninh/so-y-te", "bac-ninh/so-giao-duc-dao-tao"]);
    const [, three] = chat("so sánh quế võ và từ sơn", "thêm tiên du nữa");
    expect(ids(three!)).toEqual(["bac-ninh/que-vo", "bac-ninh/tu-son", "bac-ninh/tien-du"]);
  });

  it("'đó là những sở nào?' after a count lists what was counted", () => {
    const [count, list] = chat("bắc ninh có bao nhiêu sở loại kém", "đó là những sở nào?");
    expect(list!.intent).toBe("list");
    expect(ids(list!)).toEqual(ids(count!));
  });

  it("'trên mức đó' after an average is above that average", () => {
    const [average, above] = chat("trung bình khối huyện hưng yên", "có bao nhiêu huyện trên mức đó");
    const value = contractExtras(average!).average!.value!;
    expect(above!.matches.length).toBeGreaterThan(0);
    expect(above!.matches.every((e) => e.total! > value)).toBe(true);
    expect(contractExtras(above!).count).toBe(table("Hưng Yên", "districts").rows.filter((x) => x.rank !== null && x.total! > value).length);
  });

  it("'thế Bắc Ninh?' asks the last question of another province", () => {
    const [, , last] = chat("Sở Tư pháp Hưng Yên xếp thứ mấy", "còn ở Cao Bằng?", "thế Bắc Ninh?");
    expect(ids(last!)).toEqual(["bac-ninh/so-tu-phap"]);
  });
});

describe("more ways to ask of every unit", () => {
  it("'đạt điểm tối đa' lists the units at the top of the measure's scale (the best score reached where none is printed)", () => {
    const t = table("Bắc Ninh", "departments");
    const name = t.columns.find((c) => c.name.startsWith("Thể chế"))!.name;
    const best = Math.max(...t.rows.map((x) => x.components[name] ?? 0));
    const r = ask("những sở đạt điểm tối đa thể chế số ở Bắc Ninh");
    expect(new Set(ids(r))).toEqual(new Set(t.rows.filter((x) => x.components[name] === best).map((x) => x.unitId)));
    expect(r.notices.some((n) => n.kind === "scale_from_best")).toBe(true);
    roundTrips(r);
  });

  it("'tỉnh xếp cuối bảng' with no province named is the national table", () => {
    const r = ask("tỉnh xếp cuối bảng DTI 2022");
    expect(r.matches[0]?.rank).toBe(63);
    expect(r.matches[0]?.province).toBeNull();
  });

  it("'có phải đứng đầu không' about a unit is that unit, and 'tế' of 'Y tế' never turns a superlative around", () => {
    expect(ids(ask("Sở Y tế Bắc Ninh có phải đứng đầu không"))).toEqual(["bac-ninh/so-y-te"]);
    expect(ask("so y te bac ninh co phai dung dau khong").matches[0]?.unitId).toBe("bac-ninh/so-y-te");
  });
});

describe("follow-ups across years and shorthand of the fresh sets", () => {
  it("'so với năm 2021 thì sao?' after a 2023 lookup puts both years side by side", () => {
    const [, next] = chat("sở y tế bắc giang 2023", "so với năm 2021 thì sao");
    expect(next!.intent).toBe("trend");
    expect(next!.matches.map((e) => e.year)).toEqual([2021, 2023]);
  });

  it("'sở yt', 'liền trước', 'kề trên' and '(nay là tỉnh …)' after a unit", () => {
    expect(ids(ask("sở yt bắc ninh xh"))).toEqual(["bac-ninh/so-y-te"]);
    expect(ask("liền trước thị xã thuận thành là ai").matches[0]?.rank).toBe(7);
    expect(ask("đứng kề trên huyện phù cừ là ai").matches[0]?.unitId).toBe("hung-yen/van-giang");
    expect(ask("huyện lục nam (nay là tỉnh bắc ninh) được mấy điểm").matches[0]?.unitId).toBe("bac-giang/luc-nam");
  });
});

describe("what the IT officers' set found", () => {
  it("'>700 điểm' is a threshold; a component the unit's table does not score is said", () => {
    const r = ask(">700 điểm có những sở nào ở BN");
    expect(r.intent).toBe("list");
    expect(r.matches.every((e) => e.total! >= 700)).toBe(true);
    expect(ask("điểm hạ tầng số của Sở Y tế Cao Bằng").notices.some((n) => n.kind === "component_not_scored")).toBe(true);
  });

  it("'so với Sở Y tế Cao Bằng?' and 'so với Hòa An?' after a unit compare with it", () => {
    expect(ids(chat("Sở Y tế BN", "so với Sở Y tế Cao Bằng?")[1]!)).toEqual(["bac-ninh/so-y-te", "cao-bang/so-y-te"]);
    expect(ids(chat("Bảo Lạc xếp thứ mấy", "so với Hòa An?")[1]!)).toEqual(["cao-bang/bao-lac", "cao-bang/hoa-an"]);
  });

  it("a whole unit name with chatter around it is that unit; 'Tân Yên mấy năm qua' its trend", () => {
    expect(ids(ask("a ơi cho e hỏi Huyện Yên Mỹ xếp thứ mấy ạ, sếp đang cần gấp 🙏"))).toEqual(["hung-yen/yen-my"]);
    expect(ask("Tân Yên mấy năm qua").intent).toBe("trend");
  });
});

describe("declared and reviewed scores, where a decision prints both", () => {
  const t = table("Bắc Ninh", "departments");
  const cut = (x: Table["rows"][number]) => x.selfDeclared!.total! - x.total!;

  it("'bị trừ nhiều điểm nhất sau rà soát' is the unit whose review took off the most", () => {
    const most = [...t.rows].sort((a, b) => cut(b) - cut(a))[0]!;
    expect(ids(ask("sở nào bị trừ nhiều điểm nhất sau rà soát ở Bắc Ninh"))).toEqual([most.unitId]);
  });

  it("'được cộng điểm' counts the units the review raised; 'trung bình tự đánh giá' averages the declarations", () => {
    const districts = table("Bắc Ninh", "districts");
    expect(contractExtras(ask("mấy huyện BN được cộng điểm sau thẩm định")).count).toBe(districts.rows.filter((x) => cut(x) < 0).length);
    const mean = t.rows.reduce((s, x) => s + x.selfDeclared!.total!, 0) / t.rows.length;
    expect(contractExtras(ask("điểm trung bình tự đánh giá khối sở BN")).average?.value).toBeCloseTo(mean, 4);
  });
});
