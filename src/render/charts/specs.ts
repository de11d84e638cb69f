/**
 * vega-lite specifications of the charts. Each says what a newspaper reader needs: what is shown
 * (title), on which scale (axis title), which unit was asked about (legend), how it compares with
 * the block (average rule), and where the figures come from (source line and credit at the foot).
 */
import type { TopLevelSpec } from "vega-lite";
import type { Entry } from "../../domain/answer.js";
import { BOT_NAME } from "../copy/brand.js";
import { decimalsOf, decisionLabel, fixed, issuerName } from "../format.js";
import { blockTitle, indexName, indexTag } from "../names.js";
import { CHART_COPY, type Lang } from "./copy.js";
import type { BlockAverage, ComponentScore, MaxSource, SlopeRow } from "./data.js";
import { FONT_FAMILY, fontMetrics, textWidth } from "./font.js";

/** Colour of the asked unit's marks. */
export const HIGHLIGHT = "#d62728";
/** Colour of every other unit. */
export const BASE = "#6baed6";
export const MUTED = "#c8c8c8";
export const AVERAGE = "#333333";
export const RISEN = "#2166ac";
export const FALLEN = "#e08214";
export const SAME = "#8c8c8c";

/** Asked units named one by one in a legend; more share one entry. */
const MAX_LEGEND_UNITS = 2;

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
  padding: 14,
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: "#222", titleColor: "#222", titleFontWeight: "normal" },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom", direction: "horizontal", title: null, symbolSize: 90, symbolOpacity: 1, labelLimit: 0 },
  title: { fontSize: 16, subtitleFontSize: 12, subtitleColor: "#444", anchor: "start", offset: 10 },
  concat: { spacing: 14 },
} as const;

/** Axis numbers follow the reader's language too ("0,5" in Vietnamese). */
function config(lang: Lang) {
  return { ...BASE_CONFIG, locale: { number: NUMBER_LOCALES[lang] } };
}

/**
 * "Nguồn: Quyết định số 2405/QĐ-UBND ngày 26/12/2023, Chủ tịch UBND tỉnh Bắc Ninh"; decisions of one
 * issuer share it: "Thông báo tháng 12/2021; Thông báo tháng 12/2023, Chủ tịch UBND tỉnh Bắc Giang".
 */
function sourceLine(decisions: Entry["decision"] | Entry["decision"][], lang: Lang): string {
  const list = Array.isArray(decisions) ? decisions : [decisions];
  const unique = list.filter((d, i) => list.findIndex((o) => o.id === d.id) === i);
  const byIssuer = new Map<string, string[]>();
  for (const d of unique) {
    const key = d.issuer ?? "";
    byIssuer.set(key, [...(byIssuer.get(key) ?? []), decisionLabel(d, lang)]);
  }
  const parts = [...byIssuer].map(([issuer, labels]) => `${labels.join("; ")}${issuer ? `, ${issuerName(issuer, lang)}` : ""}`);
  return `${lang === "vi" ? "Nguồn" : "Source"}: ${parts.join("; ")}`;
}

/**
 * A chart's frame: the heading above the plot, and the source line with the bot's name as a small
 * credit at its foot. Both titles are anchored to the bounds of everything drawn, so they line up with
 * the unit names on the left rather than with the plot area.
 */
function framed(heading: { text: string; subtitle: string[] }, source: string, body: Record<string, unknown>, lang: Lang): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    config: config(lang),
    title: {
      text: source,
      subtitle: CHART_COPY[lang].credit(BOT_NAME[lang]),
      orient: "bottom",
      anchor: "start",
      frame: "bounds",
      fontSize: 11,
      fontWeight: "normal",
      color: "#444",
      subtitleFontSize: 10,
      subtitleColor: "#888",
      offset: 16,
    },
    vconcat: [{ title: { ...heading, anchor: "start", frame: "bounds" }, ...body }],
  } as TopLevelSpec;
}

/** Decimals of a scale: the most any printed total of the table has ("0,9029" → 4, "875,83" → 2). */
function scaleDecimals(values: readonly number[]): number {
  return Math.max(0, ...values.map(decimalsOf));
}

