/**
 * AnswerResult → Telegram message built with @grammyjs/parse-mode entities. Data is only ever
 * passed as text, never as markup, so a unit called "Sở KH&CN <b>" cannot break the formatting.
 */
import { FormattedString } from "@grammyjs/parse-mode";
import type { Entry } from "../domain/answer.js";
import { placeOf } from "../domain/dataset.js";
import type {
  AmbiguousDetails,
  AnswerResult,
  AverageDetails,
  CompareDetails,
  FilterView,
  HelpDetails,
  Lang,
  ListDetails,
  MergedDetails,
  Notice,
  OverviewDetails,
  ProblemDetails,
  SelectionDetails,
  SmallTalkDetails,
  TableSummary,
  TrendDetails,
  UnitDetails,
} from "../answer/types.js";
import { QUERY_COPY, T, blockName, blockTitle, gradeText, indexName } from "./copy.js";
import { citation, date, diff, num, scoreOf } from "./format.js";


/** A piece of a line shown bold or italic. */
interface Styled {
  style: "bold" | "italic";
  text: string;
}
type Piece = string | Styled;
type Line = Piece | Piece[];
type MessageEntity = FormattedString["entities"][number];

const b = (text: string): Styled => ({ style: "bold", text });
const i = (text: string): Styled => ({ style: "italic", text });

/** Telegram's order for entities (and parse-mode's): by offset, then length, then type. */
function byPosition(x: MessageEntity, y: MessageEntity): number {
  return x.offset - y.offset || x.length - y.length || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0);
}

/**
 * The text and its entities in one pass, the way parse-mode would build them (touching entities of
 * one style become one). Composing with parse-mode's `fmt`, `bold` and `join` ran its whole entity
 * machinery for every piece, and was most of the cost of an answer.
 */
function lines(all: Array<Line | null>): FormattedString {
  let text = "";
  const entities: MessageEntity[] = [];
  const last: Partial<Record<Styled["style"], MessageEntity>> = {};
  let first = true;
  for (const l of all) {
    if (l === null) continue;
    if (!first) text += "\n";
    first = false;
    for (const p of Array.isArray(l) ? l : [l]) {
      if (typeof p === "string") {
        text += p;
        continue;
      }
      const before = last[p.style];
      if (before && before.offset + before.length >= text.length) before.length = Math.max(before.length, text.length + p.text.length - before.offset);
      else {
        const e = { type: p.style, offset: text.length, length: p.text.length };
        entities.push(e);
        last[p.style] = e;
      }
      text += p.text;
    }
  }
  return new FormattedString(text, entities.sort(byPosition));
}

function rankText(e: Entry): string {
  return e.rank === null ? "—" : `${e.rank}/${e.outOf}`;
}

/** 0–1 indices need four decimals to tell units apart; point scales need two. */
function decimalsFor(e: Entry): number {
  return e.maxTotal !== null && e.maxTotal <= 1 ? 4 : 2;
}

function arrow(d: number): string {
  return Math.abs(d) < 1e-9 ? "=" : d > 0 ? "▲" : "▼";
}

function short(e: Entry, lang: Lang): string {
  return `${e.unit} (#${e.rank ?? "—"}, ${num(e.total, lang)})`;
}

function header(e: Entry, lang: Lang): Line {
  return [b(e.unit), ` — ${placeName(e, lang)}, ${lang === "vi" ? "năm " : ""}${e.year} · ${indexName(e.index, lang)}`];
}

function source(e: Entry, lang: Lang): Line {
  return [i(`${T[lang].source}: ${citation(e.decision, lang)}`)];
}

