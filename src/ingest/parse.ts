import { key } from "./keys.js";
import type { Block, DocumentForm, IndexKind, Scope } from "../domain/dataset.js";
import { normalizeText } from "../text/vietnamese.js";
import { readLines, type SourceLine } from "./lines.js";
import { readMeta, type DecisionMeta } from "./metadata.js";
import type { Problem } from "./problems.js";
import { nameValueColumns } from "./columns.js";
import { asTableRegion, findLooseRegions, ordinalOf, type LooseRegion } from "./loose.js";
import { ministryNamed, nationalBlockOf, nationalGroup, provinceCount, publishingMinistry } from "./national.js";
import { findRegions, type Region } from "./regions.js";
import { buildTable, type ParsedTable } from "./table.js";
import { blockOf, indexOf, looksLikeDistrict, sentenceCase } from "./vocabulary.js";

export interface ParsedTableWithHeading extends ParsedTable {
  appendix: string | null;
  title: string;
  index: IndexKind;
  block: Block;
  group: string;
  line: number;
  /** the text stops inside the table */
  partial: boolean;
}

export interface ParsedDecision {
  file: string;
  meta: DecisionMeta & { province: string | null; scope: Scope; form: DocumentForm; year: number; kind: string; title: string };
  tables: ParsedTableWithHeading[];
}

export interface ParseOutcome {
  /** null when the file cannot be used: see `problems` (severity "error") */
  decision: ParsedDecision | null;
  problems: Problem[];
}

const APPENDIX = /^(phụ lục)\s*([IVXLC]+|\d+)\b[.:]?\s*(.*)$/iu;

/** Lines between the previous table (or the signature) and a table header: appendix, title, "(Kèm theo …)". */
function headingLines(lines: SourceLine[], from: number, headerIdx: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = headerIdx - 1; i >= from && out.length < 5; i--) {
    const l = lines[i]!;
    if (l.text === "") continue;
    if (/^[-–•]/u.test(l.text) || l.text.includes("./.") || l.text.length > 400) break;
    // The document's own number, date and kind belong to it, not to the table ("năm 2024" there is the date).
    if (/^Số\s*:|,\s*ngày\s.*năm\s+\d{4}|^(QUYẾT ĐỊNH|THÔNG BÁO|BÁO CÁO|KẾ HOẠCH)$/u.test(l.text)) break;
    out.unshift(l);
  }
  return out;
}

function readHeading(heading: SourceLine[]): { appendix: string | null; title: string } {
  let appendix: string | null = null;
  const titleParts: string[] = [];
  for (const l of heading) {
    const m = APPENDIX.exec(l.text);
    if (m) {
      appendix = `${m[1]} ${m[2]}`;
      if (m[3]) titleParts.push(m[3]);
      continue;
    }
    if (/^\(/u.test(l.text)) continue;
    titleParts.push(l.text);
  }
  return { appendix, title: normalizeText(titleParts.join(" ")) };
}

/** The block as the decision words it: "Sở, ban, ngành", "Huyện, thị xã, thành phố". */
function groupName(title: string, labels: string[], block: Block): string {
  const t = title.toLowerCase();
  const m =
    /(?:khối|khỏi)\s+(?:các\s+)?((?:sở|huyện|cơ quan|ubnd|đơn vị|ban)[^]*?)(?=\s+năm\s+\d{4}|\s+trên địa bàn|\s+tỉnh\s+(?!có\s|không\s)|\s*\(|$)/u.exec(t) ??
    /(?:của các|các)\s+((?:sở|huyện|ubnd|đơn vị|ban)[^]*?)(?=\s+năm\s+\d{4}|\s+trên địa bàn|\s+tỉnh\s+(?!có\s|không\s)|\s*\(|$)/u.exec(t);
  if (m) return sentenceCase(m[1]!);
  if (labels[0]) return sentenceCase(labels[0]);
  const fallback: Record<Block, string> = {
    departments: "Sở, ban, ngành",
    departments_with_public_services: "Sở, ban, ngành có dịch vụ công",
    departments_without_public_services: "Sở, ban, ngành không có dịch vụ công",
    districts: "Huyện, thị xã, thành phố",
    provinces: "Tỉnh, thành phố trực thuộc Trung ương",
    ministries: "Bộ, cơ quan ngang bộ",
  };
  return fallback[block];
}

/** Ranks must be a ranking: 1 first, then each either tied with the one above or equal to its place. */
function rankProblems(table: ParsedTable, file: string): Problem[] {
  const ranked = table.rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
  const out: Problem[] = [];
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    const ok = i === 0 ? r.rank === 1 : r.rank === prev!.rank || r.rank === i + 1;
    if (!ok)
      out.push({
        file,
        line: r.line,
        expected: i === 0 ? "rank 1 for the first unit" : `rank ${prev!.rank} (a tie) or ${i + 1}`,
        found: `rank ${r.rank} for ${r.name}`,
        severity: "error",
      });
  });
  return out;
}

interface Found {
  region: Region;
  /** the header as printed, for a table found by its rows */
  loose: LooseRegion | null;
  doubtful: boolean;
}

/** Tables found by their header words (the layouts of the first decisions), then by the shape of their rows. */
/** The line that comes closest to a ranking row, and why it is not one: for the message that refuses a file. */
function nearestRow(lines: SourceLine[]): { no: number; text: string; why: string } | null {
  for (const l of lines) {
    const m = /^\s*0*(\d{1,4})[.)]?\s+(.*)$/u.exec(l.text);
    if (!m) continue;
    const rest = m[2]!;
    const why = rest.length > 120 || /[;:]|\.\s*$/u.test(rest) ? "which reads as a sentence, not a unit's name" : "but fewer than 3 such rows follow one another";
    return { no: l.no, text: l.text, why };
  }
  return null;
}

