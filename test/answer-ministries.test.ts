import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/index.js";
import { ingestFile } from "../src/dataset/pipeline.js";
import { loadDataset } from "../src/dataset/store.js";
import { renderPlain } from "../src/render/index.js";
import { buildKnowledge } from "../src/search/index.js";

/** The real data plus the Ministry's 2019 ranking of ministries, ingested as an administrator would. */
const dataDir = mkdtempSync(join(tmpdir(), "dti-ministries-"));
cpSync("data", dataDir, { recursive: true });
const ingested = await ingestFile(join(import.meta.dirname, "fixtures", "tables", "aita-2019-ict-ministries.txt"), dataDir);
const withMinistries = buildKnowledge(loadDataset(dataDir));
const withoutMinistries = buildKnowledge(loadDataset("data"));

describe("a national ranking of ministries, once ingested, is answered through the national scope", () => {
  it("was ingested", () => {
    expect(ingested.ok).toBe(true);
  });

  it("a ministry named in full is its row, cited as national", () => {
    const r = answerQuestion("Bộ Tài chính xếp thứ mấy?", withMinistries);
    expect(r.status).toBe("ok");
    expect(r.matches[0]).toMatchObject({ unit: "Bộ Tài chính", rank: 1, province: null, scope: "national", year: 2019 });
  });

  it("'which ministry leads' and 'top 3 ministries' keep to the ministries' table", () => {
    const leader = answerQuestion("bộ nào dẫn đầu năm 2019", withMinistries);
    expect(leader.matches.map((e) => e.unit)).toEqual(["Bộ Tài chính"]);
    const top = answerQuestion("top 3 bộ ngành", withMinistries);
    expect(top.matches.map((e) => e.rank)).toEqual([1, 2, 3]);
    expect(top.matches.every((e) => e.scope === "national")).toBe(true);
  });

  it("a ministry the ranking does not hold is not found, and no other ministry is offered in its place", () => {
    const r = answerQuestion("Bộ Quốc phòng xếp thứ mấy", withMinistries);
    expect(r.status).toBe("not_found");
    expect(renderPlain(r)).not.toContain("Bộ Tài chính");
  });

  it("without a ranking of ministries the answer says the data hold none", () => {
    const r = answerQuestion("Bộ Tài chính xếp thứ mấy?", withoutMinistries);
    expect(r.status).toBe("not_found");
    expect(r.matches).toEqual([]);
  });
});
