import { key } from "./keys.js";
import { provinceNamed } from "./national.js";
import type { DocumentForm } from "../domain/dataset.js";
import { normalizeText } from "../text/vietnamese.js";
import type { SourceLine } from "./lines.js";

/**
 * What a decision says about itself: province, kind, number, date, assessed year, title, issuer and
 * signer — as far as the text gives them. Nothing is invented: a blank number stays null, a date
 * without a day stays "2021-12". News items that quote a decision are read through the citation
 * ("Quyết định số 943/QĐ-UBND ngày 27/7/2023 của UBND tỉnh Cao Bằng").
 */
export interface DecisionMeta {
  province: string | null;
  kind: string | null;
  number: string | null;
  symbol: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
  issuer: string | null;
  signer: { name: string; title: string } | null;
  /**
   * official: the text carries its own number line or signature; news_item: it quotes a decision it
   * cites; report_page: neither (a page that publishes the ranking, such as the ministry's DTI portal)
   */
  form: DocumentForm;
  /** index of the signer's name line, where the body of the decision ends */
  signatureEnd: number;
}

const pad = (n: string) => n.padStart(2, "0");

/** "Bắc Ninh" from "TỈNH BẮC NINH" or "tỉnh Bắc Ninh": title case for Vietnamese place names. */
export function placeName(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

const KINDS: [RegExp, string][] = [
  [/^quyet dinh$/u, "Quyết định"],
  [/^thong bao$/u, "Thông báo"],
  [/^ke hoach$/u, "Kế hoạch"],
  [/^bao cao$/u, "Báo cáo"],
];
const SYMBOL_KINDS: Record<string, string> = { QĐ: "Quyết định", TB: "Thông báo", BC: "Báo cáo", KH: "Kế hoạch" };

const PLACE_DATE = /^(?<place>[\p{Lu}][\p{L} .-]{1,40}?),\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})/u;
const NUMBER_LINE = /^Số\s*:?\s*(?<num>\d*)\s*\/\s*(?<sym>[\p{L}\d.-]+)/u;
/** "Quyết định số 943/QĐ-UBND ngày <date> của <issuer>": the citation around either way of writing the date. */
const citation = (date: string): RegExp =>
  new RegExp(
    String.raw`(?<kind>Quyết định|Thông báo)\s+số\s*(?<num>\d*)\s*\/\s*(?<sym>[\p{L}\d.-]+)\s+ngày` +
      date +
      String.raw`(?:\s+của\s+(?<issuer>[^)]+?))?(?=\)|$|[;,.]\s)`,
    "u",
  );
const CITATION = citation(String.raw`\s*(?:(?<d>\d{1,2})\s*\/\s*)?(?<m>\d{1,2})?\s*\/\s*(?<y>\d{4})`);
const CITATION_BARE = /(?<kind>Quyết định|Thông báo)\s+số\s*(?<num>\d+)\s*\/\s*(?<sym>[\p{Lu}Đ][\p{L}\d.-]*)/u;
const CITATION_LONG = citation(String.raw`\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})`);
// Each word whole: "LÀO" is one upper-case word, not "L" followed by something else.
const PROVINCE_PHRASE = /\b(?:tỉnh|TỈNH|Tỉnh)\s+((?:[\p{Lu}\p{M}]{2,}|[\p{Lu}][\p{Ll}\p{M}]*)(?![\p{L}\p{M}])(?:\s+(?:[\p{Lu}\p{M}]{2,}|[\p{Lu}][\p{Ll}\p{M}]*)(?![\p{L}\p{M}])){0,3})/gu;
/** Lines of a letterhead that are not a title: the authority, the national motto, dashes. */
const LETTERHEAD = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd|cộng hòa xã hội|cộng hoà xã hội|độc lập|bộ [\p{L} ]+$|sở [\p{L} ]+$|-+$)/iu;
const ROLE_LINE = /^(KT\.|TM\.|TL\.|Q\.|PHÓ CHỦ TỊCH|CHỦ TỊCH|CHÁNH VĂN PHÒNG|GIÁM ĐỐC)/u;

