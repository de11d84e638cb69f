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
  CompareDetails,
  HelpDetails,
  Lang,
  ListDetails,
  Notice,
  OverviewDetails,
  ProblemDetails,
  TrendDetails,
  UnitDetails,
} from "../answer/types.js";
import { T, blockName, blockTitle, gradeText, indexName } from "./copy.js";
import { citation, diff, num, scoreOf } from "./format.js";

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
  return [b(e.unit), ` — ${e.province}, ${lang === "vi" ? "năm " : ""}${e.year} · ${indexName(e.index, lang)}`];
}

function source(e: Entry, lang: Lang): Line {
  return [i(`${T[lang].source}: ${citation(e.decision, lang)}`)];
}

function unitLines(d: UnitDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const e = d.entry;
  const block = blockName(e.group, e.block, lang);
  if (e.rank === null) return [[b(e.unit), ` (${e.province}, ${e.year}) ${t.notEvaluated}.`], source(e, lang)];
  const rank: Line = [`${t.rank}: `, b(rankText(e)), ` ${t.inBlock(block)}`];
  const total: Line = [`${t.total}: `, b(scoreOf(e.total, e.maxTotal, lang)), ...(e.grade ? [` · ${t.grade}: `, b(gradeText(e.grade, lang))] : [])];
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
  if (d.components.length > 0) {
    out.push(b(`${t.components}:`));
    for (const c of d.components) {
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

function listLines(d: ListDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const first = d.entries[0];
  const block = blockName(d.table.group, d.table.block, lang);
  const province = first?.province ?? "";
  const title = d.direction === "top" ? t.top(d.n, block, province, d.table.year) : t.bottom(d.n, block, province, d.table.year);
  const out: Array<Line | null> = [[b(title), ` ${t.outOfUnits(d.table.outOf)}`], i(indexName(d.table.index, lang))];
  for (const e of d.entries) out.push([`${e.rank}. `, b(e.unit), ` — ${scoreOf(e.total, e.maxTotal, lang)}${e.grade ? ` · ${gradeText(e.grade, lang)}` : ""}`]);
  if (d.otherTables.length > 0) out.push(t.otherTables(d.otherTables.map((o) => blockName(o.group, o.block, lang)).join("; ")));
  if (first) out.push(source(first, lang));
  return out;
}

function overviewLines(d: OverviewDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const out: Array<Line | null> = [b(t.overview(d.province, d.year))];
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

function compareLines(d: CompareDetails, lang: Lang): Array<Line | null> {
  const t = T[lang];
  const { a, b: bb } = d;
  const label = (e: Entry) => `${e.unit} (${e.province}, ${e.year})`;
  const out: Array<Line | null> = [b(t.compare(label(a), label(bb)))];
  for (const e of [a, bb])
    out.push([b(e.unit), `: ${t.rank.toLowerCase()} ${rankText(e)} ${t.inBlock(blockName(e.group, e.block, lang))}, ${scoreOf(e.total, e.maxTotal, lang)}${e.grade ? `, ${gradeText(e.grade, lang)}` : ""}`]);
  if (d.sameTable && a.rank !== null && bb.rank !== null && a.rank !== bb.rank) out.push(t.better(a.rank < bb.rank ? a.unit : bb.unit));
  if (d.sameScale) {
    out.push(b(`${t.components}:`));
    for (const c of d.components) {
      const delta = c.a !== null && c.b !== null ? ` (${diff(c.a - c.b, lang)})` : "";
      out.push(`• ${c.name}: ${num(c.a, lang)} / ${num(c.b, lang)}${c.max !== null ? ` (max ${num(c.max, lang)})` : ""}${delta}`);
    }
  }
  out.push(source(a, lang));
  if (bb.decision.id !== a.decision.id) out.push(source(bb, lang));
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
      return [t.yearMissing(d.asked ?? d.province ?? "", d.year, d.years.join(", ") || "—")];
    case "need_province":
      return [t.needProvince, availableLine(d.available, lang)];
    case "not_understood":
      return [t.notUnderstood, availableLine(d.available, lang)];
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
    default: {
      const never: never = d;
      body = [String(never)];
    }
  }
  return lines([...body, ...r.notices.map((n) => noticeLine(n, lang))]);
}
