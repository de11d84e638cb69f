import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEPARTMENT_MERGERS_2025 } from "../src/text/departments.js";
import { foldKey } from "../src/text/vietnamese.js";

const dataset = JSON.parse(readFileSync(new URL("../data/dataset.json", import.meta.url), "utf8")) as {
  units: { name: string; province: string; aliases: string[] }[];
};

/** Names as the decisions vary them ("Sở Kế hoạch Đầu tư", "Sở Lao động và Thương binh xã hội"): folded, without "và". */
const looseKey = (name: string) => foldKey(name).split(" ").filter((w) => w !== "va").join(" ");

function provincesHolding(name: string): string[] {
  const key = looseKey(name);
  return [...new Set(dataset.units.filter((u) => [u.name, ...u.aliases].some((a) => looseKey(a) === key)).map((u) => u.province))].sort();
}

const ALL = ["Bắc Giang", "Bắc Ninh", "Cao Bằng", "Hưng Yên"];

describe("DEPARTMENT_MERGERS_2025", () => {
  it("names every predecessor as the ranked units of each province name it", () => {
    for (const merger of DEPARTMENT_MERGERS_2025) {
      for (const predecessor of merger.predecessors) {
        expect(provincesHolding(predecessor), predecessor).toEqual(predecessor === "Ban Dân tộc" ? ["Bắc Giang", "Cao Bằng"] : ALL);
      }
    }
  });

  it("holds names written with diacritics, in NFC, dated 1 March 2025", () => {
    for (const m of DEPARTMENT_MERGERS_2025) {
      for (const name of [m.name, ...m.predecessors]) {
        expect(name).toBe(name.normalize("NFC"));
        expect(name).toMatch(/^(Sở|Ban) \p{Lu}/u);
      }
      expect(m.date).toBe("2025-03-01");
    }
  });

  it("gives the two departments created in 2025 names no ranking before them uses", () => {
    expect(provincesHolding("Sở Nông nghiệp và Môi trường")).toEqual([]);
    expect(provincesHolding("Sở Dân tộc và Tôn giáo")).toEqual([]);
  });
});