function unitLines(d: UnitDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const e = d.entry;
  const block = blockName(e.group, e.block, lang);
  if (e.rank === null) return [[b(e.unit), ` (${placeName(e, lang)}, ${e.year}) ${t.notEvaluated}.`], source(e, lang)];
  const rank: Line = [`${t.rank}: `, b(rankText(e)), ` ${t.inBlock(block)}`];
  const total: Line = [`${t.total}: `, e.total === null ? QUERY_COPY[lang].noScore : b(scoreOf(e.total, e.maxTotal, lang)), ...(e.grade ? [` · ${t.grade}: `, b(gradeText(e.grade, lang))] : [])];
  const places = decimalsFor(e);
  const out: Array<Line | null> = [header(e, lang)];
  if (d.focus === "component" && d.component) {
    const c = d.component;
    out.push([`${c.name}: `, b(scoreOf(c.score, c.max, lang)), ` — ${t.componentRank(c.rank, c.outOf)}`]);
    if (c.average !== null && c.score !== null) out.push(`${t.average}: ${num(c.average, lang, places)} (${diff(c.score - c.average, lang, places)})`);
  }
  if (d.focus === "score" || d.focus === "grade") out.push(total, rank);
  else out.push(rank, total);
  if (d.table.average !== null && e.total !== null)
    out.push(`${t.average}: ${num(d.table.average, lang, places)} ${d.table.averagePrinted ? "" : t.averageComputed + " "}— ${diff(e.total - d.table.average, lang, places)}`);
  out.push(
    [
      `${t.above}: `,
      d.above ? short(d.above, lang) : t.topOfBlock,
      ` · ${t.below}: `,
      d.below ? short(d.below, lang) : t.bottomOfBlock,
    ],
  );
  const printed = d.components.filter((c) => c.score !== null);
  if (printed.length > 0) {
    out.push(b(`${t.components}:`));
    for (const c of printed) {
      const vsAvg = c.average !== null && c.score !== null ? ` (${t.avgShort} ${num(c.average, lang, places)} ${arrow(c.score - c.average)})` : "";
      out.push(`• ${c.name}: ${scoreOf(c.score, c.max, lang)}${vsAvg}`);
    }
  }
  if (e.selfDeclared?.total != null) out.push(t.selfDeclared(num(e.selfDeclared.total, lang)));
  for (const s of d.sameYear)
    out.push(`${t.alsoRated}: ${indexName(s.index, lang)} — ${rankText(s)}, ${scoreOf(s.total, s.maxTotal, lang)}${s.grade ? `, ${gradeText(s.grade, lang)}` : ""}`);
  if (d.years.length > 1) out.push(t.otherYears(d.years.join(", ")));
  out.push(source(e, lang));
  return out;
}

/** What a table or several of them are called: the block, the departments' tables together, or "all blocks". */
function blocksLabel(tables: TableSummary[], lang: Lang): string {
  const first = tables[0];
  if (!first) return "";
  if (tables.length === 1) return blockName(first.group, first.block, lang);
  return tables.every((t) => t.block.startsWith("departments")) ? blockName("", "departments", lang) : QUERY_COPY[lang].allBlocks;
}

function placeName(e: { province: string | null } | undefined, lang: Lang): string {
  return e?.province ?? QUERY_COPY[lang].nation;
}

/** The units of one name across provinces, best first by share of each scale. */
function namesakeLines(d: ListDetails, name: string, lang: Lang): Array<Line | null> {
  const q = QUERY_COPY[lang];
  const t = T[lang];
  const out: Array<Line | null> = [b(q.namesakes(name, d.direction === "top", d.orderBy === "total" ? null : d.orderBy))];
  d.entries.forEach((e, at) => {
    const value = d.orderBy === "total" ? scoreOf(e.total, e.maxTotal, lang) : `${d.orderBy}: ${num(d.values[at] ?? null, lang)}`;
    out.push([`${at + 1}. `, b(`${e.unit} (${placeName(e, lang)}, ${e.year})`), ` — ${value} · ${t.rank.toLowerCase()} ${rankText(e)}`]);
  });
  for (const e of d.entries) out.push(source(e, lang));
  return out;
}

function listLines(d: ListDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const q = QUERY_COPY[lang];
  if (d.namesake !== undefined) return namesakeLines(d, d.namesake, lang);
  const first = d.entries[0];
  const block = blocksLabel(d.tables.length > 0 ? d.tables : [d.table], lang);
  const province = placeName(first ?? { province: null }, lang);
  const byComponent = d.orderBy !== "total";
  const title =
    d.n === 1 && d.outOf > 1
      ? d.direction === "top"
        ? q.leader(block, province, d.table.year)
        : q.lastOne(block, province, d.table.year)
      : d.n === d.outOf && d.direction === "top"
        ? q.ordered(block, province, d.table.year)
        : d.direction === "top"
          ? t.top(d.n, block, province, d.table.year)
          : t.bottom(d.n, block, province, d.table.year);
  const out: Array<Line | null> = [[b(title), byComponent ? ` ${q.byMeasure(d.orderBy)}` : "", ` ${t.outOfUnits(d.outOf)}`], i(indexName(d.table.index, lang))];
  d.entries.forEach((e, at) => {
    const place = d.direction === "top" ? at + 1 : d.outOf - at;
    const lead = byComponent || d.tables.length > 1 ? `${place}. ` : `${e.rank}. `;
    const value = byComponent ? `${d.orderBy}: ${num(d.values[at] ?? null, lang)} · ${t.rank.toLowerCase()} ${rankText(e)}` : scoreOf(e.total, e.maxTotal, lang);
    const where = d.tables.length > 1 ? ` (${blockName(e.group, e.block, lang)})` : "";
    out.push([lead, b(e.unit), `${where} — ${value}${e.grade ? ` · ${gradeText(e.grade, lang)}` : ""}`]);
  });
  if (d.otherTables.length > 0) out.push(t.otherTables(d.otherTables.map((o) => blockName(o.group, o.block, lang)).join("; ")));
  if (first) out.push(source(first, lang));
  return out;
}

