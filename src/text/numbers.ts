/**
 * Numbers as the decisions print them: "0,9029", "0.997", "1,000" (= 1 in a 0–1 column),
 * "826,8", "1000.0", "90,5". A single "," or "." is always the decimal separator; a thousands
 * separator only appears in forms like "1.000,5" or "1,000.5" (both separators present), or in a
 * point maximum such as "1.000 điểm" (see `parsePoints`).
 */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?)$/u;

export function isNumeric(cell: string): boolean {
  return NUMBER.test(cell.trim());
}

export function parseNumber(cell: string): number | null {
  const s = cell.trim().replace(/\s+/gu, "");
  if (!NUMBER.test(s)) return null;
  const seps = s.match(/[.,]/gu) ?? [];
  let normalized: string;
  if (seps.length <= 1) {
    normalized = s.replace(",", ".");
  } else {
    // Several separators: the last one is decimal only if it differs from the others.
    const last = s.lastIndexOf(seps[seps.length - 1]!);
    const lastSep = s[last]!;
    const allSame = seps.every((c) => c === lastSep);
    normalized = allSame ? s.replace(/[.,]/gu, "") : s.slice(0, last).replace(/[.,]/gu, "") + "." + s.slice(last + 1);
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/**
 * A maximum of points printed in a header: "(120 điểm)", ": 6 điểm", "1.000 điểm".
 * Points are whole or half numbers, so "1.000" here is a thousand, not one.
 */
export function parsePoints(text: string): number | null {
  const m = /(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*điểm/iu.exec(text.normalize("NFC"));
  if (!m) return null;
  const raw = m[1]!;
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(raw)) return Number(raw.replace(/[.,]/gu, ""));
  return parseNumber(raw);
}

/** Round to the precision the decisions print, avoiding float noise when summing. */
export function round(value: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** A number the Vietnamese way: decimal comma, no float noise ("692,13", "0,9029", "875,83"). */
export function formatNumber(value: number, maxDecimals = 4): string {
  const fixed = round(value, maxDecimals).toString();
  return fixed.replace(".", ",");
}

/** How many decimals a printed number shows ("0,9029" → 4, "90" → 0). */
export function decimalsOf(cell: string): number {
  const m = /[.,](\d+)$/u.exec(cell.trim());
  return m ? m[1]!.length : 0;
}

/**
 * A whole number where only whole numbers make sense — a rank, an order number, a year, a count:
 * "07" is 7, "12." is 12, and a separator before three digits groups thousands ("2,020" is 2020,
 * "1.234" is 1234). Anything else ("0,5", "12a") is not a whole number.
 */
export function parseInteger(cell: string): number | null {
  const s = cell.trim();
  if (/^\d{1,9}\.?$/u.test(s)) return Number.parseInt(s, 10);
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(s)) return Number(s.replace(/[.,]/gu, ""));
  return null;
}
