import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { SourceError } from "./errors.js";
import { layoutPage, type OpenTable, type TextRun } from "./pdf-layout.js";
import { LineSink } from "./sink.js";
import type { SourceLimits, SourceText } from "./types.js";

const SCANNED_ADVICE =
  "Bot cần chữ chọn được để đọc bảng. Xin gửi bản Word (.docx) hoặc Excel (.xlsx) của văn bản, bản PDF xuất trực tiếp từ Word/Excel, hoặc chép bảng vào một tệp .txt.";

/** pdf.js text items; marked-content entries carry no `str`. */
interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}

function runsOf(items: TextItemLike[]): TextRun[] {
  const runs: TextRun[] = [];
  for (const it of items) {
    if (typeof it.str !== "string" || it.str.trim() === "" || !Array.isArray(it.transform)) continue;
    const [a, b, c, d, x, y] = it.transform as number[];
    // Rotated text (a vertical header label) has no place on a row.
    if (Math.abs(b ?? 0) > 1e-3 || Math.abs(c ?? 0) > 1e-3) continue;
    runs.push({ str: it.str, x: x ?? 0, y: y ?? 0, width: typeof it.width === "number" ? it.width : 0, size: Math.abs(d ?? a ?? 10) || 10 });
  }
  return runs;
}

async function open(bytes: Uint8Array, fileName: string): Promise<PDFDocumentProxy> {
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    return await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (err) {
    if (err instanceof Error && err.name === "PasswordException")
      throw new SourceError("encrypted", fileName, "tệp PDF được đặt mật khẩu", "Xin gửi bản PDF không đặt mật khẩu, hoặc bản Word (.docx)/Excel (.xlsx).");
    throw new SourceError("corrupt", fileName, "tệp PDF bị hỏng hoặc không trọn vẹn", "Xin xuất lại tệp PDF từ Word/Excel rồi gửi lại.");
  }
}

/**
 * A PDF with a text layer, page by page: rows and columns rebuilt from where the text sits
 * (see pdf-layout.ts). A PDF without text (a scan) is refused with the formats to send instead;
 * a page without text among pages with text is reported as a warning.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: SourceLimits): Promise<SourceText> {
  const doc = await open(bytes, fileName);
  const sink = new LineSink(fileName, limits);
  const blank: number[] = [];
  try {
    if (doc.numPages > limits.maxPages)
      throw new SourceError("too_large", fileName, `tệp PDF có ${doc.numPages} trang, quá giới hạn ${limits.maxPages} trang`, "Xin gửi riêng phần quyết định và các bảng xếp hạng.");
    let open: OpenTable | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const layout = layoutPage(runsOf(content.items as TextItemLike[]), open);
      if (layout.lines.length === 0 && layout.continued === null) blank.push(n);
      if (layout.continued) sink.extendLastRow(layout.continued);
      for (const line of layout.lines) sink.row(line.cells, `trang ${n}`);
      open = layout.open;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  if (sink.count === 0) throw new SourceError("scanned_pdf", fileName, "tệp PDF không có lớp chữ (có vẻ là bản chụp hoặc quét thành ảnh)", SCANNED_ADVICE);
  if (blank.length > 0) sink.warnings.push(`Trang ${blank.join(", ")} không có chữ (có thể là ảnh quét): nội dung các trang đó không được đọc.`);
  return sink.done("pdf");
}
