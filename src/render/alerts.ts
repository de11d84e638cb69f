import { FormattedString, fmt } from "@grammyjs/parse-mode";
import type { Lang } from "../answer/types.js";
import type { Entry } from "../domain/answer.js";
import type { Block, IndexKind } from "../domain/dataset.js";
import { COPY } from "./bot-copy.js";
import { ADMIN_COPY, ALERT_COPY, DEFAULT_LANG, SUBSCRIPTION_COPY, type UploadProblemView, type UploadTableView } from "./copy/alerts.js";
import { decisionLabel, num } from "./format.js";
import { blockTitle, gradeText, indexName, indexShort, indexTag, placeName } from "./names.js";

export type { SubscriptionKindView, SubscriptionView, UploadProblemView, UploadTableView } from "./copy/alerts.js";

/**
 * Subscriptions, new-decision alerts, the admin upload flow and delivery reports, in the reader's language
 * (the words are in copy/alerts.ts). Everything is built as entities (FormattedString), so a unit called
 * "Sở KH&CN <b>" is shown as typed. Alerts speak the language the chat subscribed in (alerts/subscriptions.ts
 * keeps it per chat); DEFAULT_LANG is for a chat whose language is not known.
 */

export interface PreviousRankView {
  year: number;
  rank: number | null;
  outOf: number;
  index: IndexKind;
  /** false when the earlier year measured another index (Bắc Giang 2021: IT application) */
  sameIndex: boolean;
}

export interface AlertRowView {
  unitId: string;
  unit: string;
  rank: number | null;
  total: number | null;
  maxTotal: number | null;
  grade: string | null;
  previous: PreviousRankView | null;
}

export interface AlertTableView {
  tableId: string;
  index: IndexKind;
  block: Block;
  group: string;
  outOf: number;
  maxTotal: number | null;
  top: AlertRowView[];
  /** units the chat follows in this table (all of them for a followed province) */
  followed: AlertRowView[];
}

export interface AlertDecisionView {
  id: string;
  province: string;
  year: number;
  kind: string;
  number: string | null;
  date: string | null;
  title: string;
}

export interface AlertView {
  decision: AlertDecisionView;
  tables: AlertTableView[];
}

export interface TableDetailView {
  province: string;
  year: number;
  decisionNumber: string | null;
  index: IndexKind;
  group: string;
  outOf: number;
  maxTotal: number | null;
  rows: AlertRowView[];
}

export interface UnitDetailView {
  entry: Entry;
  previous: PreviousRankView | null;
}

/** Telegram's limit is 4,096; a margin keeps room for the closing line. */
const MAX_TEXT = 3800;

const NL = new FormattedString("\n");

function join(lines: FormattedString[]): FormattedString {
  return FormattedString.join(lines, NL);
}

function medal(rank: number | null): string {
  if (rank === 1) return "🥇";
  if (rank === 2) return "🥈";
  if (rank === 3) return "🥉";
  return "•";
}

function scoreText(row: Pick<AlertRowView, "total" | "maxTotal">, lang: Lang): string {
  if (row.total === null) return "";
  // A 0–1 index reads naturally without "/1".
  return row.maxTotal !== null && row.maxTotal !== 1 ? ` — ${num(row.total, lang)}/${num(row.maxTotal, lang)}` : ` — ${num(row.total, lang)}`;
}

/** "▲2 so với năm 2022 (hạng 5/17)", "giữ nguyên thứ hạng so với năm 2022", "năm 2021 không được xếp hạng". */
function changeText(rank: number | null, previous: PreviousRankView | null, lang: Lang): string | null {
  const t = ALERT_COPY[lang];
  if (!previous) return null;
  if (previous.rank === null) return t.previousNotRanked(previous.year);
  if (rank === null) return t.previousRank(previous.year, previous.rank, previous.outOf);
  const delta = previous.rank - rank;
  if (delta === 0) return t.sameRank(previous.year);
  return t.moved(delta > 0 ? `▲${delta}` : `▼${-delta}`, previous.year, previous.rank, previous.outOf);
}

/** One sentence when the earlier year measured another index (Bắc Giang 2021: IT application). */
function indexChangeNote(previous: PreviousRankView, current: IndexKind, lang: Lang): string {
  return ALERT_COPY[lang].indexChange(previous.year, indexShort(previous.index, lang), indexShort(current, lang));
}

function rankText(rank: number | null, outOf: number, lang: Lang): string {
  return rank === null ? ALERT_COPY[lang].notRanked : ALERT_COPY[lang].rank(rank, outOf);
}

function decisionLine(d: { kind: string; number: string | null; date: string | null }, lang: Lang): string {
  return decisionLabel(d, lang);
}

function followedLine(r: AlertRowView, outOf: number, lang: Lang): FormattedString {
  const change = changeText(r.rank, r.previous, lang);
  return fmt`• ${FormattedString.bold(r.unit)}: ${rankText(r.rank, outOf, lang)}${scoreText(r, lang)}${change ? `, ${change}` : ""}`;
}

