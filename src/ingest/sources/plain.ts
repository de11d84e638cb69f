import { LineSink } from "./sink.js";
import type { SourceLimits, SourceText } from "./types.js";

/** A markdown table row: "| 1 | Sở Y tế | 875,83 |". */
const PIPE_ROW = /^\s*\|(.*)\|\s*$/u;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/** Cells of a markdown table row; "\|" is a pipe inside a cell. */
function pipeCells(inner: string): string[] {
  return inner.split(/(?<!\\)\|/u).map((c) => c.replace(/\\\|/gu, "|"));
}

/**
 * A plain text passes through line for line (a .txt is already what the table reader reads); in
 * markdown, pipe-table rows become tab-separated rows and their "|---|" rules disappear.
 */
export function readPlain(text: string, format: "txt" | "md", fileName: string, limits: SourceLimits): SourceText {
  const sink = new LineSink(fileName, limits);
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const origin = `dòng ${i + 1}`;
    if (format === "md" && PIPE_RULE.test(line) && line.includes("-")) return;
    const row = format === "md" ? PIPE_ROW.exec(line) : null;
    if (row) sink.row(pipeCells(row[1]!), origin);
    else sink.line(line, origin);
  });
  return sink.done(format);
}