/** 1, 2 or 5 times a power of ten, about a fifth of the span: tick steps a reader counts easily. */
function niceStep(span: number): number {
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].find((m) => m * power >= rough) ?? 10;
  return step * power;
}

export interface ScoreAxis {
  /** bars from zero, or dots on a fitted axis where scores cluster */
  mark: "bar" | "dot";
  domain: [number, number];
  /** d3 format of the axis labels */
  format: string;
}

/**
 * Bars must start at zero; when the shortest would still be more than half the longest, the
 * differences between units are too small to see on bars, so the chart uses dots on an axis fitted
 * to the scores (and says where it starts).
 */
export function scoreAxis(totals: readonly number[], maxTotal: number | null): ScoreAxis {
  const top = maxTotal ?? Math.max(0, ...totals);
  const lo = Math.min(...totals);
  const hi = Math.max(...totals);
  if (totals.length < 2 || lo <= hi / 2 || hi <= 0) {
    const step = niceStep(top);
    return { mark: "bar", domain: [0, top], format: `.${Math.max(0, -Math.floor(Math.log10(step)))}f` };
  }
  const step = niceStep(Math.max(hi - lo, top / 100));
  const half = step / 2;
  const from = Math.max(0, Math.floor((lo - half / 4) / half) * half);
  const to = Math.min(top, Math.ceil((hi + half / 4) / half) * half);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  return { mark: "dot", domain: [round(from, digits + 1), round(to, digits + 1)], format: `.${digits}f` };
}

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

interface BlockDatum {
  label: string;
  total: number | null;
  /** where the score's label goes: the score, or the axis start for a unit without one (so its row stays) */
  at: number;
  totalLabel: string;
  series: string;
}

export interface BlockChartInput {
  block: readonly Entry[];
  highlight: ReadonlySet<string>;
  average: BlockAverage | null;
  /** the chart's heading place: the province, or the country for a national table */
  place: string;
}