/** The alert one chat receives about a new decision. */
export function renderAlert(view: AlertView, lang: Lang = DEFAULT_LANG): FormattedString {
  const t = ALERT_COPY[lang];
  const d = view.decision;
  const indexes = [...new Set(view.tables.map((tb) => tb.index))];
  const out: FormattedString[] = [
    fmt`🔔 ${FormattedString.bold(t.newResults(d.province, d.year))}`,
    new FormattedString(`${decisionLine(d, lang)} — ${indexes.map((i) => indexName(i, lang)).join(", ")}.`),
  ];
  for (const tb of view.tables) {
    out.push(new FormattedString(""));
    out.push(fmt`📊 ${FormattedString.bold(blockTitle(tb.group, tb.block, lang))} (${t.units(tb.outOf)}${indexes.length > 1 ? `, ${indexName(tb.index, lang)}` : ""})`);
    for (const r of tb.top) out.push(new FormattedString(`${medal(r.rank)} ${r.rank ?? "–"}. ${r.unit}${scoreText(r, lang)}`));
  }
  const followedTables = view.tables.filter((tb) => tb.followed.length > 0);
  const total = followedTables.reduce((n, tb) => n + tb.followed.length, 0);
  if (total > 0) {
    out.push(new FormattedString(""));
    out.push(fmt`⭐ ${FormattedString.bold(t.followed)}`);
    let length = join(out).text.length;
    let shown = 0;
    const notes = new Set<string>();
    outer: for (const tb of followedTables) {
      if (followedTables.length > 1) {
        const sub = new FormattedString(`${blockTitle(tb.group, tb.block, lang)}:`);
        out.push(sub);
        length += sub.text.length + 1;
      }
      for (const r of tb.followed) {
        const line = followedLine(r, tb.outOf, lang);
        if (length + line.text.length + 250 > MAX_TEXT) break outer;
        out.push(line);
        length += line.text.length + 1;
        shown++;
        if (r.previous && !r.previous.sameIndex) notes.add(indexChangeNote(r.previous, tb.index, lang));
      }
    }
    if (shown < total) out.push(new FormattedString(t.more(total - shown)));
    for (const n of notes) out.push(new FormattedString(n));
  }
  out.push(new FormattedString(`\n${t.footer}`));
  return join(out);
}

export function alertTableButton(t: Pick<AlertTableView, "group" | "block" | "index">, lang: Lang = DEFAULT_LANG): string {
  return `📋 ${blockTitle(t.group, t.block, lang)}${t.index === "DTI" ? "" : ` (${indexTag(t.index, lang)})`}`.slice(0, 60);
}

export function alertUnitButton(r: Pick<AlertRowView, "unit">): string {
  return `🔎 ${r.unit}`.slice(0, 60);
}

/** The whole block, sent when the alert's table button is pressed. */
export function renderTableDetail(v: TableDetailView, lang: Lang = DEFAULT_LANG): FormattedString[] {
  const t = ALERT_COPY[lang];
  const head = fmt`📊 ${FormattedString.bold(`${blockTitle(v.group, "", lang)} — ${v.province}, ${t.inYear(v.year)}`)}${"\n"}${indexName(v.index, lang)}${
    v.decisionNumber ? t.decisionNumber(v.decisionNumber) : ""
  }`;
  const lines = v.rows.map((r) => {
    const change = changeText(r.rank, r.previous, lang);
    return new FormattedString(`${r.rank ?? "–"}. ${r.unit}${scoreText(r, lang)}${r.grade ? ` (${gradeText(r.grade, lang)})` : ""}${change ? ` · ${change}` : ""}`);
  });
  const messages: FormattedString[] = [];
  let current: FormattedString[] = [head, new FormattedString("")];
  let length = head.text.length + 1;
  for (const line of lines) {
    if (length + line.text.length + 1 > MAX_TEXT) {
      messages.push(join(current));
      current = [];
      length = 0;
    }
    current.push(line);
    length += line.text.length + 1;
  }
  messages.push(join(current));
  return messages;
}

/** One unit's full result, sent when an alert's unit button is pressed. */
export function renderUnitDetail(v: UnitDetailView, lang: Lang = DEFAULT_LANG): FormattedString {
  const t = ALERT_COPY[lang];
  const e = v.entry;
  const lines: FormattedString[] = [
    fmt`🔎 ${FormattedString.bold(`${e.unit} (${e.province})`)}`,
    new FormattedString(`${t.unitLine(indexName(e.index, lang), e.year, blockTitle(e.group, e.block, lang))}: ${rankText(e.rank, e.outOf, lang)}${scoreText(e, lang)}`),
  ];
  if (e.grade) lines.push(new FormattedString(`${t.grade}: ${gradeText(e.grade, lang)}`));
  const change = changeText(e.rank, v.previous, lang);
  if (change) lines.push(new FormattedString(`${t.change}: ${change}`));
  const components = Object.entries(e.components);
  if (components.length > 0) {
    lines.push(new FormattedString(`${t.components}:`));
    for (const [name, score] of components) {
      const max = e.componentMax[name];
      lines.push(new FormattedString(`• ${name}: ${num(score, lang)}${max !== undefined ? `/${num(max, lang)}` : ""}`));
    }
  }
  for (const n of e.notes) lines.push(new FormattedString(`ℹ️ ${n.text}`));
  lines.push(new FormattedString(`${t.source}: ${decisionLine({ kind: e.decision.kind, number: e.decision.number, date: e.decision.date }, lang)}.`));
  return join(lines);
}

