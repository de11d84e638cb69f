import { describe, expect, it } from "vitest";
import { buildReadModel, NATIONAL } from "../src/dataset/read-model.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge } from "../src/search/index.js";

const dataset = loadDataset("./data");
const model = buildReadModel(dataset);

describe("the read model lives with the dataset; search only adds the name index", () => {
  it("a table's average is the printed row where the decision prints one, else the mean of the ranked rows, flagged", () => {
    const printed = model.tables.get("bac-ninh-2023-dti#1")!;
    expect(printed.average).toMatchObject({ total: 747.01, printed: true });
    const computed = model.tables.get("cao-bang-2022-dti#2")!;
    const ranked = computed.entries.filter((e) => e.rank !== null);
    expect(computed.average.printed).toBe(false);
    expect(computed.average.total).toBeCloseTo(ranked.reduce((s, e) => s + e.total!, 0) / ranked.length, 6);
  });
  it("entries by unit are oldest first; a table's entries in rank order, the unranked last", () => {
    expect(model.entriesByUnit.get("bac-giang/viet-yen")!.map((e) => e.year)).toEqual([2021, 2021, 2023]);
    const quangHoa = model.tables.get("cao-bang-2022-dti#2")!.entries;
    expect(quangHoa.at(-1)?.rank).toBeNull();
  });
  it("national tables are filed under the nation, not a province", () => {
    expect(model.provinces.get(NATIONAL)?.years).toEqual([2022]);
    expect([...model.provinces.keys()].filter((p) => p !== NATIONAL).sort()).toEqual(["Bắc Giang", "Bắc Ninh", "Cao Bằng", "Hưng Yên"]);
  });
  it("the knowledge is the same read model with the name index beside it", () => {
    const k = buildKnowledge(dataset);
    expect(k.tables.get("bac-ninh-2023-dti#1")?.average).toEqual(model.tables.get("bac-ninh-2023-dti#1")?.average);
    expect(k.units.some((u) => u.province === NATIONAL)).toBe(false);
    expect(k.unitById.get("viet-nam/bac-ninh")?.name).toBe("Bắc Ninh");
  });
});
