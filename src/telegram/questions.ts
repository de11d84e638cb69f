import type { IndexKind } from "../domain/dataset.js";
import { ScopeBlockSchema, type Query } from "../answer/query.js";
import { fold } from "../text/vietnamese.js";
import type { Knowledge } from "../search/index.js";
import type { FollowUp, PickIntent } from "./callback-data.js";
import type { Lang } from "../render/bot-copy.js";

/**
 * Commands become ordinary questions, worded the way people type them, and buttons become queries, so that every
 * path through the bot is answered by the one answer engine (src/answer) and nothing here duplicates its logic.
 */
export type CommandIntent = "rank" | "top" | "compare" | "trend";

export function commandQuestion(intent: CommandIntent, args: string, lang: Lang): string {
  const a = args.trim();
  switch (intent) {
    case "rank":
      return a;
    case "top":
      return /^top\b/i.test(a) ? a : `top ${a}`;
    case "compare":
      return /^(so sánh|so sanh|compare)\b/i.test(a) ? a : lang === "en" ? `compare ${a}` : `so sánh ${a}`;
    case "trend":
      return lang === "en" ? `${a} over the years` : `${a} qua các năm`;
  }
}

/** Names as an English speaker types them (no diacritics), so the answer engine recognises the question as English. */
function named(name: string, province: string, lang: Lang): string {
  return lang === "en" ? `${fold(name)} ${fold(province)}` : `${name} ${province}`;
}

/** The question a candidate button stands for: the chosen unit, named in full, with the original intent and year. */
export function unitQuestion(k: Knowledge, unitId: string, intent: PickIntent, year: number | undefined, lang: Lang): string | undefined {
  const unit = k.unitById.get(unitId);
  if (!unit) return undefined;
  const who = named(unit.name, unit.province, lang);
  if (intent === "trend") return lang === "en" ? `how has ${who} ranked over the years` : `${who} qua các năm`;
  if (year === undefined) return lang === "en" ? `what rank is ${who}` : `${who} xếp thứ mấy`;
  return lang === "en" ? `what rank is ${who} in ${year}` : `${who} xếp thứ mấy năm ${year}`;
}

/** The query a candidate button stands for: the chosen unit, with the original intent and year. */
export function pickQuery(k: Knowledge, unitId: string, intent: PickIntent, year: number | undefined): Query | undefined {
  const unit = k.unitById.get(unitId);
  if (!unit) return undefined;
  return {
    scope: { province: unit.province, national: false, block: null, years: year === undefined || intent === "trend" ? [] : [year], index: null },
    subject: { kind: "units", unitIds: [unitId] },
    measure: { kind: "rank" },
    operation: intent === "trend" ? { kind: "trend" } : { kind: "lookup" },
  };
}

/** The query a button under an answer stands for: the year before, the years, or the unit's whole block. */
export function followUpQuery(k: Knowledge, kind: FollowUp, unitId: string, year: number, index: IndexKind): Query | undefined {
  switch (kind) {
    case "previousYear":
      return pickQuery(k, unitId, "rank", year - 1);
    case "yearOverYear":
      return pickQuery(k, unitId, "trend", undefined);
    case "wholeBlock": {
      const entry = (k.entriesByUnit.get(unitId) ?? []).find((e) => e.year === year && e.index === index);
      const block = ScopeBlockSchema.safeParse(entry?.block);
      if (!entry || !block.success) return undefined;
      const national = entry.province === null;
      return {
        scope: { province: national ? null : entry.province, national, block: block.data, years: [year], index },
        subject: { kind: "all" },
        measure: { kind: "rank" },
        operation: { kind: "order", direction: "desc", take: null },
      };
    }
  }
}
