import { SourceError } from "./errors.js";
import type { SourceFormat, SourceLimits, SourceText } from "./types.js";

/** Whitespace inside a cell or a paragraph (newlines, tabs, no-break spaces) becomes one space. */
export function cleanInline(text: string): string {
  return text.replace(/[\s\u00A0\u200B\uFEFF]+/gu, " ").trim().normalize("NFC");
}

/**
 * Collects the lines of one document with where each came from, and refuses a document that grows
 * beyond the limits while it is being read rather than after.
 */
export class LineSink {
  private readonly lines: string[] = [];
  private readonly origins: string[] = [];
  private chars = 0;
  readonly warnings: string[] = [];

  constructor(
    private readonly fileName: string,
    private readonly limits: SourceLimits,
  ) {}

  get count(): number {
    return this.lines.length;
  }

  /** Refuse now when `lines` more lines of `chars` characters would not fit: a reader buffering a sheet asks first. */
  ensureRoom(lines: number, chars: number): void {
    if (this.lines.length + lines > this.limits.maxLines || this.chars + chars > this.limits.maxChars)
      throw new SourceError(
        "too_large",
        this.fileName,
        `tệp chứa hơn ${this.limits.maxLines.toLocaleString("vi-VN")} dòng hoặc ${Math.round(this.limits.maxChars / 1024 / 1024)} triệu ký tự, quá lớn cho một văn bản xếp hạng`,
        "Xin gửi riêng phần quyết định và các bảng xếp hạng.",
      );
  }

  line(text: string, origin: string): void {
    this.ensureRoom(1, text.length);
    this.lines.push(text);
    this.origins.push(origin);
    this.chars += text.length + 1;
  }

  /**
   * One table row, every position kept (an empty cell says which column the next one is in), so
   * the rows of one table have the same width. A row with a single printed cell is a title or a
   * block label ("Khối huyện", a merged title cell) and becomes a line of its own; an empty row is
   * nothing.
   */
  row(cells: string[], origin: string): void {
    const texts = cells.map(cleanInline);
    const printed = texts.filter((t) => t !== "");
    if (printed.length === 0) return;
    this.line(printed.length === 1 ? printed[0]! : texts.join("\t"), origin);
  }

  /** Words that finish the last row (its cells wrapped over a page break), cell by cell. */
  extendLastRow(cells: string[]): void {
    const last = this.lines.length - 1;
    if (last < 0) return;
    const current = this.lines[last]!.split("\t");
    const merged = current.map((c, k) => [c, cleanInline(cells[k] ?? "")].filter((t) => t !== "").join(" "));
    const text = merged.join("\t");
    this.chars += text.length - this.lines[last]!.length;
    this.lines[last] = text;
  }

  paragraph(text: string, origin: string): void {
    const t = cleanInline(text);
    if (t !== "") this.line(t, origin);
  }

  done(format: SourceFormat): SourceText {
    return { format, text: this.lines.join("\n"), origins: this.origins, warnings: this.warnings };
  }
}