/** Whether a region reads as a table without a single error. */
function readsCleanly(region: Region): boolean {
  let errors = 0;
  const table = buildTable(region, (_l, _e, _f, severity) => void (severity !== "warning" && errors++));
  return table !== null && errors === 0 && rankProblems(table, "").length === 0;
}

/**
 * Tables found by their header words (the layouts of the first decisions), then by the shape of
 * their rows in what is left. A header-word table that does not read cleanly gives way to a reading
 * by shape of the same lines when that one reads cleanly with at least as many rows; otherwise its
 * errors stand, as they point at the cell that is wrong.
 */
/** Which line indices the regions cover, as a lookup that stays cheap on files of thousands of tables. */
function covered(count: number, regions: Region[]): (i: number) => boolean {
  const mask = new Uint8Array(count);
  for (const r of regions) mask.fill(1, Math.max(0, r.headerLine - 1), Math.min(count, r.end));
  return (i) => mask[i] === 1;
}

function findTables(lines: SourceLine[]): Found[] {
  const headed = findRegions(lines);
  const clean = headed.filter(readsCleanly);
  const cleanSet = new Set(clean);
  const shaped = findLooseRegions(lines, covered(lines.length, clean)).map((loose): Found => {
    const { region, doubtful } = asTableRegion(loose, nameValueColumns);
    return { region, loose, doubtful };
  });
  const within = (r: Region, f: Found) => f.region.rows.some((x) => x.line >= r.headerLine && x.line <= (lines[r.end - 1]?.no ?? Infinity));
  const byHeader = headed.filter((r) => {
    if (cleanSet.has(r)) return true;
    // The same lines read by shape, perhaps as several blocks ("I. Khối sở", "II. Khối huyện").
    const rivals = shaped.filter((f) => within(r, f));
    const numbered = r.rows.filter((x) => x.cells.slice(0, 2).some((c) => ordinalOf(c) !== null)).length;
    const rivalRows = rivals.reduce((n, f) => n + f.region.rows.length, 0);
    return !(rivals.length > 0 && rivals.every((f) => readsCleanly(f.region)) && rivalRows >= numbered);
  });
  const taken = covered(lines.length, byHeader);
  const byRows = shaped.filter((f) => !f.region.rows.some((x) => taken(x.line - 1)));
  return [...byHeader.map((region): Found => ({ region, loose: null, doubtful: false })), ...byRows].sort(
    (a, b) => a.region.headerLine - b.region.headerLine,
  );
}

const rankRange = (t: ParsedTable): string => {
  const ranks = t.rows.map((r) => r.rank).filter((r): r is number => r !== null);
  return ranks.length > 0 ? `${Math.min(...ranks)}–${Math.max(...ranks)}` : "none";
};

/**
 * A rank list followed by a detail table over the same units with the same ranks (the ministry's
 * page prints the 63 ranks, then scores for some of them): the scores join the rank list.
 */
