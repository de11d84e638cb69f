import { key } from "./keys.js";
import { normalizeText } from "../text/vietnamese.js";
import { knownComponents } from "./vocabulary.js";

/**
 * Naming the value columns of a table found by its rows, from whatever text stands above them.
 * The rows say how many value columns there are; the header only names them. In order of trust:
 * header cells one per column; the framework's component names found in the text; one header line
 * per column once fragments wrapped over several lines are joined; a lone column is the total.
 * When none fits, columns get neutral names and the table is flagged as doubtful.
 */

/** Header words that describe the ordinal and name columns rather than a value column. */
const LABEL_WORDS =
  /^(stt|tt|so tt|so thu tu|thu tu( xep hang)?|xep hang( dti| chung)?|thu hang|hang|rank(ing)?|no\.?|#|ten( (co quan|don vi|dia phuong|tinh|bo|nganh))?( don vi)?|don vi|co quan|dia phuong|name|unit|province|(cac )?tinh,? (thanh pho|tp)( truc thuoc (tw|trung uong))?|(cac )?(bo|so|huyen)(,? (ban|nganh|co quan ngang bo|thi xa|thanh pho))*|xep loai|muc xep loai|phan loai|grade)$/u;

function isLabelWords(text: string): boolean {
  return LABEL_WORDS.test(key(text).replace(/[.:]$/u, ""));
}

/** Words that start a header wrapped over lines ("Chỉ số / Nhận thức số"): joined with the next line. */
const PREFIX_FRAGMENT = /^(chi so|diem|tong|tong diem|ty le|muc|so)$/u;

const TOTAL_WORDS = /^(tong( diem| cong| so diem)?|diem( tong| dti| so)?|chi so( dti| chuyen doi so)?|dti|pdti|score|total|points?|value|ket qua)\b/u;

export interface NamedColumns {
  names: string[];
  /** index among `names` of the total, or -1 when it is not named (the last column is taken) */
  totalAt: number;
  doubtful: boolean;
}

/** The framework's component names in the order they appear in a text, longest first at each place. */
function componentsIn(text: string): string[] {
  const folded = key(text);
  const found: { at: number; name: string; len: number }[] = [];
  // The overall index ("Chuyển đổi số cấp tỉnh") is the total, not one of its components.
  for (const c of knownComponents().filter((k) => k !== "Chuyển đổi số")) {
    const k = key(c);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(k, from);
      if (at < 0) break;
      found.push({ at, name: c, len: k.length });
      from = at + k.length;
    }
  }
  found.sort((a, b) => a.at - b.at || b.len - a.len);
  const out: string[] = [];
  let end = -1;
  for (const f of found) {
    if (f.at < end) continue;
    out.push(f.name);
    end = f.at + f.len;
  }
  return out;
}

function joinFragments(segments: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (PREFIX_FRAGMENT.test(key(s)) && i + 1 < segments.length) {
      out.push(`${s} ${segments[i + 1]!}`);
      i++;
    } else out.push(s);
  }
  return out;
}

/** Split a header line that begins with label words ("Xếp hạng DTI Các tỉnh … Chỉ số") into its parts. */
function dropLabels(segments: string[]): string[] {
  return segments.filter((s) => !isLabelWords(s));
}

export function nameValueColumns(segments: string[], count: number): NamedColumns {
  const clean = segments.map(normalizeText).filter((s) => s !== "");
  const totalAt = (names: string[]) => names.findIndex((n) => TOTAL_WORDS.test(key(n)));
  const result = (names: string[], doubtful = false): NamedColumns => ({ names, totalAt: totalAt(names), doubtful });
  if (count === 0) return result([]);
  const values = dropLabels(clean);
  if (values.length === count) return result(values);
  const components = componentsIn(clean.join(" "));
  if (components.length === count) return result(components);
  if (components.length > 0 && components.length === count - 1) {
    const text = clean.join(" ");
    const lastKey = key(components[components.length - 1] ?? "");
    const after = lastKey ? key(text).split(lastKey).pop()!.trim() : "";
    const totalPrinted = after !== "" ? (clean[clean.length - 1] ?? "Tổng") : "Tổng";
    return { names: [...components, totalPrinted], totalAt: count - 1, doubtful: false };
  }
  const joined = dropLabels(joinFragments(clean));
  if (joined.length === count) return result(joined);
  if (count === 1) return { names: [values[values.length - 1] ?? "Tổng điểm"], totalAt: 0, doubtful: false };
  return { names: Array.from({ length: count }, (_, k) => `Cột ${k + 1}`), totalAt: -1, doubtful: true };
}
