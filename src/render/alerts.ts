import { FormattedString, fmt } from "@grammyjs/parse-mode";
import type { Entry } from "../domain/answer.js";
import type { Block, IndexKind } from "../domain/dataset.js";
import { indexName } from "./copy.js";
import { decisionLabel, num } from "./format.js";

/**
 * Copy for subscriptions, new-decision alerts, the admin upload flow and delivery reports.
 * Everything is built as entities (FormattedString), so a unit called "Sở KH&CN <b>" is shown as typed.
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

const INDEX_SHORT: Record<IndexKind, string> = {
  DTI: "chỉ số chuyển đổi số",
  ICT: "chỉ số ứng dụng CNTT",
  PORTAL: "cổng thông tin điện tử",
};

function medal(rank: number | null): string {
  if (rank === 1) return "🥇";
  if (rank === 2) return "🥈";
  if (rank === 3) return "🥉";
  return "•";
}

function scoreText(row: Pick<AlertRowView, "total" | "maxTotal">): string {
  if (row.total === null) return "";
  // A 0–1 index reads naturally without "/1".
  return row.maxTotal !== null && row.maxTotal !== 1 ? ` — ${num(row.total, "vi")}/${num(row.maxTotal, "vi")}` : ` — ${num(row.total, "vi")}`;
}

/** "▲2 so với năm 2022 (hạng 5/17)", "giữ nguyên so với năm 2022", "năm 2021 không được xếp hạng". */
export function changeText(rank: number | null, previous: PreviousRankView | null): string | null {
  if (!previous) return null;
  if (previous.rank === null) return `năm ${previous.year} không được xếp hạng`;
  if (rank === null) return `năm ${previous.year}: hạng ${previous.rank}/${previous.outOf}`;
  const delta = previous.rank - rank;
  const arrow = delta > 0 ? `▲${delta}` : delta < 0 ? `▼${-delta}` : "giữ nguyên";
  return `${arrow} so với năm ${previous.year} (hạng ${previous.rank}/${previous.outOf})`;
}

/** One sentence when the earlier year measured another index (Bắc Giang 2021: IT application). */
export function indexChangeNote(previous: PreviousRankView, current: IndexKind): string {
  return `ℹ️ Năm ${previous.year} đo ${INDEX_SHORT[previous.index]}, không phải ${INDEX_SHORT[current]}: so được thứ hạng, không so trực tiếp được điểm.`;
}

function rankText(rank: number | null, outOf: number): string {
  return rank === null ? "không xếp hạng" : `hạng ${rank}/${outOf}`;
}

export function decisionLine(d: AlertDecisionView | { kind: string; number: string | null; date: string | null }): string {
  return decisionLabel(d, "vi");
}

function followedLine(r: AlertRowView, outOf: number): FormattedString {
  const change = changeText(r.rank, r.previous);
  return fmt`• ${FormattedString.bold(r.unit)}: ${rankText(r.rank, outOf)}${scoreText(r)}${change ? `, ${change}` : ""}`;
}

/** The alert one chat receives about a new decision. */
export function renderAlert(view: AlertView): FormattedString {
  const d = view.decision;
  const indexes = [...new Set(view.tables.map((t) => t.index))];
  const out: FormattedString[] = [
    fmt`🔔 ${FormattedString.bold(`Kết quả xếp hạng mới: ${d.province}, năm ${d.year}`)}`,
    new FormattedString(`${decisionLine(d)} — ${indexes.map((i) => indexName(i, "vi")).join(", ")}.`),
  ];
  for (const t of view.tables) {
    out.push(new FormattedString(""));
    out.push(fmt`📊 ${FormattedString.bold(t.group)} (${String(t.outOf)} đơn vị${indexes.length > 1 ? `, ${indexName(t.index, "vi")}` : ""})`);
    for (const r of t.top) out.push(new FormattedString(`${medal(r.rank)} ${r.rank ?? "–"}. ${r.unit}${scoreText(r)}`));
  }
  const followedTables = view.tables.filter((t) => t.followed.length > 0);
  const total = followedTables.reduce((n, t) => n + t.followed.length, 0);
  if (total > 0) {
    out.push(new FormattedString(""));
    out.push(fmt`⭐ ${FormattedString.bold("Đơn vị bạn theo dõi")}`);
    let length = join(out).text.length;
    let shown = 0;
    const notes = new Set<string>();
    outer: for (const t of followedTables) {
      if (followedTables.length > 1) {
        const sub = new FormattedString(`${t.group}:`);
        out.push(sub);
        length += sub.text.length + 1;
      }
      for (const r of t.followed) {
        const line = followedLine(r, t.outOf);
        if (length + line.text.length + 250 > MAX_TEXT) break outer;
        out.push(line);
        length += line.text.length + 1;
        shown++;
        if (r.previous && !r.previous.sameIndex) notes.add(indexChangeNote(r.previous, t.index));
      }
    }
    if (shown < total) out.push(new FormattedString(`… và ${total - shown} đơn vị khác: bấm nút bảng xếp hạng bên dưới.`));
    for (const n of notes) out.push(new FormattedString(n));
  }
  out.push(new FormattedString("\nBấm nút bên dưới để xem cả bảng xếp hạng. /subscriptions để xem hoặc huỷ đăng ký."));
  return join(out);
}