function mergeDetails(tables: ParsedTableWithHeading[], warn: (line: number, expected: string, found: string, say: string) => void): ParsedTableWithHeading[] {
  const out: ParsedTableWithHeading[] = [];
  // Only a table without a single score can take details: looked up among those, not every table.
  const lists: ParsedTableWithHeading[] = [];
  for (const t of tables) {
    const list = lists.find(
      (o) =>
        o.index === t.index &&
        o.block === t.block &&
        o.columns.length === 0 &&
        o.rows.every((r) => r.total === null) &&
        t.rows.length <= o.rows.length &&
        t.rows.every((r) => o.rows.some((x) => x.rank === r.rank && key(x.name) === key(r.name))),
    );
    if (!list) {
      out.push(t);
      if (t.columns.length === 0 && t.rows.every((r) => r.total === null)) lists.push(t);
      continue;
    }
    const byKey = new Map(t.rows.map((r) => [`${r.rank}|${key(r.name)}`, r]));
    list.rows = list.rows.map((r) => {
      const d = byKey.get(`${r.rank}|${key(r.name)}`);
      return d ? { ...r, total: d.total, components: d.components, grade: d.grade ?? r.grade, notes: [...r.notes, ...d.notes.filter((n) => n.kind !== "rank_tie")] } : r;
    });
    Object.assign(list, { columns: t.columns, totalPrinted: t.totalPrinted, maxTotal: t.maxTotal, average: t.average });
    if (t.rows.length < list.rows.length)
      warn(
        t.line,
        `scores for every unit of the rank list at line ${list.line}`,
        `scores for ${t.rows.length} of ${list.rows.length} units (ranks ${rankRange(t)}); the others have a rank only`,
        `Bảng điểm chi tiết chỉ có ${t.rows.length}/${list.rows.length} đơn vị (hạng ${rankRange(t)}); các đơn vị khác chỉ có thứ hạng, không có điểm.`,
      );
  }
  return out;
}

/**
 * Read one decision text: its metadata and every ranking table, whatever the layout.
 * Every cell that cannot be read is a problem with its line; a file with an error problem is not used.
 */
