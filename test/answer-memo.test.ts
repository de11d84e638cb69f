import { describe, expect, it } from "vitest";
import { answerQuestion, rememberAnswers, type Conversation } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { GOLDEN } from "./golden/questions.js";

const dataset = loadDataset("./data");
const CONVERSATIONS: Array<Conversation | undefined> = [
  undefined,
  { unitId: "bac-ninh/so-y-te", province: "Bắc Ninh", year: 2023, kind: "rank", intent: "rank" },
  { province: "Bắc Giang", year: 2021, kind: "top", intent: "top", block: "districts" },
];

describe("remembered answers are exactly the answers", () => {
  it("gives every golden question, in every conversation, the same answer remembered as computed afresh", () => {
    const fresh = buildKnowledge(dataset);
    rememberAnswers(fresh, 0);
    const remembering = buildKnowledge(dataset);
    for (const conversation of CONVERSATIONS)
      for (const g of GOLDEN) {
        const first = answerQuestion(g.q, remembering, conversation);
        const again = answerQuestion(g.q, remembering, conversation);
        expect(again).toBe(first);
        expect(again).toEqual(answerQuestion(g.q, fresh, conversation));
      }
  });

  it("keeps a conversation's answer apart from the same words without one", () => {
    const k = buildKnowledge(dataset);
    const alone = answerQuestion("còn năm 2021?", k);
    const followUp = answerQuestion("còn năm 2021?", k, { unitId: "bac-giang/so-y-te", province: "Bắc Giang", year: 2023, kind: "rank", intent: "rank" });
    expect(alone.matches).toHaveLength(0);
    expect(followUp.matches[0]?.unitId).toBe("bac-giang/so-y-te");
    expect(followUp.matches[0]?.year).toBe(2021);
  });

  it("forgets the least recently asked question beyond its size, and remembers nothing at size 0", () => {
    const k = buildKnowledge(dataset);
    rememberAnswers(k, 2);
    const a = answerQuestion("Sở Y tế Bắc Ninh", k);
    const b = answerQuestion("Sở Tài chính Bắc Ninh", k);
    expect(answerQuestion("Sở Y tế Bắc Ninh", k)).toBe(a);
    answerQuestion("Sở Nội vụ Bắc Ninh", k);
    expect(answerQuestion("Sở Y tế Bắc Ninh", k)).toBe(a);
    expect(answerQuestion("Sở Tài chính Bắc Ninh", k)).not.toBe(b);
    rememberAnswers(k, 0);
    const c = answerQuestion("Sở Y tế Bắc Ninh", k);
    expect(answerQuestion("Sở Y tế Bắc Ninh", k)).not.toBe(c);
    expect(answerQuestion("Sở Y tế Bắc Ninh", k)).toEqual(c);
  });
});
