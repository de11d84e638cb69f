import type { TopLevelSpec } from "vega-lite";
import type { Entry } from "../../domain/answer.js";
import { indexName } from "../copy.js";
import { TEXT, blockLabel, formatScore, sourceLine, type Lang } from "./copy.js";
import type { ComponentScore, SlopeRow } from "./data.js";
import { FONT_FAMILY } from "./font.js";

/** Fill of the asked unit's marks; tests look for it in the SVG. */
export const HIGHLIGHT = "#d62728";
export const BASE = "#6baed6";
export const MUTED = "#b0b0b0";

/** Longest unit name drawn in full: longer ones end in "…" so one name cannot squeeze the bars. */
export const MAX_LABEL_CHARS = 44;

export function shortName(name: string, max = MAX_LABEL_CHARS): string {
  const chars = [...name];
  return chars.length <= max ? name : chars.slice(0, max - 1).join("").trimEnd() + "…";
}

const NUMBER_LOCALES: Record<Lang, { decimal: string; thousands: string; grouping: number[]; currency: [string, string] }> = {
  vi: { decimal: ",", thousands: ".", grouping: [3], currency: ["", " ₫"] },
  en: { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""] },
};

const BASE_CONFIG = {
  font: FONT_FAMILY,
  background: "white",
  padding: 12,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: "#222", titleColor: "#222" },
  legend: { labelFontSize: 12, titleFontSize: 12 },
  title: { fontSize: 16, subtitleFontSize: 12, subtitleColor: "#444", anchor: "start", offset: 10 },
} as const;

/** Axis numbers follow the reader's language too ("0,5" in Vietnamese). */
function config(lang: Lang) {
  return { ...BASE_CONFIG, locale: { number: NUMBER_LOCALES[lang] } };
}

interface BarDatum {
  label: string;
  /** 0 for a row without a total, so its name still gets a line (vega-lite drops null positions) */
  total: number;
  totalLabel: string;
  highlight: boolean;
}

/** Bar chart of one block, bars in rank order, totals written at the bar ends, the asked units in red. */
export function barChartSpec(block: readonly Entry[], highlight: ReadonlySet<string>, lang: Lang): TopLevelSpec {
  const first = block[0];
  if (!first) throw new Error("barChartSpec needs at least one entry");
  const values: BarDatum[] = block.map((e) => ({
    label: `${e.rank === null ? "–" : `${e.rank}.`} ${shortName(e.unit)}`,
    total: e.total ?? 0,
    totalLabel: e.total === null ? TEXT.notRanked[lang] : formatScore(e.total, e.maxTotal, lang),
    highlight: highlight.has(e.unitId),
  }));
  const domainMax = first.maxTotal ?? Math.max(...block.map((e) => e.total ?? 0));
  const scale = first.maxTotal === null ? "" : ` (${lang === "vi" ? "thang" : "out of"} ${String(first.maxTotal).replace(".", lang === "vi" ? "," : ".")})`;
  const y = { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: 0, ticks: false } } as const;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: config(lang),
    title: {
      text: `${first.province} — ${blockLabel(first.block, lang)} — ${lang === "vi" ? "năm" : "year"} ${first.year}`,
      subtitle: [indexName(first.index, lang), sourceLine(first.decision, lang)],
    },
    width: 380,
    height: { step: 20 },
    data: { values },
    encoding: { y },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 2 },
        encoding: {
          x: {
            field: "total",
            type: "quantitative",
            title: `${TEXT.total[lang]}${scale}`,
            scale: { domain: [0, domainMax], nice: false },
            axis: { format: first.maxTotal === 1 ? ".1f" : "d", grid: true, gridColor: "#eee" },
          },
          color: { condition: { test: "datum.highlight", value: HIGHLIGHT }, value: BASE },
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 11 },
        encoding: {
          x: { field: "total", type: "quantitative", scale: { domain: [0, domainMax], nice: false } },
          text: { field: "totalLabel" },
          color: { condition: { test: "datum.highlight", value: HIGHLIGHT }, value: "#222" },
        },
      },
    ],
  };
}

