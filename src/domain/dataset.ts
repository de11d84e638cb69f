import { z } from "zod";

/**
 * The normalized dataset: the single source of the types every room shares.
 * `data/dataset.json` is validated against `DatasetSchema` whenever it crosses a boundary.
 */
export const DATASET_SCHEMA_VERSION = 2;

/**
 * Who a table ranks: the units of one province (its departments and districts) or the nation's
 * provinces or ministries. National decisions, tables and units have `province: null`.
 */
export const ScopeSchema = z.enum(["province", "national"]);
export type Scope = z.infer<typeof ScopeSchema>;

/**
 * What the document is, so that an answer cites it as what it is: the official text itself, a report
 * page that quotes the ranking (the ministry's DTI portal), or a news item that reports it.
 */
export const DocumentFormSchema = z.enum(["official", "report_page", "news_item"]);
export type DocumentForm = z.infer<typeof DocumentFormSchema>;

/** Which index a table measures. */
export const IndexKindSchema = z.enum(["DTI", "ICT", "PORTAL"]);
export type IndexKind = z.infer<typeof IndexKindSchema>;

/**
 * The block of a table, normalized. The decision's own wording is kept in `Table.group`.
 * - departments: sở, ban, ngành (all of them)
 * - departments_with_public_services / departments_without_public_services: Hưng Yên splits its departments
 * - districts: huyện, thị xã, thành phố
 * - provinces / ministries: the units of a national table
 */
export const BlockSchema = z.enum([
  "departments",
  "departments_with_public_services",
  "departments_without_public_services",
  "districts",
  "provinces",
  "ministries",
]);
export type Block = z.infer<typeof BlockSchema>;

/** A date as far as the text gives it: "2023-12-26", "2021-12" or "2021". */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const NoteSchema = z.object({
  /** machine-readable kind of the note */
  kind: z.enum(["sum_mismatch", "order_mismatch", "rank_tie", "not_evaluated", "other"]),
  /** one plain Vietnamese sentence a user can read */
  text: z.string(),
  /** for sum_mismatch: printed total minus the sum of the printed components */
  difference: z.number().optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const ColumnSchema = z.object({
  /** canonical component name: typos fixed, "Chỉ số" prefix and point suffix removed ("Thể chế số") */
  name: z.string(),
  /** the header exactly as printed ("Thế chế số", "Nhận thức số (120 điểm)") */
  printed: z.string(),
  /** maximum points where the text gives them */
  max: z.number().nullable(),
});
export type Column = z.infer<typeof ColumnSchema>;

/** Scores of one row: total plus every component (keyed by `Column.name`). */
export const ScoresSchema = z.object({
  total: z.number().nullable(),
  components: z.record(z.string(), z.number()),
});
export type Scores = z.infer<typeof ScoresSchema>;

export const RowSchema = z.object({
  unitId: z.string(),
  /** the unit's name exactly as printed in this row */
  name: z.string(),
  /** the serial number (STT/TT) as printed, null if none */
  order: z.number().int().nullable(),
  /** the official rank; null when "Không đánh giá" */
  rank: z.number().int().positive().nullable(),
  /** the official total (after review where the decision has both) */
  total: z.number().nullable(),
  grade: z.string().nullable(),
  components: z.record(z.string(), z.number()),
  /** self-declared scores, where the decision publishes them beside the after-review ones */
  selfDeclared: ScoresSchema.nullable(),
  notes: z.array(NoteSchema),
  /** 1-based line in the decision text where the row starts */
  line: z.number().int().positive(),
});
export type Row = z.infer<typeof RowSchema>;

export const TableSchema = z.object({
  id: z.string(),
  /** "Phụ lục I", "PHỤ LỤC 01", null when the table has no appendix heading */
  appendix: z.string().nullable(),
  title: z.string(),
  index: IndexKindSchema,
  block: BlockSchema,
  /** the block as the decision names it ("Khối sở, ngành", "Huyện, Thị xã, Thành phố") */
  group: z.string(),
  columns: z.array(ColumnSchema),
  /** the total column's header as printed */
  totalPrinted: z.string(),
  /** the scale of the total: 1 for 0–1 indices, 100, 830, 1000 … null if unknown */
  maxTotal: z.number().nullable(),
  /** the decision gives self-declared and after-review scores */
  hasReview: z.boolean(),
  /** how many units the table ranks */
  outOf: z.number().int().nonnegative(),
  /** the text stops inside the table (a copy cut off): `outOf` counts only the rows it holds */
  partial: z.boolean().optional(),
  rows: z.array(RowSchema),
  /** the "Điểm trung bình" row where the table prints one: a fact about the table, not a unit */
  average: ScoresSchema.extend({ selfDeclared: ScoresSchema.nullable() }).nullable(),
  line: z.number().int().positive(),
});
export type Table = z.infer<typeof TableSchema>;

export const DecisionSchema = z.object({
  /** stable id: the file name without extension */
  id: z.string(),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  scope: ScopeSchema,
  form: DocumentFormSchema,
  /** the province whose units are ranked; null for a national decision */
  province: z.string().nullable(),
  /** "Quyết định" | "Thông báo" … as the text calls itself */
  kind: z.string(),
  /** "2405/QĐ-UBND"; null when the text leaves the number blank ("Số: /TB-UBND") */
  number: z.string().nullable(),
  /** the document symbol even when the number is blank ("TB-UBND") */
  symbol: z.string().nullable(),
  /** as far as the text gives it: "2023-12-26", "2021-12" */
  date: PartialDateSchema.nullable(),
  /** the year that was assessed (Cao Bằng's 2023 decision assesses 2022) */
  year: z.number().int(),
  title: z.string(),
  /** who issued it: "Chủ tịch UBND tỉnh Bắc Ninh", "UBND tỉnh Hưng Yên" */
  issuer: z.string().nullable(),
  signer: z.object({ name: z.string(), title: z.string() }).nullable(),
  tables: z.array(TableSchema),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const UnitKindSchema = z.enum(["department", "district", "province", "ministry"]);
export type UnitKind = z.infer<typeof UnitKindSchema>;

/** One real unit within a province, across years and tables, whatever the spelling. */
export const UnitSchema = z.object({
  id: z.string(),
  /** the province the unit belongs to; null for the units of a national table (provinces, ministries) */
  province: z.string().nullable(),
  /** canonical display name ("Sở Nội vụ", "Huyện Việt Yên") */
  name: z.string(),
  kind: UnitKindSchema,
  /** every printed spelling, canonical name included */
  aliases: z.array(z.string()),
});
export type Unit = z.infer<typeof UnitSchema>;

export const DatasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  decisions: z.array(DecisionSchema),
  units: z.array(UnitSchema),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** How a national table's place is named wherever a place is shown beside a unit. */
export const NATIONAL_PLACE = "Việt Nam";

/** The place of a decision, unit or entry: its province, or the nation for a national table. */
export function placeOf(item: { province: string | null }): string {
  return item.province ?? NATIONAL_PLACE;
}
