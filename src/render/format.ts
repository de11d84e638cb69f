/** Numbers, dates and decision citations as a Vietnamese or English reader expects them. */
import type { Entry } from "../domain/answer.js";
import type { Lang } from "../answer/types.js";

/**
 * Numbers already written, per language and number of decimals: answers print the same scores of the
 * same few tables again and again, and writing a double is the costly part.
 */
const written: Record<Lang, Map<number, string>[]> = { vi: [], en: [] };
const WRITTEN_LIMIT = 10_000;

/** "875,83" in Vietnamese, "875.83" in English; at most four decimals, no float noise. */
export function num(value: number | null | undefined, lang: Lang, decimals = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const cache = (written[lang][decimals] ??= new Map());
  const known = cache.get(value);
  if (known !== undefined) return known;
  const f = 10 ** decimals;
  const rounded = Math.round(value * f) / f;
  const s = String(rounded);
  const text = lang === "vi" ? s.replace(".", ",") : s;
  if (cache.size >= WRITTEN_LIMIT) cache.clear();
  cache.set(value, text);
  return text;
}

/** Signed difference with a trend arrow: "▲ 128,82", "▼ 3", "= 0". */
export function diff(value: number, lang: Lang, decimals = 2): string {
  if (Math.abs(value) < 1e-9) return "= 0";
  return `${value > 0 ? "▲" : "▼"} ${num(Math.abs(value), lang, decimals)}`;
}

export function scoreOf(value: number | null, max: number | null, lang: Lang): string {
  return max === null ? num(value, lang) : `${num(value, lang)}/${num(max, lang)}`;
}

/** "2023-12-26" → "26/12/2023"; "2021-12" → "12/2021". */
export function date(value: string | null): string | null {
  if (value === null) return null;
  const [y, m, d] = value.split("-");
  return [d, m, y].filter((p) => p !== undefined).join("/");
}

/** "ngày 26/12/2023", "tháng 12/2021", "năm 2021" — or "of 26/12/2023" in English; null without a date. */
export function dateWords(value: string | null, lang: Lang): string | null {
  const when = date(value);
  if (when === null) return null;
  if (lang === "en") return `of ${when}`;
  const parts = when.split("/").length;
  return `${parts === 3 ? "ngày" : parts === 2 ? "tháng" : "năm"} ${when}`;
}

/** "Quyết định số 2405/QĐ-UBND ngày 26/12/2023" — a number left blank in the text stays out. */
export function decisionLabel(d: Pick<Entry["decision"], "kind" | "number" | "date">, lang: Lang): string {
  const number = d.number ? (lang === "vi" ? ` số ${d.number}` : ` No. ${d.number}`) : "";
  const when = dateWords(d.date, lang);
  return `${d.kind}${number}${when ? ` ${when}` : ""}`;
}

const KIND_EN: Record<string, string> = { "Quyết định": "Decision", "Thông báo": "Notice" };

/** Citations already worded, per decision object and language: every answer cites one of a few decisions. */
const cited = new WeakMap<Entry["decision"], Partial<Record<Lang, string>>>();

/** "Quyết định số 2405/QĐ-UBND ngày 26/12/2023 của Chủ tịch UBND tỉnh Bắc Ninh". */
export function citation(d: Entry["decision"], lang: Lang): string {
  let forDecision = cited.get(d);
  if (!forDecision) {
    forDecision = {};
    cited.set(d, forDecision);
  }
  return (forDecision[lang] ??= wordCitation(d, lang));
}

function wordCitation(d: Entry["decision"], lang: Lang): string {
  const when = dateWords(d.date, lang);
  const dated = when ? ` ${when}` : "";
  if (lang === "en") {
    const kind = KIND_EN[d.kind] ?? d.kind;
    const number = d.number ? ` No. ${d.number}` : " (number left blank)";
    const by = d.issuer ? `, issued by ${d.issuer}` : "";
    return `${kind}${number}${dated}${by}`;
  }
  const number = d.number ? ` số ${d.number}` : " (không ghi số)";
  const by = d.issuer ? ` của ${d.issuer}` : "";
  const signer = d.signer ? `; ký: ${d.signer}` : "";
  return `${d.kind}${number}${dated}${by}${signer}`;
}
