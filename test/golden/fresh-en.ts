/**
 * A fresh held-out question set ("en"), written from data/dataset.json, the decision texts
 * (/work/shared/decisions) and issue 9 only — without reading how the engine parses anything.
 * Part one: questions as a foreign journalist or a donor-project analyst types them in English, naming
 * departments the many ways English speakers do (Department of Home Affairs / Interior / DOHA, Dept. of
 * Information and Communications / DIC, People's Committee of X district). Part two: Vietnamese questions
 * on the edges — the national 2022 ranking, units, years and rankings the data do not hold, the 2025
 * merger, changes between years of different indices, mixed languages, noise around the question,
 * switched-off keyboards, and conversations of two or three turns over every operation.
 *
 * Every value was computed from data/dataset.json (test/support/fresh-facts.ts prints the derived ones:
 * grade groups, thresholds, means, component orderings) and checked by eye against the decision text.
 * Where two readings are honest (a tie, "departments" of Hưng Yên covering two tables, an ICT and an
 * e-portal table of the same year) every one is accepted through `oneOf` / `firstOneOf`.
 */
import type { Category, Expectation, NaturalQuestion, Ref } from "./natural.js";

/** The year each province's data is about when a question names none (the latest it has). */
const LATEST: Readonly<Record<string, number>> = { "bac-giang": 2023, "bac-ninh": 2023, "cao-bang": 2022, "hung-yen": 2023 };
const latest = (id: string) => LATEST[id.split("/")[0]!]!;

/** A provincial unit's entry; rank/index only when the question pins them. */
const u = (id: string, rank?: number | null, year = latest(id), index?: Ref["index"]): Ref => ({
  id,
  year,
  ...(rank === undefined ? {} : { rank }),
  ...(index === undefined ? {} : { index }),
});
const ids = (list: string[], year?: number, index?: Ref["index"]) => list.map((id) => u(id, undefined, year ?? latest(id), index));
/** A province of the national DTI 2022 ranking. */
const nat = (name: string, rank?: number, total?: number): Ref => ({
  national: name,
  year: 2022,
  ...(rank === undefined ? {} : { rank }),
  ...(total === undefined ? {} : { total }),
});

const BG = (s: string) => `bac-giang/${s}`;
const BN = (s: string) => `bac-ninh/${s}`;
const CB = (s: string) => `cao-bang/${s}`;
const HY = (s: string) => `hung-yen/${s}`;

type Turns = string | string[];
const turns = (t: Turns) => (typeof t === "string" ? [t] : t);
const q = (category: Category, t: Turns, expect: Expectation): NaturalQuestion => ({ category, turns: turns(t), expect });

/** "Unit X: what rank / score?" — `rank` with that unit first. */
const look = (c: Category, t: Turns, ref: Ref) => q(c, t, { intent: ["rank"], status: ["ok"], first: [ref] });
const lookOneOf = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["rank"], status: ["ok"], firstOneOf: refs });
/** A singular superlative: `top` with exactly one match. */
const one = (c: Category, t: Turns, ref: Ref) => q(c, t, { intent: ["top"], status: ["ok"], matchCount: 1, first: [ref] });
const oneOf = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["top"], status: ["ok"], matchCount: 1, firstOneOf: refs });
/** "Who is #N": `rank` with the unit at that position first. */
const at = look;
/** A top-N in rank order. */
const topN = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["top"], status: ["ok"], matchCount: refs.length, first: refs });
/** The N last, in whichever order. */
const bottomN = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["top"], status: ["ok"], matchCount: refs.length, set: refs });
const count = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["count"], status: ["ok"], count: refs.length, set: refs });
const list = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["list"], status: ["ok"], set: refs });
/** A list or a count both answer "which … / how many …" honestly when the question reads both ways. */
const listOrCount = (c: Category, t: Turns, refs: Ref[]) =>
  q(c, t, { status: ["ok"], set: refs, oneOf: [{ status: ["ok"], intent: ["list"] }, { status: ["ok"], intent: ["count"], count: refs.length }] });
const avg = (c: Category, t: Turns, value: number, printed: boolean) => q(c, t, { intent: ["average"], status: ["ok"], average: { value, printed } });
const order = (c: Category, t: Turns, component: string, direction: "desc" | "asc", best: number, first?: Ref) =>
  q(c, t, { status: ["ok"], orderBy: { component, direction, best }, ...(first ? { first: [first] } : {}) });
const compare = (c: Category, t: Turns, refs: Ref[]) => q(c, t, { intent: ["compare"], status: ["ok"], firstSet: refs });
const overview = (c: Category, t: Turns, province: string, year?: number) =>
  q(c, t, { intent: ["overview"], status: ["ok"], allOf: { province, ...(year === undefined ? {} : { year }) } });
const trend = (c: Category, t: Turns, id: string, years: number[]) => q(c, t, { intent: ["trend"], status: ["ok"], trend: { id, years } });
// A usage example in a help reply is no suggestion: small talk is judged on intent, status and emptiness.
const smallTalk = (t: Turns) => q("small-talk", t, { intent: ["help", "unknown"], status: ["ok"], empty: true });
/**
 * A year the data do not hold: a line of the reply says that year is missing (a bare "not found" of a
 * misread unit is no answer to it). A reply naming the asked unit in Vietnamese is fine, so an English question naming
 * a unit passes `names: false`.
 */
const missingYear = (c: Category, t: Turns, year: number, names = true) =>
  q(c, t, { status: ["not_found", "ok", "ambiguous"], missingYear: year, saysYearMissing: year, ...(names ? { namesOnlyAsked: true } : {}) });
const outOfScope = (c: Category, t: Turns) => q(c, t, { status: ["not_found"], empty: true, namesOnlyAsked: true });
const predecessors = (c: Category, t: Turns, must: string[], may: string[] = []) => q(c, t, { status: ["ok", "ambiguous"], predecessors: { must, may } });

// Hưng Yên's "departments" are two tables (with / without public services): each is an honest reading.
const HY_DEPT_TOP3 = ids([HY("so-giao-duc-dao-tao"), HY("so-thong-tin-truyen-thong"), HY("so-nong-nghiep-phat-trien-nong-thon")]);
const HY_DEPT2_TOP3 = ids([HY("van-phong-uy-ban-nhan-dan"), HY("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"), HY("ban-quan-ly-khu-dai-hoc-pho-hien")]);
const NATIONAL_TOP5 = [nat("Đà Nẵng", 1), nat("Hồ Chí Minh", 2), nat("Quảng Ninh", 3), nat("Thừa Thiên Huế", 4), nat("Cần Thơ", 5)];

