import { SourceError } from "./errors.js";
import type { SourceFormat } from "./types.js";
import { zipEntryNames } from "./zip.js";

const startsWith = (bytes: Uint8Array, ...sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

const EXTENSIONS: Record<string, SourceFormat> = {
  txt: "txt",
  text: "txt",
  csv: "txt",
  tsv: "txt",
  md: "md",
  markdown: "md",
  html: "html",
  htm: "html",
  xhtml: "html",
  docx: "docx",
  xlsx: "xlsx",
  xlsm: "xlsx",
  pdf: "pdf",
};

export function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/u.exec(fileName);
  return m ? m[1]!.toLowerCase() : "";
}

/** The format a file name claims, null when the extension is not one this reader knows. */
export function claimedFormat(fileName: string): SourceFormat | null {
  return EXTENSIONS[extensionOf(fileName)] ?? null;
}

/** A text that is a web page: markup from its first characters, or a table element early on. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/u, "").trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<(!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|table[\s>])/u.test(head)) return true;
  return /<table[\s>]/u.test(head) && /<\/(td|th|tr)>/u.test(text.slice(0, 65536).toLowerCase());
}

/**
 * What the bytes are, whatever the name says: a PDF named .txt is still a PDF. Formats this reader
 * cannot use (old .doc/.xls, OpenDocument, images, RTF) are refused here with what to send instead.
 * Text-like bytes answer "text": the caller decodes them and tells HTML from plain text.
 */
export function sniff(bytes: Uint8Array, fileName: string): "pdf" | "docx" | "xlsx" | "text" {
  if (bytes.length === 0) throw new SourceError("empty", fileName, "tệp rỗng (0 byte)");
  if (ascii(bytes, 0, Math.min(bytes.length, 1024)).includes("%PDF-")) return "pdf";
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    const names = zipEntryNames(bytes, fileName);
    if (names.has("word/document.xml")) return "docx";
    if (names.has("xl/workbook.xml")) return "xlsx";
    if (names.has("content.xml"))
      throw new SourceError("unsupported_format", fileName, "đây là tệp OpenDocument (.odt/.ods)", "Xin lưu lại dưới dạng .docx hoặc .xlsx (Tệp → Lưu thành) rồi gửi lại.");
    throw new SourceError("unsupported_format", fileName, "đây là một tệp nén (.zip), không phải văn bản Word hay bảng tính Excel");
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    throw new SourceError(
      "legacy_office",
      fileName,
      "đây là tệp Word/Excel đời cũ (.doc/.xls)",
      "Xin mở tệp và lưu lại dưới dạng .docx hoặc .xlsx (Tệp → Lưu thành) rồi gửi lại.",
    );
  if (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) ||
    startsWith(bytes, 0xff, 0xd8, 0xff) ||
    ascii(bytes, 0, 4) === "GIF8" ||
    startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) ||
    startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a) ||
    (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP")
  )
    throw new SourceError("image", fileName, "đây là một ảnh (chụp hoặc quét), không có chữ để đọc");
  if (ascii(bytes, 0, 5) === "{\\rtf")
    throw new SourceError("unsupported_format", fileName, "đây là tệp RTF", "Xin lưu lại dưới dạng .docx rồi gửi lại.");
  return "text";
}