/** One block, units in rank order: bars from zero or dots on a fitted axis, the block average as a rule, the asked units in red. */
export function blockChartSpec(input: BlockChartInput, lang: Lang): TopLevelSpec {
  const t = CHART_COPY[lang];
  const { block, highlight, average } = input;
  const first = block[0];
  if (!first) throw new Error("blockChartSpec needs at least one entry");
  const totals = block.map((e) => e.total).filter((v): v is number => v !== null);
  const decimals = scaleDecimals(average?.printed ? [...totals, average.value] : totals);
  const axis = scoreAxis(totals, first.maxTotal);
  const askedUnits = block.filter((e) => highlight.has(e.unitId));
  // A legend names up to two asked units; a longer list (a top five) is one entry, or the legend outgrows the chart.
  const seriesOf = (e: Entry): string =>
    !highlight.has(e.unitId) ? t.others : askedUnits.length > MAX_LEGEND_UNITS ? t.askedMany(askedUnits.length) : shortName(e.unit, 36);
  const asked = [...new Set(askedUnits.map(seriesOf))];
  const values: BlockDatum[] = block.map((e) => ({
    label: `${e.rank === null ? "–" : `${e.rank}.`} ${shortName(e.unit)}`,
    total: e.total,
    at: e.total ?? axis.domain[0],
    totalLabel: e.total !== null ? fixed(e.total, decimals, lang) : e.rank === null ? t.notRanked : highlight.has(e.unitId) ? t.noScore : "",
    series: seriesOf(e),
  }));
  const scale = first.maxTotal === null ? "" : ` (${t.outOf(fixed(first.maxTotal, 0, lang))}${axis.mark === "dot" ? `; ${t.fittedAxis(fixed(axis.domain[0], decimalsOf(axis.domain[0]), lang))}` : ""})`;
  const xScale = { domain: axis.domain, nice: false, zero: axis.mark === "bar" };
  const x = {
    field: "total",
    type: "quantitative" as const,
    title: `${t.total}${scale}`,
    scale: xScale,
    axis: { format: axis.format, grid: true, gridColor: "#eee", tickCount: 6 },
  };
  const color = {
    field: "series",
    type: "nominal" as const,
    scale: { domain: [...asked, t.others], range: [...asked.map(() => HIGHLIGHT), BASE] },
    legend: asked.length === 0 ? null : {},
  };
  const askedLabels = values.filter((v) => v.series !== t.others).map((v) => v.label);
  const isAsked = `indexof(${JSON.stringify(askedLabels)}, datum.value) >= 0`;
  const y = {
    field: "label",
    type: "nominal" as const,
    sort: null,
    title: null,
    axis: {
      labelLimit: 0,
      ticks: false,
      domain: false,
      labelColor: { condition: { test: isAsked, value: HIGHLIGHT }, value: "#222" },
      labelFontWeight: { condition: { test: isAsked, value: "bold" }, value: "normal" },
    },
  };
  const width = 420;
  const layers: unknown[] = [
    axis.mark === "bar"
      ? { transform: [{ filter: "datum.total !== null" }], mark: { type: "bar", cornerRadiusEnd: 2, height: { band: 0.75 } }, encoding: { x, y, color } }
      : [
          {
            transform: [{ filter: "datum.total !== null" }],
            mark: { type: "rule", color: "#e3e3e3", strokeWidth: 1 },
            encoding: { x: { datum: axis.domain[0], type: "quantitative", scale: xScale }, x2: { field: "total", type: "quantitative" }, y },
          },
          { transform: [{ filter: "datum.total !== null" }], mark: { type: "circle", size: 90, opacity: 1 }, encoding: { x, y, color } },
        ],
    {
      mark: { type: "text", align: "left", baseline: "middle", dx: 6, fontSize: 11 },
      encoding: {
        y,
        x: { field: "at", type: "quantitative", scale: xScale },
        text: { field: "totalLabel", type: "nominal" },
        color: { condition: { test: `datum.series !== ${JSON.stringify(t.others)}`, value: HIGHLIGHT }, value: "#222" },
      },
    },
  ].flat();
  if (average)
    layers.unshift(
      {
        data: { values: [{ average: average.value }] },
        mark: { type: "rule", color: AVERAGE, strokeDash: [5, 3], strokeWidth: 1.5 },
        encoding: { x: { field: "average", type: "quantitative", scale: xScale } },
      },
      {
        data: { values: [{ average: average.value, text: t.averageValue(fixed(average.value, decimals, lang)) }] },
        mark: { type: "text", align: "left", baseline: "bottom", dx: 4, fontSize: 11, color: AVERAGE },
        encoding: { x: { field: "average", type: "quantitative", scale: xScale }, y: { value: -4 }, text: { field: "text", type: "nominal" } },
      },
    );
  const ranked = block.filter((e) => e.rank !== null);
  const scored = ranked.filter((e) => e.total !== null).length;
  const subtitle = [
    indexName(first.index, lang),
    ...(scored < ranked.length ? [t.partialScores(scored, ranked.length)] : []),
    ...(average && !average.printed ? [`${t.average}: ${t.averageComputed}`] : []),
  ];
  const heading = { text: `${input.place} — ${blockTitle(first.group, first.block, lang)} — ${t.year(first.year)}`, subtitle };
  return framed(heading, sourceLine(first.decision, lang), { width, height: { step: 20 }, data: { values }, layer: layers }, lang);
}

/** What 100% means on a components chart, as honestly as the decision allows. */
function shareTitle(sources: ReadonlySet<MaxSource>, lang: Lang): string {
  const t = CHART_COPY[lang];
  const words: Record<MaxSource, string> = { printed: t.ofPrinted, scale: t.ofScale, best: t.ofBest };
  return [...sources].map((s) => words[s]).join("; ");
}

/**
 * The asked unit's components against its block: for each, the block's range (lowest to highest),
 * the block average as a tick and the unit as a red dot, all as a share of the printed maximum —
 * or, where the decision prints none, of the block's highest score, and the axis says so.
 */
