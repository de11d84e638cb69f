/**
 * Natural questions, written from the decision texts (data/decisions, shared/decisions) and issue 9
 * without looking at how the engine parses anything: what civil servants and journalists type, with
 * and without diacritics, with typos, abbreviations, English and keystrokes of a switched-off
 * Vietnamese keyboard. Each question says what a correct reply is in terms of shared/CONTRACT.md.
 * Every value was computed from data/dataset.json and checked by eye against the decision text.
 *
 * Units are named by the dataset's unit ids; the scorer compares them with the CONTRACT fields
 * (province + unit name, or an alias of it). National rows are named by province, as the 2022 report
 * prints them. A question of several turns is one conversation; the expectation is about its last turn.
 */

export const CATEGORIES = [
  "lookup",
  "superlative",
  "position",
  "top-n",
  "count",
  "list",
  "average",
  "ordering",
  "compare",
  "overview",
  "trend",
  "small-talk",
  "missing-year",
  "out-of-scope",
  "todays-names",
  "keyboard",
  "national",
  "follow-up",
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Intent = "rank" | "top" | "trend" | "compare" | "overview" | "help" | "unknown" | "count" | "list" | "average";
export type Status = "ok" | "ambiguous" | "not_found" | "not_evaluated";

/** One entry an answer must hold: a provincial unit by id, or a province of the national ranking. */
export interface Ref {
  id?: string;
  national?: string;
  year?: number;
  rank?: number | null;
  index?: "DTI" | "ICT" | "PORTAL";
  total?: number;
}

export interface Expectation {
  /** the accepted intents; any intent when absent */
  intent?: Intent[];
  status: Status[];
  /** the first matches, in this order */
  first?: Ref[];
  /** the first match is one of these (ties, or two tables a block word covers) */
  firstOneOf?: Ref[];
  /** exactly this many matches */
  matchCount?: number;
  /** the matches are exactly these entries, in any order */
  set?: Ref[];
  /** the first matches are these entries, in any order */
  firstSet?: Ref[];
  /** the CONTRACT "count" */
  count?: number;
  /** the CONTRACT "average" */
  average?: { value: number; printed: boolean };
  /** the CONTRACT "orderBy" names this component; matches are ordered by it, the first scoring `best` */
  orderBy?: { component: string; direction: "desc" | "asc"; best: number };
  /** every match is of this province (and year) */
  allOf?: { province: string; year?: number };
  /** the matches are this unit over these years, oldest first (checked when the status is ok) */
  trend?: { id: string; years: number[] };
  /** no matches and no candidates */
  empty?: boolean;
  /** the text names no unit of the dataset the question did not ask about */
  namesOnlyAsked?: boolean;
  /** the year asked is not in the data: not_found, or a reply that says the year is missing */
  missingYear?: number;
  /** a 2025 department: matches (ok) or candidates (ambiguous) hold every `must` and nothing outside must ∪ may */
  predecessors?: { must: string[]; may: string[] };
  /** the text states each of these: a number (as printed, decimal comma or point) or words (case-insensitive) */
  mentions?: (number | string)[];
  /** the text states a number within `within` of each `value` (a computed figure any honest rounding of which is right) */
  mentionsNear?: { value: number; within: number }[];
  /** one line of the reply names this (a year, a component) and says the data do not hold it */
  saysMissing?: string | number;
  /** two honest readings: the answer meets the rest of this expectation and at least one of these */
  anyOf?: Partial<Expectation>[];
  /** one line of the reply names this year and says it is missing, whatever the status (a "not found" of a misread unit does not) */
  saysYearMissing?: number;
  /** the reply says each of these (compared without diacritics or case): a caveat that makes a partial figure honest */
  says?: string[];
  /** several honest readings (a tie, a block word covering two tables): right when any one holds, on top of the fields above */
  oneOf?: Expectation[];
}

export interface NaturalQuestion {
  category: Category;
  turns: string[];
  expect: Expectation;
}

type Item = { turns: string[]; expect: Expectation };

const BG = (s: string) => `bac-giang/${s}`;
const BN = (s: string) => `bac-ninh/${s}`;
const CB = (s: string) => `cao-bang/${s}`;
const HY = (s: string) => `hung-yen/${s}`;

/** The year each province's data is about when a question names none (the latest it has). */
const LATEST: Readonly<Record<string, number>> = { "bac-giang": 2023, "bac-ninh": 2023, "cao-bang": 2022, "hung-yen": 2023 };
const yearOf = (id: string) => LATEST[id.split("/")[0]!]!;

const ref = (id: string, year = yearOf(id), rank?: number | null, index?: Ref["index"]): Ref => ({
  id,
  year,
  ...(rank === undefined ? {} : { rank }),
  ...(index === undefined ? {} : { index }),
});
const refs = (ids: string[], year?: number, index?: Ref["index"]) => ids.map((id) => ref(id, year ?? yearOf(id), undefined, index));
const nat = (province: string, rank?: number, total?: number): Ref => ({
  national: province,
  year: 2022,
  ...(rank === undefined ? {} : { rank }),
  ...(total === undefined ? {} : { total }),
});

const q = (turns: string | string[], expect: Expectation): Item => ({ turns: typeof turns === "string" ? [turns] : turns, expect });

/** "Unit X: what rank / score / grade / component?" */
const look = (t: string | string[], id: string, rank: number, year = yearOf(id), index?: Ref["index"]) =>
  q(t, { intent: ["rank"], status: ["ok"], first: [ref(id, year, rank, index)] });
/** One winner (or loser) of a table: `top` with exactly one match. */
const one = (t: string | string[], id: string, rank: number, year = yearOf(id), index?: Ref["index"]) =>
  q(t, { intent: ["top"], status: ["ok"], matchCount: 1, first: [ref(id, year, rank, index)] });
const oneOf = (t: string, options: Ref[]) => q(t, { intent: ["top"], status: ["ok"], matchCount: 1, firstOneOf: options });
/** "Who is #N": `rank` with that unit first. */
const at = (t: string | string[], id: string, rank: number, year = yearOf(id), index?: Ref["index"]) =>
  q(t, { intent: ["rank"], status: ["ok"], first: [ref(id, year, rank, index)] });
const atOneOf = (t: string, options: Ref[]) => q(t, { intent: ["rank"], status: ["ok"], firstOneOf: options });
/** A top-N of one table, in rank order. */
const topN = (t: string | string[], ids: string[], year?: number, index?: Ref["index"]) =>
  q(t, { intent: ["top"], status: ["ok"], matchCount: ids.length, first: refs(ids, year, index) });
/** A top-N across a province's tables: only who comes first is certain. */
const topAcross = (t: string, id: string, year = yearOf(id)) => q(t, { intent: ["top"], status: ["ok"], first: [ref(id, year)] });
/** The N last of a table, in whichever order. */
const bottomN = (t: string, ids: string[], year?: number) =>
  q(t, { intent: ["top"], status: ["ok"], matchCount: ids.length, set: refs(ids, year) });
const count = (t: string | string[], ids: string[], year?: number, index?: Ref["index"]) =>
  q(t, { intent: ["count"], status: ["ok"], count: ids.length, set: refs(ids, year, index) });
const list = (t: string | string[], ids: string[], year?: number, index?: Ref["index"]) =>
  q(t, { intent: ["list"], status: ["ok"], set: refs(ids, year, index) });
const avg = (t: string | string[], value: number, printed: boolean) => q(t, { intent: ["average"], status: ["ok"], average: { value, printed } });
const orderBy = (t: string | string[], component: string, direction: "desc" | "asc", best: number, firstOneOf: string[], n?: number) =>
  q(t, {
    intent: ["top"],
    status: ["ok"],
    orderBy: { component, direction, best },
    firstOneOf: firstOneOf.map((id) => ref(id)),
    ...(n === undefined ? {} : { matchCount: n }),
  });
const compare = (t: string | string[], ids: string[], year?: number) =>
  q(t, { intent: ["compare"], status: ["ok"], firstSet: refs(ids, year) });
const overviewOf = (t: string | string[], province: string, year?: number) =>
  q(t, { intent: ["overview"], status: ["ok"], allOf: { province, ...(year === undefined ? {} : { year }) } });
/** A unit's summary: its full lookup (rank, score, components) is as much an overview as one named so. */
const overviewUnit = (t: string, id: string) => q(t, { intent: ["overview", "rank"], status: ["ok"], first: [ref(id)] });
/** A unit over the years; one ranked only once may get that one year or an honest "nothing to compare". */
const trend = (t: string, id: string, years: number[]) =>
  q(t, { intent: ["trend"], status: years.length > 1 ? ["ok"] : ["ok", "not_found"], trend: { id, years } });
/**
 * Greetings and thanks: never "not found", nothing matched or suggested. A help text may show example
 * questions, so the text itself is not searched for unit names here.
 */
const talk = (t: string | string[]) => q(t, { status: ["ok", "ambiguous", "not_evaluated"], empty: true });
/** A year the data lack: an answer about another year is right only when it says so. */
const missing = (t: string | string[], year: number) => q(t, { status: ["ok", "not_found", "ambiguous", "not_evaluated"], missingYear: year });
const outside = (t: string) => q(t, { status: ["not_found"], empty: true, namesOnlyAsked: true });
const merged = (t: string, must: string[], may: string[] = []) => q(t, { status: ["ok", "ambiguous"], predecessors: { must, may } });

const NN = "so-nong-nghiep-phat-trien-nong-thon";
const TN = "so-tai-nguyen-moi-truong";

const SET: Record<Category, Item[]> = {
  lookup: [
    look("Sở Tư pháp Bắc Ninh xếp hạng bao nhiêu?", BN("so-tu-phap"), 13),
    look("so tu phap hung yen dung thu may", HY("so-tu-phap"), 12),
    look("Điểm DTI của Sở Công Thương Cao Bằng là bao nhiêu", CB("so-cong-thuong"), 1),
    look("UBND huyện Ân Thi được bao nhiêu điểm chuyển đổi số", HY("an-thi"), 6),
    look("Thị xã Thuận Thành xếp loại gì năm 2023", BN("thuan-thanh"), 8),
    look("huyện Sơn Động 2023 đứng thứ mấy", BG("son-dong"), 10, 2023),
    look("Sở Ngoại vụ Bắc Giang năm 2021 xếp thứ mấy về ứng dụng CNTT", BG("so-ngoai-vu"), 13, 2021, "ICT"),
    look("What's the DTI score of Kim Dong district, Hung Yen?", HY("kim-dong"), 4),
    look("Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên xếp hạng mấy", HY("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"), 2),
    look("chỉ số an toàn thông tin mạng của Sở Y tế Bắc Ninh", BN("so-y-te"), 2),
    look("Sở Ngoại vụ Cao Bằng được mấy điểm an toàn thông tin", CB("so-ngoai-vu"), 16),
    look("Huyện Bảo Lạc Cao Bằng DTI 2022", CB("bao-lac"), 2),
    look("thanh tra tinh cao bang xep hang", CB("thanh-tra"), 11),
    look("BQL khu kinh tế Cao Bằng đứng thứ mấy", CB("ban-quan-ly-khu-kinh-te"), 12),
    look("Ban QL khu đại học Phó Hiến xếp loại gì", HY("ban-quan-ly-khu-dai-hoc-pho-hien"), 3),
    q("Huyện Quảng Hòa Cao Bằng xếp thứ mấy", { intent: ["rank"], status: ["not_evaluated"], first: [ref(CB("quang-hoa"), 2022, null)] }),
    look("Huyen Nguyen Binh diem so bao nhieu", CB("nguyen-binh"), 3),
    look("TP Từ Sơn xếp hạng DTI", BN("tu-son"), 2),
    look("Sở Tài nguyên Môi trường Bắc Giang năm 2023 hạng mấy", BG(TN), 1, 2023),
    look("How did Hung Yen's Department of Finance rank?", HY("so-tai-chinh"), 5),
    look("điểm hạ tầng số của TP Bắc Ninh", BN("bac-ninh"), 3),
    look("Sở Văn hóa Thể thao Du lịch Cao Bằng xếp loại", CB("so-van-hoa-the-thao-du-lich"), 13),
    look("huyện Yên Thế năm 2021 ứng dụng CNTT xếp thứ bao nhiêu", BG("yen-the"), 8, 2021, "ICT"),
    look("Sở GDĐT Hưng Yên được bao nhiêu điểm", HY("so-giao-duc-dao-tao"), 1),
    look("Mỹ Hào xếp thứ mấy", HY("my-hao"), 2),
    look("Sở Lao động Thương binh Xã hội Cao Bằng", CB("so-lao-dong-thuong-binh-xa-hoi"), 7),
    look("sở tt&tt hưng yên xếp thứ mấy", HY("so-thong-tin-truyen-thong"), 2),
    look("ubnd huyện tiên lữ đứng thứ bao nhiêu", HY("tien-lu"), 8),
    look("Sở KHĐT Cao Bằng", CB("so-ke-hoach-dau-tu"), 17),
    look("Sở Y tề Hưng Yen", HY("so-y-te"), 9),
    look("huyen khoai chau hung yen dung thu may", HY("khoai-chau"), 3),
    look("VP UBND tỉnh Bắc Giang năm 2023", BG("van-phong-uy-ban-nhan-dan"), 6, 2023),
  ],
  superlative: [
    one("huyện nào nhất Bắc Giang năm 2023", BG("bac-giang"), 1, 2023),
    one("Which Hung Yen district came first?", HY("hung-yen"), 1),
    one("sở nào đứng đầu Cao Bằng", CB("so-cong-thuong"), 1),
    one("huyện nào đội sổ ở Bắc Ninh", BN("thuan-thanh"), 8),
    one("sở nào thấp điểm nhất Bắc Ninh", BN("so-ke-hoach-dau-tu"), 17),
    one("ai đứng đầu khối sở Bắc Giang 2023", BG(TN), 1, 2023),
    one("đơn vị cấp huyện cao điểm nhất Cao Bằng", CB("cao-bang"), 1),
    one("huyện nào kém nhất Hưng Yên", HY("phu-cu"), 10),
    one("which department ranked last in Cao Bang?", CB("so-xay-dung"), 20),
    one("sở có dịch vụ công nào đứng cuối Hưng Yên", HY("so-ke-hoach-dau-tu"), 16),
    one("đơn vị nào xếp đầu khối không có dịch vụ công Hưng Yên", HY("van-phong-uy-ban-nhan-dan"), 1),
    one("huyện nào xếp bét Bắc Giang 2021 về ứng dụng CNTT", BG("son-dong"), 10, 2021, "ICT"),
    one("top 1 huyện Bắc Ninh", BN("que-vo"), 1),
    one("huyện số 1 Cao Bằng là huyện nào", CB("cao-bang"), 1),
    one("Best district in Bac Ninh?", BN("que-vo"), 1),
    one("sở nào dẫn đầu về ứng dụng CNTT ở Bắc Giang năm 2021", BG("so-y-te"), 1, 2021, "ICT"),
    one("cổng thông tin điện tử sở nào tốt nhất Bắc Giang 2021", BG("so-giao-duc-dao-tao"), 1, 2021, "PORTAL"),
    one("huyện nào thấp nhất Cao Bằng", CB("ha-lang"), 9),
    one("sở nào xếp cuối cùng Bắc Giang 2023", BG("ban-dan-toc"), 20, 2023),
    one("who is the lowest-ranked district in Hung Yen", HY("phu-cu"), 10),
    oneOf("sở nào điểm cao nhất Hưng Yên", [ref(HY("so-giao-duc-dao-tao"), 2023, 1), ref(HY("van-phong-uy-ban-nhan-dan"), 2023, 1)]),
  ],
  position: [
    atOneOf("đơn vị thứ 4 khối sở Hưng Yên là ai", [ref(HY("so-khoa-hoc-cong-nghe"), 2023, 4), ref(HY("thanh-tra"), 2023, 4)]),
    at("ai xếp thứ 3 khối huyện Bắc Ninh", BN("bac-ninh"), 3),
    at("sở nào đứng thứ hai Cao Bằng", CB("so-tai-chinh"), 2),
    at("huyện đứng áp chót Hưng Yên", HY("van-giang"), 9),
    at("thứ 5 khối huyện Bắc Giang 2023 là huyện nào", BG("tan-yen"), 5, 2023),
    at("Who ranked 3rd among Cao Bang districts?", CB("nguyen-binh"), 3),
    at("đơn vị hạng 10 sở ban ngành Bắc Ninh", BN("so-cong-thuong"), 10),
    at("sở xếp thứ 7 Bắc Giang năm 2023", BG("so-y-te"), 7, 2023),
    at("huyện thứ 2 từ dưới lên Bắc Ninh", BN("gia-binh"), 7),
    at("thứ 6 huyện Cao Bằng là ai", CB("bao-lam"), 6),
    at("vị trí thứ 15 khối sở Cao Bằng", CB("so-y-te"), 15),
    at("hạng nhì khối huyện Hưng Yên", HY("my-hao"), 2),
    at("đơn vị đứng thứ 3 từ cuối lên khối sở Bắc Ninh", BN(TN), 15),
    atOneOf("huyện xếp thứ 9 Bắc Giang 2021", [ref(BG("lang-giang"), 2021, 9, "ICT"), ref(BG("viet-yen"), 2021, 9, "PORTAL")]),
    at("sở thứ 12 Hưng Yên", HY("so-tu-phap"), 12),
    at("ai xếp thứ 8 sở ban ngành Bắc Giang 2023", BG("so-noi-vu"), 8, 2023),
    at("ai đứng thứ 3 Cao Bằng khối sở", CB("ban-dan-toc"), 3),
    at("huyện xếp hạng 4 ở Hưng Yên", HY("kim-dong"), 4),
    at("which department is ranked 5th in Bac Ninh", BN("so-van-hoa-the-thao-du-lich"), 5),
  ],
  "top-n": [
    topN("top 5 huyện Bắc Giang 2023", ["bac-giang", "viet-yen", "lang-giang", "luc-nam", "tan-yen"].map(BG), 2023),
    topN("top 3 sở Bắc Ninh", ["so-thong-tin-truyen-thong", "so-y-te", "so-tai-chinh"].map(BN)),
    topN("5 huyện dẫn đầu Hưng Yên", ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my"].map(HY)),
    topN(
      "top 10 sở Cao Bằng",
      [
        "so-cong-thuong",
        "so-tai-chinh",
        "ban-dan-toc",
        "so-thong-tin-truyen-thong",
        "so-khoa-hoc-cong-nghe",
        "so-noi-vu",
        "so-lao-dong-thuong-binh-xa-hoi",
        "van-phong-uy-ban-nhan-dan",
        "so-giao-duc-dao-tao",
        NN,
      ].map(CB),
    ),
    bottomN("3 huyện cuối bảng Cao Bằng", ["thach-an", "trung-khanh", "ha-lang"].map(CB)),
    topN("Top 3 districts in Bac Ninh", ["que-vo", "tu-son", "bac-ninh"].map(BN)),
    topN("top 3 sở có dịch vụ công Hưng Yên", ["so-giao-duc-dao-tao", "so-thong-tin-truyen-thong", NN].map(HY)),
    topN(
      "top 5 sở Bắc Giang năm 2021 về chỉ số ứng dụng CNTT",
      ["so-y-te", "so-van-hoa-the-thao-du-lich", "so-tai-chinh", "so-noi-vu", "so-thong-tin-truyen-thong"].map(BG),
      2021,
      "ICT",
    ),
    topAcross("5 đơn vị đứng đầu Bắc Ninh 2023", BN("so-thong-tin-truyen-thong")),
    topAcross("top 3 Cao Bằng", CB("so-cong-thuong")),
    topAcross("Top 5 units in Bac Giang 2023", BG(TN), 2023),
    bottomN("2 sở yếu nhất Bắc Ninh", ["so-ke-hoach-dau-tu", "so-giao-thong-van-tai"].map(BN)),
    topN("top 4 huyện Cao Bằng 2022", ["cao-bang", "bao-lac", "nguyen-binh", "hoa-an"].map(CB)),
    topN("liệt kê top 3 huyện Bắc Giang năm 2021 về cổng thông tin điện tử", ["tan-yen", "bac-giang", "luc-ngan"].map(BG), 2021, "PORTAL"),
    topN(
      "top 5 sở ngành Hưng Yên không có dịch vụ công",
      ["van-phong-uy-ban-nhan-dan", "van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan", "ban-quan-ly-khu-dai-hoc-pho-hien", "thanh-tra"].map(HY),
    ),
    topN(
      "mười huyện đứng đầu Hưng Yên",
      ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my", "an-thi", "van-lam", "tien-lu", "van-giang", "phu-cu"].map(HY),
    ),
    topN("ba sở dẫn đầu Cao Bằng", ["so-cong-thuong", "so-tai-chinh", "ban-dan-toc"].map(CB)),
    topN("top 5 huyen bac ninh 2023", ["que-vo", "tu-son", "bac-ninh", "tien-du", "luong-tai"].map(BN)),
  ],
  count: [
    count("có bao nhiêu sở xếp loại xuất sắc ở Bắc Ninh", ["so-thong-tin-truyen-thong", "so-y-te", "so-tai-chinh"].map(BN)),
    count(
      "Cao Bằng có bao nhiêu huyện được xếp hạng",
      ["cao-bang", "bao-lac", "nguyen-binh", "hoa-an", "ha-quang", "bao-lam", "thach-an", "trung-khanh", "ha-lang"].map(CB),
    ),
    count("Bắc Ninh có mấy huyện xếp loại kém", [BN("thuan-thanh")]),
    count(
      "Hưng Yên có bao nhiêu huyện loại khá",
      ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my", "an-thi", "van-lam", "tien-lu"].map(HY),
    ),
    count("bao nhiêu sở Bắc Ninh trên 800 điểm", ["so-thong-tin-truyen-thong", "so-y-te", "so-tai-chinh"].map(BN)),
    count(
      "Cao Bằng bao nhiêu sở đạt trên 750 điểm",
      ["so-cong-thuong", "so-tai-chinh", "ban-dan-toc", "so-thong-tin-truyen-thong", "so-khoa-hoc-cong-nghe", "so-noi-vu", "so-lao-dong-thuong-binh-xa-hoi"].map(CB),
    ),
    count("có mấy huyện Hưng Yên dưới 650 điểm", ["van-giang", "phu-cu"].map(HY)),
    count("bao nhiêu huyện Bắc Ninh trên mức trung bình", ["que-vo", "tu-son", "bac-ninh", "tien-du", "luong-tai"].map(BN)),
    count("how many districts scored above the block average in Cao Bang", ["cao-bang", "bao-lac", "nguyen-binh", "hoa-an"].map(CB)),
    count(
      "Bắc Ninh có bao nhiêu sở loại trung bình",
      ["so-cong-thuong", "ban-quan-ly-an-toan-thuc-pham", "ban-quan-ly-khu-cong-nghiep", "so-tu-phap", "so-xay-dung"].map(BN),
    ),
    count(
      "Hưng Yên có bao nhiêu đơn vị xếp loại trung bình",
      ["so-xay-dung", TN, "so-ke-hoach-dau-tu", "ban-quan-ly-khu-dai-hoc-pho-hien", "thanh-tra", "van-giang", "phu-cu"].map(HY),
    ),
    count(
      "Bắc Giang 2023 có bao nhiêu sở trên 0,8 điểm",
      [TN, "so-xay-dung", NN, "so-tai-chinh", "so-giao-thong-van-tai", "van-phong-uy-ban-nhan-dan", "so-y-te", "so-noi-vu", "so-ke-hoach-dau-tu", "so-thong-tin-truyen-thong"].map(BG),
      2023,
    ),
    count(
      "có bao nhiêu huyện Bắc Giang năm 2021 xếp loại tốt về ứng dụng CNTT",
      ["bac-giang", "viet-yen", "luc-nam", "luc-ngan", "hiep-hoa"].map(BG),
      2021,
      "ICT",
    ),
    count("Bắc Ninh có bao nhiêu sở xếp loại tốt", [NN, "so-van-hoa-the-thao-du-lich", "so-giao-duc-dao-tao"].map(BN)),
    count(
      "Cao Bằng có bao nhiêu sở ban ngành được đánh giá",
      [
        "so-cong-thuong",
        "so-tai-chinh",
        "ban-dan-toc",
        "so-thong-tin-truyen-thong",
        "so-khoa-hoc-cong-nghe",
        "so-noi-vu",
        "so-lao-dong-thuong-binh-xa-hoi",
        "van-phong-uy-ban-nhan-dan",
        "so-giao-duc-dao-tao",
        NN,
        "thanh-tra",
        "ban-quan-ly-khu-kinh-te",
        "so-van-hoa-the-thao-du-lich",
        TN,
        "so-y-te",
        "so-ngoai-vu",
        "so-ke-hoach-dau-tu",
        "so-tu-phap",
        "so-giao-thong-van-tai",
        "so-xay-dung",
      ].map(CB),
    ),
    count("số huyện Hưng Yên trên 700 điểm", ["hung-yen", "my-hao", "khoai-chau"].map(HY)),
    count("How many Bac Ninh departments were rated Poor?", [TN, "so-giao-thong-van-tai", "so-ke-hoach-dau-tu"].map(BN)),
    count("bao nhiêu sở Hưng Yên có dịch vụ công dưới 600 điểm", ["so-xay-dung", TN, "so-ke-hoach-dau-tu"].map(HY)),
  ],
  list: [
    list("những sở nào xếp loại xuất sắc Bắc Ninh", ["so-thong-tin-truyen-thong", "so-y-te", "so-tai-chinh"].map(BN)),
    list("liệt kê các huyện Hưng Yên xếp loại trung bình", ["van-giang", "phu-cu"].map(HY)),
    list("các huyện Bắc Ninh đạt trên 700 điểm", ["que-vo", "tu-son"].map(BN)),
    list("sở nào của Cao Bằng dưới 650 điểm", ["so-tu-phap", "so-giao-thong-van-tai", "so-xay-dung"].map(CB)),
    list(
      "những huyện Bắc Giang năm 2023 có điểm trên trung bình",
      ["bac-giang", "viet-yen", "lang-giang", "luc-nam", "tan-yen", "luc-ngan", "yen-the", "hiep-hoa"].map(BG),
      2023,
    ),
    list("các sở Bắc Ninh loại kém", [TN, "so-giao-thong-van-tai", "so-ke-hoach-dau-tu"].map(BN)),
    list("Which Hung Yen departments with public services scored below 600?", ["so-xay-dung", TN, "so-ke-hoach-dau-tu"].map(HY)),
    list("huyện nào của Cao Bằng trên 600 điểm", ["cao-bang", "bao-lac", "nguyen-binh", "hoa-an"].map(CB)),
    list(
      "danh sách sở Hưng Yên xếp loại khá",
      [
        "so-giao-duc-dao-tao",
        "so-thong-tin-truyen-thong",
        NN,
        "so-khoa-hoc-cong-nghe",
        "so-tai-chinh",
        "so-cong-thuong",
        "so-noi-vu",
        "so-lao-dong-thuong-binh-xa-hoi",
        "so-y-te",
        "so-van-hoa-the-thao-du-lich",
        "ban-quan-ly-khu-cong-nghiep",
        "so-tu-phap",
        "so-giao-thong-van-tai",
        "van-phong-uy-ban-nhan-dan",
        "van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan",
      ].map(HY),
    ),
    list("các huyện Bắc Ninh trên mức trung bình khối", ["que-vo", "tu-son", "bac-ninh", "tien-du", "luong-tai"].map(BN)),
    list("sở nào Bắc Giang 2021 xếp loại khá về ứng dụng CNTT", [TN, "ban-dan-toc", "thanh-tra", "so-giao-thong-van-tai"].map(BG), 2021, "ICT"),
    list("những đơn vị cấp huyện Cao Bằng dưới 500 điểm", ["trung-khanh", "ha-lang"].map(CB)),
    list("list Bac Ninh districts rated Good", ["tu-son", "bac-ninh"].map(BN)),
    list("các sở Cao Bằng trên 800 điểm", ["so-cong-thuong", "so-tai-chinh", "ban-dan-toc", "so-thong-tin-truyen-thong"].map(CB)),
    list(
      "sở nào khối có dịch vụ công Hưng Yên dưới mức trung bình",
      ["ban-quan-ly-khu-cong-nghiep", "so-tu-phap", "so-giao-thong-van-tai", "so-xay-dung", TN, "so-ke-hoach-dau-tu"].map(HY),
    ),
    list("huyện Bắc Giang nào dưới 0,7 điểm năm 2023", ["yen-dung", "son-dong"].map(BG), 2023),
    list("những sở ở Bắc Giang 2023 đạt từ 0,85 trở lên", [TN, "so-xay-dung", NN, "so-tai-chinh"].map(BG), 2023),
    list("các huyện Hưng Yên từ 690 điểm trở lên", ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my"].map(HY)),
  ],
  average: [
    avg("trung bình điểm các huyện Bắc Ninh", 601.8, true),
    avg("điểm trung bình khối sở Bắc Ninh 2023", 747.01, true),
    avg("điểm bình quân các huyện Hưng Yên", 681.472, false),
    avg("trung bình cộng DTI khối sở Cao Bằng", 719.58, false),
    avg("average score of Cao Bang districts", 565.4778, false),
    avg("điểm TB các sở Bắc Giang năm 2023", 0.80179, false),
    avg("trung bình huyện Bắc Giang 2023", 0.71221, false),
    avg("Hưng Yên sở có dịch vụ công trung bình bao nhiêu điểm", 674.5219, false),
    avg("khối không có dịch vụ công Hưng Yên điểm trung bình", 551.8075, false),
    avg("What is the average DTI of Bac Ninh departments?", 747.01, true),
    avg("trung binh diem cac huyen bac ninh", 601.8, true),
    avg("chỉ số ứng dụng CNTT trung bình của các sở Bắc Giang 2021", 0.860955, false),
    avg("điểm trung bình cổng thông tin điện tử các huyện Bắc Giang 2021", 87.142, false),
    avg("mức trung bình của khối huyện Cao Bằng là bao nhiêu", 565.4778, false),
    avg("Bac Giang districts average 2023", 0.71221, false),
    avg("điểm trung bình của các sở Cao Bằng năm 2022 là bao nhiêu", 719.58, false),
    avg("trung bình khối huyện Hưng Yên 2023", 681.472, false),
    avg("Bắc Ninh sở ban ngành trung bình được bao nhiêu điểm", 747.01, true),
  ],
  ordering: [
    orderBy("huyện nào an toàn thông tin tốt nhất Hưng Yên", "An toàn thông tin", "desc", 70, [HY("khoai-chau")], 1),
    orderBy("xếp các sở Bắc Ninh theo hạ tầng số", "Hạ tầng số", "desc", 100, [BN("so-thong-tin-truyen-thong")]),
    orderBy("huyện nào có kinh tế số cao nhất Cao Bằng", "Kinh tế số", "desc", 83.9, [CB("cao-bang")], 1),
    orderBy("sở nào nhân lực số cao nhất Cao Bằng", "Nhân lực số", "desc", 114.2, [CB("so-thong-tin-truyen-thong")], 1),
    orderBy("top 3 huyện Bắc Ninh về an toàn thông tin mạng", "An toàn thông tin mạng", "desc", 65, [BN("que-vo")], 3),
    orderBy("huyện nào hoạt động xã hội số thấp nhất Hưng Yên", "Hoạt động xã hội số", "asc", 47.51, [HY("kim-dong")], 1),
    orderBy("sở có dịch vụ công nào của Hưng Yên có chỉ số chính quyền số cao nhất", "Chính quyền số", "desc", 304.42, [HY("so-tai-chinh")], 1),
    orderBy("Bắc Giang 2023 huyện nào hạ tầng số tốt nhất", "Hạ tầng số", "desc", 0.8123, [BG("luc-nam")], 1),
    orderBy("sắp xếp huyện Cao Bằng theo xã hội số", "Xã hội số", "desc", 67.5, [CB("cao-bang")]),
    orderBy(
      "sở nào an toàn thông tin mạng kém nhất Bắc Giang 2023",
      "An toàn thông tin mạng",
      "asc",
      0.3333,
      ["so-ke-hoach-dau-tu", "so-giao-duc-dao-tao", "thanh-tra", "ban-dan-toc"].map(BG),
      1,
    ),
    orderBy("which Bac Ninh district has the best digital economy score", "Hoạt động kinh tế số", "desc", 60, [BN("que-vo")], 1),
    orderBy("huyện Hưng Yên nào có hoạt động kinh tế số cao nhất", "Hoạt động kinh tế số", "desc", 142.84, [HY("an-thi")], 1),
    orderBy("thể chế số sở nào cao nhất Bắc Ninh", "Thể chế số", "desc", 100, ["so-thong-tin-truyen-thong", "so-y-te", "so-noi-vu"].map(BN), 1),
    orderBy("top 5 sở Cao Bằng theo an toàn thông tin mạng", "An toàn thông tin mạng", "desc", 106.2, [CB("so-ngoai-vu")], 5),
    orderBy("nhận thức số huyện nào thấp nhất Cao Bằng", "Nhận thức số", "asc", 20, [CB("thach-an")], 1),
    orderBy("huyện Bắc Giang nào có hoạt động kinh tế số cao nhất năm 2023", "Hoạt động kinh tế số", "desc", 0.4464, [BG("tan-yen")], 1),
  ],
  compare: [
    compare("Sở Nội vụ với Sở Tư pháp Hưng Yên ai cao hơn", ["so-noi-vu", "so-tu-phap"].map(HY)),
    compare("so sánh Quế Võ và Từ Sơn", ["que-vo", "tu-son"].map(BN)),
    compare("Sở Y tế Bắc Ninh vs Sở Y tế Hưng Yên", [BN("so-y-te"), HY("so-y-te")]),
    compare("compare Kim Dong and Khoai Chau", ["kim-dong", "khoai-chau"].map(HY)),
    compare("Huyện Bảo Lạc hay Huyện Hòa An điểm cao hơn", ["bao-lac", "hoa-an"].map(CB)),
    compare("Sở Tài chính Cao Bằng so với Sở Công Thương Cao Bằng", ["so-tai-chinh", "so-cong-thuong"].map(CB)),
    compare("so sánh Việt Yên, Lạng Giang và Lục Nam năm 2023", ["viet-yen", "lang-giang", "luc-nam"].map(BG), 2023),
    compare("Sở TT&TT Bắc Ninh or Sở Y tế Bắc Ninh", ["so-thong-tin-truyen-thong", "so-y-te"].map(BN)),
    compare("Văn Lâm vs Văn Giang", ["van-lam", "van-giang"].map(HY)),
    compare("so sánh Sở GD&ĐT và Sở Y tế Bắc Giang 2023", ["so-giao-duc-dao-tao", "so-y-te"].map(BG), 2023),
    compare("TP Cao Bằng với huyện Bảo Lạc ai hơn", ["cao-bang", "bao-lac"].map(CB)),
    compare("Sở Xây dựng Bắc Ninh và Sở Xây dựng Cao Bằng", [BN("so-xay-dung"), CB("so-xay-dung")]),
    compare("Yên Phong hay Gia Bình", ["yen-phong", "gia-binh"].map(BN)),
    compare("so sánh Sở Nội vụ, Sở Tư pháp và Sở Y tế Cao Bằng", ["so-noi-vu", "so-tu-phap", "so-y-te"].map(CB)),
    compare("Which is better, Tien Du or Luong Tai?", ["tien-du", "luong-tai"].map(BN)),
    compare("Mỹ Hào so với TP Hưng Yên", ["my-hao", "hung-yen"].map(HY)),
    compare("Sở Tài chính với Sở KH&ĐT Hưng Yên", ["so-tai-chinh", "so-ke-hoach-dau-tu"].map(HY)),
    compare("ai hơn: Huyện Tân Yên hay Huyện Yên Thế năm 2023", ["tan-yen", "yen-the"].map(BG), 2023),
  ],
  overview: [
    overviewOf("tình hình chuyển đổi số Bắc Ninh thế nào", "Bắc Ninh"),
    overviewOf("tóm tắt kết quả DTI Hưng Yên 2023", "Hưng Yên", 2023),
    overviewOf("Cao Bằng có gì nổi bật", "Cao Bằng"),
    overviewOf("How is Bac Giang doing?", "Bắc Giang"),
    overviewUnit("tóm tắt Sở Y tế Bắc Ninh", BN("so-y-te")),
    overviewUnit("tình hình Huyện Khoái Châu thế nào", HY("khoai-chau")),
    overviewOf("tổng quan khối huyện Cao Bằng", "Cao Bằng"),
    overviewUnit("How is the Hung Yen Department of Justice doing?", HY("so-tu-phap")),
    overviewOf("kết quả chung của Bắc Giang năm 2023 ra sao", "Bắc Giang", 2023),
    overviewOf("điểm nổi bật DTI Bắc Ninh 2023", "Bắc Ninh", 2023),
    overviewUnit("tình hình Sở Tài chính Cao Bằng", CB("so-tai-chinh")),
    overviewOf("tom tat ket qua hung yen", "Hưng Yên"),
    overviewOf("overview of Cao Bang", "Cao Bằng"),
    overviewUnit("Thị xã Quế Võ tình hình chuyển đổi số ra sao", BN("que-vo")),
    overviewOf("tổng quan Bắc Giang 2021", "Bắc Giang", 2021),
    overviewUnit("tóm tắt tình hình Huyện Bảo Lạc", CB("bao-lac")),
    overviewOf("Bắc Ninh năm 2023 có gì đáng chú ý", "Bắc Ninh", 2023),
    overviewUnit("tóm tắt giúp Sở Tư pháp Bắc Giang năm 2023", BG("so-tu-phap")),
  ],
  trend: [
    trend("Sở Y tế Bắc Giang qua các năm", BG("so-y-te"), [2021, 2023]),
    trend("xu hướng của huyện Việt Yên", BG("viet-yen"), [2021, 2023]),
    trend("Sở Tài chính Bắc Giang tăng hay giảm hạng qua các năm", BG("so-tai-chinh"), [2021, 2023]),
    trend("Lục Ngạn từ 2021 đến 2023 thay đổi thế nào", BG("luc-ngan"), [2021, 2023]),
    trend("diễn biến xếp hạng Sở Xây dựng Bắc Giang", BG("so-xay-dung"), [2021, 2023]),
    trend("Thành phố Bắc Giang thay đổi thế nào qua các năm", BG("bac-giang"), [2021, 2023]),
    trend("How has Bac Giang's Department of Health changed over the years?", BG("so-y-te"), [2021, 2023]),
    trend("Ban Dân tộc Bắc Giang các năm", BG("ban-dan-toc"), [2021, 2023]),
    trend("Sở GTVT Bắc Giang có tiến bộ qua các năm không", BG("so-giao-thong-van-tai"), [2021, 2023]),
    trend("Huyện Sơn Động qua từng năm", BG("son-dong"), [2021, 2023]),
    trend("lịch sử xếp hạng Sở Tư pháp Bắc Giang", BG("so-tu-phap"), [2021, 2023]),
    trend("Sở Y tế Bắc Ninh qua các năm", BN("so-y-te"), [2023]),
    trend("Huyện Tân Yên biến động thứ hạng ra sao", BG("tan-yen"), [2021, 2023]),
    trend("trend of Yen The district", BG("yen-the"), [2021, 2023]),
    trend("Sở Kế hoạch và Đầu tư Bắc Giang các năm qua", BG("so-ke-hoach-dau-tu"), [2021, 2023]),
    trend("xu hướng Huyện Kim Động", HY("kim-dong"), [2023]),
  ],
  "small-talk": [
    talk("xin chào"),
    talk("chào bot"),
    talk("cảm ơn nhé"),
    talk("cám ơn bạn nhiều"),
    talk("thanks!"),
    talk("hello"),
    talk("hi there"),
    talk("ok"),
    talk("bạn là ai?"),
    talk("bạn làm được gì"),
    talk("tuyệt vời"),
    talk("good morning"),
    talk("chào buổi sáng"),
    talk("hay quá"),
    talk("tạm biệt"),
    talk("thank you so much"),
    talk("👍"),
  ],
  "missing-year": [
    missing("Sở Y tế Bắc Ninh năm 2021", 2021),
    missing("Top huyện Bắc Ninh 2019", 2019),
    missing("Bắc Giang 2022 sở nào đứng đầu", 2022),
    missing("Hưng Yên DTI 2024", 2024),
    missing("Sở Tư pháp Hưng Yên 2022 xếp thứ mấy", 2022),
    missing("Cao Bằng năm 2020 huyện nào nhất", 2020),
    missing("kết quả chuyển đổi số Bắc Ninh 2024", 2024),
    missing("Sở Tài chính Bắc Giang năm 2022", 2022),
    missing("What was Que Vo's rank in 2022?", 2022),
    missing("top 5 sở Hưng Yên năm 2025", 2025),
    missing("điểm trung bình các huyện Bắc Ninh 2022", 2022),
    missing("có bao nhiêu sở xuất sắc Bắc Ninh năm 2020", 2020),
    missing("Huyện Việt Yên năm 2022 đứng thứ mấy", 2022),
    missing("DTI 2021 của Sở Y tế Cao Bằng", 2021),
    missing("Bắc Ninh xếp thứ mấy cả nước năm 2023", 2023),
    missing("xếp hạng DTI của Đà Nẵng năm 2023", 2023),
    missing("Sở KH&CN Bắc Giang 2020", 2020),
  ],
  "out-of-scope": [
    outside("Sở Y tế Đồng Nai xếp thứ mấy"),
    outside("Bộ Tài chính xếp hạng chuyển đổi số bao nhiêu"),
    outside("huyện Đông Anh xếp thứ mấy"),
    outside("Công an tỉnh Hưng Yên đứng thứ mấy"),
    outside("quận Cầu Giấy Hà Nội DTI"),
    outside("Bộ Công an đứng thứ mấy DTI 2022"),
    outside("Sở Y tế Thái Bình xếp thứ mấy"),
    outside("Which ministry ranked first in DTI 2022?"),
    outside("Sở Du lịch Quảng Ninh"),
    outside("Huyện Bảo Lộc Lâm Đồng xếp hạng"),
    outside("Ngân hàng Nhà nước chi nhánh Bắc Ninh xếp hạng"),
    outside("Sở Y tế TP Hồ Chí Minh đứng thứ mấy"),
    outside("Trường Đại học Bách khoa xếp hạng DTI"),
    outside("Sở Giáo dục Nghệ An đứng thứ mấy"),
    outside("Bưu điện tỉnh Cao Bằng xếp thứ mấy"),
    outside("bộ nào dẫn đầu chỉ số chuyển đổi số cấp bộ"),
    outside("Sở Tài chính Hải Phòng"),
    outside("UBND quận Hoàn Kiếm xếp thứ mấy"),
    outside("Cục Thuế tỉnh Bắc Giang đứng thứ mấy"),
  ],
  "todays-names": [
    look("huyện Lạng Giang tỉnh Bắc Ninh", BG("lang-giang"), 3, 2023),
    merged("Sở Nông nghiệp và Môi trường Bắc Ninh", [BN(NN), BN(TN)], [BG(NN), BG(TN)]),
    look("Việt Yên Bắc Ninh xếp thứ mấy", BG("viet-yen"), 2, 2023),
    merged("Sở Nông nghiệp và Môi trường Hưng Yên", [HY(NN), HY(TN)]),
    merged("Sở Dân tộc và Tôn giáo Cao Bằng", [CB("ban-dan-toc")]),
    merged("Sở Nông nghiệp và Môi trường Cao Bằng xếp thứ mấy", [CB(NN), CB(TN)]),
    look("huyện Lục Ngạn, Bắc Ninh", BG("luc-ngan"), 6, 2023),
    look("Thành phố Bắc Giang thuộc tỉnh Bắc Ninh đứng thứ mấy", BG("bac-giang"), 1, 2023),
    merged("Sở NN&MT Hưng Yên", [HY(NN), HY(TN)]),
    merged("Sở Dân tộc và Tôn giáo Bắc Ninh", [BG("ban-dan-toc")]),
    look("huyện Yên Dũng tỉnh Bắc Ninh năm 2021", BG("yen-dung"), 6, 2021, "ICT"),
    merged("Sở Nông nghiệp và Môi trường Bắc Giang", [BG(NN), BG(TN)]),
    merged("Department of Agriculture and Environment of Cao Bang", [CB(NN), CB(TN)]),
    merged("Sở Dân tộc Tôn giáo Bắc Giang 2023", [BG("ban-dan-toc")]),
    look("huyện Tân Yên (nay thuộc Bắc Ninh)", BG("tan-yen"), 5, 2023),
    merged("Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh năm 2023 hạng mấy", [BN(NN), BN(TN)], [BG(NN), BG(TN)]),
    look("Sơn Động tỉnh Bắc Ninh", BG("son-dong"), 10, 2023),
  ],
  keyboard: [
    look("Sowr Y tees Bawcs Ninh xeeps thuws maays", BN("so-y-te"), 2),
    look("So73 y te61 Hu7ng Ye6n", HY("so-y-te"), 9),
    one("huyeenj naof nhaats Cao Bawngf", CB("cao-bang"), 1),
    look("Sowr Taif chinhs Cao Bawngf", CB("so-tai-chinh"), 2),
    look("Khoais Chaau xeeps thuws maays", HY("khoai-chau"), 3),
    look("Que61 Vo4 d9u71ng thu71 ma61y", BN("que-vo"), 1),
    topN("top 3 huyeenj Bawcs Giang 2023", ["bac-giang", "viet-yen", "lang-giang"].map(BG), 2023),
    look("Sowr Tuw phaps Hwng Yeen", HY("so-tu-phap"), 12),
    look("Sở Nội vụ Bawcs Ninh", BN("so-noi-vu"), 7),
    count("co1 bao nhie6u so73 xe61p loa5i xua61t sa81c o73 Ba8c1 Ninh", ["so-thong-tin-truyen-thong", "so-y-te", "so-tai-chinh"].map(BN)),
    look("Thanhf phoos Tuwf Sown", BN("tu-son"), 2),
    look("huye65n Lu5c Nam 2023", BG("luc-nam"), 4, 2023),
    look("Sowr Giaos ducj vaf Ddaof taoj Hwng Yeen", HY("so-giao-duc-dao-tao"), 1),
    avg("trung binhf ddieemr cacs huyeenj Bawcs Ninh", 601.8, true),
    look("Huyeenj Baor Lacj Cao Bawngf", CB("bao-lac"), 2),
    look("So73 Co6ng Thu7o7ng Cao Ba8ng2", CB("so-cong-thuong"), 1),
    look("ddieemr an toanf thoong tin Sowr Y tees Bawcs Ninh", BN("so-y-te"), 2),
  ],
  national: [
    q("Bắc Ninh xếp thứ mấy cả nước", { intent: ["rank"], status: ["ok"], first: [nat("Bắc Ninh", 7)] }),
    q("tỉnh nào dẫn đầu DTI 2022", { intent: ["top"], status: ["ok"], matchCount: 1, first: [nat("Đà Nẵng", 1)] }),
    q("top 10 tỉnh", {
      intent: ["top"],
      status: ["ok"],
      matchCount: 10,
      first: [
        "Đà Nẵng",
        "Hồ Chí Minh",
        "Quảng Ninh",
        "Thừa Thiên - Huế",
        "Cần Thơ",
        "Lạng Sơn",
        "Bắc Ninh",
        "Thái Nguyên",
        "Bắc Giang",
        "Nam Định",
      ].map((p, i) => nat(p, i + 1)),
    }),
    q("Bắc Giang đứng thứ bao nhiêu toàn quốc", { intent: ["rank"], status: ["ok"], first: [nat("Bắc Giang", 9)] }),
    q("Cao Bằng xếp hạng DTI cấp tỉnh năm 2022", { intent: ["rank"], status: ["ok"], first: [nat("Cao Bằng", 61)] }),
    q("Hưng Yên đứng thứ mấy trong 63 tỉnh thành", { intent: ["rank"], status: ["ok"], first: [nat("Hưng Yên", 33)] }),
    q("tỉnh nào đứng cuối bảng xếp hạng DTI quốc gia", { intent: ["top"], status: ["ok"], matchCount: 1, first: [nat("Bắc Kạn", 63)] }),
    q("tỉnh nào xếp thứ 15 cả nước", { intent: ["rank"], status: ["ok"], firstOneOf: [nat("Thanh Hóa", 15), nat("Yên Bái", 15)] }),
    q("Where does Bac Ninh rank nationally?", { intent: ["rank"], status: ["ok"], first: [nat("Bắc Ninh", 7)] }),
    q("Hà Nội xếp thứ mấy về chuyển đổi số năm 2022", { intent: ["rank"], status: ["ok"], first: [nat("Hà Nội", 24)] }),
    q("Thái Bình đứng thứ mấy cả nước", { intent: ["rank"], status: ["ok"], first: [nat("Thái Bình", 56)] }),
    q("top 5 tỉnh DTI 2022", {
      intent: ["top"],
      status: ["ok"],
      matchCount: 5,
      first: ["Đà Nẵng", "Hồ Chí Minh", "Quảng Ninh", "Thừa Thiên - Huế", "Cần Thơ"].map((p, i) => nat(p, i + 1)),
    }),
    q("chỉ số nhận thức số của Đà Nẵng năm 2022", { intent: ["rank"], status: ["ok"], first: [nat("Đà Nẵng", 1, 0.8002)] }),
    q("Quảng Ninh điểm DTI bao nhiêu", { intent: ["rank"], status: ["ok"], first: [nat("Quảng Ninh", 3, 0.7024)] }),
    q("tỉnh nào xếp thứ 2 cả nước", { intent: ["rank"], status: ["ok"], first: [nat("Hồ Chí Minh", 2)] }),
    q("Bắc Ninh và Bắc Giang cả nước ai hơn", { intent: ["compare"], status: ["ok"], firstSet: [nat("Bắc Ninh", 7), nat("Bắc Giang", 9)] }),
    q("which province ranked first in the 2022 DTI", { intent: ["top"], status: ["ok"], matchCount: 1, first: [nat("Đà Nẵng", 1)] }),
    q("Yên Bái xếp thứ mấy toàn quốc", { intent: ["rank"], status: ["ok"], first: [nat("Yên Bái", 15)] }),
    q("3 tỉnh cuối bảng DTI 2022", { intent: ["top"], status: ["ok"], matchCount: 3, set: [nat("Cao Bằng", 61), nat("Gia Lai", 62), nat("Bắc Kạn", 63)] }),
  ],
  "follow-up": [
    look(["Sở Y tế Bắc Ninh xếp thứ mấy", "còn Sở Tài chính?"], BN("so-tai-chinh"), 3),
    topN(["top 3 sở Bắc Giang 2023", "còn khối huyện?"], ["bac-giang", "viet-yen", "lang-giang"].map(BG), 2023),
    look(["Sở Y tế Bắc Giang 2023", "năm 2021 thì sao?"], BG("so-y-te"), 1, 2021, "ICT"),
    compare(["Thị xã Quế Võ xếp thứ mấy", "so với Từ Sơn?"], ["que-vo", "tu-son"].map(BN)),
    one(["huyện nào nhất Hưng Yên", "thế còn huyện đứng cuối?"], HY("phu-cu"), 10),
    count(["có bao nhiêu sở xuất sắc ở Bắc Ninh", "còn loại kém?"], [TN, "so-giao-thong-van-tai", "so-ke-hoach-dau-tu"].map(BN)),
    avg(["trung bình điểm các huyện Bắc Ninh", "còn khối sở?"], 747.01, true),
    look(["Sở Tư pháp Hưng Yên", "còn Cao Bằng?"], CB("so-tu-phap"), 18),
    topN(["top 5 huyện Cao Bằng", "còn Hưng Yên thì sao"], ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my"].map(HY)),
    compare(["Sở Nội vụ Bắc Giang năm 2023", "so với Sở Tư pháp?"], ["so-noi-vu", "so-tu-phap"].map(BG), 2023),
    orderBy(["huyện nào an toàn thông tin tốt nhất Hưng Yên", "còn Bắc Ninh?"], "An toàn thông tin mạng", "desc", 65, [BN("que-vo")], 1),
    look(["Huyện Việt Yên 2021", "2023 thì sao"], BG("viet-yen"), 2, 2023),
    list(
      ["các huyện Hưng Yên xếp loại trung bình", "còn loại khá?"],
      ["hung-yen", "my-hao", "khoai-chau", "kim-dong", "yen-my", "an-thi", "van-lam", "tien-lu"].map(HY),
    ),
    at(["Sở Công Thương Cao Bằng", "còn thứ 2 là ai?"], CB("so-tai-chinh"), 2),
    overviewOf(["tình hình Bắc Ninh thế nào", "còn Hưng Yên?"], "Hưng Yên"),
    talk(["Sở Tài chính Bắc Ninh", "cảm ơn"]),
    q(["Bắc Ninh xếp thứ mấy cả nước", "còn Bắc Giang?"], { intent: ["rank"], status: ["ok"], first: [nat("Bắc Giang", 9)] }),
    missing(["Sở Giáo dục Bắc Ninh", "thế còn Hưng Yên", "năm 2022?"], 2022),
  ],
};

export const NATURAL: readonly NaturalQuestion[] = CATEGORIES.flatMap((category) => SET[category].map((item) => ({ category, ...item })));