/** The asked unit's components and the block average, each as a share of the component's maximum. */
export function componentChartSpec(unit: Entry, scores: readonly ComponentScore[], lang: Lang): TopLevelSpec {
  const averageName = TEXT.average[lang];
  const unitName = shortName(unit.unit, 36);
  const values = scores.flatMap((c) => {
    const max = c.maxSource === "printed" ? `/${formatScore(c.max, null, lang)}` : "";
    const label = (v: number | null): string => (v === null ? "–" : `${formatScore(v, c.max, lang)}${max}`);
    const component = shortName(c.name, 40);
    return [
      { component, series: unitName, share: c.share, text: label(c.score), order: 0 },
      { component, series: averageName, share: c.averageShare, text: label(c.average), order: 1 },
    ];
  });
  const y = { field: "component", type: "nominal", sort: null, title: null, axis: { labelLimit: 0, ticks: false } } as const;
  const yOffset = { field: "order", type: "ordinal" } as const;
  const x = {
    field: "share",
    type: "quantitative" as const,
    scale: { domain: [0, 1] },
    title: TEXT.share[lang],
    axis: { format: ".0%", grid: true, gridColor: "#eee" },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: config(lang),
    title: {
      text: `${unit.unit} — ${TEXT.components[lang]}`,
      subtitle: [
        `${unit.province} — ${blockLabel(unit.block, lang)} — ${lang === "vi" ? "năm" : "year"} ${unit.year}`,
        `${indexName(unit.index, lang)}${unit.total === null ? "" : ` — ${TEXT.total[lang]}: ${formatScore(unit.total, unit.maxTotal, lang)}`}${unit.rank === null ? "" : ` — ${TEXT.rank[lang]} ${unit.rank}/${unit.outOf}`}`,
        ...(scores.some((c) => c.maxSource === "best") ? [TEXT.bestAsMax[lang]] : []),
        sourceLine(unit.decision, lang),
      ],
    },
    width: 360,
    height: { step: 16 },
    data: { values },
    encoding: { y, yOffset },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 2 },
        encoding: {
          x,
          color: {
            field: "series",
            type: "nominal",
            sort: null,
            title: null,
            scale: { domain: [unitName, averageName], range: [HIGHLIGHT, MUTED] },
            legend: { orient: "top", direction: "horizontal" },
          },
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 10, color: "#222" },
        encoding: { x, text: { field: "text" } },
      },
    ],
  };
}

export interface SlopeTitle {
  province: string;
  block: string;
  from: Entry;
  to: Entry;
}

/** Each unit's rank in two years joined by a line; the asked units drawn thick and red, the rest grey. */
export function slopeChartSpec(
  rows: readonly SlopeRow[],
  highlight: ReadonlySet<string>,
  title: SlopeTitle,
  lang: Lang,
): TopLevelSpec {
  const fromLabel = `${title.from.year} (${title.from.index})`;
  const toLabel = `${title.to.year} (${title.to.index})`;
  const points = rows.flatMap((r) => {
    const base = { unitId: r.unitId, highlight: highlight.has(r.unitId) };
    const name = shortName(r.unit, 40);
    const out = [];
    if (r.fromRank !== null) out.push({ ...base, side: fromLabel, rank: r.fromRank, label: `${name}  ${r.fromRank}` });
    if (r.toRank !== null) out.push({ ...base, side: toLabel, rank: r.toRank, label: `${r.toRank}  ${name}` });
    return out;
  });
  const maxRank = Math.max(1, ...points.map((p) => p.rank));
  const x = {
    field: "side",
    type: "ordinal" as const,
    title: null,
    scale: { domain: [fromLabel, toLabel], padding: 0 },
    axis: { orient: "top" as const, labelAngle: 0, domain: false, ticks: false, labelFontWeight: "bold" as const, labelFontSize: 13, labelPadding: 12 },
  };
  const y = { field: "rank", type: "quantitative" as const, scale: { domain: [1, maxRank], reverse: true }, axis: null };
  const color = { condition: { test: "datum.highlight", value: HIGHLIGHT }, value: MUTED } as const;
  const subtitle = [indexName(title.from.index, lang) + " → " + indexName(title.to.index, lang)];
  if (title.from.index !== title.to.index) subtitle.push(TEXT.methodologyChanged[lang]);
  subtitle.push(sourceLine([title.from.decision, title.to.decision], lang));
  const label = (side: string, align: "left" | "right") => ({
    transform: [{ filter: { field: "side", equal: side } }],
    mark: { type: "text" as const, align, baseline: "middle" as const, dx: align === "left" ? 8 : -8, fontSize: 11 },
    encoding: {
      x,
      y,
      text: { field: "label" },
      color: { condition: { test: "datum.highlight", value: HIGHLIGHT }, value: "#333" },
    },
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: config(lang),
    title: {
      text: `${title.province} — ${blockLabel(title.block, lang)} — ${TEXT.ranksBetween[lang]} ${title.from.year} → ${title.to.year}`,
      subtitle,
    },
    width: 140,
    height: Math.max(120, maxRank * 19),
    data: { values: points },
    layer: [
      {
        transform: [{ filter: "!datum.highlight" }],
        mark: { type: "line", strokeWidth: 1.2, point: { size: 25, filled: true } },
        encoding: { x, y, detail: { field: "unitId" }, color },
      },
      {
        transform: [{ filter: "datum.highlight" }],
        mark: { type: "line", strokeWidth: 3, point: { size: 60, filled: true } },
        encoding: { x, y, detail: { field: "unitId" }, color },
      },
      label(fromLabel, "right"),
      label(toLabel, "left"),
    ],
  };
}
