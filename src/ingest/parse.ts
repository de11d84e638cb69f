import type { Block, IndexKind } from "../domain/dataset.js";
import { normalizeText } from "../text/vietnamese.js";
import { readLines, type SourceLine } from "./lines.js";
import { readMeta, type DecisionMeta } from "./metadata.js";
import type { Problem } from "./problems.js";
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
  meta: DecisionMeta & { province: string; year: number; kind: string; title: string };
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

/**
 * Read one decision text: its metadata and every ranking table, whatever the layout.
 * Every cell that cannot be read is a problem with its line; a file with an error problem is not used.
 */
export function parseDecision(content: string, file: string): ParseOutcome {
  const problems: Problem[] = [];
  const error = (line: number, expected: string, found: string, severity: Problem["severity"] = "error") =>
    problems.push({ file, line, expected, found, severity });

  if (content.includes("\u0000") || /\uFFFD/u.test(content)) {
    error(1, "a UTF-8 text file", "binary or wrongly encoded content");
    return { decision: null, problems };
  }
  const lines = readLines(content);
  const regions = findRegions(lines);
  const firstHeader = regions[0] ? regions[0].headerLine - 1 : lines.length;
  const meta = readMeta(lines, firstHeader);

  if (regions.length === 0) {
    error(1, "a ranking table (a header row with STT/TT or Xếp hạng, then one row per unit)", "no table in the text");
  }

  const tables: ParsedTableWithHeading[] = [];
  regions.forEach((region: Region, k) => {
    const headerIdx = region.headerLine - 1;
    const from = k === 0 ? Math.max(0, meta.signatureEnd + 1) : regions[k - 1]!.end;
    const heading = readHeading(headingLines(lines, from, headerIdx));
    const table = buildTable(region, (line, expected, found, severity) => error(line, expected, found, severity));
    if (!table) return;
    const title = heading.title || meta.title || "";
    const index = indexOf(title, table.headerText, meta.title ?? "");
    const districtShare = table.rows.filter((r) => looksLikeDistrict(r.name)).length / Math.max(1, table.rows.length);
    const block = blockOf(title, ...table.labels, table.headerText) ?? (districtShare > 0.5 ? "districts" : null);
    if (index === null) error(region.headerLine, "a title naming the index (chuyển đổi số, ứng dụng CNTT, cổng thông tin điện tử)", title);
    if (block === null) error(region.headerLine, "a title or header naming the block (sở, ban, ngành / huyện, thành phố)", title);
    problems.push(...rankProblems(table, file));
    if (index === null || block === null) return;
    tables.push({ ...table, ...heading, title, index, block, group: groupName(title, table.labels, block), line: region.headerLine });
  });

  const tableYear =
    tables.map((t) => /năm\s+(\d{4})/iu.exec(t.title)?.[1]).find((y) => y !== undefined) ??
    // A news item quoting a decision: "… công bố Chỉ số chuyển đổi số … năm 2022".
    lines
      .slice(0, firstHeader)
      .map((l) => /(chỉ số|xếp hạng|xếp loại|đánh giá)[^.]*?năm\s+(\d{4})/iu.exec(l.text)?.[2])
      .find((y) => y !== undefined);
  const year = meta.year ?? (tableYear ? Number(tableYear) : meta.date ? Number(meta.date.slice(0, 4)) : null);
  if (meta.province === null) error(1, "the province (a line \"<Tỉnh>, ngày … tháng … năm …\" or \"tỉnh <Tên>\")", "none");
  if (year === null) error(1, "the assessed year (\"năm 2023\" in the title)", meta.title ?? "no title");
  const kind = meta.kind ?? "Văn bản";
  if (problems.some((p) => p.severity === "error") || meta.province === null || year === null) {
    return { decision: null, problems };
  }
  return {
    decision: {
      file,
      meta: { ...meta, province: meta.province, year, kind, title: meta.title ?? tables[0]?.title ?? "" },
      tables,
    },
    problems,
  };
}