function filterText(f: FilterView | null, lang: Lang): string {
  const q = QUERY_COPY[lang];
  if (f === null) return q.ranked;
  switch (f.kind) {
    case "grade":
      return q.grade([f.grade, ...f.also].map((g) => gradeText(g, lang)).join(q.or), f.bound);
    case "threshold":
      return q.threshold(f.op, num(f.value, lang), f.measure);
    case "range":
      return q.range(num(f.min, lang), num(f.max, lang), f.measure);
    case "unranked":
      return q.unranked;
    case "full":
      return q.fullMarks(f.measure);
    case "relative":
      return q.relative(f.direction, f.unit);
    case "average":
      return `${q.vsAverage(f.op, f.measure)} (${f.averages.map((a) => num(a.value, lang, 2)).join("; ")})`;
  }
}

function selectionLines(d: SelectionDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const q = QUERY_COPY[lang];
  const first = d.entries[0];
  const table = d.tables[0];
  if (!table) return [t.notUnderstood];
  const block = blocksLabel(d.tables, lang);
  const province = d.province ?? QUERY_COPY[lang].nation;
  const what = filterText(d.filter, lang);
  const out: Array<Line | null> =
    d.operation === "count"
      ? [b(q.count(d.entries.length, d.outOf, block, what, province, table.year))]
      : [b(q.listTitle(what, block, province, table.year))];
  out.push(i(indexName(table.index, lang)));
  if (d.entries.length === 0) out.push(q.none);
  d.entries.forEach((e, at) => {
    const v = d.values[at];
    const shown = v !== null && v !== undefined && v !== e.total ? ` · ${num(v, lang)}` : "";
    out.push([`${e.rank}. `, b(e.unit), ` — ${scoreOf(e.total, e.maxTotal, lang)}${shown}${e.grade ? ` · ${gradeText(e.grade, lang)}` : ""}`]);
  });
  if (first) out.push(source(first, lang));
  return out;
}

function averageLines(d: AverageDetails, lang: Lang): Array<Line | null> {
  const q = QUERY_COPY[lang];
  const first = d.rows[0];
  if (!first) return [T[lang].notUnderstood];
  const out: Array<Line | null> = [b(q.averageTitle(d.measure, d.province ?? q.nation, first.table.year))];
  for (const r of d.rows) {
    const places = r.max !== null && r.max <= 1 ? 4 : 2;
    out.push([
      `${blockName(r.table.group, r.table.block, lang)}: `,
      b(`${num(r.value, lang, places)}${r.max !== null ? `/${num(r.max, lang)}` : ""}`),
      ` — ${r.printed ? q.averagePrinted : q.averageComputed(r.units)}`,
    ]);
  }
  out.push(i(indexName(first.table.index, lang)));
  return out;
}

function mergedLines(d: MergedDetails, lang: Lang): Array<Line | null> {
  const q = QUERY_COPY[lang];
  const out: Array<Line | null> = [b(q.merged(d.name, date(d.date) ?? d.date, d.predecessors.join("; ")))];
  for (const e of d.entries)
    out.push([
      "• ",
      b(e.unit),
      ` (${e.province ?? q.nation}, ${e.year}): ${T[lang].rank.toLowerCase()} ${rankText(e)} ${T[lang].inBlock(blockName(e.group, e.block, lang))}, ${scoreOf(e.total, e.maxTotal, lang)}${e.grade ? `, ${gradeText(e.grade, lang)}` : ""}`,
    ]);
  const ids = new Set<string>();
  for (const e of d.entries)
    if (!ids.has(e.decision.id)) {
      ids.add(e.decision.id);
      out.push(source(e, lang));
    }
  return out;
}

