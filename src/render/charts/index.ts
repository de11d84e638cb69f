import { createHash } from "node:crypto";
import type { TopLevelSpec } from "vega-lite";
import { z } from "zod";
import type { Entry } from "../../domain/answer.js";
import { placeOf } from "../../domain/dataset.js";
import { decisionLabel } from "../format.js";
import { TEXT, blockLabel, formatScore, type Lang } from "./copy.js";
import { componentScores, matchingTable, slopeRows, tableEntries, type ChartSource } from "./data.js";
import { specToImages } from "./render.js";
import { barChartSpec, componentChartSpec, slopeChartSpec } from "./specs.js";

export type { ChartSource } from "./data.js";
export { HIGHLIGHT } from "./specs.js";

export const ChartKindSchema = z.enum(["bar", "components", "slope"]);
export type ChartKind = z.infer<typeof ChartKindSchema>;

/** What to draw, in ids only: small, serializable, and the same request always gives the same chart. */
export const ChartRequestSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("bar"), tableId: z.string(), unitIds: z.array(z.string()) }),
  z.object({ kind: z.literal("components"), tableId: z.string(), unitId: z.string() }),
  z.object({ kind: z.literal("slope"), fromTableId: z.string(), toTableId: z.string(), unitIds: z.array(z.string()) }),
]);
export type ChartRequest = z.infer<typeof ChartRequestSchema>;

/** A chart ready to render: its spec, a caption, and a hash of its content (the key of the file_id cache). */
export interface ChartPlan {
  kind: ChartKind;
  spec: TopLevelSpec;
  caption: string;
  hash: string;
}

export interface Chart extends ChartPlan {
  svg: string;
  png: Buffer;
}

function hashSpec(spec: TopLevelSpec): string {
  return createHash("sha256").update(JSON.stringify(spec)).digest("base64url").slice(0, 22);
}

function plan(kind: ChartKind, spec: TopLevelSpec, caption: string): ChartPlan {
  return { kind, spec, caption, hash: hashSpec(spec) };
}

/** "Sở Y tế: hạng 2/17 — 875,83" for each asked unit, one per line. */
function askedLines(block: readonly Entry[], ids: readonly string[], lang: Lang): string {
  return block
    .filter((e) => ids.includes(e.unitId))
    .map((e) => {
      const rank = e.rank === null ? TEXT.notRanked[lang] : `${TEXT.rank[lang].toLowerCase()} ${e.rank}/${e.outOf}`;
      const total = e.total === null ? "" : ` — ${formatScore(e.total, e.maxTotal, lang)}`;
      return `${e.unit}: ${rank}${total}`;
    })
    .join("\n");
}

/** Build the spec and caption for a request; null when the ids no longer name anything in the data. */
export function planChart(source: ChartSource, request: ChartRequest, lang: Lang = "vi"): ChartPlan | null {
  switch (request.kind) {
    case "bar": {
      const block = tableEntries(source.entries, request.tableId);
      const first = block[0];
      if (!first) return null;
      const asked = askedLines(block, request.unitIds, lang);
      const caption =
        `📊 ${first.province} — ${blockLabel(first.block, lang)} — ${first.year} (${first.index})` +
        (asked ? `\n${asked}` : "") +
        `\n${decisionLabel(first.decision, lang)}`;
      return plan("bar", barChartSpec(block, new Set(request.unitIds), lang), caption);
    }
    case "components": {
      const unit = source.entries.find((e) => e.tableId === request.tableId && e.unitId === request.unitId);
      const scores = componentScores(source, request.tableId, request.unitId);
      if (!unit || !scores || scores.length === 0) return null;
      const total = unit.total === null ? "" : ` — ${TEXT.total[lang]} ${formatScore(unit.total, unit.maxTotal, lang)}`;
      const caption = `📊 ${unit.unit}, ${unit.province} ${unit.year}${total}\n${decisionLabel(unit.decision, lang)}`;
      return plan("components", componentChartSpec(unit, scores, lang), caption);
    }
    case "slope": {
      const from = tableEntries(source.entries, request.fromTableId)[0];
      const to = tableEntries(source.entries, request.toTableId)[0];
      if (!from || !to) return null;
      const rows = slopeRows(source.entries, request.fromTableId, request.toTableId);
      const asked = rows.filter((r) => request.unitIds.includes(r.unitId));
      const moves = asked
        .map((r) => `${r.unit}: ${r.fromRank ?? "–"} → ${r.toRank ?? "–"}`)
        .join("\n");
      const caption =
        `📊 ${placeOf(to)} — ${blockLabel(to.block, lang)} — ${from.year} → ${to.year}` +
        (moves ? `\n${moves}` : "") +
        (from.index === to.index ? "" : `\n${TEXT.methodologyChanged[lang]}`);
      const title = { province: placeOf(to), block: to.block, from, to };
      return plan("slope", slopeChartSpec(rows, new Set(request.unitIds), title, lang), caption);
    }
  }
}

/** A year-over-year request for a unit's table: the same block in `fromYear`. */
export function slopeRequest(source: ChartSource, toTableId: string, fromYear: number, unitIds: string[]): ChartRequest | null {
  const from = matchingTable(source.dataset, toTableId, fromYear);
  return from ? { kind: "slope", fromTableId: from.id, toTableId, unitIds } : null;
}

export async function renderPlan(chartPlan: ChartPlan): Promise<Chart> {
  return { ...chartPlan, ...(await specToImages(chartPlan.spec)) };
}

/** Plan and render in one go; null when the request names nothing in the data. */
export async function renderChart(source: ChartSource, request: ChartRequest, lang: Lang = "vi"): Promise<Chart | null> {
  const chartPlan = planChart(source, request, lang);
  return chartPlan ? renderPlan(chartPlan) : null;
}
