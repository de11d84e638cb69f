import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerResult } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { renderPlain } from "../src/render/index.js";
import { provinceInitials } from "../src/text/provinces.js";

const k = buildKnowledge(loadDataset("./data"));
const ask = (q: string) => answerQuestion(q, k);
const first = (q: string) => ask(q).matches[0]?.unitId;
const reason = (r: AnswerResult) => (r.details.type === "problem" ? r.details.reason : null);

describe("province initials and chat shorthand", () => {
  it("initials name a held province only where no other held province shares them", () => {
    expect(provinceInitials(["Bắc Ninh", "Hưng Yên", "Bắc Giang", "Cao Bằng"])).toEqual(
      new Map([
        ["bn", "Bắc Ninh"],
        ["hy", "Hưng Yên"],
        ["bg", "Bắc Giang"],
        ["cb", "Cao Bằng"],
      ]),
    );
    expect(provinceInitials(["Hà Nội", "Hà Nam"]).size).toBe(0);
  });

  it("'Sở Y tế BN', 'HY', 'bg' and 'cb' name the province; 'bn điểm' and 'thứ bn' are 'bao nhiêu'", () => {
    expect(first("Sở Y tế BN có lọt top 3 ko")).toBe("bac-ninh/so-y-te");
    expect(first("Sở Y tế HY xh mấy")).toBe("hung-yen/so-y-te");
    expect(first("sở y tế bg chỉ số dti xếp thứ mấy")).toBe("bac-giang/so-y-te");
    expect(first("xếp hạng ban dân tộc cb")).toBe("cao-bang/ban-dan-toc");
    expect(first("so y te bac ninh bn diem")).toBe("bac-ninh/so-y-te");
    expect(first("Sở Y tế Bắc Ninh xếp thứ bn")).toBe("bac-ninh/so-y-te");
  });

  it("HTML entities and tags pasted with a question are read as text", () => {
    expect(first("Sở KH&amp;ĐT Bắc Ninh xếp thứ mấy")).toBe("bac-ninh/so-ke-hoach-dau-tu");
    expect(first("Sở Y tế Bắc Ninh <b>xếp thứ mấy</b>")).toBe("bac-ninh/so-y-te");
  });

  it("wrong diacritics in a question phrase of several words still read as that phrase", () => {
    expect(first("sỏ y tế cao bằng xép hạng thứ mây")).toBe("cao-bang/so-y-te");
  });
});

describe("names as people give them", () => {
  it("'(nay là Hưng Yên)' beside an old province is an aside, not the province asked", () => {
    const r = ask("tỉnh Thái Bình (nay là Hưng Yên) xếp thứ mấy cả nước năm 2022");
    expect(r.matches[0]?.unit).toBe("Thái Bình");
  });

  it("today's province after a comma finds the unit of the province merged into it", () => {
    expect(first("Hiep Hoa, Bac Ninh")).toBe("bac-giang/hiep-hoa");
  });

  it("a name the search ranks behind a shorter one is found by the words it holds", () => {
    expect(first("văn phòng hđnd tỉnh hưng yên xếp thứ mấy")).toBe("hung-yen/van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan");
  });

  it("a unit a province does not have suggests the same name elsewhere, never a unit one word away", () => {
    const r = ask("Sở Ngoại vụ Hưng Yên xếp hạng bao nhiêu");
    expect(r.status).toBe("not_found");
    const text = renderPlain(r);
    expect(text).not.toContain("Nội vụ");
    expect(text).toContain("Sở Ngoại vụ (Bắc Giang)");
  });

  it("the departments or districts of a province without provincial data are not its national row", () => {
    for (const q of ["Ninh Bình top 3 huyện", "Da Nang districts ranking"]) {
      const r = ask(q);
      expect(r.status, q).toBe("not_found");
      expect(r.matches, q).toEqual([]);
    }
  });
});

describe("English and the rest of the question words", () => {
  it("number words take that many, 'number 10' is the tenth place", () => {
    expect(ask("Show me the top three Bac Giang departments in 2023").matches).toHaveLength(3);
    expect(ask("Five lowest Cao Bang departments").matches).toHaveLength(5);
    expect(ask("Who is number 10 in the Bac Ninh departments ranking?").matches[0]?.rank).toBe(10);
  });

  it("'what stands out' is an overview and 'topped' the first place", () => {
    expect(ask("What stands out in the Bac Ninh ranking?").intent).toBe("overview");
    const top = ask("Which province topped the 2022 national DTI ranking?");
    expect(top.intent).toBe("top");
    expect(top.matches).toHaveLength(1);
    expect(top.matches[0]?.rank).toBe(1);
  });

  it("two years asked of a unit that has one: the reply says which year is missing", () => {
    const r = ask("Sở Y tế Bắc Ninh 2021 và 2023 khác nhau ra sao");
    expect(r.notices).toContainEqual({ kind: "years_missing", years: [2021], held: [2023] });
    expect(renderPlain(r)).toContain("2021");
    expect(reason(r)).toBeNull();
  });
});