function smallTalkLines(d: SmallTalkDetails, lang: Lang): Array<Line | null> {
  return [QUERY_COPY[lang][d.kind]];
}

function overviewLines(d: OverviewDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const out: Array<Line | null> = [b(t.overview(d.province ?? QUERY_COPY[lang].nation, d.year))];
  if (d.national)
    out.push(QUERY_COPY[lang].nationalRank(`${rankText(d.national)}${d.national.total === null ? "" : `, ${scoreOf(d.national.total, d.national.maxTotal, lang)}`}`, d.national.year));
  for (const tb of d.tables) {
    out.push([b(blockTitle(tb.group, tb.block, lang)), ` — ${indexName(tb.index, lang)}, ${t.units(tb.outOf)}`]);
    out.push(`${t.leaders}: ${tb.first.map((e) => `${e.rank}. ${e.unit} (${num(e.total, lang)})`).join("; ")}`);
    if (tb.last) out.push(`${t.last}: ${tb.last.rank}. ${tb.last.unit} (${num(tb.last.total, lang)})`);
    if (tb.average !== null) out.push(`${t.average}: ${num(tb.average, lang, 2)}${tb.maxTotal !== null ? `/${num(tb.maxTotal, lang)}` : ""}`);
    if (tb.notEvaluated.length > 0) out.push(`${t.notEvaluatedList}: ${tb.notEvaluated.map((e) => e.unit).join(", ")}`);
  }
  if (d.otherYears.length > 0) out.push(t.otherYears(d.otherYears.join(", ")));
  const any = d.tables[0]?.first[0];
  if (any) out.push(source(any, lang));
  return out;
}

function trendLines(d: TrendDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  if (d.scope === "unit") {
    const e = d.history[d.history.length - 1];
    if (!e) return [t.notUnderstood];
    const out: Array<Line | null> = [b(t.trendUnit(e.unit, placeOf(e)))];
    for (const h of d.history)
      out.push(`${h.year} · ${indexName(h.index, lang)}: ${t.rank.toLowerCase()} ${rankText(h)}, ${scoreOf(h.total, h.maxTotal, lang)}${h.grade ? `, ${gradeText(h.grade, lang)}` : ""}`);
    if (d.history.length === 1) out.push(t.onlyOneYear(e.year));
    for (const r of d.rows) {
      if (r.rankChange !== null) out.push([`${r.from.year} → ${r.to.year}: `, b(t.rankChange(r.rankChange))]);
      if (r.components.length > 0) {
        out.push(b(`${t.corresponding}:`));
        for (const c of r.components)
          out.push(`• ${c.from === c.to ? c.from : `${c.from} → ${c.to}`}: ${scoreOf(c.fromScore, c.fromMax, lang)} → ${scoreOf(c.toScore, c.toMax, lang)}`);
      }
    }
    for (const h of d.history) out.push(source(h, lang));
    return out;
  }
  if (d.movers) return moverLines(d, d.movers, lang);
  const first = d.rows[0];
  if (!first) return [t.notUnderstood];
  const out: Array<Line | null> = [b(t.trendProvince(d.province, first.from.year, first.to.year))];
  let block = "";
  for (const r of d.rows) {
    if (r.to.block !== block) {
      block = r.to.block;
      out.push(b(blockTitle(r.to.group, r.to.block, lang)));
    }
    const change = r.rankChange === null ? "" : ` ${t.rankChange(r.rankChange)}`;
    out.push(`• ${r.unit}: ${r.from.rank ?? "—"} → ${r.to.rank ?? "—"}${change}`);
  }
  out.push(source(first.from, lang), source(first.to, lang));
  return out;
}

/** Units ordered by how far they rose (fell) in rank, each with its block when there are several. */
function moverLines(d: TrendDetails, movers: NonNullable<TrendDetails["movers"]>, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const out: Array<Line | null> = [b(t.movers(d.province, movers.fromYear, movers.toYear, movers.direction))];
  if (d.rows.length === 0) return [...out, t.noMovers(movers.direction)];
  const blocks = new Set(d.rows.map((r) => r.to.block)).size > 1;
  d.rows.forEach((r, i) => {
    const block = blocks ? ` (${blockName(r.to.group, r.to.block, lang)})` : "";
    out.push([`${i + 1}. ${r.unit}${block}: ${r.from.rank ?? "—"} → ${r.to.rank ?? "—"} `, b(t.rankChange(r.rankChange ?? 0))]);
  });
  out.push(source(d.rows[0]!.from, lang), source(d.rows[0]!.to, lang));
  return out;
}