const ENGLISH: NaturalQuestion[] = [
  // lookups, English names of departments and districts written many ways
  look("lookup", "What rank did the Bac Ninh Department of Health get?", u(BN("so-y-te"), 2)),
  look("lookup", "Hung Yen Department of Justice score", u(HY("so-tu-phap"), 12)),
  look("lookup", "Where did the Department of Home Affairs of Cao Bang rank?", u(CB("so-noi-vu"), 6)),
  look("lookup", "DOHA Bac Giang ranking 2023", u(BG("so-noi-vu"), 8, 2023)),
  look("lookup", "Finance Department Hung Yen DTI result", u(HY("so-tai-chinh"), 5)),
  look("lookup", "Dept. of Information and Communications, Bac Ninh – what place?", u(BN("so-thong-tin-truyen-thong"), 1)),
  look("lookup", "DIC Cao Bang ranking", u(CB("so-thong-tin-truyen-thong"), 4)),
  look("lookup", "People's Committee of Tien Du district ranking", u(BN("tien-du"), 4)),
  look("lookup", "Tu Son city digital transformation index result", u(BN("tu-son"), 2)),
  look("lookup", "Department of Interior Hung Yen rank", u(HY("so-noi-vu"), 7)),
  lookOneOf("lookup", "Bac Giang Department of Education and Training ranking in 2021", [u(BG("so-giao-duc-dao-tao"), 9, 2021, "ICT"), u(BG("so-giao-duc-dao-tao"), 1, 2021, "PORTAL")]),
  look("lookup", "What score did the Bac Ninh Department of Planning and Investment get?", { ...u(BN("so-ke-hoach-dau-tu"), 17), total: 676.47 }),
  look("lookup", "Cao Bang Department of Construction rank", u(CB("so-xay-dung"), 20)),
  look("lookup", "Hung Yen provincial inspectorate ranking", u(HY("thanh-tra"), 4)),
  look("lookup", "Dept of Transport Bac Giang 2023", u(BG("so-giao-thong-van-tai"), 5, 2023)),
  look("lookup", "DONRE Cao Bang result", u(CB("so-tai-nguyen-moi-truong"), 14)),
  look("lookup", "Khoai Chau district score", { ...u(HY("khoai-chau"), 3), total: 713.11 }),
  look("lookup", "Bac Ninh Department of Culture, Sports and Tourism ranking", u(BN("so-van-hoa-the-thao-du-lich"), 5)),
  look("lookup", "DOLISA Hung Yen rank", u(HY("so-lao-dong-thuong-binh-xa-hoi"), 8)),
  look("lookup", "Department of Agriculture and Rural Development Bac Giang 2023 ranking", u(BG("so-nong-nghiep-phat-trien-nong-thon"), 3, 2023)),
  look("lookup", "How did Thuan Thanh town score?", { ...u(BN("thuan-thanh"), 8), total: 316.73 }),
  look("lookup", "Cao Bang Ethnic Minorities Committee rank", u(CB("ban-dan-toc"), 3)),
  look("lookup", "Office of the Provincial People's Committee, Cao Bang", u(CB("van-phong-uy-ban-nhan-dan"), 8)),
  look("lookup", "Bac Ninh's health department ranking", u(BN("so-y-te"), 2)),
  look("lookup", "Department of Industry and Trade Cao Bang", u(CB("so-cong-thuong"), 1)),
  look("lookup", "DPI Hung Yen score", u(HY("so-ke-hoach-dau-tu"), 16)),
  look("lookup", "DOST Cao Bang rank", u(CB("so-khoa-hoc-cong-nghe"), 5)),
  look("lookup", "DOET Bac Giang 2023", u(BG("so-giao-duc-dao-tao"), 11, 2023)),
  look("lookup", "Bac Ninh City People's Committee rank", u(BN("bac-ninh"), 3)),
  look("lookup", "My Hao town score", { ...u(HY("my-hao"), 2), total: 714.34 }),
  look("lookup", "Cao Bang Economic Zone Management Board ranking", u(CB("ban-quan-ly-khu-kinh-te"), 12)),
  look("lookup", "Food Safety Management Board, Bac Ninh", u(BN("ban-quan-ly-an-toan-thuc-pham"), 11)),
  look("lookup", "Foreign Affairs Department Cao Bang", u(CB("so-ngoai-vu"), 16)),
  q("lookup", "Quang Hoa district Cao Bang ranking", { status: ["not_evaluated"], first: [u(CB("quang-hoa"), null)] }),

  // superlatives
  one("superlative", "lowest-ranked district in Cao Bang", u(CB("ha-lang"), 9)),
  one("superlative", "Which Hung Yen district came first?", u(HY("hung-yen"), 1)),
  one("superlative", "best department in Bac Ninh", u(BN("so-thong-tin-truyen-thong"), 1)),
  one("superlative", "Which department scored lowest in Bac Giang in 2023?", u(BG("ban-dan-toc"), 20, 2023)),
  one("superlative", "Which Bac Ninh district is number one?", u(BN("que-vo"), 1)),
  oneOf("superlative", "worst performing department in Hung Yen", [u(HY("so-ke-hoach-dau-tu"), 16), u(HY("thanh-tra"), 4)]),
  oneOf("superlative", "Which district had the highest score in Bac Giang in 2021?", [u(BG("bac-giang"), 1, 2021, "ICT"), u(BG("tan-yen"), 1, 2021, "PORTAL")]),

  // positions
  lookOneOf("position", "who came 4th among Hung Yen departments", [u(HY("so-khoa-hoc-cong-nghe"), 4), u(HY("thanh-tra"), 4)]),
  at("position", "Which district ranked 2nd in Cao Bang?", u(CB("bao-lac"), 2)),
  at("position", "second to last department in Bac Ninh", u(BN("so-giao-thong-van-tai"), 16)),
  at("position", "who was ranked third among Bac Giang districts in 2023", u(BG("lang-giang"), 3, 2023)),
  at("position", "Who is number 10 in the Bac Ninh departments ranking?", u(BN("so-cong-thuong"), 10)),
  at("position", "Which province came 5th nationally in 2022?", nat("Cần Thơ", 5)),

  // top-N and bottom-N
  topN("top-n", "top 3 districts in Hung Yen", ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau")])),
  topN("top-n", "Top 5 departments Cao Bang", ids([CB("so-cong-thuong"), CB("so-tai-chinh"), CB("ban-dan-toc"), CB("so-thong-tin-truyen-thong"), CB("so-khoa-hoc-cong-nghe")])),
  bottomN("top-n", "bottom 3 districts Bac Ninh", ids([BN("thuan-thanh"), BN("gia-binh"), BN("yen-phong")])),
  topN("top-n", "Show me the top three Bac Giang departments in 2023", ids([BG("so-tai-nguyen-moi-truong"), BG("so-xay-dung"), BG("so-nong-nghiep-phat-trien-nong-thon")], 2023)),
  bottomN("top-n", "Five lowest Cao Bang departments", ids([CB("so-xay-dung"), CB("so-giao-thong-van-tai"), CB("so-tu-phap"), CB("so-ke-hoach-dau-tu"), CB("so-ngoai-vu")])),
  topN("top-n", "What are the 2 best districts of Bac Ninh?", ids([BN("que-vo"), BN("tu-son")])),

  // counts
  count("count", "how many departments were rated excellent in Bac Ninh", ids([BN("so-thong-tin-truyen-thong"), BN("so-y-te"), BN("so-tai-chinh")])),
  count("count", "How many districts were ranked in Cao Bang?", ids([CB("cao-bang"), CB("bao-lac"), CB("nguyen-binh"), CB("hoa-an"), CB("ha-quang"), CB("bao-lam"), CB("thach-an"), CB("trung-khanh"), CB("ha-lang")])),
  count("count", "How many Hung Yen districts got a 'Fair' (Khá) grade?", ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau"), HY("kim-dong"), HY("yen-my"), HY("an-thi"), HY("van-lam"), HY("tien-lu")])),
  count("count", "How many Bac Ninh districts scored above 600 points?", ids([BN("que-vo"), BN("tu-son"), BN("bac-ninh"), BN("tien-du"), BN("luong-tai")])),
  count("count", "number of Bac Ninh departments graded poor", ids([BN("so-tai-nguyen-moi-truong"), BN("so-giao-thong-van-tai"), BN("so-ke-hoach-dau-tu")])),
  count("count", "How many Cao Bang departments scored more than 800?", ids([CB("so-cong-thuong"), CB("so-tai-chinh"), CB("ban-dan-toc"), CB("so-thong-tin-truyen-thong")])),

  // lists by grade or threshold
  list("list", "Which Bac Ninh departments were rated excellent?", ids([BN("so-thong-tin-truyen-thong"), BN("so-y-te"), BN("so-tai-chinh")])),
  list("list", "list the districts above 700 points in Hung Yen", ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau")])),
  list("list", "Bac Ninh departments below 700 points", ids([BN("so-xay-dung"), BN("so-tai-nguyen-moi-truong"), BN("so-giao-thong-van-tai"), BN("so-ke-hoach-dau-tu")])),
  list("list", "Which Cao Bang departments scored over 800?", ids([CB("so-cong-thuong"), CB("so-tai-chinh"), CB("ban-dan-toc"), CB("so-thong-tin-truyen-thong")])),
  list("list", "Bac Ninh districts with a Good rating", ids([BN("tu-son"), BN("bac-ninh")])),
  listOrCount("list", "Excellent-rated districts in Bac Ninh?", ids([BN("que-vo")])),
  q("list", "Hung Yen departments rated average (Trung binh)", {
    intent: ["list"],
    status: ["ok"],
    oneOf: [
      { status: ["ok"], set: ids([HY("so-xay-dung"), HY("so-tai-nguyen-moi-truong"), HY("so-ke-hoach-dau-tu")]) },
      { status: ["ok"], set: ids([HY("so-xay-dung"), HY("so-tai-nguyen-moi-truong"), HY("so-ke-hoach-dau-tu"), HY("ban-quan-ly-khu-dai-hoc-pho-hien"), HY("thanh-tra")]) },
    ],
  }),

  // averages: printed in Bắc Ninh, computed elsewhere
  avg("average", "What is the average score of Bac Ninh departments?", 747.01, true),
  avg("average", "average DTI of Bac Ninh districts", 601.8, true),
  avg("average", "mean score of Hung Yen districts", 681.472, false),
  avg("average", "Cao Bang districts average score", 565.4777777777778, false),
  avg("average", "What's the average index of Bac Giang departments in 2023?", 0.80179, false),
  avg("average", "Cao Bang departments: average total?", 719.58, false),

  // orderings by a component
  order("ordering", "rank Bac Ninh districts by cybersecurity", "An toàn thông tin mạng", "desc", 65, u(BN("que-vo"))),
  q("ordering", "Which Hung Yen district is best at information security?", { intent: ["top"], status: ["ok"], matchCount: 1, first: [u(HY("khoai-chau"))], orderBy: { component: "An toàn thông tin", direction: "desc", best: 70 } }),
  order("ordering", "Sort Cao Bang districts by digital infrastructure", "Hạ tầng số", "desc", 96.7, u(CB("cao-bang"))),
  order("ordering", "Bac Giang districts ordered by digital economy, 2023", "Hoạt động kinh tế số", "desc", 0.4464, u(BG("tan-yen"), undefined, 2023)),
  order("ordering", "Which Bac Ninh districts are weakest on digital infrastructure?", "Hạ tầng số", "asc", 0, u(BN("thuan-thanh"))),
  order("ordering", "Cao Bang districts ranked by digital society", "Xã hội số", "desc", 67.5, u(CB("cao-bang"))),
  order("ordering", "Bac Ninh departments by digital human resources, highest first", "Nhân lực số", "desc", 70),

  // compare
  compare("compare", "Bac Ninh Department of Health vs Department of Finance", ids([BN("so-y-te"), BN("so-tai-chinh")])),
  compare("compare", "Compare Que Vo and Tu Son", ids([BN("que-vo"), BN("tu-son")])),
  compare("compare", "Hung Yen: Home Affairs or Justice, which scored higher?", ids([HY("so-noi-vu"), HY("so-tu-phap")])),
  compare("compare", "Cao Bang city vs Bao Lac district", ids([CB("cao-bang"), CB("bao-lac")])),
  compare("compare", "Compare Viet Yen and Hiep Hoa districts in 2023", ids([BG("viet-yen"), BG("hiep-hoa")], 2023)),
  compare("compare", "Khoai Chau versus My Hao", ids([HY("khoai-chau"), HY("my-hao")])),

  // overviews
  overview("overview", "How is Bac Giang doing?", "Bắc Giang"),
  overview("overview", "Give me a summary of Cao Bang's results", "Cao Bằng", 2022),
  overview("overview", "Hung Yen digital transformation overview", "Hưng Yên", 2023),
  overview("overview", "What stands out in the Bac Ninh ranking?", "Bắc Ninh", 2023),
  overview("overview", "Tell me how Bac Ninh did in 2023", "Bắc Ninh", 2023),

  // trends over years (Bắc Giang: 2021 IT-application index, 2023 DTI)
  trend("trend", "How has the Bac Giang Department of Health changed from 2021 to 2023?", BG("so-y-te"), [2021, 2023]),
  trend("trend", "Bac Giang city ranking over the years", BG("bac-giang"), [2021, 2023]),
  trend("trend", "Son Dong district trend", BG("son-dong"), [2021, 2023]),
  trend("trend", "Did the Bac Giang Department of Justice improve since 2021?", BG("so-tu-phap"), [2021, 2023]),
  trend("trend", "Luc Nam district history", BG("luc-nam"), [2021, 2023]),
  q("trend", "Bac Ninh Department of Health over the years", {
    status: ["ok"],
    oneOf: [
      { status: ["ok"], intent: ["trend"], trend: { id: BN("so-y-te"), years: [2023] } },
      { status: ["ok"], intent: ["rank"], first: [u(BN("so-y-te"), 2)] },
    ],
  }),

  // small talk
  smallTalk("hello"),
  smallTalk("Hi there!"),
  smallTalk("thanks a lot"),
  smallTalk("What can you do?"),
  smallTalk("good morning"),
  smallTalk("ok cool, bye"),

  // years the data do not hold
  missingYear("missing-year", "Bac Ninh departments ranking 2021", 2021),
  missingYear("missing-year", "Top districts Hung Yen 2020", 2020),
  missingYear("missing-year", "Bac Giang 2022 district rankings", 2022),
  missingYear("missing-year", "What rank did the Hung Yen Department of Finance get in 2024?", 2024, false),
  missingYear("missing-year", "Cao Bang Department of Health 2019", 2019, false),

  // out of scope
  outOfScope("out-of-scope", "Hanoi Department of Health rank"),
  outOfScope("out-of-scope", "Ministry of Finance digital transformation ranking"),
  outOfScope("out-of-scope", "Da Nang districts ranking"),
  outOfScope("out-of-scope", "Cao Bang provincial police DTI"),
  outOfScope("out-of-scope", "Gia Lam district score"),
  q("out-of-scope", "What's the weather like in Hanoi today?", { status: ["not_found", "ok"], intent: ["unknown", "help"], empty: true, namesOnlyAsked: true }),

  // today's names (2025 merger)
  look("todays-names", "Lang Giang district, Bac Ninh province", u(BG("lang-giang"), 3, 2023)),
  predecessors("todays-names", "Department of Agriculture and Environment Bac Ninh", [BN("so-nong-nghiep-phat-trien-nong-thon"), BN("so-tai-nguyen-moi-truong")], [BG("so-nong-nghiep-phat-trien-nong-thon"), BG("so-tai-nguyen-moi-truong")]),
  look("todays-names", "Hiep Hoa, Bac Ninh", u(BG("hiep-hoa"), 8, 2023)),
  look("todays-names", "Viet Yen town in Bac Ninh province", u(BG("viet-yen"), 2, 2023)),
  predecessors("todays-names", "Department of Ethnic Minorities and Religion, Bac Giang", [BG("ban-dan-toc")]),
  outOfScope("todays-names", "Thai Binh Department of Health rank"),

  // the national 2022 ranking
  look("national", "Where does Bac Ninh stand nationally?", nat("Bắc Ninh", 7)),
  one("national", "Which province topped the 2022 national DTI ranking?", nat("Đà Nẵng", 1)),
  topN("national", "Vietnam provincial DTI 2022 top 5", NATIONAL_TOP5),
  look("national", "Hanoi national DTI rank", nat("Hà Nội", 24)),
  one("national", "Which province came last nationally?", nat("Bắc Kạn", 63)),
  look("national", "Cao Bang rank among the 63 provinces", nat("Cao Bằng", 61)),
  look("national", "Da Nang DTI score 2022", nat("Đà Nẵng", 1, 0.8002)),
  q("national", "Which provinces tied for 15th?", { status: ["ok"], firstSet: [nat("Thanh Hóa", 15), nat("Yên Bái", 15)] }),

  // follow-ups
  look("follow-up", ["Bac Ninh Department of Health rank", "and the Department of Finance?"], u(BN("so-tai-chinh"), 3)),
  q("follow-up", ["top 3 districts Hung Yen", "what about departments?"], {
    intent: ["top"],
    status: ["ok"],
    oneOf: [
      { status: ["ok"], first: HY_DEPT_TOP3 },
      { status: ["ok"], first: HY_DEPT2_TOP3 },
    ],
  }),
  lookOneOf("follow-up", ["Bac Giang Department of Health 2023", "and in 2021?"], [u(BG("so-y-te"), 1, 2021, "ICT"), u(BG("so-y-te"), 2, 2021, "PORTAL")]),
  one("follow-up", ["lowest-ranked district in Cao Bang", "and the highest?"], u(CB("cao-bang"), 1)),
  compare("follow-up", ["Bac Ninh Department of Health rank", "compare it with the Department of Education"], ids([BN("so-y-te"), BN("so-giao-duc-dao-tao")])),
  count("follow-up", ["how many departments were rated excellent in Bac Ninh", "and districts?"], ids([BN("que-vo")])),
  avg("follow-up", ["average score of Bac Ninh departments", "and for districts?"], 601.8, true),
];

const NATIONAL_BOTTOM5 = [nat("Phú Yên", 59), nat("Bạc Liêu", 60), nat("Cao Bằng", 61), nat("Gia Lai", 62), nat("Bắc Kạn", 63)];
const NATIONAL_TOP10 = [...NATIONAL_TOP5, nat("Lạng Sơn", 6), nat("Bắc Ninh", 7), nat("Thái Nguyên", 8), nat("Bắc Giang", 9), nat("Nam Định", 10)];
const CB_DISTRICTS_RANKED = [CB("cao-bang"), CB("bao-lac"), CB("nguyen-binh"), CB("hoa-an"), CB("ha-quang"), CB("bao-lam"), CB("thach-an"), CB("trung-khanh"), CB("ha-lang")];

const VIETNAMESE_EDGES: NaturalQuestion[] = [
  // the national 2022 ranking: ties, provinces outside the five with scores, top-N, last place, merged provinces
  look("national", "Bắc Ninh xếp thứ mấy toàn quốc năm 2022?", nat("Bắc Ninh", 7)),
  look("national", "Thanh Hóa đứng thứ bao nhiêu cả nước về chuyển đổi số", nat("Thanh Hóa", 15)),
  look("national", "yen bai xep hang dti 2022", nat("Yên Bái", 15)),
  q("national", "tỉnh nào đồng hạng 15 năm 2022", { status: ["ok"], firstSet: [nat("Thanh Hóa", 15), nat("Yên Bái", 15)] }),
  topN("national", "top 10 tỉnh chuyển đổi số tốt nhất 2022", NATIONAL_TOP10),
  one("national", "tỉnh đứng bét cả nước về DTI 2022", nat("Bắc Kạn", 63)),
  q("national", "tỉnh nào xếp thứ 16 toàn quốc 2022", {
    status: ["ok", "not_found"],
    // Thanh Hóa and Yên Bái share 15th: nobody is 16th; naming the tied pair is the other honest reply.
    oneOf: [{ status: ["not_found"], empty: true }, { status: ["ok"], firstOneOf: [nat("Thanh Hóa", 15), nat("Yên Bái", 15)] }],
  }),
  look("national", "Bắc Kạn (nay thuộc Thái Nguyên) năm 2022 xếp thứ mấy", nat("Bắc Kạn", 63)),
  look("national", "Thái Bình chuyển đổi số 2022 hạng mấy", nat("Thái Bình", 56)),
  look("national", "Hà Giang đứng thứ mấy toàn quốc", nat("Hà Giang", 57)),
  look("national", "Hải Dương DTI 2022", nat("Hải Dương", 13)),
  look("national", "điểm DTI của Quảng Ninh năm 2022 là bao nhiêu", nat("Quảng Ninh", 3, 0.7024)),
  look("national", "Hà Tĩnh xếp hạng chuyển đổi số cấp tỉnh", nat("Hà Tĩnh", 37)),
  compare("national", "Hà Nội hay Hải Phòng xếp cao hơn năm 2022?", [nat("Hà Nội", 24), nat("Hải Phòng", 14)]),
  bottomN("national", "5 tỉnh thấp nhất cả nước năm 2022", NATIONAL_BOTTOM5),
  q("national", "bao nhiêu tỉnh thành được xếp hạng DTI năm 2022", { intent: ["count"], status: ["ok"], count: 63 }),
  q("national", "có bao nhiêu tỉnh trên 0,7 điểm DTI năm 2022", { intent: ["count"], status: ["ok"], count: 3, set: [nat("Đà Nẵng", 1), nat("Hồ Chí Minh", 2), nat("Quảng Ninh", 3)] }),
  at("national", "tỉnh thứ 9 cả nước năm 2022 là tỉnh nào", nat("Bắc Giang", 9)),
  // The report prints scores for its first five rows only: a mean of the 63 cannot be computed; the mean
  // of the five is honest only when the reply says it covers 5 of the 63.
  q("national", "điểm DTI trung bình của 63 tỉnh năm 2022 là bao nhiêu", {
    status: ["not_found", "ok"],
    oneOf: [
      { status: ["not_found"], empty: true },
      { status: ["ok"], intent: ["average"], average: { value: 0.72176, printed: false }, says: ["5/63"] },
    ],
  }),
  q("national", "tỉnh Hưng Yên mới (sau sáp nhập Thái Bình) xếp thứ mấy cả nước 2022", {
    status: ["ok", "ambiguous"],
    // The merged province did not exist in 2022: either former province, or a question back offering both.
    oneOf: [{ status: ["ok"], firstOneOf: [nat("Hưng Yên", 33), nat("Thái Bình", 56)] }, { status: ["ambiguous"] }],
  }),

  // ministries and national rankings the data do not hold; units and provinces outside the data
  outOfScope("out-of-scope", "Bộ Tài chính xếp hạng chuyển đổi số thứ mấy"),
  outOfScope("out-of-scope", "xếp hạng DTI các bộ, ngành trung ương năm 2022"),
  outOfScope("out-of-scope", "Sở Y tế Hà Nội xếp thứ mấy"),
  outOfScope("out-of-scope", "huyện Đông Anh đứng thứ mấy"),
  outOfScope("out-of-scope", "Sở Ngoại vụ Hưng Yên xếp hạng bao nhiêu"),
  outOfScope("out-of-scope", "chỉ số PAPI của Bắc Ninh năm 2023"),
  outOfScope("out-of-scope", "Sở Y tế Lạng Sơn điểm chuyển đổi số"),
  outOfScope("out-of-scope", "Công an tỉnh Hưng Yên xếp thứ mấy"),
  outOfScope("todays-names", "Sở Nội vụ Thái Bình năm 2023 xếp thứ mấy"),

  // years the data do not hold: never another year silently
  missingYear("missing-year", "Top huyện Bắc Ninh 2019", 2019),
  missingYear("missing-year", "Sở Y tế Hưng Yên năm 2022 xếp thứ mấy", 2022),
  missingYear("missing-year", "xếp hạng chuyển đổi số Bắc Giang năm 2024", 2024),
  missingYear("missing-year", "Sở Tài chính Bắc Ninh 2021", 2021),
  missingYear("missing-year", "năm 2020 huyện nào của Bắc Giang cao điểm nhất", 2020),
  missingYear("missing-year", "xếp hạng chuyển đổi số toàn quốc năm 2023", 2023),
  missingYear("missing-year", "Bắc Giang đứng thứ mấy cả nước năm 2021", 2021),
  q("missing-year", "Cao Bằng năm 2023 huyện nào đứng đầu", {
    status: ["ok", "not_found", "ambiguous"],
    // Cao Bằng's decision of 2023 assesses 2022: saying 2023 is not assessed, or answering 2022 as such.
    oneOf: [
      { status: ["not_found", "ok", "ambiguous"], missingYear: 2023, saysYearMissing: 2023 },
      { status: ["ok"], intent: ["top"], matchCount: 1, first: [u(CB("cao-bang"), 1, 2022)] },
    ],
  }),
  missingYear("missing-year", "Hưng Yên 2025 xếp hạng các sở", 2025),

  // rank changes between years (Bắc Giang 2021 is the IT-application index, 2023 the DTI)
  trend("trend", "Sở Y tế Bắc Giang 2021 so với 2023 thay đổi thế nào", BG("so-y-te"), [2021, 2023]),
  trend("trend", "Huyện Việt Yên tăng hay giảm hạng từ 2021 đến 2023?", BG("viet-yen"), [2021, 2023]),
  trend("trend", "thứ hạng Sở Tư pháp Bắc Giang qua các năm", BG("so-tu-phap"), [2021, 2023]),
  trend("trend", "Sở Ngoại vụ Bắc Giang có tụt hạng không?", BG("so-ngoai-vu"), [2021, 2023]),
  trend("trend", "Thành phố Bắc Giang 2023 tăng bao nhiêu bậc so với 2021", BG("bac-giang"), [2021, 2023]),
  trend("trend", "Sơn Động có cải thiện qua các năm không", BG("son-dong"), [2021, 2023]),
  missingYear("trend", "Sở Y tế Bắc Ninh 2021 và 2023 khác nhau ra sao", 2021),
  q("trend", "Sở Tài chính Cao Bằng thay đổi thế nào qua các năm", {
    status: ["ok"],
    oneOf: [
      { status: ["ok"], intent: ["trend"], trend: { id: CB("so-tai-chinh"), years: [2022] } },
      { status: ["ok"], intent: ["rank"], first: [u(CB("so-tai-chinh"), 2)] },
    ],
  }),

  // today's names: a Bắc Giang unit asked in today's Bắc Ninh, 2025 departments made of older ones
  look("todays-names", "Lục Ngạn tỉnh Bắc Ninh xếp thứ mấy", u(BG("luc-ngan"), 6, 2023)),
  look("todays-names", "huyện Tân Yên thuộc Bắc Ninh mới đứng thứ mấy", u(BG("tan-yen"), 5, 2023)),
  predecessors("todays-names", "Sở Nông nghiệp và Môi trường Hưng Yên", [HY("so-nong-nghiep-phat-trien-nong-thon"), HY("so-tai-nguyen-moi-truong")]),
  predecessors("todays-names", "Sở Xây dựng Cao Bằng sau khi hợp nhất với Sở GTVT", [CB("so-xay-dung"), CB("so-giao-thong-van-tai")]),
  predecessors("todays-names", "Sở Tài chính Bắc Ninh (đã hợp nhất Sở KH&ĐT) xếp hạng ra sao", [BN("so-tai-chinh"), BN("so-ke-hoach-dau-tu")], [BG("so-tai-chinh"), BG("so-ke-hoach-dau-tu")]),
  predecessors("todays-names", "Sở Khoa học và Công nghệ Hưng Yên sau sáp nhập Sở Thông tin và Truyền thông", [HY("so-khoa-hoc-cong-nghe"), HY("so-thong-tin-truyen-thong")]),
  predecessors("todays-names", "Sở Dân tộc và Tôn giáo Cao Bằng", [CB("ban-dan-toc")]),
  predecessors("todays-names", "Sở Nội vụ Hưng Yên (đã nhập Sở LĐ-TB&XH) điểm bao nhiêu", [HY("so-noi-vu"), HY("so-lao-dong-thuong-binh-xa-hoi")]),
  look("todays-names", "Thành phố Huế năm 2022 xếp thứ mấy cả nước", nat("Thừa Thiên Huế", 4)),

  // a switched-off Vietnamese keyboard: Telex and VNI keystrokes
  look("keyboard", "Sowr Tuw phaps Bawcs Ninh xeeps thuws maays", u(BN("so-tu-phap"), 13)),
  look("keyboard", "thij xax Quees Vox ddwngs thuws maays", u(BN("que-vo"), 1)),
  look("keyboard", "Sowr Giaos ducj Cao Bawngf", u(CB("so-giao-duc-dao-tao"), 9)),
  one("keyboard", "huyeenj naof thaaps nhaats Hwng Yeen", u(HY("phu-cu"), 10)),
  topN("keyboard", "top 3 sowr Bawcs Giang nawm 2023", ids([BG("so-tai-nguyen-moi-truong"), BG("so-xay-dung"), BG("so-nong-nghiep-phat-trien-nong-thon")], 2023)),
  compare("keyboard", "so sasnh Sowr Y tees vaf Sowr Taif chinhs Bawcs Ninh", ids([BN("so-y-te"), BN("so-tai-chinh")])),
  count("keyboard", "cos bao nhieeu sowr xuaats sawcs owr Bawcs Ninh", ids([BN("so-thong-tin-truyen-thong"), BN("so-y-te"), BN("so-tai-chinh")])),
  avg("keyboard", "trung binhf ddieemr khoois huyeenj Bawcs Ninh", 601.8, true),
  look("keyboard", "Bawcs Ninh ddwngs thuws maays toanf quoocs", nat("Bắc Ninh", 7)),
  look("keyboard", "So73 Y te61 Hu7ng Ye6n", u(HY("so-y-te"), 9)),
  look("keyboard", "huye65n Ba3o La5c", u(CB("bao-lac"), 2)),
  look("keyboard", "So73 Ta2i chi1nh Hu7ng Ye6n xe61p thu71 ma61y", u(HY("so-tai-chinh"), 5)),

  // mixed Vietnamese and English, HTML, emoji, long text around the question
  look("lookup", "rank của Sở Y tế Hưng Yên là bao nhiêu?", u(HY("so-y-te"), 9)),
  look("lookup", "Sở Tài chính Bắc Ninh score bao nhiêu vậy", { ...u(BN("so-tai-chinh"), 3), total: 804.54 }),
  look("lookup", "<b>Sở Tư pháp Cao Bằng</b> xếp thứ mấy?", u(CB("so-tu-phap"), 18)),
  one("superlative", "🔥🔥 huyện nào đứng đầu Bắc Ninh vậy 🏆", u(BN("que-vo"), 1)),
  look(
    "lookup",
    "Chào bạn, mình là phóng viên, đang viết bài về chuyển đổi số ở các tỉnh phía Bắc cho số báo cuối tuần. Cho mình hỏi Sở Giao thông vận tải Hưng Yên năm 2023 xếp thứ mấy trong khối sở có dịch vụ công vậy? Cảm ơn bạn nhiều nhé!",
    u(HY("so-giao-thong-van-tai"), 13),
  ),
  topN("top-n", "<p>top 3 huyện Cao Bằng</p>", ids([CB("cao-bang"), CB("bao-lac"), CB("nguyen-binh")])),
  look("lookup", "Sở KH&amp;ĐT Bắc Ninh xếp thứ mấy", u(BN("so-ke-hoach-dau-tu"), 17)),
  compare("compare", "compare Sở Nội vụ và Sở Tư pháp Bắc Giang", ids([BG("so-noi-vu"), BG("so-tu-phap")], 2023)),
  avg("average", "Bắc Ninh departments trung bình bao nhiêu điểm", 747.01, true),
  smallTalk("👍 cảm ơn bot nhé!!!"),
  list("list", "list các huyện Hưng Yên trên 700 điểm", ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau")])),
  q("top-n", "cho mình xin bảng xếp hạng khối huyện Bắc Giang năm 2021 nhé ạ, cần gấp để làm báo cáo 🙏", {
    intent: ["top"],
    status: ["ok"],
    firstOneOf: [u(BG("bac-giang"), 1, 2021, "ICT"), u(BG("tan-yen"), 1, 2021, "PORTAL")],
  }),
  look("lookup", "Ban quản lý an toàn thực phẩm Bắc Ninh được bao nhiêu điểm", { ...u(BN("ban-quan-ly-an-toan-thuc-pham"), 11), total: 729.08 }),
  look("lookup", "VP Đoàn ĐBQH và HĐND tỉnh Hưng Yên xếp thứ mấy", u(HY("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"), 2)),
  look("lookup", "Ban QL khu ĐH Phó Hiến", u(HY("ban-quan-ly-khu-dai-hoc-pho-hien"), 3)),
  lookOneOf("lookup", "Sở KH&CN Bắc Giang năm 2021", [u(BG("so-khoa-hoc-cong-nghe"), 11, 2021, "ICT"), u(BG("so-khoa-hoc-cong-nghe"), 5, 2021, "PORTAL")]),
  q("lookup", "Huyện Quảng Hòa Cao Bằng điểm bao nhiêu?", { status: ["not_evaluated"], first: [u(CB("quang-hoa"), null)] }),

  // positions, superlatives, top-N of one table or across a province's tables
  at("position", "ai xếp áp chót khối huyện Hưng Yên", u(HY("van-giang"), 9)),
  one("superlative", "đơn vị đội sổ khối sở Cao Bằng", u(CB("so-xay-dung"), 20)),
  oneOf("superlative", "sở nào điểm cao nhất Hưng Yên", [u(HY("so-giao-duc-dao-tao"), 1), u(HY("van-phong-uy-ban-nhan-dan"), 1)]),
  at("position", "đứng thứ 7 khối huyện Bắc Giang năm 2021 là huyện nào", u(BG("tan-yen"), 7, 2021, "ICT")),
  at("position", "huyện thứ 5 của Bắc Ninh", u(BN("luong-tai"), 5)),
  at("position", "ai đứng thứ hai khối sở Cao Bằng", u(CB("so-tai-chinh"), 2)),
  bottomN("top-n", "3 sở có dịch vụ công thấp điểm nhất Hưng Yên", ids([HY("so-xay-dung"), HY("so-tai-nguyen-moi-truong"), HY("so-ke-hoach-dau-tu")])),
  topN("top-n", "top 5 huyện Hưng Yên", ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau"), HY("kim-dong"), HY("yen-my")])),

  // counts, lists, averages, orderings composed with scopes and measures
  count("count", "Cao Bằng có mấy huyện không được đánh giá", [u(CB("quang-hoa"), null)]),
  count("count", "Bắc Giang năm 2023 có bao nhiêu huyện trên mức trung bình", ids([BG("bac-giang"), BG("viet-yen"), BG("lang-giang"), BG("luc-nam"), BG("tan-yen"), BG("luc-ngan"), BG("yen-the"), BG("hiep-hoa")], 2023)),
  count("count", "số huyện Cao Bằng được xếp hạng", ids(CB_DISTRICTS_RANKED)),
  count("count", "Bắc Ninh có mấy huyện xếp loại trung bình", ids([BN("yen-phong"), BN("gia-binh")])),
  avg("average", "average score of Hung Yen departments with public services", 674.521875, false),
  listOrCount("list", "những sở nào ở Bắc Ninh đạt loại Tốt", ids([BN("so-nong-nghiep-phat-trien-nong-thon"), BN("so-van-hoa-the-thao-du-lich"), BN("so-giao-duc-dao-tao")])),
  list("list", "các sở Cao Bằng dưới 600 điểm", ids([CB("so-giao-thong-van-tai"), CB("so-xay-dung")])),
  avg("average", "điểm trung bình khối huyện Hưng Yên 2023", 681.472, false),
  avg("average", "bình quân điểm các huyện Bắc Giang năm 2023", 0.71221, false),
  order("ordering", "sắp xếp các sở Bắc Giang 2023 theo an toàn thông tin mạng", "An toàn thông tin mạng", "desc", 0.9583, u(BG("so-tai-nguyen-moi-truong"), undefined, 2023)),
  q("ordering", "huyện nào của Cao Bằng kinh tế số thấp nhất", { intent: ["top"], status: ["ok"], matchCount: 1, first: [u(CB("ha-lang"))], orderBy: { component: "Kinh tế số", direction: "asc", best: 35 } }),
  order("ordering", "xếp các huyện Hưng Yên theo chính quyền số", "Hoạt động chính quyền số", "desc", 154.22, u(HY("kim-dong"))),

  // compare two or three named units, across tables and provinces
  compare("compare", "Sở Y tế hay Sở Giáo dục Cao Bằng điểm cao hơn?", ids([CB("so-y-te"), CB("so-giao-duc-dao-tao")])),
  compare("compare", "so sánh Quế Võ, Từ Sơn và Thuận Thành", ids([BN("que-vo"), BN("tu-son"), BN("thuan-thanh")])),
  compare("compare", "Sở Y tế Bắc Ninh so với Sở Y tế Hưng Yên", ids([BN("so-y-te"), HY("so-y-te")])),
  compare("compare", "Bắc Ninh và Bắc Giang tỉnh nào xếp cao hơn trong bảng toàn quốc 2022", [nat("Bắc Ninh", 7), nat("Bắc Giang", 9)]),

  // overviews
  overview("overview", "tóm tắt kết quả chuyển đổi số Hưng Yên", "Hưng Yên", 2023),
  overview("overview", "Bắc Ninh có gì nổi bật năm 2023?", "Bắc Ninh", 2023),
  overview("overview", "tình hình Bắc Giang năm 2021 thế nào", "Bắc Giang", 2021),
  overview("overview", "Cao Bằng năm 2022 ra sao", "Cao Bằng", 2022),
  overview("overview", "có gì đáng chú ý ở Hưng Yên không", "Hưng Yên", 2023),

  // small talk
  smallTalk("chào bot"),
  smallTalk("cảm ơn nhiều nha"),
  smallTalk("bot ơi bạn làm được gì?"),
  smallTalk("hihi"),
  smallTalk("tạm biệt nhé"),
  smallTalk("bạn là ai vậy"),

  // follow-ups over every operation, two and three turns
  look("follow-up", ["Sở Y tế Bắc Ninh xếp thứ mấy", "còn Sở Tài chính?"], u(BN("so-tai-chinh"), 3)),
  one("follow-up", ["huyện nào đứng đầu Bắc Ninh", "còn khối sở?"], u(BN("so-thong-tin-truyen-thong"), 1)),
  topN("follow-up", ["top 3 sở Hưng Yên", "còn khối huyện?"], ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau")])),
  lookOneOf("follow-up", ["Sở Y tế Bắc Giang năm 2023", "năm 2021 thì sao?"], [u(BG("so-y-te"), 1, 2021, "ICT"), u(BG("so-y-te"), 2, 2021, "PORTAL")]),
  compare("follow-up", ["Thị xã Quế Võ xếp thứ mấy", "so với Từ Sơn?"], ids([BN("que-vo"), BN("tu-son")])),
  one("follow-up", ["huyện nào cao điểm nhất Cao Bằng", "thế còn thấp nhất?"], u(CB("ha-lang"), 9)),
  count("follow-up", ["có bao nhiêu sở Bắc Ninh xếp loại Kém", "còn khối huyện?"], ids([BN("thuan-thanh")])),
  avg("follow-up", ["trung bình điểm khối sở Bắc Ninh", "còn khối huyện thì sao?"], 601.8, true),
  order("follow-up", ["xếp hạng huyện Bắc Ninh theo an toàn thông tin", "còn Hưng Yên?"], "An toàn thông tin", "desc", 70, u(HY("khoai-chau"))),
  overview("follow-up", ["tình hình Cao Bằng thế nào", "còn Hưng Yên?"], "Hưng Yên", 2023),
  look("follow-up", ["Bắc Ninh đứng thứ mấy toàn quốc", "còn Bắc Giang?"], nat("Bắc Giang", 9)),
  list("follow-up", ["các huyện Hưng Yên trên 700 điểm", "còn trên 690 điểm?"], ids([HY("hung-yen"), HY("my-hao"), HY("khoai-chau"), HY("kim-dong"), HY("yen-my")])),
  trend("follow-up", ["Sở Tư pháp Bắc Giang qua các năm", "còn Sở Nội vụ?"], BG("so-noi-vu"), [2021, 2023]),
  q("follow-up", ["top 3 huyện Bắc Giang", "năm 2021 thì sao?", "còn khối sở?"], {
    intent: ["top"],
    status: ["ok"],
    oneOf: [
      { status: ["ok"], first: ids([BG("so-y-te"), BG("so-van-hoa-the-thao-du-lich"), BG("so-tai-chinh")], 2021, "ICT") },
      { status: ["ok"], first: ids([BG("so-giao-duc-dao-tao"), BG("so-y-te"), BG("so-nong-nghiep-phat-trien-nong-thon")], 2021, "PORTAL") },
    ],
  }),
  q("follow-up", ["Sở Y tế Hưng Yên", "còn Sở Giáo dục?", "so với Sở Tài chính?"], {
    intent: ["compare"],
    status: ["ok"],
    oneOf: [
      { status: ["ok"], set: ids([HY("so-giao-duc-dao-tao"), HY("so-tai-chinh")]) },
      { status: ["ok"], set: ids([HY("so-y-te"), HY("so-giao-duc-dao-tao"), HY("so-tai-chinh")]) },
    ],
  }),
  at("follow-up", ["ai đứng thứ 3 khối huyện Hưng Yên", "thứ 4?"], u(HY("kim-dong"), 4)),
  q("follow-up", ["sở nào điểm nhân lực số cao nhất Cao Bằng", "còn thấp nhất?"], {
    intent: ["top"],
    status: ["ok"],
    matchCount: 1,
    first: [u(CB("van-phong-uy-ban-nhan-dan"))],
    orderBy: { component: "Nhân lực số", direction: "asc", best: 13.9 },
  }),
  bottomN("follow-up", ["top 5 tỉnh chuyển đổi số 2022", "còn 5 tỉnh cuối bảng?"], NATIONAL_BOTTOM5),
  look("follow-up", ["Sở Tư pháp Hưng Yên xếp thứ mấy", "còn ở Cao Bằng?", "thế Bắc Ninh?"], u(BN("so-tu-phap"), 13)),
];

export const FRESH_EN: NaturalQuestion[] = [...ENGLISH, ...VIETNAMESE_EDGES];

/**
 * A second wave, written after the lead's first fixes were merged (12:38 UTC) and without looking at
 * them: other spellings of the classes the first wave found failing (more department acronyms, "where
 * does X rank", ministries, word numbers, merged provinces, ties), so the fixes can be judged on inputs
 * they were not made from. Scored apart from FRESH_EN by bench/fresh-en.ts.
 */
export const FRESH_EN_WAVE2: NaturalQuestion[] = [
  look("lookup", "DOJ Hung Yen ranking", u(HY("so-tu-phap"), 12)),
  look("lookup", "DOT Cao Bang rank", u(CB("so-giao-thong-van-tai"), 19)),
  look("lookup", "DCST Bac Ninh result", u(BN("so-van-hoa-the-thao-du-lich"), 5)),
  look("lookup", "DOIT Hung Yen score", u(HY("so-cong-thuong"), 6)),
  look("lookup", "DARD Cao Bang", u(CB("so-nong-nghiep-phat-trien-nong-thon"), 10)),
  look("lookup", "DOC Bac Ninh score", u(BN("so-xay-dung"), 14)),
  look("lookup", "DOFA Cao Bang ranking", u(CB("so-ngoai-vu"), 16)),
  look("lookup", "Department of Labour Bac Giang 2023", u(BG("so-lao-dong-thuong-binh-xa-hoi"), 17, 2023)),
  look("lookup", "Dept. of Science & Technology, Hung Yen", u(HY("so-khoa-hoc-cong-nghe"), 4)),
  look("lookup", "Health Dept Cao Bang", u(CB("so-y-te"), 15)),
  look("lookup", "Education department of Bac Ninh — rank?", u(BN("so-giao-duc-dao-tao"), 6)),
  look("lookup", "People's Committee of Khoai Chau district", u(HY("khoai-chau"), 3)),
  look("lookup", "Gia Binh district People's Committee score", { ...u(BN("gia-binh"), 7), total: 489.16 }),
  look("national", "Where does Hung Yen rank nationally?", nat("Hưng Yên", 33)),
  look("national", "How does Cao Bang rank among provinces in 2022?", nat("Cao Bằng", 61)),
  one("national", "Which province ranked first in the country in 2022?", nat("Đà Nẵng", 1)),
  topN("national", "top 3 provinces nationally 2022", NATIONAL_TOP5.slice(0, 3)),
  look("national", "Thai Binh's national ranking", nat("Thái Bình", 56)),
  q("national", "những tỉnh cùng hạng 15 năm 2022", { status: ["ok"], firstSet: [nat("Thanh Hóa", 15), nat("Yên Bái", 15)] }),
  outOfScope("out-of-scope", "Ministry of Health DTI"),
  outOfScope("out-of-scope", "Ministry of Justice ranking 2022"),
  look("todays-names", "Yen The district, Bac Ninh province", u(BG("yen-the"), 7, 2023)),
  look("todays-names", "huyện Sơn Động tỉnh Bắc Ninh", u(BG("son-dong"), 10, 2023)),
  predecessors("todays-names", "Department of Home Affairs Hung Yen after merging with DOLISA", [HY("so-noi-vu"), HY("so-lao-dong-thuong-binh-xa-hoi")]),
  look("todays-names", "Hue city national ranking 2022", nat("Thừa Thiên Huế", 4)),
  topN("top-n", "Show the top four districts in Bac Ninh", ids([BN("que-vo"), BN("tu-son"), BN("bac-ninh"), BN("tien-du")])),
  bottomN("top-n", "bottom two Hung Yen departments with public services", ids([HY("so-ke-hoach-dau-tu"), HY("so-tai-nguyen-moi-truong")])),
  at("position", "Who is ranked number 3 among Cao Bang departments?", u(CB("ban-dan-toc"), 3)),
  at("position", "ai đứng thứ tư khối huyện Bắc Ninh", u(BN("tien-du"), 4)),
  at("follow-up", ["ai đứng thứ 2 khối sở Bắc Ninh", "thứ 3?"], u(BN("so-tai-chinh"), 3)),
  compare("follow-up", ["Sở Y tế Cao Bằng xếp thứ mấy", "so sánh với Sở Giáo dục"], ids([CB("so-y-te"), CB("so-giao-duc-dao-tao")])),
  count("count", "Cao Bằng có bao nhiêu đơn vị không xếp hạng", [u(CB("quang-hoa"), null)]),
  overview("overview", "What are the highlights for Hung Yen?", "Hưng Yên", 2023),
];

/**
 * A third wave, written at 12:55 UTC after the second round of fixes was merged and scored on that main
 * before anyone could read it: new wordings over every category, to tell how far the fixes carry.
 */
export const FRESH_EN_WAVE3: NaturalQuestion[] = [
  look("lookup", "Bac Giang Finance Dept 2023 position", u(BG("so-tai-chinh"), 4, 2023)),
  look("lookup", "What did the Hung Yen Department of Health score?", { ...u(HY("so-y-te"), 9), total: 689.54 }),
  look("lookup", "Tien Lu district, Hung Yen", u(HY("tien-lu"), 8)),
  look("lookup", "Sở TT&amp;TT Cao Bằng", u(CB("so-thong-tin-truyen-thong"), 4)),
  look("lookup", "Trùng Khánh xếp hạng mấy vậy ạ", u(CB("trung-khanh"), 8)),
  look("lookup", "UBND TX Thuận Thành được mấy điểm", { ...u(BN("thuan-thanh"), 8), total: 316.73 }),
  one("superlative", "Which Bac Giang department came top for its e-portal in 2021?", u(BG("so-giao-duc-dao-tao"), 1, 2021, "PORTAL")),
  one("superlative", "huyện nào đội sổ Hưng Yên", u(HY("phu-cu"), 10)),
  at("position", "third-placed district in Bac Ninh", u(BN("bac-ninh"), 3)),
  at("position", "sở nào đứng thứ 12 Cao Bằng", u(CB("ban-quan-ly-khu-kinh-te"), 12)),
  bottomN("top-n", "Hung Yen's bottom 3 districts", ids([HY("tien-lu"), HY("van-giang"), HY("phu-cu")])),
  topN("top-n", "4 sở dẫn đầu Bắc Ninh", ids([BN("so-thong-tin-truyen-thong"), BN("so-y-te"), BN("so-tai-chinh"), BN("so-nong-nghiep-phat-trien-nong-thon")])),
  count("count", "How many Bac Ninh departments are graded good or better?", ids([BN("so-thong-tin-truyen-thong"), BN("so-y-te"), BN("so-tai-chinh"), BN("so-nong-nghiep-phat-trien-nong-thon"), BN("so-van-hoa-the-thao-du-lich"), BN("so-giao-duc-dao-tao")])),
  count("count", "bao nhiêu huyện Hưng Yên từ 670 đến 700 điểm", ids([HY("kim-dong"), HY("yen-my"), HY("an-thi"), HY("van-lam"), HY("tien-lu")])),
  list("list", "Cao Bang districts between 500 and 600 points", ids([CB("ha-quang"), CB("bao-lam"), CB("thach-an")])),
  listOrCount("list", "sở nào của Bắc Ninh xếp loại Khá", ids([BN("so-noi-vu"), BN("so-lao-dong-thuong-binh-xa-hoi"), BN("so-khoa-hoc-cong-nghe")])),
  avg("average", "average score of the Hung Yen departments without public services", 551.8075, false),
  avg("average", "điểm bình quân các sở Cao Bằng", 719.58, false),
  order("ordering", "Rank Hung Yen departments with public services by digital government score", "Chính quyền số", "desc", 304.42, u(HY("so-tai-chinh"))),
  q("ordering", "huyện nào Bắc Ninh nhân lực số thấp nhất", { intent: ["top"], status: ["ok"], matchCount: 1, first: [u(BN("thuan-thanh"))], orderBy: { component: "Nhân lực số", direction: "asc", best: 38 } }),
  compare("compare", "Luc Nam vs Luc Ngan 2021", ids([BG("luc-nam"), BG("luc-ngan")], 2021)),
  compare("compare", "Sở Công Thương Cao Bằng hơn hay kém Sở Tài chính Cao Bằng", ids([CB("so-cong-thuong"), CB("so-tai-chinh")])),
  overview("overview", "Quick rundown of Bac Giang 2023 please", "Bắc Giang", 2023),
  trend("trend", "Has Yen Dung district moved up or down since 2021?", BG("yen-dung"), [2021, 2023]),
  smallTalk("xin chào, chúc bạn một ngày tốt lành"),
  smallTalk("Thank you so much, very helpful!"),
  missingYear("missing-year", "Bắc Ninh 2022 sở nào đứng đầu", 2022),
  missingYear("missing-year", "Hung Yen districts 2021", 2021),
  outOfScope("out-of-scope", "Sở Y tế Thái Nguyên xếp thứ mấy"),
  outOfScope("out-of-scope", "Ministry of Information and Communications ranking"),
  predecessors("todays-names", "Sở Xây dựng Bắc Ninh sau sáp nhập Sở GTVT", [BN("so-xay-dung"), BN("so-giao-thong-van-tai")], [BG("so-xay-dung"), BG("so-giao-thong-van-tai")]),
  lookOneOf("todays-names", "Thị xã Việt Yên tỉnh Bắc Ninh năm 2021", [u(BG("viet-yen"), 2, 2021, "ICT"), u(BG("viet-yen"), 9, 2021, "PORTAL")]),
  look("national", "Bình Dương xếp thứ mấy về chuyển đổi số 2022", nat("Bình Dương", 19)),
  bottomN("national", "last 3 provinces in 2022", NATIONAL_BOTTOM5.slice(2)),
  look("keyboard", "Sowr Xaay dungj Hwng Yeen", u(HY("so-xay-dung"), 14)),
  look("keyboard", "huye65n Gia Bi2nh", u(BN("gia-binh"), 7)),
  bottomN("follow-up", ["top 3 districts in Cao Bang", "and the bottom 3?"], ids([CB("thach-an"), CB("trung-khanh"), CB("ha-lang")])),
  q("follow-up", ["Sở Nội vụ Bắc Giang năm 2023", "so với năm 2021?"], {
    status: ["ok"],
    oneOf: [
      { status: ["ok"], intent: ["trend"], trend: { id: BG("so-noi-vu"), years: [2021, 2023] } },
      { status: ["ok"], intent: ["rank"], firstOneOf: [u(BG("so-noi-vu"), 4, 2021, "ICT"), u(BG("so-noi-vu"), 17, 2021, "PORTAL")] },
    ],
  }),
  list("follow-up", ["có bao nhiêu huyện Bắc Ninh trên 600 điểm", "đó là những huyện nào?"], ids([BN("que-vo"), BN("tu-son"), BN("bac-ninh"), BN("tien-du"), BN("luong-tai")])),
];

/**
 * A fourth wave, written at 13:35 UTC after the third round of fixes was merged and scored on that main
 * before anyone could read it: the held-out figure of the final main.
 */
export const FRESH_EN_WAVE4: NaturalQuestion[] = [
  look("lookup", "Bac Ninh Home Affairs Department score", { ...u(BN("so-noi-vu"), 7), total: 740.51 }),
  look("lookup", "Dept. of Finance, Cao Bang – ranking?", u(CB("so-tai-chinh"), 2)),
  look("lookup", "Kim Dong district rank", u(HY("kim-dong"), 4)),
  look("lookup", "Sở LĐTBXH Cao Bằng đứng thứ mấy", u(CB("so-lao-dong-thuong-binh-xa-hoi"), 7)),
  one("superlative", "Which Cao Bang district was ranked lowest?", u(CB("ha-lang"), 9)),
  at("position", "đơn vị đứng nhì khối huyện Bắc Giang 2023", u(BG("viet-yen"), 2, 2023)),
  topN("national", "top 2 provinces 2022", NATIONAL_TOP5.slice(0, 2)),
  count("count", "How many Hung Yen districts got a Trung bình grade?", ids([HY("van-giang"), HY("phu-cu")])),
  listOrCount("list", "Bac Ninh districts rated fair or better", ids([BN("que-vo"), BN("tu-son"), BN("bac-ninh"), BN("tien-du"), BN("luong-tai")])),
  list("list", "Cao Bang departments with more than 750 points", ids([CB("so-cong-thuong"), CB("so-tai-chinh"), CB("ban-dan-toc"), CB("so-thong-tin-truyen-thong"), CB("so-khoa-hoc-cong-nghe"), CB("so-noi-vu"), CB("so-lao-dong-thuong-binh-xa-hoi")])),
  avg("average", "average score for Bac Giang districts 2023", 0.71221, false),
  order("ordering", "Which Bac Ninh department is best at digital awareness?", "Nhận thức số", "desc", 100),
  compare("compare", "Compare Hung Yen city and My Hao town", ids([HY("hung-yen"), HY("my-hao")])),
  overview("overview", "Overview of Cao Bang please", "Cao Bằng", 2022),
  trend("trend", "How did Lang Giang district change between 2021 and 2023?", BG("lang-giang"), [2021, 2023]),
  smallTalk("good evening bot"),
  missingYear("missing-year", "Bac Giang departments 2019", 2019),
  outOfScope("out-of-scope", "Sở Y tế Quảng Ninh xếp thứ mấy"),
  predecessors("todays-names", "Department of Agriculture and Environment of Cao Bang", [CB("so-nong-nghiep-phat-trien-nong-thon"), CB("so-tai-nguyen-moi-truong")]),
  look("national", "Nam Dinh national ranking", nat("Nam Định", 10)),
  look("keyboard", "Sowr Coong Thuwowng Cao Bawngf", u(CB("so-cong-thuong"), 1)),
  at("follow-up", ["Which Bac Ninh district came last?", "and the one above it?"], u(BN("gia-binh"), 7)),
  listOrCount("follow-up", ["average score of Cao Bang departments", "how many are above that?"], ids([CB("so-cong-thuong"), CB("so-tai-chinh"), CB("ban-dan-toc"), CB("so-thong-tin-truyen-thong"), CB("so-khoa-hoc-cong-nghe"), CB("so-noi-vu"), CB("so-lao-dong-thuong-binh-xa-hoi"), CB("van-phong-uy-ban-nhan-dan"), CB("so-giao-duc-dao-tao"), CB("so-nong-nghiep-phat-trien-nong-thon"), CB("thanh-tra"), CB("ban-quan-ly-khu-kinh-te")])),
];
