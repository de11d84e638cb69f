import { placeOf, type Dataset, type Decision, type Table } from "../../domain/dataset.js";
import { foldKey } from "../../text/vietnamese.js";
import { placeName } from "../names.js";

export interface ExportSelection {
  decision: Decision;
  tables: Table[];
}

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The words that ask for a format inside "/export Bắc Ninh 2023 csv"; Excel is the default. */
const FORMAT_WORDS: Record<string, ExportFormat> = { csv: "csv", xlsx: "xlsx", excel: "xlsx", xls: "xlsx" };

/** "Bắc Ninh 2023 csv" → the format asked for and the rest of the words. */
export function splitFormat(args: string): { format: ExportFormat; rest: string } {
  let format: ExportFormat = "xlsx";
  const rest = args
    .split(/\s+/u)
    .filter((w) => {
      const asked = FORMAT_WORDS[w.toLowerCase().replace(/^\./u, "")];
      if (asked) format = asked;
      return asked === undefined;
    })
    .join(" ");
  return { format, rest };
}

/**
 * "<province> [year] [sở|huyện]": the decision for that province and assessed year (the latest when no
 * year is given), and its tables, narrowed to one block when the words name one.
 */
export function selectExport(dataset: Dataset, args: string): ExportSelection | null {
  const key = ` ${foldKey(args)} `;
  const year = /\b((?:19|20)\d{2})\b/u.exec(args)?.[1];
  const candidates = dataset.decisions
    .filter((d) => [placeOf(d), placeName(d.province, "en")].some((place) => key.includes(` ${foldKey(place)} `)))
    .filter((d) => year === undefined || d.year === Number(year))
    .sort((a, b) => b.year - a.year);
  const decision = candidates[0];
  if (!decision) return null;
  const wantsDistricts = / (huyen|quan|thi xa|thanh pho|district|districts)( |$)/u.test(key);
  const wantsDepartments = / (so|nganh|ban nganh|department|departments)( |$)/u.test(key);
  const tables = decision.tables.filter((t) =>
    wantsDistricts === wantsDepartments ? true : wantsDistricts ? t.block === "districts" : t.block !== "districts",
  );
  return { decision, tables: tables.length > 0 ? tables : decision.tables };
}

/** "Bắc Giang (2021, 2023), Bắc Ninh (2023)": what an export can send. */
export function availableExports(dataset: Dataset): string {
  const years = new Map<string, Set<number>>();
  for (const d of dataset.decisions) years.set(placeOf(d), (years.get(placeOf(d)) ?? new Set()).add(d.year));
  return [...years]
    .sort(([a], [b]) => a.localeCompare(b, "vi"))
    .map(([p, ys]) => `${p} (${[...ys].sort().join(", ")})`)
    .join(", ");
}

/** A file name for one export: ASCII only, so every mail client and OS keeps it intact. */
export function exportFileName(selection: ExportSelection, format: ExportFormat): string {
  const { decision, tables } = selection;
  const blocks = tables.length === decision.tables.length ? "" : `-${[...new Set(tables.map((t) => t.block.replace(/_/gu, "-")))].join("-")}`;
  return `${decision.id}${blocks}.${format}`;
}
