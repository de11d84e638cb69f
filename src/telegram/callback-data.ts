import { createHash } from "node:crypto";
import { z } from "zod";
import type { Dataset, IndexKind } from "../domain/dataset.js";

/**
 * Callback data of inline buttons. Telegram allows 64 bytes and unit ids can be longer, so buttons carry a short
 * stable handle of the unit (11 base64url characters of its id's SHA-256) and the few facts the action needs.
 * Everything read back from Telegram is validated: a forged or outdated button decodes to `null`.
 *
 *   p:<unit>:<intent>:<year>     pick a candidate of an ambiguous question (year 0 = not given)
 *   a:<kind>:<unit>:<year>:<idx> follow-up under an answer: prev year, year over year (trend), whole block
 *   ch:<unit>:<year>:<idx>       chart of that answer (handled by the charts feature)
 *   xl:<unit>:<year>:<idx>       Excel export of that answer's decision (handled by the charts feature)
 *   ex:<n>                       an example question from /start
 */
export const MAX_CALLBACK_BYTES = 64;

const HANDLE = /^[A-Za-z0-9_-]{11}$/;
const handle = z.string().regex(HANDLE);
const year = z.coerce.number().int().min(0).max(2100);
const INDEX_CODES = { D: "DTI", I: "ICT", P: "PORTAL" } as const satisfies Record<string, IndexKind>;
const indexCode = z.enum(["D", "I", "P"]).transform((c) => INDEX_CODES[c]);
const INTENT_CODES = { r: "rank", t: "trend", o: "top", c: "compare", v: "overview" } as const;
export type PickIntent = (typeof INTENT_CODES)[keyof typeof INTENT_CODES];
const intentCode = z.enum(["r", "t", "o", "c", "v"]).transform((c) => INTENT_CODES[c]);
export const FOLLOW_UPS = { p: "previousYear", y: "yearOverYear", b: "wholeBlock" } as const;
export type FollowUp = (typeof FOLLOW_UPS)[keyof typeof FOLLOW_UPS];
const followUp = z.enum(["p", "y", "b"]).transform((c) => FOLLOW_UPS[c]);

export const CallbackSchema = z.union([
  z.tuple([z.literal("p"), handle, intentCode, year]).transform(([, unit, intent, y]) => ({ action: "pick" as const, unit, intent, year: y || undefined })),
  z
    .tuple([z.literal("a"), followUp, handle, year, indexCode])
    .transform(([, kind, unit, y, index]) => ({ action: "followUp" as const, kind, unit, year: y, index })),
  z.tuple([z.literal("ch"), handle, year, indexCode]).transform(([, unit, y, index]) => ({ action: "chart" as const, unit, year: y, index })),
  z.tuple([z.literal("xl"), handle, year, indexCode]).transform(([, unit, y, index]) => ({ action: "export" as const, unit, year: y, index })),
  z.tuple([z.literal("ex"), z.coerce.number().int().min(0).max(20)]).transform(([, n]) => ({ action: "example" as const, n })),
]);
export type CallbackAction = z.infer<typeof CallbackSchema>;

/** Decode callback data; `null` for anything this bot did not write (or wrote in an older format). */
export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (data === undefined || Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
  const parsed = CallbackSchema.safeParse(data.split(":"));
  return parsed.success ? parsed.data : null;
}

function checked(data: string): string {
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

/** The letter each value is written as: the code tables read backwards. */
function lettersOf<V extends string>(codes: Record<string, V>): Record<V, string> {
  return Object.fromEntries(Object.entries(codes).map(([letter, value]) => [value, letter])) as Record<V, string>;
}
const INDEX_LETTERS = lettersOf(INDEX_CODES);
const INTENT_LETTERS = lettersOf(INTENT_CODES);
const FOLLOW_UP_LETTERS = lettersOf(FOLLOW_UPS);

export const encodePick = (unitId: string, intent: PickIntent, y?: number): string =>
  checked(`p:${unitHandle(unitId)}:${INTENT_LETTERS[intent]}:${y ?? 0}`);
export const encodeFollowUp = (kind: FollowUp, unitId: string, y: number, index: IndexKind): string =>
  checked(`a:${FOLLOW_UP_LETTERS[kind]}:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeChart = (unitId: string, y: number, index: IndexKind): string =>
  checked(`ch:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeExport = (unitId: string, y: number, index: IndexKind): string =>
  checked(`xl:${unitHandle(unitId)}:${y}:${INDEX_LETTERS[index]}`);
export const encodeExample = (n: number): string => checked(`ex:${n}`);

/** Handles already computed: every answer's buttons name units, and a SHA-256 costs more than the rest of a keyboard. */
const handles = new Map<string, string>();
/** More unit ids than several national datasets hold; past it the memory is given back and refilled. */
const MAX_REMEMBERED_HANDLES = 50_000;

/** A short, stable handle for a unit id (same id → same handle, across restarts and dataset reloads). */
export function unitHandle(unitId: string): string {
  let h = handles.get(unitId);
  if (h === undefined) {
    h = createHash("sha256").update(unitId).digest("base64url").slice(0, 11);
    if (handles.size >= MAX_REMEMBERED_HANDLES) handles.clear();
    handles.set(unitId, h);
  }
  return h;
}

const handleMaps = new WeakMap<Dataset, Map<string, string>>();

/** The unit id behind a handle in this dataset, or undefined when the unit no longer exists. */
export function resolveUnitHandle(dataset: Dataset, h: string): string | undefined {
  let map = handleMaps.get(dataset);
  if (!map) {
    map = new Map(dataset.units.map((u) => [unitHandle(u.id), u.id]));
    handleMaps.set(dataset, map);
  }
  return map.get(h);
}
