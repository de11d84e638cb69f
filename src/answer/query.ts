/**
 * The model of a question: what it is about (scope), which units (subject), what number (measure)
 * and what to do with them (operation). `understand` builds one from the words, the evaluators in
 * ./ops answer it, and answer buttons carry one (compact, validated) instead of a sentence.
 */
import { z } from "zod";
import { BlockSchema, IndexKindSchema } from "../domain/dataset.js";

/** A block of a table; national tables rank provinces or ministries. */
export const ScopeBlockSchema = z.union([BlockSchema, z.enum(["provinces", "ministries"])]);
export type ScopeBlock = z.infer<typeof ScopeBlockSchema>;

export const ScopeSchema = z.object({
  /** the province whose tables are meant, as it was when assessed (a province with data) */
  province: z.string().max(100).nullable(),
  /** the national ranking of provinces rather than one province's units */
  national: z.boolean(),
  block: ScopeBlockSchema.nullable(),
  /** at most one for every operation but trend; empty = the latest year */
  years: z.array(z.number().int().min(1900).max(2100)).max(4),
  index: IndexKindSchema.nullable(),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const SubjectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("units"), unitIds: z.array(z.string().max(300)).min(1).max(3) }),
  /** the unit at a position of the ordering by the measure: "thứ 3" (n 3), "áp chót" (n 2 from the end) */
  z.object({ kind: z.literal("position"), n: z.number().int().positive().max(1000), fromEnd: z.boolean() }),
  z.object({ kind: z.literal("all") }),
  /** the units of one name in several provinces ("Sở Y tế tỉnh nào cao nhất?") */
  z.object({ kind: z.literal("namesakes"), unitIds: z.array(z.string().max(300)).min(2).max(100) }),
  /** the units ranked just above or below a unit ("đứng sau Quế Võ", "ngay trên Sở Y tế"); take null = all of them */
  z.object({
    kind: z.literal("relative"),
    unitId: z.string().max(300),
    direction: z.enum(["above", "below"]),
    take: z.number().int().positive().max(1000).nullable(),
  }),
]);
export type Subject = z.infer<typeof SubjectSchema>;

/**
 * Which score of a decision that prints both (Bắc Ninh): the reviewed one (default), the one the unit
 * declared, or what the review took off (declared − reviewed; negative where it added points).
 */
export const BasisSchema = z.enum(["declared", "cut"]).optional();

export const MeasureSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rank") }),
  z.object({ kind: z.literal("total"), basis: BasisSchema }),
  z.object({ kind: z.literal("grade") }),
  /** a component concept (see phrases.ts COMPONENT_CONCEPTS), found in each table by its printed name */
  z.object({ kind: z.literal("component"), concept: z.string().max(40), basis: BasisSchema }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

export const FilterSchema = z.discriminatedUnion("kind", [
  /** a grade; `also` more grades ("trung bình hoặc kém"); `bound` that grade or better/worse ("khá trở lên") */
  z.object({
    kind: z.literal("grade"),
    grade: z.string().max(40),
    also: z.array(z.string().max(40)).max(6).optional(),
    bound: z.enum(["orBetter", "orWorse"]).optional(),
  }),
  /** on the measure's own scale ("trên 800 điểm" on a 0–1000 table) */
  z.object({ kind: z.literal("threshold"), op: z.enum(["above", "below"]), value: z.number() }),
  /** both bounds included ("từ 500 đến 600 điểm") */
  z.object({ kind: z.literal("range"), min: z.number(), max: z.number() }),
  /** the measure is above (below) zero: "được cộng điểm" (a negative cut), "bị trừ điểm" */
  z.object({ kind: z.literal("sign"), sign: z.enum(["positive", "negative"]) }),
  /** the units a table lists but does not rank ("không được đánh giá") */
  z.object({ kind: z.literal("unranked") }),
  /** the measure at the top of its scale ("đạt điểm tối đa thể chế số") */
  z.object({ kind: z.literal("full") }),
  /** against the block's average of the measure */
  z.object({ kind: z.literal("average"), op: z.enum(["above", "below"]) }),
]);
export type Filter = z.infer<typeof FilterSchema>;

export const OperationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("lookup") }),
  /** best first ("desc") or worst first ("asc"); `take` null = every unit */
  z.object({ kind: z.literal("order"), direction: z.enum(["desc", "asc"]), take: z.number().int().positive().max(1000).nullable() }),
  z.object({ kind: z.literal("list"), filter: FilterSchema }),
  z.object({ kind: z.literal("count"), filter: FilterSchema.nullable() }),
  z.object({ kind: z.literal("average") }),
  z.object({ kind: z.literal("compare") }),
  /** over the years; `movers`: units ordered by how far they rose or fell in rank ("tụt hạng nhiều nhất") */
  z.object({
    kind: z.literal("trend"),
    movers: z.object({ direction: z.enum(["rise", "fall"]), take: z.number().int().positive().max(1000).nullable() }).optional(),
  }),
  z.object({ kind: z.literal("overview") }),
]);
export type Operation = z.infer<typeof OperationSchema>;

export const QuerySchema = z.object({
  scope: ScopeSchema,
  subject: SubjectSchema,
  measure: MeasureSchema,
  operation: OperationSchema,
});
export type Query = z.infer<typeof QuerySchema>;
