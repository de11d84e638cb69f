import type { AnswerResult, Conversation } from "../../answer/types.js";
import type { IndexKind } from "../../domain/dataset.js";
import type { Knowledge } from "../../search/index.js";
import { matchingTable } from "./data.js";
import { planChart, renderPlan, type Chart, type ChartPlan, type ChartRequest } from "./index.js";

/**
 * Which chart shows an answer best: a rank (or score, grade) → the block's bars with the unit in red;
 * a component question → the unit's components against the block average; a trend → ranks in the
 * first and last year joined by lines; a top list → the block's bars with the listed units in red;
 * a comparison → the bars with both units in red. Other answers have no chart.
 */
export function requestForAnswer(result: AnswerResult, k: Knowledge): ChartRequest | null {
  if (result.status !== "ok") return null;
  const d = result.details;
  switch (d.type) {
    case "unit":
      return d.focus === "component"
        ? { kind: "components", tableId: d.entry.tableId, unitId: d.entry.unitId }
        : { kind: "bar", tableId: d.entry.tableId, unitIds: [d.entry.unitId] };
    case "list":
      return { kind: "bar", tableId: d.table.tableId, unitIds: d.entries.map((e) => e.unitId) };
    case "trend": {
      if (d.scope === "unit") {
        const first = d.history[0];
        const last = d.history.at(-1);
        if (!first || !last || first.year === last.year) return null;
        const from = first.index === last.index ? first.tableId : matchingTable(k.dataset, last.tableId, first.year)?.id;
        return { kind: "slope", fromTableId: from ?? first.tableId, toTableId: last.tableId, unitIds: [last.unitId] };
      }
      const row = d.rows[0];
      return row ? { kind: "slope", fromTableId: row.from.tableId, toTableId: row.to.tableId, unitIds: [] } : null;
    }
    case "compare":
      return { kind: "bar", tableId: d.a.tableId, unitIds: d.sameTable ? [d.a.unitId, d.b.unitId] : [d.a.unitId] };
    case "overview": {
      const table = d.tables[0];
      return table ? { kind: "bar", tableId: table.tableId, unitIds: [] } : null;
    }
    case "selection":
      return d.tables[0] ? { kind: "bar", tableId: d.tables[0].tableId, unitIds: d.entries.map((e) => e.unitId) } : null;
    case "average":
      return d.rows[0] ? { kind: "bar", tableId: d.rows[0].table.tableId, unitIds: [] } : null;
    case "ambiguous":
    case "problem":
    case "help":
    case "merged":
    case "smalltalk":
      return null;
  }
}

export function planForAnswer(result: AnswerResult, k: Knowledge): ChartPlan | null {
  const request = requestForAnswer(result, k);
  return request ? planChart(k, request, result.lang) : null;
}

/** The chart the bot sends for an answer, rendered; null when the answer has none. */
export async function chartForAnswer(result: AnswerResult, k: Knowledge): Promise<Chart | null> {
  const chartPlan = planForAnswer(result, k);
  return chartPlan ? renderPlan(chartPlan) : null;
}

export interface ChartButton {
  unitId: string;
  year: number;
  index: IndexKind;
}

/**
 * The "📊 Biểu đồ" button carries only unit, year and index. The chat's conversation, when it is about
 * that same answer, says which chart fits (trend → slope, component → components); otherwise the
 * block's bar chart with the unit highlighted.
 */
export function requestForButton(k: Knowledge, button: ChartButton, conversation?: Conversation): ChartRequest | null {
  const history = k.entriesByUnit.get(button.unitId) ?? [];
  const entry =
    history.find((e) => e.year === button.year && e.index === button.index) ??
    history.find((e) => e.year === button.year);
  if (!entry) return null;
  const same = conversation?.unitId === button.unitId;
  if (same && conversation?.kind === "trend") {
    const ranked = history.filter((e) => e.index !== "PORTAL");
    const first = ranked[0];
    const last = ranked.at(-1);
    if (first && last && first.year !== last.year) {
      const from = matchingTable(k.dataset, last.tableId, first.year)?.id ?? first.tableId;
      return { kind: "slope", fromTableId: from, toTableId: last.tableId, unitIds: [button.unitId] };
    }
  }
  if (same && conversation?.kind === "component")
    return { kind: "components", tableId: entry.tableId, unitId: button.unitId };
  return { kind: "bar", tableId: entry.tableId, unitIds: [button.unitId] };
}