export function parseDecision(content: string, file: string): ParseOutcome {
  const problems: Problem[] = [];
  const error = (line: number, expected: string, found: string, severity: Problem["severity"] = "error") =>
    problems.push({ file, line, expected, found, severity });
  const warn = (line: number, expected: string, found: string, say: string) =>
    problems.push({ file, line, expected, found, severity: "warning", say });

  if (content.includes("\u0000") || /\uFFFD/u.test(content)) {
    error(1, "a UTF-8 text file", "binary or wrongly encoded content");
    return { decision: null, problems };
  }
  const lines = readLines(content);
  const found = findTables(lines);
  const regions = found.map((f) => f.region);
  const firstHeader = regions[0] ? regions[0].headerLine - 1 : lines.length;
  const meta = readMeta(lines, firstHeader);

  if (regions.length === 0) {
    const near = nearestRow(lines);
    problems.push({
      file,
      line: near?.no ?? 1,
      expected: "a ranking table: at least 3 rows, each a rank or order number (1, 2, 3 …) followed by a unit's name and its scores",
      found: near ? `no such rows; the closest is line ${near.no}, "${near.text.slice(0, 80)}", ${near.why}` : `${lines.filter((l) => l.text !== "").length} lines of text without a single numbered row`,
      severity: "error",
      hint: "Xin gửi phụ lục có bảng xếp hạng của quyết định (tệp .txt, .docx, .xlsx, .html hoặc PDF có lớp chữ), hoặc dán bảng, mỗi đơn vị một dòng.",
      say: "Không tìm thấy bảng xếp hạng: cần ít nhất 3 dòng liền nhau, mỗi dòng gồm thứ hạng hoặc số thứ tự, tên đơn vị và điểm.",
    });
    return { decision: null, problems };
  }

  const parsed: ParsedTableWithHeading[] = [];
  found.forEach(({ region, loose, doubtful }, k) => {
    const headerIdx = region.headerLine - 1;
    const from = k === 0 ? Math.max(0, meta.signatureEnd + 1) : regions[k - 1]!.end;
    const heading = readHeading(headingLines(lines, from, headerIdx));
    const table = buildTable(region, (line, expected, found, severity) => error(line, expected, found, severity));
    if (!table) return;
    const headerText = loose ? loose.headerSegments.join(" ") : table.headerText;
    const title = heading.title || meta.title || "";
    const index = indexOf(title, headerText, meta.title ?? "");
    const national = nationalBlockOf(table.rows.map((r) => r.name));
    const districtShare = table.rows.filter((r) => looksLikeDistrict(r.name)).length / Math.max(1, table.rows.length);
    // A block label inside a table ("II. KHỐI HUYỆN") names its block before the document's title does.
    const block = national ?? (loose && table.labels.length > 0 ? blockOf(...table.labels) : null) ?? blockOf(title, ...table.labels, headerText) ?? (districtShare > 0.5 ? "districts" : null);
    if (index === null) error(region.headerLine, "a title naming the index (chuyển đổi số, ứng dụng CNTT, cổng thông tin điện tử)", title);
    if (block === null) error(region.headerLine, "a title or header naming the block (sở, ban, ngành / huyện, thành phố)", title);
    problems.push(...rankProblems(table, file));
    if (doubtful)
      warn(
        region.headerLine,
        "a header naming each score column",
        `${table.columns.length + 1} score columns without readable names: named by position`,
        `Không đọc được tên các cột điểm ở tiêu đề bảng: các cột được đặt tên theo vị trí (Cột 1, Cột 2 …).`,
      );
    if (loose?.cutRow)
      warn(
        loose.cutRow.line,
        "the whole table",
        `${table.rows.length} rows, ranks ${rankRange(table)}; the text stops inside the next row ("${loose.cutRow.cells.join(" ")}", left out) and the table may continue`,
        `Bảng có thể chưa đủ: đọc được ${table.rows.length} dòng (hạng ${rankRange(table)}); văn bản dừng giữa dòng tiếp theo (“${loose.cutRow.cells.join(" ")}”, đã bỏ qua).`,
      );
    if (index === null || block === null) return;
    const group = national
      ? nationalGroup(national, [...(loose ? loose.headerSegments : table.labels), title])
      : loose && table.labels.length > 0
        ? groupName(table.labels[0]!, table.labels, block)
        : groupName(title, table.labels, block);
    parsed.push({ ...table, ...heading, headerText, title, index, block, group, line: region.headerLine, partial: loose?.cutRow != null });
  });
  const tables = mergeDetails(parsed, warn);

  const tableYear =
    tables.map((t) => /năm\s+(\d{4})/iu.exec(t.title)?.[1]).find((y) => y !== undefined) ??
    tables.map((t) => (t.year === null ? undefined : String(t.year))).find((y) => y !== undefined) ??
    // A news item quoting a decision: "… công bố Chỉ số chuyển đổi số … năm 2022".
    lines
      .slice(0, firstHeader)
      .map((l) => /(chỉ số|xếp hạng|xếp loại|đánh giá)[^.]*?năm\s+(\d{4})/iu.exec(l.text)?.[2])
      .find((y) => y !== undefined);
  const year = meta.year ?? (tableYear ? Number(tableYear) : meta.date ? Number(meta.date.slice(0, 4)) : null);
  if (meta.year === null && !tableYear && year !== null)
    warn(
      1,
      "the assessed year in the title (\"năm 2023\")",
      `none: taken from the document's date (${meta.date}); rankings are often published the year after`,
      `Văn bản không nêu năm đánh giá: tạm lấy năm của ngày văn bản (${year}); xin kiểm tra, vì kết quả thường được công bố vào năm sau.`,
    );
  const nationalTables = tables.filter((t) => t.block === "provinces" || t.block === "ministries");
  const scope: Scope = nationalTables.length > 0 ? "national" : "province";
  if (nationalTables.length > 0 && nationalTables.length < tables.length)
    error(nationalTables[0]!.line, "tables of one scope (a province's units, or the nation's provinces or ministries)", "national and provincial tables in one text");
  // A national table has no province: a "Hà Nội, ngày …" line only dates it.
  const province = scope === "national" ? null : meta.province;
  if (scope === "province" && province === null) error(1, "the province (a line \"<Tỉnh>, ngày … tháng … năm …\" or \"tỉnh <Tên>\")", "none");
  if (year === null) error(1, "the assessed year (\"năm 2023\" in the title)", meta.title ?? "no title");
  let issuer = meta.issuer;
  if (scope === "national" && year !== null) {
    issuer = ministryNamed(lines.map((l) => l.text).join("\n")) ?? issuer;
    if (issuer === null) {
      issuer = publishingMinistry(year, meta.date);
      warn(
        1,
        "the issuing ministry named in the text",
        `none: taken as ${issuer}, which published the national rankings of ${year}`,
        `Văn bản không nêu cơ quan công bố: ghi là ${issuer}, cơ quan công bố xếp hạng toàn quốc năm ${year}.`,
      );
    }
    for (const t of nationalTables) {
      const expected = provinceCount(t.rows.map((r) => r.name));
      if (t.block !== "provinces" || t.rows.length >= expected) continue;
      t.partial = true;
      warn(
        t.line,
        `${expected} provinces in a national ranking`,
        `${t.rows.length} rows, ranks ${rankRange(t)}; the table may be partial`,
        `Bảng xếp hạng toàn quốc chỉ có ${t.rows.length}/${expected} tỉnh, thành phố (hạng ${rankRange(t)}): có thể chưa đủ.`,
      );
    }
  }
  const kind = meta.kind ?? "Văn bản";
  if (problems.some((p) => p.severity === "error") || (scope === "province" && province === null) || year === null) {
    return { decision: null, problems };
  }
  return {
    decision: {
      file,
      meta: { ...meta, province, scope, form: meta.form, issuer, year, kind, title: meta.title ?? tables[0]?.title ?? "" },
      tables,
    },
    problems,
  };
}
