import { z } from "zod";
import { IntentSchema, type Candidate, type Entry, type Intent, type Status } from "../domain/answer.js";
import { BlockSchema, IndexKindSchema, type Block, type IndexKind } from "../domain/dataset.js";
import { QuerySchema, type Filter } from "./query.js";

/**
 * What a question asks, finer than the CONTRACT intent: score, grade and component answers are
 * "rank" answers with another focus; bottom lists are "top" lists read from the end.
 */
export const QuestionKindSchema = z.enum([
  "rank",
  "score",
  "grade",
  "component",
  "top",
  "bottom",
  "trend",
  "compare",
  "overview",
  "help",
  "unknown",
  "count",
  "list",
  "average",
  "smalltalk",
]);
export type QuestionKind = z.infer<typeof QuestionKindSchema>;

export function contractIntent(kind: QuestionKind): Intent {
  switch (kind) {
    case "rank":
    case "score":
    case "grade":
    case "component":
      return "rank";
    case "top":
    case "bottom":
      return "top";
    case "smalltalk":
      return "help";
    case "trend":
    case "compare":
    case "overview":
    case "help":
    case "unknown":
    case "count":
    case "list":
    case "average":
      return kind;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/**
 * What a follow-up question remembers ("còn năm 2021?", "so với Sở Tài chính?", "top 3 thì sao?").
 * Small and JSON-serializable: the bot keeps it in the chat session and validates it when read back.
 */
export const ConversationSchema = z.object({
  unitId: z.string().max(300).optional(),
  province: z.string().max(100).optional(),
  year: z.number().int().optional(),
  index: IndexKindSchema.optional(),
  intent: IntentSchema.optional(),
  kind: QuestionKindSchema.optional(),
  tableId: z.string().max(300).optional(),
  block: BlockSchema.optional(),
  component: z.string().max(200).optional(),
  n: z.number().int().positive().optional(),
  /** the last question as a query: a follow-up changes some of it ("còn khối huyện?") */
  query: QuerySchema.optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export type Lang = "vi" | "en";

export interface ComponentLine {
  name: string;
  score: number | null;
  max: number | null;
  /** the block's average of this component, where known */
  average: number | null;
}

export interface TableSummary {
  tableId: string;
  group: string;
  block: Block;
  index: IndexKind;
  year: number;
  outOf: number;
  maxTotal: number | null;
  average: number | null;
  /** the average row is printed in the decision (otherwise computed from the ranked rows) */
  averagePrinted: boolean;
}

export interface UnitDetails {
  type: "unit";
  focus: "rank" | "score" | "grade" | "component";
  entry: Entry;
  table: TableSummary;
  above: Entry | null;
  below: Entry | null;
  components: ComponentLine[];
  /** for a component question: that component, with its rank within the block */
  component: (ComponentLine & { rank: number; outOf: number }) | null;
  /** the same unit's other rows that year (the e-portal rating beside the IT-application index) */
  sameYear: Entry[];
  /** years with data for this unit */
  years: number[];
}

export interface ListDetails {
  type: "list";
  direction: "top" | "bottom";
  n: number;
  table: TableSummary;
  entries: Entry[];
  /** other tables of the same province and year a user may mean */
  otherTables: TableSummary[];
  /** "total" or the printed name of the component the list is ordered by */
  orderBy: string;
  /** per entry, the value it is ordered by (its component score when ordered by one) */
  values: Array<number | null>;
  /** the tables the list draws from: several when no block is named (then ordered by share of each scale) */
  tables: TableSummary[];
  /** the scope held more ranked units than asked for */
  outOf: number;
  /** the list is of the units of this name across provinces, ordered by share of each scale */
  namesake?: string;
}

/** How a filter reads in an answer: the grade, or the threshold or average on the measure's scale. */
export type FilterView =
  | { kind: "grade"; grade: string; also: string[]; bound: "orBetter" | "orWorse" | null }
  | { kind: "threshold"; op: "above" | "below"; value: number; measure: string }
  | { kind: "range"; min: number; max: number; measure: string }
  | { kind: "unranked" }
  | { kind: "full"; measure: string }
  | { kind: "relative"; unit: string; direction: "above" | "below" }
  | { kind: "average"; op: "above" | "below"; measure: string; averages: Array<{ tableId: string; value: number; printed: boolean }> };

/** The units of a scope that pass a filter (or all ranked units): listed, or counted. */
export interface SelectionDetails {
  type: "selection";
  operation: "list" | "count";
  /** null for the national ranking */
  province: string | null;
  filter: FilterView | null;
  entries: Entry[];
  /** per entry, the measure's value the filter looked at (null for grades) */
  values: Array<number | null>;
  tables: TableSummary[];
  /** how many ranked units the scope holds */
  outOf: number;
}

export interface AverageDetails {
  type: "average";
  /** null for the national ranking */
  province: string | null;
  /** "total" or the component's printed name */
  measure: string;
  rows: Array<{ table: TableSummary; value: number | null; max: number | null; printed: boolean; units: number }>;
}

/** A 2025 department asked by its new name: every predecessor the data hold. */
export interface MergedDetails {
  type: "merged";
  name: string;
  date: string;
  predecessors: string[];
  entries: Entry[];
}

export interface SmallTalkDetails {
  type: "smalltalk";
  kind: "greeting" | "thanks" | "other";
}

export type { Filter };

export interface TrendRow {
  unitId: string;
  unit: string;
  from: Entry;
  to: Entry;
  /** positive = climbed (rank number went down) */
  rankChange: number | null;
  /** corresponding components: [old name, new name, old score, new score] */
  components: Array<{ from: string; to: string; fromScore: number | null; toScore: number | null; fromMax: number | null; toMax: number | null }>;
}

export interface TrendDetails {
  type: "trend";
  province: string;
  /** one unit's history, or every unit present in both years */
  scope: "unit" | "province";
  rows: TrendRow[];
  /** the unit's entries, oldest first (scope "unit") */
  history: Entry[];
  /** the two years differ in index (IT application vs digital transformation): not directly comparable */
  methodologyChanged: boolean;
  /** rows are the units that rose (fell) in rank, furthest first, rather than every unit by its new rank */
  movers?: { direction: "rise" | "fall"; fromYear: number; toYear: number };
}

export interface CompareDetails {
  type: "compare";
  a: Entry;
  b: Entry;
  components: Array<{ name: string; a: number | null; b: number | null; max: number | null }>;
  sameTable: boolean;
  sameScale: boolean;
  /** every unit compared (two or three), in the order asked */
  entries: Entry[];
  /** per component, each unit's score and who leads (index into `entries`, null on a tie or a missing score) */
  rows: Array<{ name: string; values: Array<number | null>; max: number | null; leader: number | null }>;
  /** who leads on the total (share of each scale when scales differ), null on a tie */
  leader: number | null;
  /** who ranks higher when they share a table */
  rankLeader: number | null;
}

export interface OverviewDetails {
  type: "overview";
  /** null for the national ranking */
  province: string | null;
  year: number;
  tables: Array<TableSummary & { first: Entry[]; last: Entry | null; notEvaluated: Entry[] }>;
  otherYears: number[];
  /** the province's latest row in the national ranking, where the data hold one */
  national: Entry | null;
}

export interface AmbiguousDetails {
  type: "ambiguous";
  /** each candidate's latest main entry (its rank in its own province), when it has one */
  rows: Array<{ candidate: Candidate; entry: Entry | null }>;
}

export type ProblemReason =
  | "empty"
  | "too_long"
  | "no_data_province"
  | "unit_not_found"
  | "year_missing"
  | "need_province"
  | "not_understood"
  | "no_national"
  | "no_ministry"
  | "block_missing"
  | "component_missing"
  | "no_neighbour"
  | "position_missing";

export interface ProblemDetails {
  type: "problem";
  reason: ProblemReason;
  /** the province the question named (also one without data) */
  province: string | null;
  /** what the user typed for the unit, as typed (plain text: renderers escape it) */
  asked: string | null;
  year: number | null;
  /** the years the unit or province has */
  years: number[];
  suggestions: Candidate[];
  /** provinces with data and their years */
  available: Array<{ province: string; years: number[] }>;
  length: number;
  /** for no_neighbour: the side asked of a unit that is first (last) */
  direction?: "above" | "below";
  /** for component_missing: the blocks (as printed) whose tables do score the component asked */
  groups?: string[];
  /** for position_missing: the place asked and how many units the scope ranks */
  position?: { n: number; outOf: number };
}

export interface HelpDetails {
  type: "help";
  available: Array<{ province: string; years: number[] }>;
}

export type Details =
  | UnitDetails
  | ListDetails
  | TrendDetails
  | CompareDetails
  | OverviewDetails
  | AmbiguousDetails
  | ProblemDetails
  | HelpDetails
  | SelectionDetails
  | AverageDetails
  | MergedDetails
  | SmallTalkDetails;

export type Notice =
  | { kind: "merged_province"; province: string; into: string }
  | { kind: "ict_department_merged" }
  | { kind: "districts_abolished" }
  | { kind: "methodology_changed"; fromYear: number; toYear: number }
  | { kind: "data_note"; unit: string; text: string; noteKind: string; difference: number | null }
  | { kind: "index_fallback"; asked: IndexKind; used: IndexKind; year: number }
  | { kind: "year_fallback"; asked: number; used: number }
  | { kind: "scales_differ" }
  | { kind: "department_merged"; name: string; predecessors: string[]; date: string }
  | { kind: "ignored_words"; words: string }
  | { kind: "scale_hint"; value: number; max: number }
  /** years a question asked that the unit has no ranking for, and the years it has */
  | { kind: "years_missing"; years: number[]; held: number[] }
  /** the year asked was not assessed; the decision issued that year assesses `assessed` */
  | { kind: "issued_year"; asked: number; assessed: number }
  /** a component asked of a unit whose table does not score it */
  | { kind: "component_not_scored"; component: string; group: string }
  /** the question named more provinces than the one answered */
  | { kind: "other_provinces"; provinces: string[] }
  /** the unit answered is the one ranked just above (below) this one */
  | { kind: "relative_to"; unit: string; direction: "above" | "below" }
  /** no scale is printed for the measure: "full marks" read as the best score reached */
  | { kind: "scale_from_best"; best: number }
  /** other units that share the printed rank asked ("đồng hạng 15") */
  | { kind: "tied"; rank: number; units: string[] }
  /** a threshold in points read on a 0–1 table as the same share: 700 → 0.7 */
  | { kind: "scale_rescaled"; asked: number; used: number }
  | { kind: "across_tables" }
  | { kind: "partial_scores"; have: number; of: number }
  | { kind: "keyboard_decoded"; text: string };

/** Everything a renderer needs; `toContractAnswer` turns it into the CONTRACT JSON object. */
export interface AnswerResult {
  intent: Intent;
  kind: QuestionKind;
  status: Status;
  matches: Entry[];
  candidates: Candidate[];
  lang: Lang;
  conversation: Conversation;
  details: Details;
  notices: Notice[];
}

/** The CONTRACT fields some answers add beside intent, status, matches and candidates. */
export interface ContractExtras {
  count?: number;
  average?: { value: number | null; maxTotal: number | null; printed: boolean; tableGroup: string };
  orderBy?: string;
}

export function contractExtras(r: AnswerResult): ContractExtras {
  const d = r.details;
  switch (d.type) {
    case "selection":
      return d.operation === "count" ? { count: d.entries.length } : {};
    case "average": {
      const first = d.rows[0];
      // A computed mean carries float noise (0.8017899999999999); the decisions print at most four decimals.
      const value = first?.value == null ? null : Math.round(first.value * 1e6) / 1e6;
      return first ? { average: { value, maxTotal: first.max, printed: first.printed, tableGroup: first.table.group } } : {};
    }
    case "list":
      return { orderBy: d.orderBy };
    default:
      return {};
  }
}