export function componentChartSpec(unit: Entry, scores: readonly ComponentScore[], lang: Lang): TopLevelSpec {
  const t = CHART_COPY[lang];
  const unitName = shortName(unit.unit, 36);
  const decimals = scaleDecimals(scores.flatMap((c) => [c.score, c.best, c.lowest].filter((v): v is number => v !== null)));
  const sources = new Set(scores.map((c) => c.maxSource));
  const onlyScale = sources.size === 1 && sources.has("scale");
  const values = scores.map((c) => {
    const share = (v: number | null) => (v === null ? null : v / c.max);
    const write = (v: number | null) => (v === null ? "–" : fixed(v, decimals, lang));
    const max = c.maxSource === "printed" ? `/${fixed(c.max, decimalsOf(c.max), lang)}` : "";
    return {
      component: shortName(c.name, 40),
      unit: share(c.score),
      average: share(c.average),
      lowest: share(c.lowest),
      best: share(c.best),
      text: `${write(c.score)}${max} · ${t.averageShort} ${write(c.average)} · ${t.best} ${write(c.best)}`,
    };
  });
  const xScale = { domain: [0, 1], nice: false };
  const x = (field: string) => ({
    field,
    type: "quantitative" as const,
    scale: xScale,
    title: shareTitle(sources, lang),
    axis: { format: onlyScale ? ".1f" : ".0%", grid: true, gridColor: "#eee", tickCount: 5 },
  });
  const color = (name: string) => ({ datum: name, type: "nominal" as const, scale: { domain: [unitName, t.average, t.range], range: [HIGHLIGHT, AVERAGE, MUTED] } });
  const y = { field: "component", type: "nominal" as const, sort: null, title: null, axis: { labelLimit: 0, ticks: false, domain: false } };
  const width = 340;
  const subtitle = [
    `${unit.province} — ${blockTitle(unit.group, unit.block, lang)} — ${t.year(unit.year)}`,
    `${indexName(unit.index, lang)}${unit.total === null ? "" : ` — ${t.total}: ${fixed(unit.total, decimalsOf(unit.total), lang)}`}${unit.rank === null ? "" : ` — ${t.rankOf(unit.rank, unit.outOf)}`}`,
    ...(sources.has("best") ? [t.bestAsMax] : []),
  ];
  const body = {
    width,
    height: { step: 30 },
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "rule", strokeWidth: 8, strokeCap: "round" }, encoding: { x: x("lowest"), x2: { field: "best", type: "quantitative" }, color: color(t.range) } },
      { mark: { type: "tick", thickness: 3, size: 20 }, encoding: { x: x("average"), color: color(t.average) } },
      { mark: { type: "circle", size: 110, opacity: 1 }, encoding: { x: x("unit"), color: color(unitName) } },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 10, fontSize: 11, color: "#222" },
        encoding: { x: { datum: 1, type: "quantitative", scale: xScale }, text: { field: "text", type: "nominal" } },
      },
    ],
  };
  return framed({ text: `${unit.unit} — ${t.components}`, subtitle }, sourceLine(unit.decision, lang), body, lang);
}

export interface SlopeTitle {
  place: string;
  group: string;
  block: string;
  from: Entry;
  to: Entry;
}

type Change = "risen" | "fallen" | "same" | "oneYear";

function changeOf(r: SlopeRow): Change {
  if (r.fromRank === null || r.toRank === null) return "oneYear";
  return r.toRank < r.fromRank ? "risen" : r.toRank > r.fromRank ? "fallen" : "same";
}

/** Width of the widest label at 11 px, so the plot between the two columns of names is sized to them. */
function labelWidth(labels: readonly string[]): number {
  const { regular } = fontMetrics();
  return Math.max(0, ...labels.map((l) => textWidth(regular, l, 11)));
}

/**
 * Each unit's rank in two years joined by a line, coloured by what happened (rose, fell, kept its
 * rank); the asked units drawn thick. Both ends are labelled with the name and the rank.
 */
