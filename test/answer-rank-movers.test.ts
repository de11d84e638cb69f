import { describe, expect, it } from "vitest";
import { answerQuestion, type AnswerResult, type Conversation, type TrendDetails } from "../src/answer/index.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";
import { chatWith } from "./support/conversation.js";
import { renderPlain } from "../src/render/index.js";
import { decodeCallback, encodeQuery } from "../src/telegram/callback-data.js";

const dataset = loadDataset("./data");
const k = buildKnowledge(dataset);
const ask = (q: string, c?: Conversation) => answerQuestion(q, k, c);

/** Every Bắc Giang unit ranked in both 2021 and 2023, with its rank change (positive: rose), from the dataset. */
function changes(block: "departments" | "districts"): Map<string, number> {
  const rankIn = (year: number) => {
    const d = dataset.decisions.find((x) => x.province === "Bắc Giang" && x.year === year)!;
    const t = d.tables.find((x) => x.block === block && x.index === (year === 2021 ? "ICT" : "DTI"))!;
    return new Map(t.rows.map((r) => [r.unitId, r.rank]));
  };
  const before = rankIn(2021);
  const after = rankIn(2023);
  const out = new Map<string, number>();
  for (const [id, r] of after) if (r !== null && before.get(id) != null) out.set(id, before.get(id)! - r);
  return out;
}

function moverIds(r: AnswerResult): string[] {
  return (r.details as TrendDetails).rows.map((row) => row.unitId);
}

describe("units ordered by how far they moved in rank between two years", () => {
  const departments = changes("departments");
  const furthest = (sign: 1 | -1) => [...departments].sort((a, b) => b[1] * sign - a[1] * sign)[0]!;

  it("'sở nào tụt hạng nhiều nhất' is the one department that fell furthest, with both years' entries", () => {
    const r = ask("sở nào tụt hạng nhiều nhất Bắc Giang");
    const [id, change] = furthest(-1);
    expect(r.intent).toBe("trend");
    expect(r.status).toBe("ok");
    expect(moverIds(r)).toEqual([id]);
    expect(r.matches.map((e) => [e.unitId, e.year])).toEqual([
      [id, 2021],
      [id, 2023],
    ]);
    expect(renderPlain(r)).toContain(`giảm ${-change} bậc`);
  });

  it("the riser, asked in Vietnamese without diacritics and in English, is the same department", () => {
    const [id] = furthest(1);
    expect(moverIds(ask("don vi nao tang hang nhieu nhat o Bac Giang"))).toEqual([id]);
    expect(moverIds(ask("Which Bac Giang department improved the most?"))).toEqual([id]);
  });

  it("a plural question without a superlative lists every unit that fell, furthest first", () => {
    const r = ask("những huyện nào của Bắc Giang bị tụt hạng");
    const fell = [...changes("districts")].filter(([, c]) => c < 0);
    const moved = (r.details as TrendDetails).rows.map((row) => row.rankChange!);
    expect(new Set(moverIds(r))).toEqual(new Set(fell.map(([id]) => id)));
    expect(moved).toEqual([...moved].sort((a, b) => a - b));
  });

  it("'top 3' takes three, sorted by the change", () => {
    const r = ask("top 3 sở tăng hạng mạnh nhất Bắc Giang");
    const moved = (r.details as TrendDetails).rows.map((row) => row.rankChange!);
    expect(moved).toHaveLength(3);
    expect(moved).toEqual([...departments.values()].filter((c) => c > 0).sort((a, b) => b - a).slice(0, 3));
  });

  it("a follow-up keeps the ordering and changes the block", () => {
    const [, next] = chatWith(k, "sở nào tăng hạng nhiều nhất Bắc Giang", "còn khối huyện?");
    const [id] = [...changes("districts")].sort((a, b) => b[1] - a[1])[0]!;
    expect(moverIds(next!)).toEqual([id]);
  });

  it("a province with one year of data says the other years are missing, not a ranking", () => {
    const r = ask("huyện nào tụt hạng nhiều nhất Cao Bằng");
    expect(r.status).not.toBe("ok");
  });

  it("the ordering survives a button's compact query", () => {
    const r = ask("sở nào tụt hạng nhiều nhất Bắc Giang");
    const query = r.conversation.query!;
    const data = encodeQuery(query);
    expect(data).not.toBeNull();
    const decoded = decodeCallback(data!);
    expect(decoded?.action === "query" && decoded.query.operation).toEqual(query.operation);
  });
});
