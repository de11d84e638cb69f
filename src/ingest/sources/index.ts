import { decodeText, type TextEncoding } from "./encoding.js";
import { SourceError } from "./errors.js";
import { readHtml } from "./html.js";
import { readPlain } from "./plain.js";
import { claimedFormat, extensionOf, looksLikeHtml, sniff } from "./sniff.js";
import { DEFAULT_LIMITS, SourceLimitsSchema, type SourceFormat, type SourceLimits, type SourceText } from "./types.js";

export { SEND_INSTEAD, SourceError, type SourceErrorCode } from "./errors.js";
export { claimedFormat, extensionOf } from "./sniff.js";
export { DEFAULT_LIMITS, SOURCE_FORMATS, type SourceFormat, type SourceLimits, type SourceText } from "./types.js";

const FORMAT_NAMES: Record<SourceFormat, string> = {
  txt: "văn bản thuần",
  md: "văn bản Markdown",
  html: "trang web",
  docx: "tệp Word (.docx)",
  xlsx: "bảng tính Excel (.xlsx)",
  pdf: "tệp PDF",
};
const ENCODING_NAMES: Record<Exclude<TextEncoding, "utf-8">, string> = {
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1258": "Windows-1258",
};

type BinaryReader = (bytes: Uint8Array, fileName: string, limits: SourceLimits) => Promise<SourceText>;

/** Loaded when first needed: pdf.js, mammoth and exceljs are large, and most runs read only texts. */
const BINARY_READERS: Record<"pdf" | "docx" | "xlsx", BinaryReader> = {
  pdf: async (...args) => (await import("./pdf.js")).readPdf(...args),
  docx: async (...args) => (await import("./docx.js")).readDocx(...args),
  xlsx: async (...args) => (await import("./xlsx.js")).readXlsx(...args),
};

/** Both are text; a markdown file saved as .txt is still read line for line. */
const sameFamily = (a: SourceFormat, b: SourceFormat): boolean => a === b || (a !== "html" && b !== "html" && [a, b].every((f) => f === "txt" || f === "md"));

function readText(bytes: Uint8Array, fileName: string, limits: SourceLimits, claimed: SourceFormat | null): SourceText {
  const { text, encoding } = decodeText(bytes, fileName);
  const source = looksLikeHtml(text) ? readHtml(text, fileName, limits) : readPlain(text, claimed === "md" ? "md" : "txt", fileName, limits);
  if (encoding !== "utf-8") source.warnings.push(`Tệp dùng bảng mã ${ENCODING_NAMES[encoding]}; đã chuyển sang Unicode (UTF-8).`);
  return source;
}

/**
 * Bytes and a file name → the document's lines. The bytes decide the format (a PDF named .txt is
 * read as a PDF, with a warning); the readers after this one never see a format again.
 * Throws `SourceError` with a message for the administrator when the file cannot be read.
 */
export async function readSource(bytes: Uint8Array, fileName: string, limits: SourceLimits = DEFAULT_LIMITS): Promise<SourceText> {
  const bounds = SourceLimitsSchema.parse(limits);
  if (bytes.length > bounds.maxBytes)
    throw new SourceError(
      "too_large",
      fileName,
      `tệp nặng ${(bytes.length / 1024 / 1024).toFixed(1)} MB, quá giới hạn ${Math.round(bounds.maxBytes / 1024 / 1024)} MB`,
      "Xin gửi riêng phần quyết định và các bảng xếp hạng.",
    );
  const claimed = claimedFormat(fileName);
  const sniffed = sniff(bytes, fileName);
  const source = sniffed === "text" ? readText(bytes, fileName, bounds, claimed) : await BINARY_READERS[sniffed](bytes, fileName, bounds);
  if (source.text.trim() === "") throw new SourceError("empty", fileName, `${FORMAT_NAMES[source.format]} này không có chữ nào`);
  if (claimed !== null && !sameFamily(claimed, source.format))
    source.warnings.unshift(`Tên tệp có đuôi .${extensionOf(fileName)} nhưng nội dung là ${FORMAT_NAMES[source.format]}; đã đọc theo nội dung.`);
  return source;
}
