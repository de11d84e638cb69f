import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerQuestion, contractExtras, type AnswerResult } from "../src/answer/index.js";
import { COMPONENT_CONCEPTS } from "../src/answer/phrases.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { GOLDEN } from "./golden/questions.js";
import { decodeKeyboardTyping } from "../src/text/keyboard.js";
import { typeWithoutKeyboard } from "./support/keyboard-typing.js";

const k = buildKnowledge(loadDataset("./data"));
const ask = (q: string) => answerQuestion(q, k);

/** What an answer is about, to compare two readings of one question. */
function gist(r: AnswerResult) {
  return { intent: r.intent, status: r.status, units: r.matches.map((e) => `${e.unitId}@${e.year}`), ...contractExtras(r) };
}

const PROVINCES = ["Bắc Ninh", "Bắc Giang", "Cao Bằng", "Hưng Yên"];
const BLOCKS = ["sở", "huyện"];
/** The first phrase of every concept some table of the data has. */
const CONCEPTS = COMPONENT_CONCEPTS.map((c) => c.phrases[0]!);

function componentValues(r: AnswerResult): Array<number | null> {
  return r.details.type === "list" ? r.details.values : [];
}

describe("a top-N is sorted by its measure", () => {
  it("by the total, best first, and from the bottom worst first", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROVINCES), fc.constantFrom(...BLOCKS), fc.integer({ min: 1, max: 12 }), (province, block, n) => {
        const top = ask(`top ${n} ${block} ${province}`);
        expect(top.intent).toBe("top");
        const totals = top.matches.map((e) => e.total ?? -Infinity);
        expect(totals).toEqual([...totals].sort((a, b) => b - a));
        expect(top.matches.length).toBe(Math.min(n, top.details.type === "list" ? top.details.outOf : 0));
        const bottom = ask(`${n} ${block} thấp nhất ${province}`);
        const low = bottom.matches.map((e) => e.total ?? Infinity);
        expect(low).toEqual([...low].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });
  it("by any component, and the answer names what it orders by", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROVINCES), fc.constantFrom(...BLOCKS), fc.constantFrom(...CONCEPTS), fc.integer({ min: 1, max: 8 }), (province, block, concept, n) => {
        const r = ask(`top ${n} ${block} ${province} về ${concept}`);
        if (r.details.type !== "list") return;
        const values = componentValues(r).map((v) => v ?? -Infinity);
        expect(values).toEqual([...values].sort((a, b) => b - a));
        const orderBy = contractExtras(r).orderBy;
        if (orderBy !== "total") for (const [i, e] of r.matches.entries()) expect(e.components[orderBy!]).toBe(values[i]);
      }),
      { numRuns: 80 },
    );
  });
  it("a singular superlative is one unit, the first of the ordering", () => {
    for (const province of PROVINCES)
      for (const block of BLOCKS) {
        const one = ask(`${block} nào đứng đầu ${province}`);
        const all = ask(`xếp hạng các ${block} ${province}`);
        expect(one.intent).toBe("top");
        expect(one.matches).toHaveLength(1);
        expect(one.matches[0]?.unitId).toBe(all.matches[0]?.unitId);
      }
  });
});

describe("count = length of the list", () => {
  const filters = ["xếp loại xuất sắc", "xếp loại tốt", "xếp loại khá", "xếp loại trung bình", "trên 700 điểm", "dưới 650 điểm", "trên 0,7 điểm", "cao hơn trung bình khối", "thấp hơn trung bình khối"];
  it("for every filter, block and province", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROVINCES), fc.constantFrom(...BLOCKS), fc.constantFrom(...filters), (province, block, filter) => {
        const count = ask(`có bao nhiêu ${block} ${filter} ở ${province}`);
        const list = ask(`liệt kê các ${block} ${filter} ở ${province}`);
        expect([count.intent, list.intent]).toEqual(["count", "list"]);
        expect(contractExtras(count).count).toBe(list.matches.length);
        expect(count.matches.map((e) => e.unitId)).toEqual(list.matches.map((e) => e.unitId));
      }),
      { numRuns: 80 },
    );
  });
});

describe("the same question however it is typed", () => {
  it("NFD input ≡ NFC input", () => {
    for (const g of GOLDEN) expect(gist(ask(g.q.normalize("NFD"))), g.q).toEqual(gist(ask(g.q.normalize("NFC"))));
  });
  it("Telex- and VNI-typed ≡ typed with diacritics", () => {
    // Abbreviations with Đ ("GDĐT") are typed as letters, not keystrokes of a syllable, and glued words
    // ("Tàichính", longer than any syllable) are no syllables: both left out.
    const typed = GOLDEN.filter((g) => /[^\u0000-\u007f]/u.test(g.q) && g.status === "ok" && g.unitId !== null && !/[&\d]|\p{Lu}{2}|\p{L}{8,}/u.test(g.q));
    expect(typed.length).toBeGreaterThan(100);
    for (const g of typed) {
      const plain = gist(ask(g.q));
      for (const method of ["telex", "vni"] as const) {
        const keys = typeWithoutKeyboard(g.q, method, "after-vowel");
        // Keystrokes the decoder cannot read back (a typo inside them: "Bawsc Nimh") are another property's business.
        if (!decodeKeyboardTyping(keys).some((d) => d.normalize("NFC").toLowerCase() === g.q.normalize("NFC").toLowerCase())) continue;
        const decoded = ask(keys);
        expect({ ...gist(decoded) }, `${g.q} → ${keys}`).toEqual(plain);
      }
    }
  });
});
