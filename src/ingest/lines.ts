
/** One line of a decision text, cleaned of presentation noise but still knowing where it came from. */
export interface SourceLine {
  /** 1-based line number in the file */
  no: number;
  /** the line as printed (NFC), for reports */
  raw: string;
  /** cells of the line: split on tabs or on "|" borders; one cell for ordinary text */
  cells: string[];
  /** the whole line as text: markdown emphasis and heading marks removed, spaces collapsed */
  text: string;
}

/** Markdown emphasis/heading marks that some sources keep ("**PHỤ LỤC I**", "## THÔNG BÁO"). */
function stripMarkup(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/u, "")
    .replace(/\*\*|__/gu, "")
    .replace(/(^|\s)\*(\S(?:.*?\S)?)\*(?=\s|$)/gu, "$1$2")
    .replace(/^\s*\*(?=\S)|(?<=\S)\*\s*$/gu, "");
}

/** NFC and single spaces only: spellings are kept as printed (tone placement included) for aliases. */
function cleanCell(cell: string): string {
  return stripMarkup(cell).normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** A markdown table separator row: "|---|:---:|". */
function isRuleRow(text: string): boolean {
  return /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/u.test(text.trim());
}

/**
 * Split a line into cells. Tabs win; otherwise "|" borders of a flattened web or markdown table
 * ("| 1 | Sở Y tế |" or "Sở Y tế |"). Empty cells inside a row are kept: they carry position.
 */
export function splitCells(line: string): string[] {
  if (line.includes("\t")) return line.split("\t").map(cleanCell);
  const trimmed = line.trim();
  if (trimmed.includes("|")) {
    const inner = trimmed.replace(/^\|/u, "").replace(/\|$/u, "");
    return inner.split("|").map(cleanCell);
  }
  return [cleanCell(line)];
}

export function readLines(content: string): SourceLine[] {
  const text = content.replace(/^\uFEFF/u, "").normalize("NFC");
  return text.split(/\r\n|\r|\n/u).map((raw, i) => {
    const cells = isRuleRow(raw) ? [""] : splitCells(raw);
    const joined = cells.filter((c) => c !== "").join(" ");
    return { no: i + 1, raw, cells, text: joined };
  });
}
