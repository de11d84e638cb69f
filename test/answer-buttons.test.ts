import { describe, expect, it } from "vitest";
import { answerQuery, answerQuestion, QuerySchema } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { decodeCallback, encodeQuery, MAX_CALLBACK_BYTES, resolveUnitHandle } from "../src/telegram/callback-data.js";
import { followUpQuery } from "../src/telegram/questions.js";
import { GOLDEN } from "./golden/questions.js";

const k = buildKnowledge(loadDataset("./data"));

/** The query a button carries, read back as the buttons feature reads it. */
function readBack(data: string) {
  const action = decodeCallback(data);
  if (action?.action !== "query") return null;
  const s = action.query.subject;
  const subject = s.kind === "units" ? { kind: "units" as const, unitIds: s.handles.map((h) => resolveUnitHandle(k.dataset, h)!) } : s;
  return QuerySchema.parse({ ...action.query, subject });
}

describe("answer buttons carry the query, not a sentence", () => {
  const queries = GOLDEN.map((g) => answerQuestion(g.q, k).conversation.query).filter((q) => q !== undefined);

  it("every query an answer remembers fits in 64 bytes and reads back the same", () => {
    expect(queries.length).toBeGreaterThan(250);
    for (const q of queries) {
      const data = encodeQuery(q);
      if (data === null) {
        expect(q.scope.years.length).toBeGreaterThan(1);
        continue;
      }
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
      expect(readBack(data)).toEqual(q);
    }
  });

  it("a query read back answers what the question answered", () => {
    for (const g of GOLDEN.slice(237)) {
      const r = answerQuestion(g.q, k);
      const q = r.conversation.query;
      if (!q || r.status === "not_found") continue;
      const data = encodeQuery(q);
      if (data === null) continue;
      const again = answerQuery(readBack(data)!, k, undefined, r.lang);
      expect(again.matches.map((e) => e.unitId), g.q).toEqual(r.matches.map((e) => e.unitId));
    }
  });

  it("the whole-block button lists the unit's table in rank order", () => {
    const q = followUpQuery(k, "wholeBlock", "hung-yen/so-y-te", 2023, "DTI")!;
    const r = answerQuery(readBack(encodeQuery(q)!)!, k, undefined, "vi");
    expect(r.intent).toBe("top");
    expect(r.matches).toHaveLength(16);
    expect(r.matches.map((e) => e.rank)).toEqual([...Array(16).keys()].map((i) => i + 1));
  });

  it("forged query data decodes to null", () => {
    for (const d of ["q:", "q:x:r:*:-:-:-:-", "q:l:c99:*:-:-:-:-", "q:l:r:p0:-:-:-:-", "q:l:r:*:99:-:-:-", "q:sgZ:r:*:3:H:2023:D", "q:l:r:*:-:-:1800:-", "qp:l:r:a.b:-:-:-:-"])
      expect(decodeCallback(d), d).toBeNull();
  });
});
