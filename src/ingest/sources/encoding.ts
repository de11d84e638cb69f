import iconv from "iconv-lite";
import { SourceError } from "./errors.js";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

const VIETNAMESE_LETTERS =
  "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ" +
  "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
/** Punctuation and signs Vietnamese official texts print besides letters. */
const TYPOGRAPHY = "“”‘’–—…•·°§±×÷≤≥€";
const EXPECTED_NON_ASCII = new Set([...VIETNAMESE_LETTERS, ...TYPOGRAPHY, "\u00A0"]);

/** Share of non-ASCII characters that a Vietnamese text would print; 1 for pure ASCII. */
function vietnamesePlausibility(text: string): { share: number; letters: number } {
  let nonAscii = 0;
  let expected = 0;
  let letters = 0;
  for (const ch of text.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (EXPECTED_NON_ASCII.has(ch)) expected++;
    if (VIETNAMESE_LETTERS.includes(ch)) letters++;
  }
  return { share: nonAscii === 0 ? 1 : expected / nonAscii, letters };
}

/** Control characters a text never holds (tab, newline, carriage return and form feed aside). */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

function bomOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** UTF-16 without a byte-order mark: Latin text puts a zero in every other byte. */
function utf16ByZeros(bytes: Uint8Array): TextEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Lines end in "\n" and letters are composed (NFC), whatever the file used. */
function tidy(text: string): string {
  return text.replace(/\r\n?/gu, "\n").normalize("NFC");
}

/**
 * Bytes of a text file → text. UTF-8 (with or without BOM) and UTF-16 (BOM or zero-byte pattern) are
 * decoded; bytes that are not UTF-8 are tried as Windows-1258 and kept only when the result reads as
 * Vietnamese. Anything else (TCVN3/VNI fonts, binary data) is refused with what to do instead.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncoding } {
  const bom = bomOf(bytes);
  const encoding = bom?.encoding ?? utf16ByZeros(bytes);
  const body = bytes.subarray(bom?.length ?? 0);
  let text: string | null;
  let used: TextEncoding;
  if (encoding === "utf-16le" || encoding === "utf-16be") {
    text = iconv.decode(Buffer.from(body), encoding);
    used = encoding;
  } else {
    text = decodeUtf8(body);
    used = "utf-8";
    if (text === null) {
      const candidate = iconv.decode(Buffer.from(body), "windows-1258");
      const { share, letters } = vietnamesePlausibility(candidate);
      if (share < 0.98 || letters === 0 || CONTROL.test(candidate))
        throw new SourceError(
          "encoding",
          fileName,
          "nội dung không phải chữ Unicode (UTF-8, UTF-16) hay Windows-1258; có thể là bảng mã TCVN3/VNI cũ hoặc một tệp nhị phân",
          "Xin mở tệp trong Word hoặc trình soạn thảo, lưu lại với mã UTF-8 (hoặc chuyển mã sang Unicode bằng Unikey) rồi gửi lại; cũng có thể gửi bản .docx, .xlsx hoặc .pdf.",
        );
      text = candidate;
      used = "windows-1258";
    }
  }
  if (CONTROL.test(text))
    throw new SourceError("encoding", fileName, "tệp chứa ký tự điều khiển của dữ liệu nhị phân, không phải văn bản");
  return { text: tidy(text), encoding: used };
}