export function slopeChartSpec(rows: readonly SlopeRow[], highlight: ReadonlySet<string>, title: SlopeTitle, lang: Lang): TopLevelSpec {
  const t = CHART_COPY[lang];
  const side = (e: Entry) => `${e.year} · ${indexTag(e.index, lang)}`;
  const fromLabel = side(title.from);
  const toLabel = side(title.to);
  const changeWords: Record<Change, string> = { risen: t.risen, fallen: t.fallen, same: t.same, oneYear: t.oneYear };
  const points = rows.flatMap((r) => {
    const name = shortName(r.unit, 40);
    const base = { unitId: r.unitId, asked: highlight.has(r.unitId), change: changeWords[changeOf(r)] };
    const out = [];
    if (r.fromRank !== null) out.push({ ...base, side: fromLabel, rank: r.fromRank, label: `${name}  ${r.fromRank}` });
    if (r.toRank !== null) out.push({ ...base, side: toLabel, rank: r.toRank, label: `${r.toRank}  ${name}` });
    return out;
  });
  const maxRank = Math.max(1, ...points.map((p) => p.rank));
  const present = (["risen", "fallen", "same", "oneYear"] as const).filter((c) => rows.some((r) => changeOf(r) === c));
  const colors: Record<Change, string> = { risen: RISEN, fallen: FALLEN, same: SAME, oneYear: MUTED };
  const color = {
    field: "change",
    type: "nominal" as const,
    scale: { domain: present.map((c) => changeWords[c]), range: present.map((c) => colors[c]) },
    legend: {},
  };
  const x = {
    field: "side",
    type: "ordinal" as const,
    title: null,
    scale: { domain: [fromLabel, toLabel], padding: 0 },
    axis: { orient: "top" as const, labelAngle: 0, domain: false, ticks: false, labelFontWeight: "bold" as const, labelFontSize: 13, labelPadding: 12 },
  };
  const y = { field: "rank", type: "quantitative" as const, scale: { domain: [1, maxRank], reverse: true }, axis: null };
  const subtitle = [`${indexName(title.from.index, lang)} → ${indexName(title.to.index, lang)}`];
  if (title.from.index !== title.to.index) subtitle.push(t.methodologyChanged);
  const asked = rows.filter((r) => highlight.has(r.unitId)).map((r) => r.unit);
  if (asked.length > 0) subtitle.push(t.emphasised(asked.join(", ")));
  const heading = `${title.place} — ${blockTitle(title.group, title.block, lang)} — ${t.ranksBetween} ${title.from.year} → ${title.to.year}`;
  const labels = labelWidth(points.map((p) => p.label));
  const { regular } = fontMetrics();
  const headingWidth = Math.max(textWidth(regular, heading, 16), ...subtitle.map((s) => textWidth(regular, s, 12)));
  const width = Math.round(Math.min(320, Math.max(160, headingWidth - 2 * labels - 30)));
  const label = (which: string, align: "left" | "right") => ({
    transform: [{ filter: { field: "side", equal: which } }],
    mark: { type: "text" as const, align, baseline: "middle" as const, dx: align === "left" ? 9 : -9, fontSize: 11 },
    encoding: {
      x,
      y,
      text: { field: "label", type: "nominal" },
      color: { condition: { test: "datum.asked", value: "#000" }, value: "#333" },
      opacity: { condition: { test: "datum.asked", value: 1 }, value: 0.9 },
      fontWeight: { condition: { test: "datum.asked", value: "bold" }, value: "normal" },
    },
  });
  const body = {
    width,
    height: Math.max(120, maxRank * 20),
    data: { values: points },
    layer: [
      {
        transform: [{ filter: "!datum.asked" }],
        mark: { type: "line", strokeWidth: 1.6, point: { size: 30, filled: true } },
        encoding: { x, y, detail: { field: "unitId" }, color },
      },
      {
        transform: [{ filter: "datum.asked" }],
        mark: { type: "line", strokeWidth: 4, point: { size: 80, filled: true } },
        encoding: { x, y, detail: { field: "unitId" }, color },
      },
      label(fromLabel, "right"),
      label(toLabel, "left"),
    ],
  };
  return framed({ text: heading, subtitle }, sourceLine([title.from.decision, title.to.decision], lang), body, lang);
}
