import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerResult } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { GOLDEN } from "./golden/questions.js";

const k = buildKnowledge(loadDataset("./data"));

/** How people wrap a question in a chat: a call, a request, particles, shorthand. */
const WRAPPERS: ReadonlyArray<(q: string) => string> = [
  (q) => `cho em hỏi ${q} ạ`,
  (q) => `ad ơi ${q} vậy`,
  (q) => `mn ơi, cho mình hỏi ${q} thế`,
  (q) => `bot ơi ${q} với ạ`,
  (q) => `xin hỏi ${q} được không`,
  (q) => `${q} thế nhỉ`,
];

function gist(r: AnswerResult): string {
  const ignored = r.notices.some((n) => n.kind === "ignored_words");
  return `${r.intent} ${r.status} ${r.matches[0]?.unitId ?? "-"} ${r.matches[0]?.year ?? "-"}${ignored ? " (words ignored)" : ""}`;
}

describe("a question wrapped in chat phrases gets the answer the bare question gets", () => {
  // Questions about one unit or one ordering, answered exactly when asked bare.
  const bare = GOLDEN.filter((g) => g.status === "ok" && g.intent !== "help" && !/\?$|^(?:còn|thế còn|vậy còn)\b/iu.test(g.q)).map((g) => g.q);

  it("covers a good share of the golden questions", () => {
    expect(bare.length).toBeGreaterThan(150);
  });

  it("for every wrapper and every such question: same intent, status, first match and year, and no 'words ignored' notice", () => {
    const differs: string[] = [];
    for (const q of bare) {
      const expected = gist(answerQuestion(q, k));
      if (expected.endsWith("(words ignored)")) continue;
      for (const wrap of WRAPPERS) {
        const got = gist(answerQuestion(wrap(q), k));
        if (got !== expected) differs.push(`${wrap(q)}\n    expected ${expected}\n    got      ${got}`);
      }
    }
    if (differs.length > 0) console.log(`${differs.length} wrapped questions answered differently:\n${differs.join("\n")}`);
    expect(differs).toEqual([]);
  });

  it("chat shorthand reads as the words it stands for", () => {
    const pairs: Array<[string, string]> = [
      ["so y te bac ninh bn diem", "so y te bac ninh bao nhieu diem"],
      ["Sở Tư pháp Cao Bằng xh thứ mấy", "Sở Tư pháp Cao Bằng xếp hạng thứ mấy"],
      ["sở gd bắc ninh đc mấy điểm", "sở giáo dục và đào tạo bắc ninh được mấy điểm"],
      ["huyện Hòa An ntn", "huyện Hòa An như thế nào"],
      ["Sở NN&MT Hưng Yên", "Sở Nông nghiệp và Môi trường Hưng Yên"],
    ];
    for (const [short, long] of pairs) expect(gist(answerQuestion(short, k)), short).toBe(gist(answerQuestion(long, k)));
    expect(answerQuestion("so y te bac ninh bn diem", k).matches[0]?.unitId).toBe("bac-ninh/so-y-te");
  });
});

describe("English as donor projects and the foreign press write it", () => {
  it("department acronyms name the department", () => {
    const cases: Array<[string, string]> = [
      ["DOHA Bac Ninh rank", "bac-ninh/so-noi-vu"],
      ["DPI Hung Yen score", "hung-yen/so-ke-hoach-dau-tu"],
      ["DONRE Bac Giang ranking 2023", "bac-giang/so-tai-nguyen-moi-truong"],
      ["What rank did the Bac Ninh DOH get?", "bac-ninh/so-y-te"],
    ];
    for (const [q, id] of cases) {
      const r = answerQuestion(q, k);
      expect(r.matches[0]?.unitId, q).toBe(id);
      expect(r.lang, q).toBe("en");
    }
  });

  it("replies in English to English however short, and to a ministry says none is held", () => {
    expect(answerQuestion("thanks a lot!", k).lang).toBe("en");
    expect(answerQuestion("People's Committee office of Cao Bang", k).lang).toBe("en");
    const ministry = answerQuestion("Ministry of Finance rank", k);
    expect(ministry.status).toBe("not_found");
    expect(ministry.details.type === "problem" && ministry.details.reason).toBe("no_ministry");
    expect(answerQuestion("Where does Bac Ninh stand nationally?", k).matches[0]?.rank).toBe(7);
  });
});
