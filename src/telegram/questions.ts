import { BlockSchema, type Block, type IndexKind } from "../domain/dataset.js";
import { fold } from "../text/vietnamese.js";
import type { Knowledge } from "../search/index.js";
import type { FollowUp, PickIntent } from "./callback-data.js";
import type { Lang } from "../render/bot-copy.js";

/**
 * Commands and buttons become ordinary questions, worded the way people type them, so that every path through the
 * bot is answered by the one answer engine (src/answer) and nothing here duplicates its logic.
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

function indexWords(index: IndexKind): string {
  return index === "DTI" ? "" : ` ${index}`;
}

const BLOCK_WORDS: Record<Block, Record<Lang, string>> = {
  departments: { vi: "sở ngành", en: "departments" },
  departments_with_public_services: { vi: "sở ngành có dịch vụ công", en: "departments with public services" },
  departments_without_public_services: { vi: "sở ngành không có dịch vụ công", en: "departments without public services" },
  districts: { vi: "huyện", en: "districts" },
  provinces: { vi: "tỉnh, thành phố", en: "provinces" },
  ministries: { vi: "bộ, ngành", en: "ministries" },
};

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

/** The question a button under an answer stands for. */
export function followUpQuestion(k: Knowledge, kind: FollowUp, unitId: string, year: number, index: IndexKind, lang: Lang): string | undefined {
  const unit = k.unitById.get(unitId);
  if (!unit) return undefined;
  switch (kind) {
    case "previousYear":
      return unitQuestion(k, unitId, "rank", year - 1, lang);
    case "yearOverYear":
      return unitQuestion(k, unitId, "trend", undefined, lang);
    case "wholeBlock": {
      const entry = (k.entriesByUnit.get(unitId) ?? []).find((e) => e.year === year && e.index === index);
      if (!entry) return undefined;
      const parsedBlock = BlockSchema.safeParse(entry.block);
      const block = parsedBlock.success ? BLOCK_WORDS[parsedBlock.data][lang] : BLOCK_WORDS.departments[lang];
      const where = lang === "en" ? fold(unit.province) : unit.province;
      return lang === "en"
        ? `top ${entry.outOf} ${block}${indexWords(index)} ${where} in ${year}`
        : `top ${entry.outOf} ${block}${indexWords(index)} ${where} năm ${year}`;
    }
  }
}
