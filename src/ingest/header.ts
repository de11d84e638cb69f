import { key } from "./keys.js";
import type { SourceLine } from "./lines.js";
import { knownComponents } from "./vocabulary.js";

/**
 * The text above a table cut into header cells, whatever the layout: tab or "|" cells, column gaps
 * of several spaces (text taken from a PDF), one cell per line, or one line of words
 * ("Hạng Đơn vị Điểm Xếp loại") split at the header phrases it is made of. Pieces wrapped over
 * several lines are joined again ("Tổng điểm / năm 2022", "Tỉnh, thành phố trực thuộc / Trung ương").
 */

export interface HeaderPiece {
  text: string;
  /** index of the line it came from */
  line: number;
}

/** Phrases header cells are made of, as folded words: used to split a line of words, never to gate. */
const PHRASES: string[][] = [
  "thu tu xep hang", "so thu tu", "xep hang", "thu hang", "hang", "stt", "tt", "vi tri", "rank", "ranking", "no",
  "ten co quan don vi", "ten co quan", "ten don vi", "don vi", "co quan", "dia phuong", "tinh thanh pho", "ten tinh", "bo nganh",
  "name", "unit", "province", "ministry",
  "tong diem", "tong", "diem", "diem so", "gia tri", "gia tri dti", "chi so dti", "chi so", "dti", "score", "total", "points", "value", "ket qua",
  "xep loai", "muc xep loai", "phan loai", "muc do", "grade", "nam", "year",
  ...knownComponents().map((c) => key(c)),
]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);

/** "Hạng Đơn vị Điểm Xếp loại" → its phrases; null when some word belongs to none. */
function splitWords(text: string): string[] | null {
  const tokens = text.split(/\s+/u).filter((t) => t !== "");
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (/^\(/u.test(t) && out.length > 0) {
      // A parenthesis ("(1.000 điểm)") belongs to the phrase before it.
      let j = i;
      while (j < tokens.length && !/\)$/u.test(tokens[j]!)) j++;
      out[out.length - 1] += ` ${tokens.slice(i, j + 1).join(" ")}`;
      i = j + 1;
      continue;
    }
    const folded = tokens.slice(i).map((w) => key(w));
    const phrase = PHRASES.find((p) => p.every((w, k) => folded[k] === w));
    if (!phrase) return null;
    out.push(tokens.slice(i, i + phrase.length).join(" "));
    i += phrase.length;
  }
  return out.length >= 2 ? out : null;
}

/** The pieces of one header line. */
export function linePieces(line: SourceLine, index: number): HeaderPiece[] {
  const cells = line.cells.filter((c) => c !== "");
  if (cells.length >= 2) return cells.map((text) => ({ text, line: index }));
  const gaps = line.raw.trim().split(/\s{2,}|\t/u).map((c) => c.trim()).filter((c) => c !== "");
  if (gaps.length >= 2) return gaps.map((text) => ({ text, line: index }));
  return (splitWords(line.text) ?? [line.text]).map((text) => ({ text, line: index }));
}

/** A piece that continues the one above it: it dangles ("… trực thuộc") or the next starts in lower case. */
const DANGLING = /\b(cua|va|thuoc|truc thuoc|cac|theo|ve|tai|tren|voi)$/u;

/**
 * Join pieces wrapped over lines: a parenthesis always continues the piece before it; a piece on a
 * new line continues the one above when it starts in lower case or the one above dangles.
 */
export function joinWrapped(pieces: HeaderPiece[]): string[] {
  const out: HeaderPiece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    const wraps = prev !== undefined && (/^\(/u.test(p.text) || (p.line !== prev.line && (/^\p{Ll}/u.test(p.text) || DANGLING.test(key(prev.text)))));
    if (wraps) out[out.length - 1] = { text: `${prev.text} ${p.text}`, line: p.line };
    else out.push(p);
  }
  return out.map((p) => p.text);
}