function isoDate(y: string, m?: string, d?: string): string {
  if (!m) return y;
  return d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`;
}

const ROLE_TITLES: Record<string, string> = {
  "chu tich": "Chủ tịch",
  "pho chu tich": "Phó Chủ tịch",
  "chanh van phong": "Chánh Văn phòng",
  "giam doc": "Giám đốc",
};

function roleTitle(text: string): string {
  const k = key(text);
  return ROLE_TITLES[k] ?? normalizeText(text).charAt(0) + normalizeText(text).slice(1).toLowerCase();
}

/** The most frequent "tỉnh X" phrase: the province a text is about when it has no place-date line. */
function provinceFromPhrases(lines: SourceLine[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines)
    for (const m of l.text.matchAll(PROVINCE_PHRASE)) {
      const words = m[1]!.split(" ");
      // The longest run of words that names a province ("TỈNH GIA LAI NĂM 2021" is Gia Lai); otherwise
      // "tỉnh Bắc Ninh năm 2023" stops at the first lower-case word: at most two or three words.
      const known = [3, 2, 1].map((n) => provinceNamed(words.slice(0, n).join(" "))).find((p) => p !== undefined);
      const name = known?.name ?? placeName(words.slice(0, 3).join(" ").replace(/\s+(Năm|Về|Tại|Trên|Theo)$/u, ""));
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, c] of counts) if (c > bestCount) [best, bestCount] = [name, c];
  return best;
}

/** A decision a line cites: its kind, and its symbol and number where the header gave none. */
function takeCitedDecision(meta: DecisionMeta, g: Record<string, string | undefined>): void {
  meta.kind ??= g.kind!;
  if (meta.symbol === null) {
    meta.symbol = g.sym!;
    meta.number = g.num ? `${g.num}/${g.sym}` : null;
  }
}

export function readMeta(lines: SourceLine[], bodyEnd: number): DecisionMeta {
  const meta: DecisionMeta = {
    province: null,
    kind: null,
    number: null,
    symbol: null,
    date: null,
    year: null,
    title: null,
    issuer: null,
    signer: null,
    form: "report_page",
    signatureEnd: -1,
  };
  let ownNumber = false;
  let citesDecision = false;
  const body = lines.slice(0, bodyEnd);
  let kindLine = -1;
  // A letterhead flattened into cells ("Số: 489/QĐ-UBND | Gia Lai, ngày 29 …") holds both in one line.
  const pieces = body.flatMap((l, i) => (l.cells.filter((c) => c !== "").length >= 2 ? l.cells.filter((c) => c !== "").map((text) => ({ text, i })) : [{ text: l.text, i }]));
  for (const { text, i } of pieces) {
    if (meta.number === null && meta.symbol === null) {
      const m = NUMBER_LINE.exec(text);
      if (m?.groups) {
        meta.number = m.groups.num ? `${m.groups.num}/${m.groups.sym}` : null;
        meta.symbol = m.groups.sym!;
        ownNumber = true;
        continue;
      }
    }
    if (meta.date === null) {
      const m = PLACE_DATE.exec(text);
      if (m?.groups) {
        meta.date = isoDate(m.groups.y!, m.groups.m, m.groups.d);
        meta.province = placeName(m.groups.place!);
        continue;
      }
    }
    if (kindLine < 0) {
      const k = key(text.replace(/:$/u, ""));
      const kind = KINDS.find(([re]) => re.test(k));
      if (kind && !text.endsWith(":")) {
        meta.kind = kind[1];
        kindLine = i;
      }
    }
  }

  if (kindLine >= 0) meta.title = readTitle(body, kindLine);
  // A news item has no kind heading: its headline is the title.
  else {
    const candidates = body.filter((l) => l.text !== "" && l.text.length <= 250 && !NUMBER_LINE.test(l.text) && !PLACE_DATE.test(l.text) && !LETTERHEAD.test(l.text));
    // The headline names what is ranked; a letterhead or a date line does not.
    meta.title = (candidates.find((l) => /chuyển đổi số|xếp hạng|\bDTI\b|CNTT|công nghệ thông tin|chính quyền điện tử|chính phủ điện tử/iu.test(l.text)) ?? candidates[0])?.text ?? null;
  }

  // Citations fill what the header does not give (news items, appendices "Kèm theo Quyết định số …").
  for (const l of lines) {
    const m = CITATION_LONG.exec(l.text) ?? CITATION.exec(l.text);
    if (!m?.groups || /^căn cứ/iu.test(l.text)) continue;
    const g = m.groups;
    citesDecision = true;
    takeCitedDecision(meta, g);
    if (meta.number === null && g.num && g.sym === meta.symbol) meta.number = `${g.num}/${g.sym}`;
    const cited = isoDate(g.y!, g.m, g.d);
    if (meta.date === null || cited.startsWith(meta.date) && cited.length > meta.date.length) meta.date = cited;
    if (g.issuer && meta.issuer === null) meta.issuer = normalizeText(g.issuer);
  }
  // A news item that names the decision without its date: "Ngày 19/1/2023, Chủ tịch UBND tỉnh ký ban hành Quyết định số 179/QĐ-UBND …".
  for (const l of citesDecision ? [] : lines) {
    const m = CITATION_BARE.exec(l.text);
    if (!m?.groups || /^căn cứ/iu.test(l.text)) continue;
    const g = m.groups;
    citesDecision = true;
    takeCitedDecision(meta, g);
    const before = l.text.slice(0, m.index);
    const d = /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/iu.exec(before) ?? /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(before);
    if (d && meta.date === null) meta.date = isoDate(d[3]!, d[2], d[1]);
    const by = /((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+tỉnh(?:\s+\p{Lu}\p{Ll}*)*)\s+(?:đã\s+)?(?:ký\s+)?(?:ban hành|phê duyệt|công bố)\s*$/u.exec(before.trim());
    if (by && meta.issuer === null) meta.issuer = normalizeText(by[1]!);
    break;
  }
  if (meta.kind === null && meta.symbol) {
    const prefix = meta.symbol.split("-")[0]!;
    meta.kind = SYMBOL_KINDS[prefix] ?? null;
  }
  // A page without a kind heading often opens with its kind: "BÁO CÁO XẾP HẠNG …".
  if (meta.kind === null && meta.title !== null) {
    const first = key(meta.title).split(" ").slice(0, 2).join(" ");
    meta.kind = KINDS.find(([re]) => re.test(first))?.[1] ?? null;
  }
  meta.province ??= provinceFromPhrases(lines);

  const titleYear = meta.title ? [...meta.title.matchAll(/năm\s+(\d{4})/giu)].map((m) => Number(m[1])) : [];
  // "Kết quả DTI 2023", "Vietnam ICT Index 2020": the index's own name carries the year.
  const tagYear = meta.title ? /\b(?:P?DTI|ICT(?:\s*Index)?)\s*[-–]?\s*((?:19|20)\d{2})\b/iu.exec(meta.title)?.[1] : undefined;
  meta.year = titleYear[titleYear.length - 1] ?? (tagYear ? Number(tagYear) : null);

  readSignature(body, meta);
  meta.form = ownNumber || meta.signer !== null ? "official" : citesDecision ? "news_item" : "report_page";
  if (meta.issuer === null && meta.province !== null && meta.signer !== null) {
    meta.issuer = /^TM\./u.test(meta.signer.title) ? `UBND tỉnh ${meta.province}` : `Chủ tịch UBND tỉnh ${meta.province}`;
  }
  if (meta.issuer !== null && meta.province !== null) meta.issuer = meta.issuer.replace(/\btỉnh$/u, `tỉnh ${meta.province}`);
  return meta;
}

/** The title: the lines under the kind heading, up to the first blank line or the issuing authority. */
function readTitle(body: SourceLine[], kindLine: number): string | null {
  const parts: string[] = [];
  for (let i = kindLine + 1; i < body.length; i++) {
    const text = body[i]!.text;
    if (text === "") {
      if (parts.length > 0) break;
      continue;
    }
    if (/^(Căn cứ|Xét|Theo đề nghị)/u.test(text)) break;
    if (parts.length > 0 && text === text.toUpperCase() && /^(CHỦ TỊCH|ỦY BAN|UBND)/u.test(text)) break;
    parts.push(text);
    if (parts.length >= 4) break;
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

/** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Mai Sơn": the signer's role and name, the end of the body. */
function readSignature(body: SourceLine[], meta: DecisionMeta): void {
  for (let i = 0; i < body.length; i++) {
    if (!ROLE_LINE.test(body[i]!.text)) continue;
    const roles: string[] = [];
    let j = i;
    for (; j < body.length; j++) {
      const text = body[j]!.text;
      if (text === "") continue;
      if (!ROLE_LINE.test(text) && text !== text.toUpperCase()) break;
      roles.push(text);
    }
    const nameLine = body[j];
    if (!nameLine || roles.length === 0 || !/^[\p{Lu}][\p{L}]*(\s+[\p{Lu}][\p{L}]*){1,4}$/u.test(nameLine.text)) continue;
    const first = roles[0]!;
    const last = roles[roles.length - 1]!;
    const prefix = /^(KT\.|TM\.|TL\.|Q\.)/u.exec(first)?.[1];
    meta.signer = {
      name: nameLine.text,
      title: prefix ? `${prefix} ${roleTitle(first.slice(prefix.length).trim())} – ${roleTitle(last)}` : roleTitle(last),
    };
    meta.signatureEnd = j;
    i = j;
  }
}