export function alertTableButton(t: Pick<AlertTableView, "group" | "index">): string {
  return `📋 ${t.group}${t.index === "DTI" ? "" : ` (${t.index === "ICT" ? "CNTT" : "Cổng TTĐT"})`}`.slice(0, 60);
}

export function alertUnitButton(r: Pick<AlertRowView, "unit">): string {
  return `🔎 ${r.unit}`.slice(0, 60);
}

/** The whole block, sent when the alert's table button is pressed. */
export function renderTableDetail(v: TableDetailView): FormattedString[] {
  const head = fmt`📊 ${FormattedString.bold(`${v.group} — ${v.province}, năm ${v.year}`)}${"\n"}${indexName(v.index, "vi")}${
    v.decisionNumber ? `, quyết định số ${v.decisionNumber}` : ""
  }`;
  const lines = v.rows.map((r) => {
    const change = changeText(r.rank, r.previous);
    return new FormattedString(`${r.rank ?? "–"}. ${r.unit}${scoreText(r)}${r.grade ? ` (${r.grade})` : ""}${change ? ` · ${change}` : ""}`);
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
export function renderUnitDetail(v: UnitDetailView): FormattedString {
  const e = v.entry;
  const lines: FormattedString[] = [
    fmt`🔎 ${FormattedString.bold(`${e.unit} (${e.province})`)}`,
    new FormattedString(`${indexName(e.index, "vi")} năm ${e.year}, ${e.group}: ${rankText(e.rank, e.outOf)}${scoreText(e)}`),
  ];
  if (e.grade) lines.push(new FormattedString(`Xếp loại: ${e.grade}`));
  const change = changeText(e.rank, v.previous);
  if (change) lines.push(new FormattedString(`Thay đổi: ${change}`));
  const components = Object.entries(e.components);
  if (components.length > 0) {
    lines.push(new FormattedString("Điểm thành phần:"));
    for (const [name, score] of components) {
      const max = e.componentMax[name];
      lines.push(new FormattedString(`• ${name}: ${num(score, "vi")}${max !== undefined ? `/${num(max, "vi")}` : ""}`));
    }
  }
  for (const n of e.notes) lines.push(new FormattedString(`ℹ️ ${n.text}`));
  lines.push(new FormattedString(`Nguồn: ${decisionLine({ kind: e.decision.kind, number: e.decision.number, date: e.decision.date })}.`));
  return join(lines);
}

export const alertCopy = {
  detailGone: "Bảng xếp hạng này không còn trong dữ liệu.",
  staleButton: "Nút này đã cũ, xin gõ lại lệnh.",
};

/* ---------- subscriptions ---------- */

export type SubscriptionKindView = "all" | "province" | "unit";

export interface SubscriptionView {
  kind: SubscriptionKindView;
  label: string;
}

function describe(s: SubscriptionView): string {
  switch (s.kind) {
    case "all":
      return "mọi quyết định xếp hạng mới";
    case "province":
      return `các quyết định mới của tỉnh ${s.label}`;
    case "unit":
      return `kết quả mới của ${s.label}`;
    default: {
      const never: never = s.kind;
      return never;
    }
  }
}

export const subscriptionCopy = {
  subscribed: (s: SubscriptionView): FormattedString =>
    fmt`✅ Đã đăng ký nhận thông báo về ${FormattedString.bold(describe(s))}.${"\n"}Xem hoặc huỷ: /subscriptions`,
  alreadySubscribed: (s: SubscriptionView): FormattedString =>
    fmt`Cuộc trò chuyện này đã đăng ký ${FormattedString.bold(describe(s))} rồi.${"\n"}Xem hoặc huỷ: /subscriptions`,
  unsubscribed: (s: SubscriptionView): FormattedString => fmt`🗑 Đã huỷ đăng ký ${FormattedString.bold(describe(s))}.`,
  unsubscribedAll: (n: number): FormattedString =>
    new FormattedString(n > 0 ? `🗑 Đã huỷ ${n} đăng ký. Bạn sẽ không nhận thông báo nữa.` : "Cuộc trò chuyện này chưa đăng ký nhận thông báo nào."),
  notSubscribedTo: (text: string): FormattedString =>
    fmt`Không có đăng ký nào khớp với “${text}”. Xem danh sách: /subscriptions`,
  list: (subs: SubscriptionView[]): FormattedString =>
    subs.length === 0
      ? new FormattedString(
          "Cuộc trò chuyện này chưa đăng ký nhận thông báo nào.\n\n/subscribe — mọi quyết định mới\n/subscribe Bắc Ninh — quyết định mới của một tỉnh\n/subscribe Sở Y tế Bắc Ninh — kết quả mới của một đơn vị",
        )
      : join([
          fmt`🔔 ${FormattedString.bold("Đăng ký nhận thông báo")}`,
          ...subs.map((s) => new FormattedString(`• ${describe(s)}`)),
          new FormattedString("\nBấm một nút để huỷ đăng ký đó."),
        ]),
  removeButton: (s: SubscriptionView): string =>
    `❌ ${s.kind === "all" ? "Tất cả quyết định" : s.label}`.slice(0, 60),
  notAdmin: new FormattedString(
    "Xin lỗi, trong nhóm chỉ quản trị viên mới được thay đổi đăng ký nhận thông báo. Bạn vẫn xem được danh sách bằng /subscriptions.",
  ),
  notAdminButton: "Chỉ quản trị viên nhóm mới được thay đổi đăng ký.",
  notFound: (text: string): FormattedString =>
    fmt`Không tìm thấy tỉnh hay đơn vị nào tên “${text}”. Thử ví dụ: /subscribe Bắc Ninh hoặc /subscribe Sở Y tế Bắc Ninh.`,
  ambiguous: (text: string, candidates: string[]): FormattedString =>
    join([
      fmt`“${text}” có thể là nhiều đơn vị. Xin chọn một:`,
      ...candidates.map((c) => new FormattedString(`• ${c}`)),
    ]),
  removedButton: "Đã huỷ đăng ký.",
  missingButton: "Đăng ký này không còn nữa.",
  tooLong: new FormattedString("Tên quá dài. Xin gõ tên tỉnh hoặc đơn vị, ví dụ: /subscribe Sở Y tế Bắc Ninh."),
};

/* ---------- admin upload ---------- */

export interface UploadTableView {
  title: string;
  rows: number;
}
export interface UploadProblemView {
  line: number;
  expected: string;
  found: string;
  /** a warning does not stop Publish: the table is partial or doubtful, and the admin should know before */
  severity?: "error" | "warning";
  /** what to send instead, for a file that cannot be used */
  hint?: string;
  /** the problem in one Vietnamese sentence, where the reader gives one */
  say?: string;
}

export const adminCopy = {
  notAdmin: new FormattedString(
    "Cảm ơn bạn! Chỉ quản trị viên của bot mới được gửi văn bản quyết định để cập nhật dữ liệu. Bạn vẫn có thể hỏi bất cứ câu nào về xếp hạng.",
  ),
  notPrivate: new FormattedString("Xin gửi tệp quyết định cho bot trong cuộc trò chuyện riêng."),
  notText: new FormattedString("Xin gửi văn bản quyết định dưới dạng tệp .txt (UTF-8)."),
  tooBig: new FormattedString("Tệp quá lớn (tối đa 2 MB cho một văn bản quyết định)."),
  downloadFailed: new FormattedString("Không tải được tệp từ Telegram. Xin gửi lại."),
  read: (fileName: string, decision: string | null, tables: UploadTableView[], problems: UploadProblemView[], canPublish: boolean): FormattedString => {
    const lines: FormattedString[] = [fmt`📄 ${FormattedString.bold(fileName)}`];
    if (decision) lines.push(new FormattedString(decision));
    lines.push(new FormattedString(`Đọc được ${tables.length} bảng, ${tables.reduce((s, t) => s + t.rows, 0)} dòng:`));
    for (const t of tables.slice(0, 20)) lines.push(new FormattedString(`• ${t.title}: ${t.rows} dòng`));
    const warnings = problems.filter((p) => p.severity === "warning");
    const errors = problems.filter((p) => p.severity !== "warning");
    if (errors.length > 0) {
      lines.push(new FormattedString(`\n⚠️ ${errors.length} vấn đề:`));
      for (const p of errors.slice(0, 15))
        lines.push(new FormattedString(`• dòng ${p.line}: ${p.say ?? `cần ${p.expected}, gặp “${p.found.slice(0, 80)}”`}${p.hint ? ` ${p.hint}` : ""}`));
      if (errors.length > 15) lines.push(new FormattedString(`… và ${errors.length - 15} vấn đề khác.`));
    }
    if (warnings.length > 0) {
      lines.push(new FormattedString(`\nℹ️ ${warnings.length} lưu ý (bảng vẫn công bố được, xin xem trước khi bấm “Công bố”):`));
      for (const p of warnings.slice(0, 10)) lines.push(new FormattedString(`• dòng ${p.line}: ${p.say ?? p.found.slice(0, 160)}`));
      if (warnings.length > 10) lines.push(new FormattedString(`… và ${warnings.length - 10} lưu ý khác.`));
    }
    lines.push(
      new FormattedString(
        canPublish
          ? "\nBấm “Công bố” để thêm vào dữ liệu và gửi thông báo cho các cuộc trò chuyện đã đăng ký."
          : "\nKhông thể công bố tệp này. Xin sửa và gửi lại.",
      ),
    );
    return join(lines);
  },
  publishButton: "✅ Công bố",
  cancelButton: "✖️ Huỷ",
  published: (decision: string, subscribers: number): FormattedString =>
    new FormattedString(
      `✅ Đã công bố ${decision}. Bot đã cập nhật dữ liệu; thông báo sẽ gửi tới ${subscribers} cuộc trò chuyện đã đăng ký, báo cáo gửi đến bạn khi xong.`,
    ),
  publishedNoAlert: (decision: string): FormattedString =>
    new FormattedString(`✅ Đã cập nhật ${decision}. Quyết định này đã có từ trước nên không gửi thông báo lại.`),
  publishFailed: (reason: string): FormattedString => fmt`❌ Không công bố được: ${reason}`,
  cancelled: new FormattedString("Đã huỷ, dữ liệu không thay đổi."),
  alreadyHandled: "Tệp này đã được xử lý.",
  /** The uploaded file as read: "Quyết định số 943/QĐ-UBND ngày 27/07/2023 — Cao Bằng, năm đánh giá 2022". */
  decisionSummary: (d: { kind: string | null; number: string | null; date: string | null; province: string | null; year: number | null }): string =>
    `${decisionLine({ kind: d.kind ?? "Văn bản", number: d.number, date: d.date })} — ${d.province ?? "?"}, năm đánh giá ${d.year ?? "?"}`,
  publishedLabel: (d: { kind: string; number: string | null; date: string | null; province: string | null; year: number }): string =>
    `${decisionLine(d)} (${d.province ?? "cả nước"}, năm ${d.year})`,
  /** Why a Publish failed: the first problem, or that the file could not be read at all. */
  publishProblem: (p: { line: number; expected: string } | undefined): string => (p ? `dòng ${p.line}: ${p.expected}` : "tệp không đọc được"),
};

/* ---------- delivery report ---------- */

export interface DeliveryReportView {
  decisionId: string;
  total: number;
  sent: number;
  failed: number;
  removed: number;
  tooManyRequests: number;
}

export function renderDeliveryReport(r: DeliveryReportView): FormattedString {
  return join([
    fmt`📬 ${FormattedString.bold("Báo cáo gửi thông báo")}: ${r.decisionId}`,
    new FormattedString(`Đã gửi: ${r.sent}/${r.total}`),
    new FormattedString(`Không gửi được: ${r.failed}`),
    new FormattedString(`Đã huỷ đăng ký (chặn hoặc xoá bot): ${r.removed}`),
    new FormattedString(`Lần Telegram yêu cầu chờ (429): ${r.tooManyRequests}`),
  ]);
}
