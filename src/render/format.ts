/** Numbers, dates and decision citations as a Vietnamese or English reader expects them. */
import type { Entry } from "../domain/answer.js";
import type { Lang } from "../answer/types.js";
import { foldKey } from "../text/vietnamese.js";

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

const KIND_EN: Record<string, string> = { "quyet dinh": "Decision", "thong bao": "Notice", "bao cao": "Report", "cong van": "Official letter" };

/** The kind of document in the reader's language: "Thông báo" → "Notice". */
function documentKind(kind: string, lang: Lang): string {
  return lang === "en" ? (KIND_EN[foldKey(kind)] ?? "Document") : kind;
}

/** "Quyết định số 2405/QĐ-UBND ngày 26/12/2023" / "Notice of 12/2023" — a number left blank in the text stays out. */
export function decisionLabel(d: Pick<Entry["decision"], "kind" | "number" | "date">, lang: Lang): string {
  const number = d.number ? (lang === "vi" ? ` số ${d.number}` : ` No. ${d.number}`) : "";
  const when = dateWords(d.date, lang);
  return `${documentKind(d.kind, lang)}${number}${when ? ` ${when}` : ""}`;
}

/**
 * Who issued a decision, in English: "Chủ tịch UBND tỉnh Bắc Ninh" → "Chairman of the Bắc Ninh Provincial
 * People's Committee". A wording this does not recognise stays as printed (a proper name).
 */
export function issuerName(issuer: string, lang: Lang): string {
  if (lang === "vi") return issuer;
  const m = /^(chủ tịch\s+)?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(tỉnh|thành phố)\s+(.+)$/iu.exec(issuer.normalize("NFC").trim());
  if (m) {
    const body = `${m[3]} ${m[2]!.toLocaleLowerCase("vi") === "tỉnh" ? "Provincial" : "City"} People's Committee`;
    return m[1] ? `Chairman of the ${body}` : `the ${body}`;
  }
  const ministry = MINISTRY_EN[foldKey(issuer)];
  return ministry ?? issuer;
}

const MINISTRY_EN: Record<string, string> = {
  "bo thong tin va truyen thong": "the Ministry of Information and Communications",
  "bo khoa hoc va cong nghe": "the Ministry of Science and Technology",
};

/** Decimals a number is written with: 875.83 → 2, 0.9 → 1, 1000 → 0 (at most four). */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : Math.min(4, text.length - dot - 1);
}

/** One rule per scale: every value of a table written with the same decimals ("655,50" beside "662,99"). */
export function fixed(value: number, decimals: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: false,
  }).format(value);
}

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
    const kind = documentKind(d.kind, lang);
    const number = d.number ? ` No. ${d.number}` : " (number left blank)";
    const by = d.issuer ? `, issued by ${issuerName(d.issuer, lang)}` : "";
    return `${kind}${number}${dated}${by}`;
  }
  const number = d.number ? ` số ${d.number}` : " (không ghi số)";
  const by = d.issuer ? ` của ${d.issuer}` : "";
  const signer = d.signer ? `; ký: ${d.signer}` : "";
  return `${d.kind}${number}${dated}${by}${signer}`;
}