/** What the "see more" buttons under alerts answer; a stale button gets the bot's one stale-button message. */
export const alertCopy: Record<Lang, { detailGone: string; staleButton: string }> = {
  vi: { detailGone: ALERT_COPY.vi.detailGone, staleButton: COPY.vi.staleButton },
  en: { detailGone: ALERT_COPY.en.detailGone, staleButton: COPY.en.staleButton },
};

/* ---------- subscriptions ---------- */

export const subscriptionCopy = SUBSCRIPTION_COPY;

/* ---------- admin upload ---------- */

interface DecisionSummaryInput {
  kind: string | null;
  number: string | null;
  date: string | null;
  province: string | null;
  year: number | null;
}

function adminMessages(lang: Lang) {
  const t = ADMIN_COPY[lang];
  return {
    ...t,
    read: (
      fileName: string,
      decision: string | null,
      tables: UploadTableView[],
      problems: UploadProblemView[],
      canPublish: boolean,
      warnings: string[] = [],
    ): FormattedString => {
      const lines: FormattedString[] = [fmt`📄 ${FormattedString.bold(fileName)}`];
      if (decision) lines.push(new FormattedString(decision));
      lines.push(new FormattedString(t.fileRead(tables.length, tables.reduce((s, tb) => s + tb.rows, 0))));
      for (const tb of tables.slice(0, 20)) lines.push(new FormattedString(t.tableRows(tb.title, tb.rows)));
      for (const w of warnings.slice(0, 5)) lines.push(new FormattedString(`ℹ️ ${w}`));
      const notes = problems.filter((p) => p.severity === "warning");
      const errors = problems.filter((p) => p.severity !== "warning");
      if (errors.length > 0) {
        lines.push(new FormattedString(t.problems(errors.length)));
        for (const p of errors.slice(0, 15)) lines.push(new FormattedString(t.problem(p)));
        if (errors.length > 15) lines.push(new FormattedString(t.moreProblems(errors.length - 15)));
      }
      if (notes.length > 0) {
        lines.push(new FormattedString(t.notes(notes.length)));
        for (const p of notes.slice(0, 10)) lines.push(new FormattedString(t.note(p)));
        if (notes.length > 10) lines.push(new FormattedString(t.moreNotes(notes.length - 10)));
      }
      lines.push(new FormattedString(canPublish ? t.canPublish : t.cannotPublish));
      return join(lines);
    },
    /** The uploaded file as read: "Quyết định số 943/QĐ-UBND ngày 27/07/2023 — Cao Bằng, năm đánh giá 2022". */
    decisionSummary: (d: DecisionSummaryInput): string =>
      `${decisionLine({ kind: d.kind ?? t.unknownDocument, number: d.number, date: d.date }, lang)} — ${t.assessedYear(d.province ?? "?", d.year === null ? "?" : String(d.year))}`,
    publishedLabel: (d: { kind: string; number: string | null; date: string | null; province: string | null; year: number }): string =>
      `${decisionLine(d, lang)} (${t.provinceYear(placeName(d.province, lang), d.year)})`,
    /** A document no reader could open (a scan, an old .doc): the reader's own explanation. */
    refused: (fileName: string, message: string): FormattedString => fmt`📄 ${FormattedString.bold(fileName)}${NL}${message}`,
    /** Why a Publish failed: the first problem, or that the file could not be read at all. */
    publishProblem: (p: { line: number; expected: string } | undefined): string => (p ? t.problemAt(p.line, p.expected) : t.unreadable),
  };
}

export const adminCopy = { vi: adminMessages("vi"), en: adminMessages("en") };

/* ---------- delivery report ---------- */

export interface DeliveryReportView {
  decisionId: string;
  total: number;
  sent: number;
  failed: number;
  removed: number;
  tooManyRequests: number;
}

export function renderDeliveryReport(r: DeliveryReportView, lang: Lang = DEFAULT_LANG): FormattedString {
  const t = ALERT_COPY[lang];
  return join([
    fmt`📬 ${FormattedString.bold(t.reportTitle)}: ${r.decisionId}`,
    new FormattedString(t.reportSent(r.sent, r.total)),
    new FormattedString(t.reportFailed(r.failed)),
    new FormattedString(t.reportRemoved(r.removed)),
    new FormattedString(t.reportTooMany(r.tooManyRequests)),
  ]);
}