function compareLines(d: CompareDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const q = QUERY_COPY[lang];
  const all = d.entries;
  const label = (e: Entry) => `${e.unit} (${e.province ?? q.nation}, ${e.year})`;
  const labels = all.map(label);
  const title = labels.length === 2 ? t.compare(labels[0]!, labels[1]!) : t.compare(labels.slice(0, -1).join(", "), labels[labels.length - 1]!);
  const out: Array<Line | null> = [b(title)];
  for (const e of all)
    out.push([b(e.unit), `: ${t.rank.toLowerCase()} ${rankText(e)} ${t.inBlock(blockName(e.group, e.block, lang))}, ${scoreOf(e.total, e.maxTotal, lang)}${e.grade ? `, ${gradeText(e.grade, lang)}` : ""}`]);
  if (d.rankLeader !== null) out.push(q.leadsRank(all[d.rankLeader]!.unit));
  if (d.leader !== null) out.push(q.leadsTotal(all[d.leader]!.unit));
  else if (all.every((e) => e.total !== null)) out.push(q.tieTotal);
  if (d.sameScale) {
    out.push(b(`${t.components}:`));
    for (const r of d.rows) {
      const lead = r.leader !== null ? ` — ${all[r.leader]!.unit} ${q.leads}` : "";
      out.push(`• ${r.name}: ${r.values.map((v) => num(v, lang)).join(" / ")}${r.max !== null ? ` (max ${num(r.max, lang)})` : ""}${lead}`);
    }
  }
  const ids = new Set<string>();
  for (const e of all)
    if (!ids.has(e.decision.id)) {
      ids.add(e.decision.id);
      out.push(source(e, lang));
    }
  return out;
}

function ambiguousLines(d: AmbiguousDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const names = new Set(d.rows.map((r) => r.candidate.unit));
  const name = d.rows[0]?.candidate.unit ?? "";
  const out: Array<Line | null> = [names.size === 1 ? t.ambiguous(name) : t.ambiguousMany];
  for (const r of d.rows) {
    const e = r.entry;
    const detail = e ? ` — ${e.year}: ${e.rank === null ? t.notEvaluatedList.toLowerCase() : `${t.rank.toLowerCase()} ${rankText(e)}`}` : "";
    out.push(["• ", b(r.candidate.province), `: ${r.candidate.unit}${detail}`]);
  }
  const ex = d.rows[0]?.candidate;
  if (ex) out.push(`${t.chooseHint} “${ex.unit} ${ex.province}”`);
  return out;
}

function availableLine(available: Array<{ province: string; years: number[] }>, lang: Lang): Line {
  const t = T[lang];
  return `${t.availableData}: ${available.map((a) => `${a.province} (${t.years(a.years)})`).join(", ")}.`;
}

function problemLines(d: ProblemDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  switch (d.reason) {
    case "empty":
      return [t.empty];
    case "too_long":
      return [t.tooLong(d.length)];
    case "no_data_province":
      return [b(t.noDataProvince(d.province ?? "")), availableLine(d.available, lang)];
    case "unit_not_found": {
      const out: Array<Line | null> = [t.unitNotFound(d.asked ?? "", d.province)];
      if (d.suggestions.length > 0) out.push(`${t.didYouMean}: ${d.suggestions.map((s) => `${s.unit} (${s.province})`).join("; ")}?`);
      else out.push(availableLine(d.available, lang));
      return out;
    }
    case "year_missing":
      return [t.yearMissing(d.asked ?? d.province ?? QUERY_COPY[lang].nation, d.year, d.years.join(", ") || "—")];
    case "need_province":
      return [t.needProvince, availableLine(d.available, lang)];
    case "not_understood":
      return [t.notUnderstood, availableLine(d.available, lang)];
    case "no_national":
      return [b(d.province ? QUERY_COPY[lang].noNationalProvince(d.province) : QUERY_COPY[lang].noNational), availableLine(d.available, lang)];
    case "no_ministry":
      return [b(QUERY_COPY[lang].noMinistry), availableLine(d.available, lang)];
    case "block_missing":
      return [QUERY_COPY[lang].blockMissing(d.province ?? QUERY_COPY[lang].nation, d.year), availableLine(d.available, lang)];
    case "position_missing":
      return [QUERY_COPY[lang].positionMissing(d.position?.n ?? 0, d.position?.outOf ?? 0)];
    case "no_neighbour":
      return [QUERY_COPY[lang].noNeighbour(d.asked ?? "", d.direction ?? "above")];
    case "component_missing":
      return [QUERY_COPY[lang].componentMissing(d.province ?? QUERY_COPY[lang].nation, d.year, d.asked ?? "", d.groups ?? [])];
    default: {
      const never: never = d.reason;
      return [String(never)];
    }
  }
}

