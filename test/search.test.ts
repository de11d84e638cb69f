import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nationalDataset } from "../bench/answers.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge, resolveUnit } from "../src/search/index.js";
import { processTerm, tokenizeForSearch } from "../src/search/terms.js";
import { findWords } from "../src/search/words.js";
import { editDistance } from "../src/text/distance.js";
import { PROVINCES, findProvince } from "../src/text/provinces.js";
import { foldCached } from "../src/text/fold-cached.js";
import { fold } from "../src/text/vietnamese.js";

const k = buildKnowledge(loadDataset("./data"));
const unitOf = (text: string, province?: string) => {
  const r = resolveUnit(k, text, province ? { province } : {});
  return r.status === "ok" ? r.unit.id : r.status;
};

describe("term processing is one function for index and query", () => {
  it("NFD input tokenizes exactly like NFC input", () => {
    fc.assert(
      fc.property(fc.constantFrom(...k.units.map((u) => u.name)), (name) => {
        expect(tokenizeForSearch(name.normalize("NFD"))).toEqual(tokenizeForSearch(name));
      }),
    );
  });
  it("old-style tone placement tokenizes like the modern one", () => {
    expect(tokenizeForSearch("Huyện Hiệp Hoà")).toEqual(tokenizeForSearch("Huyện Hiệp Hòa"));
    expect(tokenizeForSearch("Sở Văn hoá")).toEqual(tokenizeForSearch("Sở Văn hóa"));
  });
  it("every term is indexed with its folded form, and folding is idempotent", () => {
    expect(processTerm("lữ")).toEqual(["lữ", "lu"]);
    expect(processTerm("đồng")).toEqual(["đồng", "dong"]);
    fc.assert(fc.property(fc.string(), (s) => foldCached(foldCached(s)) === foldCached(s)));
    fc.assert(fc.property(fc.string(), (s) => foldCached(s) === fold(s)));
  });
  it("expands the abbreviations civil servants write", () => {
    expect(tokenizeForSearch("Sở TT&TT").join(" ")).toBe("sở thông tin và truyền thông");
    expect(tokenizeForSearch("STTTT").join(" ")).toBe("sở thông tin và truyền thông");
    expect(tokenizeForSearch("LĐ-TB&XH").join(" ")).toBe("lao động thương binh và xã hội");
    expect(tokenizeForSearch("GDĐT")).toEqual(tokenizeForSearch("GD&ĐT"));
    expect(tokenizeForSearch("VP UBND").join(" ")).toBe("văn phòng ubnd");
    expect(tokenizeForSearch("TP Từ Sơn").join(" ")).toBe("thành phố từ sơn");
    expect(tokenizeForSearch("H. Tiên Du").join(" ")).toBe("huyện tiên du");
  });
});

describe("resolving units", () => {
  it("prefers the exact spelling when the question has diacritics", () => {
    expect(unitOf("Tiên Du")).toBe("bac-ninh/tien-du");
    expect(unitOf("Tiên Lữ")).toBe("hung-yen/tien-lu");
    expect(unitOf("Bảo Lạc")).toBe("cao-bang/bao-lac");
    expect(unitOf("Bảo Lâm")).toBe("cao-bang/bao-lam");
    expect(unitOf("Lục Nam")).toBe("bac-giang/luc-nam");
    expect(unitOf("Lục Ngạn")).toBe("bac-giang/luc-ngan");
  });
  it("finds names typed without diacritics, in capitals, glued or with a typo", () => {
    expect(unitOf("so y te bac ninh")).toBe("bac-ninh/so-y-te");
    expect(unitOf("SỞ Y TẾ BẮC NINH")).toBe("bac-ninh/so-y-te");
    expect(unitOf("soytebacninh")).toBe("bac-ninh/so-y-te");
    expect(unitOf("Sở Tàichính Hưng Yên")).toBe("hung-yen/so-tai-chinh");
    expect(unitOf("Sở Y tế Bắc Nimh")).toBe("bac-ninh/so-y-te");
    expect(unitOf("Sở Xay dung Bac Giang")).toBe("bac-giang/so-xay-dung");
  });
  it("finds a unit by its name without prefix, and a city named like its province", () => {
    expect(unitOf("Việt Yên")).toBe("bac-giang/viet-yen");
    expect(unitOf("Thành phố Bắc Giang")).toBe("bac-giang/bac-giang");
    expect(unitOf("Sở Tài nguyên Bắc Giang")).toBe("bac-giang/so-tai-nguyen-moi-truong");
  });
  it("reports the same name in several provinces as ambiguous, with every province", () => {
    const r = resolveUnit(k, "Sở Y tế");
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous") expect(new Set(r.candidates.map((c) => c.province))).toEqual(new Set(["Bắc Giang", "Bắc Ninh", "Cao Bằng", "Hưng Yên"]));
  });
  it("does not invent a unit for unrelated words", () => {
    expect(unitOf("thời tiết hôm nay")).toBe("not_found");
  });
});

describe("the index of name words", () => {
  it("finds every name word within the typo tolerance (1 edit from 3 letters, 2 from 5)", () => {
    const words = [...new Set(k.nameWords.folded)].filter((w) => w.length >= 3);
    const letters = "abcdeghiklmnopqrstuvxy";
    const edit = fc.tuple(fc.constantFrom("substitute", "insert", "delete"), fc.nat(), fc.constantFrom(...letters));
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.array(edit, { minLength: 1, maxLength: 2 }), (word, edits) => {
        let typo = word;
        for (const [kind, at, letter] of edits) {
          const i = at % (typo.length + 1);
          if (kind === "insert") typo = typo.slice(0, i) + letter + typo.slice(i);
          else if (i < typo.length) typo = typo.slice(0, i) + (kind === "substitute" ? letter : "") + typo.slice(i + 1);
        }
        const d = editDistance(typo, word, 2);
        const accepted = (d <= 1 && typo.length >= 3) || (d <= 2 && typo.length >= 5 && word.length >= 5);
        fc.pre(accepted);
        const found = findWords(k.nameWords.finder, typo).map((form) => k.nameWords.spellings[form]!.map((id) => k.nameWords.folded[id]));
        expect(found.flat()).toContain(word);
      }),
      { numRuns: 500 },
    );
  });
  it("leaves no province out of a name every province has, at national scale", () => {
    const national = buildKnowledge(nationalDataset());
    const r = resolveUnit(national, "Sở Y tế");
    expect(r.status).toBe("ambiguous");
    if (r.status === "ambiguous") expect(new Set(r.candidates.map((c) => c.province)).size).toBe(63);
    // Kind words are not name words misspelt: "huyện" is no "nguyên", "thành" no "thạch".
    expect(resolveUnit(national, "Huyện Tiên Du").status).toBe("not_found");
    expect(resolveUnit(national, "Thành phố Hưng Yên").status).toBe("not_found");
  });
});

describe("provinces", () => {
  it("knows all 63 provinces before the 2025 merger and 34 after it", () => {
    expect(PROVINCES.filter((p) => p.before2025)).toHaveLength(63);
    expect(PROVINCES.filter((p) => p.after2025)).toHaveLength(34);
    expect(findProvince("Bắc Giang")?.mergedInto).toBe("Bắc Ninh");
    expect(findProvince("thai binh")?.mergedInto).toBe("Hưng Yên");
  });
});
