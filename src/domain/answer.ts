import { z } from "zod";
import { DocumentFormSchema, IndexKindSchema, NoteSchema, ScopeSchema } from "./dataset.js";

/** The outside shape of one ranking row (shared/CONTRACT.md `Entry`). */
export const EntrySchema = z.object({
  /** null on the entries of a national table (units are provinces or ministries) */
  province: z.string().nullable(),
  scope: ScopeSchema,
  unit: z.string(),
  unitId: z.string(),
  year: z.number().int(),
  index: IndexKindSchema,
  /** the block as the decision names it */
  group: z.string(),
  block: z.string(),
  tableId: z.string(),
  rank: z.number().int().nullable(),
  outOf: z.number().int(),
  total: z.number().nullable(),
  maxTotal: z.number().nullable(),
  grade: z.string().nullable(),
  components: z.record(z.string(), z.number()),
  /** maximum of each component where the decision gives it */
  componentMax: z.record(z.string(), z.number()),
  selfDeclared: z.object({ total: z.number().nullable(), components: z.record(z.string(), z.number()) }).nullable(),
  notes: z.array(NoteSchema),
  decision: z.object({
    id: z.string(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    province: z.string().nullable(),
    kind: z.string(),
    /** official text, report page or news item: how the answer cites it */
    form: DocumentFormSchema,
    title: z.string(),
    issuer: z.string().nullable(),
    signer: z.string().nullable(),
  }),
});
export type Entry = z.infer<typeof EntrySchema>;

export const IntentSchema = z.enum(["rank", "top", "trend", "compare", "overview", "help", "unknown", "count", "list", "average"]);
export type Intent = z.infer<typeof IntentSchema>;

export const StatusSchema = z.enum(["ok", "ambiguous", "not_found", "not_evaluated"]);
export type Status = z.infer<typeof StatusSchema>;

export const CandidateSchema = z.object({
  province: z.string(),
  unit: z.string(),
  unitId: z.string(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/** The CONTRACT answer object; `text` is added by the renderer. */
export const AnswerSchema = z.object({
  intent: IntentSchema,
  status: StatusSchema,
  matches: z.array(EntrySchema),
  candidates: z.array(CandidateSchema),
  text: z.string(),
  /** intent "count": how many units were counted */
  count: z.number().int().optional(),
  /** intent "average": the table's mean, printed in the decision or computed */
  average: z.object({ value: z.number().nullable(), maxTotal: z.number().nullable(), printed: z.boolean(), tableGroup: z.string() }).optional(),
  /** an ordering: "total" or the component's printed name */
  orderBy: z.string().optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