function helpLines(d: HelpDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  return [...t.help, ...t.helpExamples.map((e) => `• ${e}`), availableLine(d.available, lang)];
}

function noticeLine(n: Notice, lang: Lang): Line {
  const t = T[lang].notices;
  switch (n.kind) {
    case "merged_province":
      return i(t.merged(n.province, n.into));
    case "ict_department_merged":
      return i(t.ictMerged);
    case "districts_abolished":
      return i(t.districts);
    case "methodology_changed":
      return i(t.methodology(n.fromYear, n.toYear));
    case "data_note":
      return i(t.dataNote(n.unit, n.text));
    case "index_fallback":
      return i(t.indexFallback(indexName(n.asked, lang), indexName(n.used, lang), n.year));
    case "year_fallback":
      return i(t.yearFallback(n.asked, n.used));
    case "scales_differ":
      return i(t.scales);
    case "department_merged":
      return i(QUERY_COPY[lang].notices.departmentMerged(n.name, n.predecessors.join(", "), date(n.date) ?? n.date));
    case "ignored_words":
      return i(QUERY_COPY[lang].notices.ignored(n.words));
    case "scale_hint":
      return i(QUERY_COPY[lang].notices.scale(num(n.value, lang), num(n.max, lang)));
    case "scale_from_best":
      return i(QUERY_COPY[lang].notices.scaleFromBest(num(n.best, lang)));
    case "issued_year":
      return i(QUERY_COPY[lang].notices.issuedYear(n.asked, n.assessed));
    case "component_not_scored":
      return i(QUERY_COPY[lang].notices.componentNotScored(n.component, blockName(n.group, "", lang)));
    case "other_provinces":
      return i(QUERY_COPY[lang].notices.otherProvinces(n.provinces.join(", ")));
    case "relative_to":
      return i(QUERY_COPY[lang].notices.relativeTo(n.direction, n.unit));
    case "years_missing":
      return i(QUERY_COPY[lang].notices.yearsMissing(n.years.join(", "), n.held.join(", ")));
    case "tied":
      return i(QUERY_COPY[lang].notices.tied(n.rank, n.units.join(", ")));
    case "scale_rescaled":
      return i(QUERY_COPY[lang].notices.rescaled(num(n.asked, lang), num(n.used, lang)));
    case "partial_scores":
      return i(QUERY_COPY[lang].notices.partial(n.have, n.of));
    case "across_tables":
      return i(QUERY_COPY[lang].notices.across);
    case "keyboard_decoded":
      return i(QUERY_COPY[lang].notices.keyboard(n.text));
    default: {
      const never: never = n;
      return String(never);
    }
  }
}

/** Messages already built, per answer object: a remembered answer (see `answerQuestion`) is rendered once. */
const rendered = new WeakMap<AnswerResult, FormattedString>();

export function renderAnswer(r: AnswerResult): FormattedString {
  let message = rendered.get(r);
  if (!message) {
    message = renderNow(r);
    rendered.set(r, message);
  }
  return message;
}

function renderNow(r: AnswerResult): FormattedString {
  const lang = r.lang;
  const d = r.details;
  let body: Array<Line | null>;
  switch (d.type) {
    case "unit":
      body = unitLines(d, lang);
      break;
    case "list":
      body = listLines(d, lang);
      break;
    case "overview":
      body = overviewLines(d, lang);
      break;
    case "trend":
      body = trendLines(d, lang);
      break;
    case "compare":
      body = compareLines(d, lang);
      break;
    case "ambiguous":
      body = ambiguousLines(d, lang);
      break;
    case "problem":
      body = problemLines(d, lang);
      break;
    case "help":
      body = helpLines(d, lang);
      break;
    case "selection":
      body = selectionLines(d, lang);
      break;
    case "average":
      body = averageLines(d, lang);
      break;
    case "merged":
      body = mergedLines(d, lang);
      break;
    case "smalltalk":
      body = smallTalkLines(d, lang);
      break;
    default: {
      const never: never = d;
      body = [String(never)];
    }
  }
  return lines([...body, ...r.notices.map((n) => noticeLine(n, lang))]);
}
