import { SourceError } from "./errors.js";
import type { SourceFormat, SourceLimits, SourceText } from "./types.js";

/** Whitespace inside a cell or a paragraph (newlines, tabs, no-break spaces) becomes one space. */
export function cleanInline(text: string): string {
  return text.replace(/[\s\u00A0\u200B\uFEFF]+/gu, " ").trim().normalize("NFC");
}

export interface Cell {
  text: string;
  /** how many columns the printed cell covers (merged cells, colspan) */
  span: number;
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

  line(text: string, origin: string): void {
    if (this.lines.length >= this.limits.maxLines || this.chars + text.length > this.limits.maxChars)
      throw new SourceError(
        "too_large",
        this.fileName,
        `tệp chứa hơn ${this.limits.maxLines.toLocaleString("vi-VN")} dòng hoặc ${Math.round(this.limits.maxChars / 1024 / 1024)} triệu ký tự, quá lớn cho một văn bản xếp hạng`,
        "Xin gửi riêng phần quyết định và các bảng xếp hạng.",
      );
    this.lines.push(text);
    this.origins.push(origin);
    this.chars += text.length + 1;
  }

  /**
   * One table row. Trailing empty cells carry nothing and are dropped; a row whose only printed cell
   * spans several columns is a title or a block label and becomes a line of its own.
   */
  row(cells: Cell[], origin: string): void {
    const texts = cells.map((c) => cleanInline(c.text));
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    if (texts.length === 0) return;
    const printed = texts.flatMap((t, i) => (t === "" ? [] : [i]));
    const only = printed.length === 1 ? printed[0]! : -1;
    this.line(only >= 0 && cells[only]!.span > 1 ? texts[only]! : texts.join("\t"), origin);
  }

  paragraph(text: string, origin: string): void {
    const t = cleanInline(text);
    if (t !== "") this.line(t, origin);
  }

  done(format: SourceFormat): SourceText {
    return { format, text: this.lines.join("\n"), origins: this.origins, warnings: this.warnings };
  }
}
