import mammoth from "mammoth";
import { SourceError } from "./errors.js";
import { readHtml } from "./html.js";
import type { SourceLimits, SourceText } from "./types.js";
import { inspectZip } from "./zip.js";

/**
 * A Word file: mammoth turns its body into HTML (tables with their merged cells, paragraphs in
 * document order), which the web-page reader then reads. The archive is checked before unpacking.
 */
export async function readDocx(bytes: Uint8Array, fileName: string, limits: SourceLimits): Promise<SourceText> {
  await inspectZip(bytes, fileName, limits);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch {
    throw new SourceError("corrupt", fileName, "tệp Word bị hỏng hoặc không đúng định dạng .docx", "Xin mở tệp bằng Word, lưu lại dưới dạng .docx rồi gửi lại.");
  }
  return readHtml(html, fileName, limits, "docx");
}
