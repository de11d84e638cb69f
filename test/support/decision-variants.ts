import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Layout variants derived from the real decision texts, for layouts no decision has used yet:
 * the same tables written one cell per line, as flattened web tables, with another decimal mark…
 */
export const DECISIONS_DIR = join(import.meta.dirname, "..", "..", "data", "decisions");

export function realText(file: string): string {
  return readFileSync(join(DECISIONS_DIR, file), "utf8");
}

const isTabRow = (line: string) => line.split("\t").length >= 3;

/** Every tab-separated row becomes one cell per line, `sep` between cells, `suffix` after each cell. */
export function cellPerLine(text: string, sep = "\n", suffix = ""): string {
  return text
    .split("\n")
    .map((line) =>
      isTabRow(line)
        ? line
            .split("\t")
            .filter((c) => c.trim() !== "")
            .map((c) => `${c}${suffix}`)
            .join(sep)
        : line,
    )
    .join("\n");
}

/** Tab rows become markdown table rows ("| a | b |"), with a rule line under each header. */
export function markdownTables(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    if (!isTabRow(line)) {
      out.push(line);
      continue;
    }
    const cells = line.split("\t");
    out.push(`| ${cells.join(" | ")} |`);
    if (/^(STT|TT|Xếp hạng)/u.test(cells[0]!)) out.push(`|${cells.map(() => "---").join("|")}|`);
  }
  return out.join("\n");
}

/** Decimal commas become points inside tab rows ("284,77" → "284.77"). */
export function decimalPoints(text: string): string {
  return text
    .split("\n")
    .map((line) => (isTabRow(line) ? line.replace(/(\d),(\d)/gu, "$1.$2") : line))
    .join("\n");
}
