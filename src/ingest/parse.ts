import type { Block, DocumentForm, IndexKind, Scope } from "../domain/dataset.js";
import { foldKey, normalizeText } from "../text/vietnamese.js";
import { readLines, type SourceLine } from "./lines.js";
import { readMeta, type DecisionMeta } from "./metadata.js";
import type { Problem } from "./problems.js";
import { nameValueColumns } from "./columns.js";
import { asTableRegion, findLooseRegions, headerSegments, type LooseRegion } from "./loose.js";
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
    /(?:khối|khỏi)\s+(?:các\s+)?((?:sở|huyện|cơ quan|ubnd|đơn vị|ban)[^]*?)(?=\s+năm\s+\d{4}|\s+trên địa bàn|$)/u.exec(t) ??
    /(?:của các|các)\s+((?:sở|huyện|ubnd|đơn vị|ban)[^]*?)(?=\s+năm\s+\d{4}|\s+trên địa bàn|$)/u.exec(t);
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
function findTables(lines: SourceLine[]): Found[] {
  const byHeader = findRegions(lines);
  const taken = (i: number) => byHeader.some((r) => i >= r.headerLine - 1 && i < r.end);
  const byRows = findLooseRegions(lines, taken).map((loose): Found => {
    const { region, doubtful } = asTableRegion(loose, nameValueColumns);
    return { region, loose, doubtful };
  });
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
function mergeDetails(tables: ParsedTableWithHeading[], warn: (line: number, expected: string, found: string) => void): ParsedTableWithHeading[] {
  const out: ParsedTableWithHeading[] = [];
  for (const t of tables) {
    const list = out.find(
      (o) =>
        o.index === t.index &&
        o.block === t.block &&
        o.columns.length === 0 &&
        o.rows.every((r) => r.total === null) &&
        t.rows.length <= o.rows.length &&
        t.rows.every((r) => o.rows.some((x) => x.rank === r.rank && foldKey(x.name) === foldKey(r.name))),
    );
    if (!list) {
      out.push(t);
      continue;
    }
    const byKey = new Map(t.rows.map((r) => [`${r.rank}|${foldKey(r.name)}`, r]));
    list.rows = list.rows.map((r) => {
      const d = byKey.get(`${r.rank}|${foldKey(r.name)}`);
      return d ? { ...r, total: d.total, components: d.components, grade: d.grade ?? r.grade, notes: [...r.notes, ...d.notes.filter((n) => n.kind !== "rank_tie")] } : r;
    });
    Object.assign(list, { columns: t.columns, totalPrinted: t.totalPrinted, maxTotal: t.maxTotal, average: t.average });
    if (t.rows.length < list.rows.length)
      warn(t.line, `scores for every unit of the rank list at line ${list.line}`, `scores for ${t.rows.length} of ${list.rows.length} units (ranks ${rankRange(t)}); the others have a rank only`);
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
  const warn = (line: number, expected: string, found: string) => error(line, expected, found, "warning");

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
    error(1, "a ranking table (a header row with STT/TT or Xếp hạng, then one row per unit)", "no table in the text");
  }

  const parsed: ParsedTableWithHeading[] = [];
  found.forEach(({ region, loose, doubtful }, k) => {
    const headerIdx = region.headerLine - 1;
    const from = k === 0 ? Math.max(0, meta.signatureEnd + 1) : regions[k - 1]!.end;
    const heading = readHeading(headingLines(lines, from, headerIdx));
    const table = buildTable(region, (line, expected, found, severity) => error(line, expected, found, severity));
    if (!table) return;
    const headerText = loose ? loose.headerLines.map((l) => l.text).join(" ") : table.headerText;
    const title = heading.title || meta.title || "";
    const index = indexOf(title, headerText, meta.title ?? "");
    const national = nationalBlockOf(table.rows.map((r) => r.name));
    const districtShare = table.rows.filter((r) => looksLikeDistrict(r.name)).length / Math.max(1, table.rows.length);
    const block = national ?? blockOf(title, ...table.labels, headerText) ?? (districtShare > 0.5 ? "districts" : null);
    if (index === null) error(region.headerLine, "a title naming the index (chuyển đổi số, ứng dụng CNTT, cổng thông tin điện tử)", title);
    if (block === null) error(region.headerLine, "a title or header naming the block (sở, ban, ngành / huyện, thành phố)", title);
    problems.push(...rankProblems(table, file));
    if (doubtful)
      warn(region.headerLine, "a header naming each score column", `${table.columns.length + 1} score columns without readable names: named by position`);
    if (loose?.reachesEnd)
      warn(loose.rows[loose.rows.length - 1]!.line, "the end of the table", `${table.rows.length} rows, ranks ${rankRange(table)}; the text stops there and the table may continue`);
    if (index === null || block === null) return;
    const group = national ? nationalGroup(national, loose ? headerSegments(loose) : table.labels) : groupName(title, table.labels, block);
    parsed.push({ ...table, ...heading, headerText, title, index, block, group, line: region.headerLine });
  });
  const tables = mergeDetails(parsed, warn);

  const tableYear =
    tables.map((t) => /năm\s+(\d{4})/iu.exec(t.title)?.[1]).find((y) => y !== undefined) ??
    // A news item quoting a decision: "… công bố Chỉ số chuyển đổi số … năm 2022".
    lines
      .slice(0, firstHeader)
      .map((l) => /(chỉ số|xếp hạng|xếp loại|đánh giá)[^.]*?năm\s+(\d{4})/iu.exec(l.text)?.[2])
      .find((y) => y !== undefined);
  const year = meta.year ?? (tableYear ? Number(tableYear) : meta.date ? Number(meta.date.slice(0, 4)) : null);
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
      warn(1, "the issuing ministry named in the text", `none: taken as ${issuer}, which publishes the national DTI of ${year}`);
    }
    for (const t of nationalTables)
      if (t.block === "provinces" && t.rows.length < provinceCount(year))
        warn(t.line, `${provinceCount(year)} provinces in a national ranking of ${year}`, `${t.rows.length} rows, ranks ${rankRange(t)}; the table may be partial`);
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
