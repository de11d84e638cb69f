import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeFailure, scoreNatural } from "../bench/natural.js";
import { loadDataset } from "../src/dataset/store.js";
import { foldKey } from "../src/text/vietnamese.js";
import { CATEGORIES, NATURAL, type Category, type Ref } from "./golden/natural.js";

/**
 * The lowest accuracy each category may fall to. Started at what the engine of main scored
 * (bench/natural.ts); raise a figure whenever the engine gets better, never lower one.
 */
const MIN_ACCURACY: Readonly<Record<Category, number>> = {
  lookup: 1,
  superlative: 0.04,
  position: 0,
  "top-n": 0.77,
  count: 0,
  list: 0,
  average: 0,
  ordering: 0,
  compare: 0.33,
  overview: 0.11,
  trend: 0.87,
  "small-talk": 0.05,
  "missing-year": 1,
  "out-of-scope": 0.52,
  "todays-names": 0.17,
  keyboard: 0.11,
  national: 0,
  "follow-up": 0.38,
};

const dataset = loadDataset("./data");
/** The national 2022 rank list (the report's first 63 numbered lines), by folded province name. */
const NATIONAL_RANKS = new Map(
  readFileSync(new URL("./fixtures/viet-nam-2022-dti.txt", import.meta.url), "utf8")
    .split("\n")
    .slice(0, 80)
    .flatMap((line) => {
      const m = /^(\d+) (.+)$/u.exec(line.trim());
      return m ? [[foldKey(m[2]!).replace(/^tp /u, ""), Number(m[1])] as const] : [];
    }),
);

function refsOf(e: (typeof NATURAL)[number]["expect"]): Ref[] {
  return [...(e.first ?? []), ...(e.firstOneOf ?? []), ...(e.set ?? []), ...(e.firstSet ?? [])];
}

describe("the natural-question set", () => {
  it("holds about 300 questions, at least 15 in every category", () => {
    expect(NATURAL.length).toBeGreaterThanOrEqual(300);
    for (const c of CATEGORIES) expect(NATURAL.filter((n) => n.category === c).length, c).toBeGreaterThanOrEqual(15);
  });

  it("expects only entries the decisions hold, with the ranks they print", () => {
    const rows = dataset.decisions.flatMap((d) => d.tables.flatMap((t) => t.rows.map((r) => ({ ...r, year: d.year, index: t.index }))));
    for (const n of NATURAL) {
      for (const r of refsOf(n.expect)) {
        if (r.national !== undefined) {
          expect(NATIONAL_RANKS.get(foldKey(r.national)), r.national).toBe(r.rank ?? NATIONAL_RANKS.get(foldKey(r.national)));
          continue;
        }
        const held = rows.filter((row) => row.unitId === r.id && (r.year === undefined || row.year === r.year) && (r.index === undefined || row.index === r.index));
        expect(held.length, `${n.turns.join(" → ")}: ${r.id} ${r.year ?? ""}`).toBeGreaterThan(0);
        if (r.rank !== undefined) expect(held.map((h) => h.rank), `${n.turns.join(" → ")}: ${r.id}`).toContain(r.rank);
      }
      for (const id of [...(n.expect.predecessors?.must ?? []), ...(n.expect.predecessors?.may ?? [])])
        expect(dataset.units.some((u) => u.id === id), id).toBe(true);
      if (n.expect.trend) {
        const { id, years } = n.expect.trend;
        for (const year of years) expect(rows.some((row) => row.unitId === id && row.year === year), `${id} ${year}`).toBe(true);
      }
      if (n.expect.count !== undefined) expect(n.expect.set?.length).toBe(n.expect.count);
    }
  });

  it("is answered at least as well as MIN_ACCURACY says, per category", () => {
    const report = scoreNatural(dataset);
    const failures = report.scored.filter((s) => s.outcome !== "correct");
    if (failures.length > 0) console.log(`${failures.length} natural questions failed:\n${failures.map(describeFailure).join("\n")}`);
    const below = CATEGORIES.filter((c) => report.byCategory[c].accuracy < MIN_ACCURACY[c]).map(
      (c) => `${c}: ${report.byCategory[c].accuracy} < ${MIN_ACCURACY[c]}`,
    );
    expect(below).toEqual([]);
  });
});