describe("where a unit stands against another, and departments named with their merger", () => {
  it("'đứng sau X' is the unit just below, 'ngay trên X' the one just above, 'những sở xếp trên X' all above", () => {
    expect(ask("đứng sau quế võ là ai").matches[0]?.rank).toBe(2);
    expect(first("ai đứng ngay trên sở y tế bắc ninh")).toBe("bac-ninh/so-thong-tin-truyen-thong");
    expect(ask("những sở xếp trên Sở Tư pháp Bắc Ninh").matches.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(first("who is right behind Bac Ninh Department of Health")).toBe("bac-ninh/so-tai-chinh");
  });

  it("the first unit has nobody above it, and says so", () => {
    const r = ask("ai đứng trên Sở Thông tin và Truyền thông Bắc Ninh");
    expect(r.matches).toEqual([]);
    expect(reason(r)).toBe("no_neighbour");
  });

  it("'Sở Tài chính Bắc Ninh (đã hợp nhất Sở KH&ĐT)' answers with both predecessors", () => {
    expect(ask("Sở Tài chính Bắc Ninh (đã hợp nhất Sở KH&ĐT) xếp hạng ra sao").matches.map((e) => e.unitId)).toEqual(["bac-ninh/so-tai-chinh", "bac-ninh/so-ke-hoach-dau-tu"]);
  });

  it("'tied for 15th', 'đồng hạng 15' and 'Thành phố Huế' read as the national places and province", () => {
    for (const q of ["Which provinces tied for 15th?", "tỉnh nào đồng hạng 15 năm 2022"]) expect(ask(q).matches.map((e) => e.rank), q).toEqual([15, 15]);
    expect(ask("Thành phố Huế năm 2022 xếp thứ mấy cả nước").matches[0]?.unitId).toBe("viet-nam/thua-thien-hue");
  });
});

describe("comparisons written with the name once", () => {
  it("'Bắc Ninh vs Hưng Yên vs Cao Bằng health departments' compares the unit of that name in each", () => {
    expect(ask("Bac Ninh vs Hung Yen vs Cao Bang health departments").matches.map((e) => e.unitId)).toEqual(["bac-ninh/so-y-te", "hung-yen/so-y-te", "cao-bang/so-y-te"]);
  });
});

describe("several provinces asked of their own units", () => {
  it("'top 3 sở của Bắc Ninh và Hưng Yên' answers the first and says the other can be asked, never their national rows", () => {
    const r = ask("top 3 sở của Bắc Ninh và Hưng Yên");
    expect(r.matches.map((e) => e.province)).toEqual(["Bắc Ninh", "Bắc Ninh", "Bắc Ninh"]);
    expect(r.notices).toContainEqual({ kind: "other_provinces", provinces: ["Hưng Yên"] });
    expect(ask("so sánh Bắc Ninh và Hưng Yên").matches.map((e) => e.province)).toEqual([null, null]);
  });
});

describe("one name across provinces", () => {
  it("'Sở Y tế tỉnh nào cao điểm nhất' orders the health departments of every province by share of their scales", () => {
    const all = k.units.filter((u) => u.name === "Sở Y tế");
    const shares = all
      .map((u) => k.entriesByUnit.get(u.id)!.at(-1)!)
      .map((e) => ({ id: e.unitId, share: e.total! / e.maxTotal! }))
      .sort((a, b) => b.share - a.share);
    const r = ask("Sở Y tế tỉnh nào cao điểm nhất");
    expect(r.intent).toBe("top");
    expect(r.matches.map((e) => e.unitId)).toEqual([shares[0]!.id]);
    expect(ask("xếp hạng các sở y tế").matches.map((e) => e.unitId)).toEqual(shares.map((s) => s.id));
  });
});

describe("a year that is a decision's year, not its assessment's", () => {
  it("'Sở Y tế Cao Bằng năm 2023' is the 2022 assessment the 2023 decision published, and says so", () => {
    const r = ask("Sở Y tế Cao Bằng năm 2023");
    expect(r.matches[0]?.year).toBe(2022);
    expect(r.notices).toContainEqual({ kind: "issued_year", asked: 2023, assessed: 2022 });
    expect(renderPlain(r)).toMatch(/không có đánh giá năm 2023/u);
    expect(reason(ask("Cao Bằng 2024"))).toBe("year_missing");
  });
});
