/**
 * A held-out question set (issue 9), written from the decision texts and the dataset by someone who
 * did not read the engine: Vietnamese as civil servants, journalists and provincial IT officers type it
 * in a chat — with and without diacritics, typos, phone abbreviations ("ko", "bn điểm", "xh", "stp",
 * "sở gdđt", "tx", "TP."), chatty openings and endings ("cho em hỏi", "ad ơi", "với ạ"), slang for
 * positions ("bét bảng", "đội sổ", "á quân", "áp chót"), counts, lists and thresholds, averages,
 * component orderings, compares, overviews, trends, small talk, missing years, out-of-scope names,
 * today's names (post-2025 provinces and merged departments), Telex/VNI leftovers, national questions
 * and short follow-ups.
 *
 * Every expected value comes from test/support/fresh-vn-facts.ts, which reads data/dataset.json; the
 * questions only name the table and the unit. A question without a year means the latest year the
 * province's data hold (Bắc Giang 2023, Bắc Ninh 2023, Cao Bằng 2022, Hưng Yên 2023, national 2022).
 * Where two honest readings exist (a tie, "sở" covering both Hưng Yên department tables, a 2021 Bắc
 * Giang question that fits both the IT-application and the portal table) both are accepted.
 */
import {
  atRank,
  bestOn,
  componentOf,
  computedMean,
  entry,
  gradeIs,
  gradeOf,
  printedMean,
  sizeOf,
  topN,
  totalAbove,
  totalBelow,
  totalBetween,
  totalOf,
  where,
  type TableName,
} from "../support/fresh-vn-facts.js";
import type { Category, Expectation, NaturalQuestion, Ref } from "./natural.js";

const bg = (s: string) => `bac-giang/${s}`;
const bn = (s: string) => `bac-ninh/${s}`;
const cb = (s: string) => `cao-bang/${s}`;
const hy = (s: string) => `hung-yen/${s}`;

const q = (category: Category, turns: string | string[], expect: Expectation): NaturalQuestion => ({
  category,
  turns: typeof turns === "string" ? [turns] : turns,
  expect,
});

/** A lookup of one named unit: its entry first, and the text states what was asked (a score, a grade). */
const lookupOf = (table: TableName, id: string, mentions: (number | string)[] = []): Expectation => ({
  intent: ["rank"],
  status: ["ok"],
  first: [entry(table, id)],
  ...(mentions.length > 0 ? { mentions } : {}),
});
const look = (text: string, table: TableName, id: string, mentions: (number | string)[] = []) => q("lookup", text, lookupOf(table, id, mentions));
const score = (table: TableName, id: string) => [totalOf(table, id)];
const grade = (table: TableName, id: string) => [gradeOf(table, id)];
const comp = (table: TableName, id: string, component: string) => [componentOf(table, id, component)];

/** A singular superlative: exactly one match, that unit. */
const one = (ref: Ref): Expectation => ({ intent: ["top"], status: ["ok"], first: [ref], matchCount: 1 });
/** A superlative over two tables a word covers ("sở" in Hưng Yên): the winner of either. */
const oneOf = (refs: Ref[]): Expectation => ({ intent: ["top"], status: ["ok"], firstOneOf: refs });
/** "Who is #N": the unit at that position first. */
const nth = (refs: Ref[]): Expectation => ({ intent: ["rank", "top"], status: ["ok"], firstOneOf: refs });
const firstN = (refs: Ref[]): Expectation => ({ intent: ["top"], status: ["ok"], first: refs, matchCount: refs.length });
const bottomN = (refs: Ref[]): Expectation => ({ intent: ["top", "list"], status: ["ok"], firstSet: refs, matchCount: refs.length });
const counted = (refs: Ref[]): Expectation => ({ intent: ["count"], status: ["ok"], count: refs.length, set: refs });
const listed = (refs: Ref[]): Expectation => ({ intent: ["list", "count"], status: ["ok"], set: refs });
const printedAvg = (table: TableName): Expectation => ({ intent: ["average"], status: ["ok"], average: { value: printedMean(table), printed: true } });
const computedAvg = (table: TableName): Expectation => ({ intent: ["average"], status: ["ok"], average: { value: computedMean(table), printed: false } });
const ordered = (table: TableName, component: string, direction: "desc" | "asc"): Expectation => ({
  intent: ["top", "list"],
  status: ["ok"],
  orderBy: { component, direction, best: bestOn(table, component, direction).best },
});
/** A singular component superlative: the best on it first, ordered by it. */
const bestBy = (table: TableName, component: string, direction: "desc" | "asc"): Expectation => ({
  ...ordered(table, component, direction),
  firstOneOf: bestOn(table, component, direction).holders,
});
const compared = (refs: Ref[]): Expectation => ({ intent: ["compare"], status: ["ok"], set: refs });
const overview = (province: string, year?: number): Expectation => ({
  intent: ["overview"],
  status: ["ok"],
  allOf: year === undefined ? { province } : { province, year },
});
const trend = (id: string, years: number[]): Expectation => ({ intent: ["trend"], status: ["ok"], trend: { id, years } });
/** A friendly reply with no answer in it; a help text may quote example questions, so units it names are not checked. */
const smallTalk: Expectation = { intent: ["help", "unknown"], status: ["ok"], empty: true };
const missing = (year: number): Expectation => ({ status: ["not_found", "ok"], missingYear: year, namesOnlyAsked: true });
/** The same, for a question naming its unit by an abbreviation the scorer cannot match against the reply's full name. */
const missingAbbreviated = (year: number): Expectation => ({ status: ["not_found", "ok"], missingYear: year });
const outOfScope: Expectation = { status: ["not_found"], namesOnlyAsked: true };
/** "sở" in Hưng Yên covers the table with public services and the one without: either reading is honest. */
const hyDepartments = (read: (tables: TableName[]) => Expectation): Expectation => ({
  status: ["ok"],
  anyOf: [read(["hyDeptPublic"]), read(["hyDeptPublic", "hyDeptOther"])],
});
const merged = (must: string[], may: string[] = []): Expectation => ({ status: ["ok", "ambiguous"], predecessors: { must, may } });
const national = (slug: string, mentions: (number | string)[] = []): Expectation => ({
  intent: ["rank"],
  status: ["ok"],
  first: [entry("national", slug)],
  ...(mentions.length > 0 ? { mentions } : {}),
});

const LOOKUP: NaturalQuestion[] = [
  // Bắc Ninh, DTI 2023
  look("cho em hỏi sở tư pháp bắc ninh xh thứ mấy ạ", "bnDept", bn("so-tu-phap")),
  look("stp bac ninh dung thu may", "bnDept", bn("so-tu-phap")),
  look("Sở GD&ĐT Bắc Ninh được bao nhiêu điểm vậy", "bnDept", bn("so-giao-duc-dao-tao"), score("bnDept", bn("so-giao-duc-dao-tao"))),
  look("sở gdđt bắc ninh bn điểm", "bnDept", bn("so-giao-duc-dao-tao"), score("bnDept", bn("so-giao-duc-dao-tao"))),
  look("ad ơi Sở Kế hoạch Đầu tư Bắc Ninh xếp loại gì vậy", "bnDept", bn("so-ke-hoach-dau-tu"), grade("bnDept", bn("so-ke-hoach-dau-tu"))),
  look("tx quế võ xếp hạng mấy", "bnDist", bn("que-vo")),
  look("ubnd tp từ sơn đc bao nhiêu điểm", "bnDist", bn("tu-son"), score("bnDist", bn("tu-son"))),
  look("TP. Bắc Ninh xếp thứ mấy trong khối huyện", "bnDist", bn("bac-ninh")),
  look("thị xã thuận thành được mấy điểm dti", "bnDist", bn("thuan-thanh"), score("bnDist", bn("thuan-thanh"))),
  look("Sở TT&TT Bắc Ninh xếp loại gì", "bnDept", bn("so-thong-tin-truyen-thong"), grade("bnDept", bn("so-thong-tin-truyen-thong"))),
  look("sở ytế bắc ninh đứng thứ bao nhiêu", "bnDept", bn("so-y-te")),
  look("ban quan ly an toan thuc pham bac ninh xep thu may", "bnDept", bn("ban-quan-ly-an-toan-thuc-pham")),
  look("Bắc Ninh: Sở Lao động TB&XH được xếp loại gì?", "bnDept", bn("so-lao-dong-thuong-binh-xa-hoi"), grade("bnDept", bn("so-lao-dong-thuong-binh-xa-hoi"))),
  look("huyện gia bình điểm an toàn thông tin bao nhiêu", "bnDist", bn("gia-binh"), comp("bnDist", bn("gia-binh"), "An toàn thông tin mạng")),
  look("huyện tiên du xếp hạng dti 2023", "bnDist", bn("tien-du")),
  look("Lương Tài được loại gì vậy ad", "bnDist", bn("luong-tai"), grade("bnDist", bn("luong-tai"))),
  look("yên phong bn điểm", "bnDist", bn("yen-phong"), score("bnDist", bn("yen-phong"))),
  look("Sở Công thương tỉnh BN xh mấy", "bnDept", bn("so-cong-thuong")),
  look("ban ql các kcn bắc ninh đứng thứ mấy", "bnDept", bn("ban-quan-ly-khu-cong-nghiep")),
  look("so tai nguyen moi truong bac ninh duoc may diem", "bnDept", bn("so-tai-nguyen-moi-truong"), score("bnDept", bn("so-tai-nguyen-moi-truong"))),
  look("Sở Giao thông vận tải Bắc Ninh xếp loại ra sao", "bnDept", bn("so-giao-thong-van-tai"), grade("bnDept", bn("so-giao-thong-van-tai"))),
  look("sở văn hoá thể thao và du lịch bắc ninh hạng mấy", "bnDept", bn("so-van-hoa-the-thao-du-lich")),
  look("điểm nhận thức số của sở tư pháp bắc ninh", "bnDept", bn("so-tu-phap"), comp("bnDept", bn("so-tu-phap"), "Nhận thức số")),
  // Hưng Yên, DTI 2023
  look("Sở Tư pháp Hưng Yên xếp thứ mấy", "hyDeptPublic", hy("so-tu-phap")),
  look("sở gd hưng yên điểm bao nhiêu", "hyDeptPublic", hy("so-giao-duc-dao-tao"), score("hyDeptPublic", hy("so-giao-duc-dao-tao"))),
  look("thanh tra tỉnh hưng yên xếp thứ mấy", "hyDeptOther", hy("thanh-tra")),
  look("Văn phòng UBND tỉnh Hưng Yên đứng thứ mấy vậy", "hyDeptOther", hy("van-phong-uy-ban-nhan-dan")),
  look("vp đoàn đbqh và hđnd tỉnh hưng yên được bao nhiêu điểm", "hyDeptOther", hy("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"), score("hyDeptOther", hy("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"))),
  look("ban quản lý khu đại học phố hiến xếp loại gì", "hyDeptOther", hy("ban-quan-ly-khu-dai-hoc-pho-hien"), grade("hyDeptOther", hy("ban-quan-ly-khu-dai-hoc-pho-hien"))),
  look("tx mỹ hào xh thứ mấy", "hyDist", hy("my-hao")),
  look("khoái châu được mấy điểm an toàn thông tin", "hyDist", hy("khoai-chau"), comp("hyDist", hy("khoai-chau"), "An toàn thông tin")),
  look("huyen an thi diem kinh te so", "hyDist", hy("an-thi"), comp("hyDist", hy("an-thi"), "Hoạt động kinh tế số")),
  look("ubnd tp hưng yên xếp hạng bao nhiêu", "hyDist", hy("hung-yen")),
  look("phù cừ xếp loại gì", "hyDist", hy("phu-cu"), grade("hyDist", hy("phu-cu"))),
  look("Sở Y tế HY xh mấy", "hyDeptPublic", hy("so-y-te")),
  look("sở tn&mt hưng yên điểm an toàn thông tin", "hyDeptPublic", hy("so-tai-nguyen-moi-truong"), comp("hyDeptPublic", hy("so-tai-nguyen-moi-truong"), "An toàn thông tin")),
  look("Sở Văn hóa Thể thao Du lịch Hưng Yên xếp thứ mấy", "hyDeptPublic", hy("so-van-hoa-the-thao-du-lich")),
  look("van giang hung yen dung thu bao nhieu", "hyDist", hy("van-giang")),
  look("Sở LĐ-TB&XH Hưng Yên được bao nhiêu điểm", "hyDeptPublic", hy("so-lao-dong-thuong-binh-xa-hoi"), score("hyDeptPublic", hy("so-lao-dong-thuong-binh-xa-hoi"))),
  look("sở gtvt hưng yên xếp loại gì ạ", "hyDeptPublic", hy("so-giao-thong-van-tai"), grade("hyDeptPublic", hy("so-giao-thong-van-tai"))),
  look("tiên lữ hạng mấy", "hyDist", hy("tien-lu")),
  look("Mỹ Hào xếp loại gì", "hyDist", hy("my-hao"), grade("hyDist", hy("my-hao"))),
  look("Yên Mỹ được bao nhiêu điểm", "hyDist", hy("yen-my"), score("hyDist", hy("yen-my"))),
  look("Kim Động xh thứ mấy", "hyDist", hy("kim-dong")),
  look("huyện Văn Lâm đạt bao nhiêu điểm an toàn thông tin?", "hyDist", hy("van-lam"), comp("hyDist", hy("van-lam"), "An toàn thông tin")),
  look("Sở TT-TT Hưng Yên xếp thứ mấy", "hyDeptPublic", hy("so-thong-tin-truyen-thong")),
  look("ban quản lý các khu công nghiệp hưng yên đc mấy điểm", "hyDeptPublic", hy("ban-quan-ly-khu-cong-nghiep"), score("hyDeptPublic", hy("ban-quan-ly-khu-cong-nghiep"))),
  // Cao Bằng, DTI 2022
  look("Sở Công Thương Cao Bằng xếp thứ mấy", "cbDept", cb("so-cong-thuong")),
  look("ban dân tộc cao bằng bao nhiêu điểm", "cbDept", cb("ban-dan-toc"), score("cbDept", cb("ban-dan-toc"))),
  look("huyện bảo lạc xếp hạng mấy", "cbDist", cb("bao-lac")),
  look("hạ lang điểm dti là bao nhiêu", "cbDist", cb("ha-lang"), score("cbDist", cb("ha-lang"))),
  look("Thạch An xếp thứ mấy vậy ad", "cbDist", cb("thach-an")),
  look("sở ngoại vụ cao bằng đứng thứ mấy", "cbDept", cb("so-ngoai-vu")),
  look("Ban QL khu kinh tế tỉnh Cao Bằng xh bn", "cbDept", cb("ban-quan-ly-khu-kinh-te")),
  look("tp cao bằng được bao nhiêu điểm", "cbDist", cb("cao-bang"), score("cbDist", cb("cao-bang"))),
  look("Sở Y tế Cao Bằng điểm chính quyền số", "cbDept", cb("so-y-te"), comp("cbDept", cb("so-y-te"), "Chính quyền số")),
  look("trùng khánh xếp thứ mấy", "cbDist", cb("trung-khanh")),
  look("Văn phòng UBND tỉnh Cao Bằng điểm nhân lực số bao nhiêu", "cbDept", cb("van-phong-uy-ban-nhan-dan"), comp("cbDept", cb("van-phong-uy-ban-nhan-dan"), "Nhân lực số")),
  look("so gtvt cao bang xep thu may", "cbDept", cb("so-giao-thong-van-tai")),
  look("Hoà An đứng thứ mấy", "cbDist", cb("hoa-an")),
  look("Sở NN&PTNT Cao Bằng xếp thứ mấy", "cbDept", cb("so-nong-nghiep-phat-trien-nong-thon")),
  look("Huyen Nguyen Binh xep hang bao nhieu", "cbDist", cb("nguyen-binh")),
  look("sở ldtbxh cao bang diem the che so", "cbDept", cb("so-lao-dong-thuong-binh-xa-hoi"), comp("cbDept", cb("so-lao-dong-thuong-binh-xa-hoi"), "Thể chế số")),
  look("sở kh&đt cao bằng xếp hạng mấy", "cbDept", cb("so-ke-hoach-dau-tu")),
  look("huyện Bảo Lâm Cao Bằng", "cbDist", cb("bao-lam")),
  look("Thanh tra tỉnh Cao Bằng được mấy điểm", "cbDept", cb("thanh-tra"), score("cbDept", cb("thanh-tra"))),
  q("lookup", "Quảng Hòa xếp thứ mấy", { intent: ["rank"], status: ["not_evaluated"], first: [entry("cbDist", cb("quang-hoa"))] }),
  q("lookup", "huyen quang hoa cao bang duoc bao nhieu diem", { intent: ["rank"], status: ["not_evaluated"], first: [entry("cbDist", cb("quang-hoa"))] }),
  // Bắc Giang, DTI 2023 and 2021
  look("Sở Tài nguyên và Môi trường Bắc Giang xếp thứ mấy năm 2023", "bgDept", bg("so-tai-nguyen-moi-truong")),
  look("sở y tế bg chỉ số dti xếp thứ mấy", "bgDept", bg("so-y-te")),
  look("huyện sơn động xếp hạng", "bgDist", bg("son-dong")),
  look("Lạng Giang xếp thứ mấy năm 2023", "bgDist", bg("lang-giang")),
  look("tp bắc giang đc bao nhiêu điểm", "bgDist", bg("bac-giang"), score("bgDist", bg("bac-giang"))),
  look("huyện hiệp hòa đứng thứ mấy", "bgDist", bg("hiep-hoa")),
  look("Thanh tra tỉnh Bắc Giang xh mấy", "bgDept", bg("thanh-tra")),
  look("Ban Dân tộc Bắc Giang xếp thứ bao nhiêu", "bgDept", bg("ban-dan-toc")),
  look("sở ngoại vụ bắc giang điểm an toàn thông tin mạng", "bgDept", bg("so-ngoai-vu"), comp("bgDept", bg("so-ngoai-vu"), "An toàn thông tin mạng")),
  look("Việt Yên được mấy điểm năm 2023", "bgDist", bg("viet-yen"), score("bgDist", bg("viet-yen"))),
  look("Sở Văn hoá TT&DL Bắc Giang xếp thứ mấy", "bgDept", bg("so-van-hoa-the-thao-du-lich")),
  look("Sở Y tế Bắc Giang năm 2021 xếp hạng ứng dụng CNTT thứ mấy", "bgIct", bg("so-y-te")),
  look("cổng thông tin điện tử sở giáo dục bắc giang 2021 được bao nhiêu điểm", "bgPortal", bg("so-giao-duc-dao-tao"), score("bgPortal", bg("so-giao-duc-dao-tao"))),
  look("chỉ số ứng dụng cntt của huyện lục ngạn năm 2021", "bgIctDistricts", bg("luc-ngan")),
  look("Sở GTVT BG 2021 xếp loại ứng dụng CNTT", "bgIct", bg("so-giao-thong-van-tai"), grade("bgIct", bg("so-giao-thong-van-tai"))),
  look("huyen yen dung bac giang xep thu may", "bgDist", bg("yen-dung")),
  look("VP UBND tỉnh Bắc Giang hạng mấy", "bgDept", bg("van-phong-uy-ban-nhan-dan")),
  q("lookup", "huyện tân yên năm 2021 xếp loại gì", {
    intent: ["rank"],
    status: ["ok"],
    firstOneOf: [entry("bgIctDistricts", bg("tan-yen")), entry("bgPortalDistricts", bg("tan-yen"))],
  }),
  // abbreviations, yes/no questions, old kind names, typos
  look("điểm ATTT của sở y tế bắc ninh", "bnDept", bn("so-y-te"), comp("bnDept", bn("so-y-te"), "An toàn thông tin mạng")),
  look("Sở Y tế BN có lọt top 3 ko", "bnDept", bn("so-y-te")),
  look("sở tư pháp cao bằng có đứng đầu ko", "cbDept", cb("so-tu-phap")),
  look("huyện Quế Võ xếp thứ mấy", "bnDist", bn("que-vo")),
  look("thị xã Từ Sơn được bao nhiêu điểm", "bnDist", bn("tu-son"), score("bnDist", bn("tu-son"))),
  look("huyện Mỹ Hào xếp hạng mấy", "hyDist", hy("my-hao")),
  look("Sở TTTT Cao Bằng xh mấy", "cbDept", cb("so-thong-tin-truyen-thong")),
  look("Sở VHTTDL Hưng Yên được mấy điểm", "hyDeptPublic", hy("so-van-hoa-the-thao-du-lich"), score("hyDeptPublic", hy("so-van-hoa-the-thao-du-lich"))),
  look("Sở LĐTBXH BN xếp loại gì", "bnDept", bn("so-lao-dong-thuong-binh-xa-hoi"), grade("bnDept", bn("so-lao-dong-thuong-binh-xa-hoi"))),
  look("sở TNMT bắc giang 2023 thứ mấy", "bgDept", bg("so-tai-nguyen-moi-truong")),
  look("VPUBND tỉnh Cao Bằng xếp thứ mấy", "cbDept", cb("van-phong-uy-ban-nhan-dan")),
  look("BQL KCN Hưng Yên xếp thứ mấy", "hyDeptPublic", hy("ban-quan-ly-khu-cong-nghiep")),
  look("sở NNPTNT hưng yên đạt bn điểm", "hyDeptPublic", hy("so-nong-nghiep-phat-trien-nong-thon"), score("hyDeptPublic", hy("so-nong-nghiep-phat-trien-nong-thon"))),
  look("sỏ y tế cao bằng xép hạng thứ mây", "cbDept", cb("so-y-te")),
  look("huyen gia binh bac nimh xep thu may", "bnDist", bn("gia-binh")),
  look("kết quả dti của sở tư pháp hưng yen", "hyDeptPublic", hy("so-tu-phap")),
  look("rank của UBND huyện Lương Tài", "bnDist", bn("luong-tai")),
  look("Tổng điểm Sở Giáo dục và Đào tạo Cao Bằng là bao nhiêu ạ", "cbDept", cb("so-giao-duc-dao-tao"), score("cbDept", cb("so-giao-duc-dao-tao"))),
  look("hạ tầng số của tp bắc ninh bao nhiêu", "bnDist", bn("bac-ninh"), comp("bnDist", bn("bac-ninh"), "Hạ tầng số")),
  look("điểm chính quyền số huyện kim động", "hyDist", hy("kim-dong"), comp("hyDist", hy("kim-dong"), "Hoạt động chính quyền số")),
  look("Ủy ban nhân dân huyện Tiên Lữ xếp loại gì", "hyDist", hy("tien-lu"), grade("hyDist", hy("tien-lu"))),
  look("xếp hạng ban dân tộc cb", "cbDept", cb("ban-dan-toc")),
  look("điểm xã hội số của bảo lạc", "cbDist", cb("bao-lac"), comp("cbDist", cb("bao-lac"), "Xã hội số")),
  look("Sở Công Thương HY đứng thứ mấy trong khối sở", "hyDeptPublic", hy("so-cong-thuong")),
  look("Sở Ngoại vụ BG 2021 xếp loại ứng dụng CNTT ra sao", "bgIct", bg("so-ngoai-vu"), grade("bgIct", bg("so-ngoai-vu"))),
  look("huyện lục nam bg điểm cổng thông tin điện tử 2021", "bgPortalDistricts", bg("luc-nam"), score("bgPortalDistricts", bg("luc-nam"))),
  look("cho hỏi văn phòng ubnd tỉnh bắc giang năm 2021 được bao nhiêu điểm ứng dụng cntt", "bgIct", bg("van-phong-uy-ban-nhan-dan"), score("bgIct", bg("van-phong-uy-ban-nhan-dan"))),
  look("TP Hưng Yên DTI 2023 được bao nhiêu", "hyDist", hy("hung-yen"), score("hyDist", hy("hung-yen"))),
  // chatty openings and endings
  look("ad ơi cho em hỏi với, huyện Yên Thế năm 2023 xếp thứ mấy vậy ạ", "bgDist", bg("yen-the")),
  look("Mọi người ơi, Sở Tư pháp Cao Bằng được bao nhiêu điểm thế?", "cbDept", cb("so-tu-phap"), score("cbDept", cb("so-tu-phap"))),
  look("e muốn biết kết quả của sở y tế hưng yên", "hyDeptPublic", hy("so-y-te")),
  look("Cho mình hỏi thứ hạng Sở Công Thương Bắc Giang nhé", "bgDept", bg("so-cong-thuong")),
  look("thế sở y tế cao bằng thì sao", "cbDept", cb("so-y-te")),
  look("Sở Y tế Bắc Ninh tổng bao nhiêu điểm", "bnDept", bn("so-y-te"), score("bnDept", bn("so-y-te"))),
  look("xin hỏi xếp loại của UBND thị xã Quế Võ ạ", "bnDist", bn("que-vo"), grade("bnDist", bn("que-vo"))),
  look("huyện hà quảng được xếp thứ mấy trong các huyện của cao bằng vậy bạn", "cbDist", cb("ha-quang")),
  look("What rank did Bac Ninh Department of Justice get?", "bnDept", bn("so-tu-phap")),
  look("Hung Yen Department of Health score", "hyDeptPublic", hy("so-y-te"), score("hyDeptPublic", hy("so-y-te"))),
  // partial diacritics, capitals, punctuation, decomposed Unicode
  look("so Y tế bac ninh xep hang", "bnDept", bn("so-y-te")),
  look("Sở Tu Phap Hung Yen diem bao nhieu", "hyDeptPublic", hy("so-tu-phap"), score("hyDeptPublic", hy("so-tu-phap"))),
  look("SỞ Y TẾ BẮC NINH XẾP THỨ MẤY", "bnDept", bn("so-y-te")),
  look("sở y tế - bắc ninh ???", "bnDept", bn("so-y-te")),
  look("Sở Tư pháp (Cao Bằng) xếp hạng", "cbDept", cb("so-tu-phap")),
  look("huyện Tiên Du xếp thứ mấy".normalize("NFD"), "bnDist", bn("tien-du")),
  look("Sở Y tế Hưng Yên được bao nhiêu điểm".normalize("NFD"), "hyDeptPublic", hy("so-y-te"), score("hyDeptPublic", hy("so-y-te"))),
  look("HUYỆN VĂN LÂM", "hyDist", hy("van-lam")),
  // bare names, short forms of long names, "kq", "t.", "H.", "TX", "/17"
  look("Sở Y tế BN", "bnDept", bn("so-y-te")),
  look("y tế bắc ninh xếp thứ mấy", "bnDept", bn("so-y-te")),
  look("sở tư pháp t. hưng yên xếp thứ mấy", "hyDeptPublic", hy("so-tu-phap")),
  look("kq dti sở y tế bắc ninh", "bnDept", bn("so-y-te")),
  look("điểm số sở công thương cao bằng là bao nhiu", "cbDept", cb("so-cong-thuong"), score("cbDept", cb("so-cong-thuong"))),
  look("sở y tế bắc ninh đứng top mấy", "bnDept", bn("so-y-te")),
  look("UBND TX Thuận Thành xếp thứ mấy/8", "bnDist", bn("thuan-thanh")),
  look("tp. Từ Sơn xếp loại gì", "bnDist", bn("tu-son"), grade("bnDist", bn("tu-son"))),
  look("H. Gia Bình được bao nhiêu điểm", "bnDist", bn("gia-binh"), score("bnDist", bn("gia-binh"))),
  look("Huyện Lục Ngạn - Bắc Giang 2021 xếp loại cổng TTĐT", "bgPortalDistricts", bg("luc-ngan"), grade("bgPortalDistricts", bg("luc-ngan"))),
  look("văn phòng hđnd tỉnh hưng yên xếp thứ mấy", "hyDeptOther", hy("van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan")),
  look("ban quản lý khu ĐH Phố Hiến được mấy điểm", "hyDeptOther", hy("ban-quan-ly-khu-dai-hoc-pho-hien"), score("hyDeptOther", hy("ban-quan-ly-khu-dai-hoc-pho-hien"))),
  look("bql khu kinh tế cao bằng xếp hạng", "cbDept", cb("ban-quan-ly-khu-kinh-te")),
  // units no other question names
  look("sở khđt bắc giang năm 2023 đứng thứ mấy", "bgDept", bg("so-ke-hoach-dau-tu")),
  look("Sở Nông nghiệp và PTNT Bắc Giang được bao nhiêu điểm", "bgDept", bg("so-nong-nghiep-phat-trien-nong-thon"), score("bgDept", bg("so-nong-nghiep-phat-trien-nong-thon"))),
  look("ban quản lý các khu công nghiệp tỉnh bắc giang xếp hạng mấy", "bgDept", bg("ban-quan-ly-khu-cong-nghiep")),
  look("sở lao động thương binh xã hội bắc giang thứ mấy", "bgDept", bg("so-lao-dong-thuong-binh-xa-hoi")),
  look("sở văn hóa cao bằng xếp thứ mấy", "cbDept", cb("so-van-hoa-the-thao-du-lich")),
  look("Sở TN và MT Cao Bằng điểm bao nhiêu", "cbDept", cb("so-tai-nguyen-moi-truong"), score("cbDept", cb("so-tai-nguyen-moi-truong"))),
];

const SUPERLATIVE: NaturalQuestion[] = [
  q("superlative", "huyện nào đứng đầu hưng yên", one(atRank("hyDist", 1)[0]!)),
  q("superlative", "sở nào điểm cao nhất bắc ninh vậy", one(atRank("bnDept", 1)[0]!)),
  q("superlative", "đơn vị nào thấp nhất khối huyện cao bằng", one(atRank("cbDist", -1)[0]!)),
  q("superlative", "ai đứng nhất khối sở Bắc Giang năm 2023", one(atRank("bgDept", 1)[0]!)),
  q("superlative", "huyen nao kem nhat bac ninh", one(atRank("bnDist", -1)[0]!)),
  q("superlative", "Which Cao Bang department came first?", one(atRank("cbDept", 1)[0]!)),
  q("superlative", "sở nào bét bảng ở cao bằng", one(atRank("cbDept", -1)[0]!)),
  q("superlative", "năm 2021 huyện nào cao nhất về ứng dụng CNTT ở Bắc Giang", one(atRank("bgIctDistricts", 1)[0]!)),
  q("superlative", "cổng ttđt sở nào tốt nhất bắc giang 2021", one(atRank("bgPortal", 1)[0]!)),
  q("superlative", "huyện nào chót bảng hưng yên", one(atRank("hyDist", -1)[0]!)),
  q("superlative", "đội sổ khối sở bắc ninh là ai", one(atRank("bnDept", -1)[0]!)),
  q("superlative", "Sở nào cao điểm nhất Hưng Yên", oneOf([atRank("hyDeptPublic", 1)[0]!, atRank("hyDeptOther", 1)[0]!])),
  q("superlative", "đơn vị nào có điểm cao nhất tỉnh Bắc Ninh", oneOf([atRank("bnDept", 1)[0]!, atRank("bnDist", 1)[0]!])),
  q("superlative", "cho em hỏi huyện nào xếp cuối bắc giang năm 2023 ạ", one(atRank("bgDist", -1)[0]!)),
  q("superlative", "quán quân khối sở có dịch vụ công hưng yên", one(atRank("hyDeptPublic", 1)[0]!)),
  q("superlative", "ai cao nhất khối huyện HY", one(atRank("hyDist", 1)[0]!)),
  q("superlative", "top 1 huyện bắc ninh", one(atRank("bnDist", 1)[0]!)),
  q("superlative", "huyện nào đứng đầu bắc giang năm 2021", { intent: ["top"], status: ["ok"], firstOneOf: [...atRank("bgIctDistricts", 1), ...atRank("bgPortalDistricts", 1)] }),
  q("superlative", "sở nào thấp điểm nhất hưng yên", oneOf([...atRank("hyDeptPublic", -1), ...atRank("hyDeptOther", -1)])),
  q("superlative", "ai đứng cuối cao bằng", oneOf([...atRank("cbDept", -1), ...atRank("cbDist", -1)])),
  q("superlative", "đơn vị nào thấp nhất bắc ninh", oneOf([...atRank("bnDept", -1), ...atRank("bnDist", -1)])),
];

const POSITION: NaturalQuestion[] = [
  q("position", "ai xếp thứ 3 khối sở bắc ninh", nth(atRank("bnDept", 3))),
  q("position", "á quân khối huyện bắc ninh là ai", nth(atRank("bnDist", 2))),
  q("position", "hạng nhì khối sở cao bằng là sở nào", nth(atRank("cbDept", 2))),
  q("position", "xếp áp chót huyện hưng yên là huyện nào", nth(atRank("hyDist", -2))),
  q("position", "đơn vị thứ 4 khối sở Hưng Yên là ai", nth([...atRank("hyDeptPublic", 4), ...atRank("hyDeptOther", 4)])),
  q("position", "huyện đứng thứ 5 ở bắc giang năm 2023", nth(atRank("bgDist", 5))),
  q("position", "sở xếp thứ 10 bắc giang 2023 là sở nào", nth(atRank("bgDept", 10))),
  q("position", "xếp thứ 15 khối sở cao bằng", nth(atRank("cbDept", 15))),
  q("position", "áp chót khối sở bắc giang 2023", nth(atRank("bgDept", -2))),
  q("position", "hang 6 cac huyen bac ninh la ai", nth(atRank("bnDist", 6))),
  q("position", "người về nhì khối huyện ứng dụng CNTT Bắc Giang 2021", nth(atRank("bgIctDistricts", 2))),
  q("position", "sở đứng thứ nhì bắc ninh là sở nào", nth(atRank("bnDept", 2))),
  q("position", "đứng sau quế võ là ai", nth(atRank("bnDist", 2))),
  q("position", "ai đứng ngay trên sở y tế bắc ninh", nth(atRank("bnDept", 1))),
  q("position", "hạng 3 từ dưới lên khối sở có dịch vụ công hưng yên", nth(atRank("hyDeptPublic", -3))),
  q("position", "vị trí thứ 7 khối huyện cao bằng là huyện nào", nth(atRank("cbDist", 7))),
];

const TOP_N: NaturalQuestion[] = [
  q("top-n", "top 3 huyện hưng yên", firstN(topN("hyDist", 3))),
  q("top-n", "top 5 sở bắc ninh năm 2023", firstN(topN("bnDept", 5))),
  q("top-n", "3 sở thấp nhất cao bằng", bottomN(topN("cbDept", -3))),
  q("top-n", "top 3 cuối khối huyện bắc ninh", bottomN(topN("bnDist", -3))),
  q("top-n", "5 huyện đứng đầu cao bằng là những huyện nào", firstN(topN("cbDist", 5))),
  q("top-n", "top 3 huyện về ứng dụng cntt bắc giang 2021", firstN(topN("bgIctDistricts", 3))),
  q("top-n", "cho mình xin top 4 khối huyện thị xã thành phố bắc ninh với", firstN(topN("bnDist", 4))),
  q("top-n", "top 3 sở thấp điểm nhất bắc giang 2023", bottomN(topN("bgDept", -3))),
  q("top-n", "liệt kê 5 sở có dịch vụ công dẫn đầu hưng yên", firstN(topN("hyDeptPublic", 5))),
  q("top-n", "top 10 so ban nganh cao bang", firstN(topN("cbDept", 10))),
  q("top-n", "2 huyện cuối bảng hưng yên", bottomN(topN("hyDist", -2))),
  q("top-n", "top 3 sở HY có dịch vụ công", firstN(topN("hyDeptPublic", 3))),
  q("top-n", "5 đơn vị thấp nhất khối sở bắc ninh", bottomN(topN("bnDept", -5))),
  q("top-n", "top 3 sở hưng yên", hyDepartments((ts) => ({ intent: ["top"], status: ["ok"], first: topN("hyDeptPublic", 3), ...(ts.length === 1 ? { matchCount: 3 } : {}) }))),
];

const COUNT: NaturalQuestion[] = [
  q("count", "có bao nhiêu sở xếp loại xuất sắc ở bắc ninh", counted(where("bnDept", gradeIs("Xuất sắc")))),
  q("count", "bắc ninh có bao nhiêu đơn vị đạt loại tốt", counted([...where("bnDept", gradeIs("Tốt")), ...where("bnDist", gradeIs("Tốt"))])),
  q("count", "cao bằng có bao nhiêu huyện được xếp hạng", counted(topN("cbDist", sizeOf("cbDist")))),
  q("count", "hưng yên có mấy huyện loại trung bình", counted(where("hyDist", gradeIs("Trung bình")))),
  q("count", "bao nhiêu sở bắc ninh trên 800 điểm", counted(where("bnDept", totalAbove(800)))),
  q("count", "khối huyện hưng yên có bao nhiêu đơn vị trên 700 điểm", counted(where("hyDist", totalAbove(700)))),
  q("count", "có mấy sở cao bằng dưới 700 điểm", counted(where("cbDept", totalBelow(700)))),
  q("count", "bac ninh co bao nhieu huyen xep loai kem", counted(where("bnDist", gradeIs("Kém")))),
  q("count", "hưng yên khối sở có dịch vụ công bao nhiêu đơn vị loại khá", counted(where("hyDeptPublic", gradeIs("Khá")))),
  q("count", "năm 2021 bắc giang có bao nhiêu sở xếp loại tốt về ứng dụng cntt", counted(where("bgIct", gradeIs("Tốt")))),
  q("count", "bao nhiêu huyện cao bằng từ 500 đến 600 điểm", counted(where("cbDist", totalBetween(500, 600)))),
  q("count", "bắc giang năm 2023 có bao nhiêu sở được đánh giá", counted(topN("bgDept", sizeOf("bgDept")))),
  q("count", "bao nhiêu huyện hưng yên cao hơn điểm trung bình của khối", counted(where("hyDist", totalAbove(computedMean("hyDist"))))),
  q("count", "mấy sở bắc ninh trên mức trung bình", counted(where("bnDept", totalAbove(printedMean("bnDept"))))),
  q("count", "số huyện loại khá ở HY", counted(where("hyDist", gradeIs("Khá")))),
  q("count", "bắc giang 2021 bao nhiêu huyện xếp loại tốt về cổng thông tin điện tử", counted(where("bgPortalDistricts", gradeIs("Tốt")))),
  q("count", "có bao nhiêu sở bắc ninh đạt từ 700 điểm trở lên", counted(where("bnDept", totalBetween(700, 1000)))),
  q("count", "hưng yên có bao nhiêu sở xếp loại trung bình", hyDepartments((ts) => counted(ts.flatMap((t) => where(t, gradeIs("Trung bình")))))),
  q("count", "bao nhiêu huyện bắc ninh trên 600", counted(where("bnDist", totalAbove(600)))),
  q("count", "năm 2023 bắc giang mấy sở trên 0,8 điểm", counted(where("bgDept", totalAbove(0.8)))),
  q("count", "bao nhiêu sở bắc ninh đạt loại khá trở lên", counted(where("bnDept", (r) => ["Xuất sắc", "Tốt", "Khá"].includes(r.grade ?? "")))),
  q("count", "bắc ninh có bao nhiêu đơn vị xếp loại kém", counted([...where("bnDept", gradeIs("Kém")), ...where("bnDist", gradeIs("Kém"))])),
];

const LIST: NaturalQuestion[] = [
  q("list", "những sở nào trên 800 điểm ở bắc ninh", listed(where("bnDept", totalAbove(800)))),
  q("list", "những sở nào bị xếp loại kém ở bắc ninh", listed(where("bnDept", gradeIs("Kém")))),
  q("list", "các huyện hưng yên loại trung bình là những huyện nào", listed(where("hyDist", gradeIs("Trung bình")))),
  q("list", "huyện nào có điểm dưới mức trung bình của khối ở bắc ninh", listed(where("bnDist", totalBelow(printedMean("bnDist"))))),
  q("list", "những sở cao bằng từ 700 đến 800 điểm", listed(where("cbDept", totalBetween(700, 800)))),
  q("list", "liệt kê các đơn vị xếp loại xuất sắc bắc ninh", listed([...where("bnDept", gradeIs("Xuất sắc")), ...where("bnDist", gradeIs("Xuất sắc"))])),
  q("list", "huyện nào của bắc giang trên 0,72 điểm năm 2023", listed(where("bgDist", totalAbove(0.72)))),
  q("list", "các sở có dịch vụ công hưng yên dưới 600 điểm", listed(where("hyDeptPublic", totalBelow(600)))),
  q("list", "huyện nào bắc giang loại khá về ứng dụng cntt năm 2021", listed(where("bgIctDistricts", gradeIs("Khá")))),
  q("list", "các sở cao bằng trên 800 điểm", listed(where("cbDept", totalAbove(800)))),
  q("list", "những huyện hưng yên được loại khá", listed(where("hyDist", gradeIs("Khá")))),
  q("list", "đơn vị nào ở bắc ninh được loại tốt", listed([...where("bnDept", gradeIs("Tốt")), ...where("bnDist", gradeIs("Tốt"))])),
  q("list", "những sở bn hơn 750đ", listed(where("bnDept", totalAbove(750)))),
  q("list", "các huyện cao bằng dưới 520 điểm", listed(where("cbDist", totalBelow(520)))),
  q("list", "đơn vị nào ở khối huyện bắc ninh loại trung bình hoặc kém", listed([...where("bnDist", gradeIs("Trung bình")), ...where("bnDist", gradeIs("Kém"))])),
  q("list", "huyện nào bắc giang dưới 0,7 điểm năm 2023", listed(where("bgDist", totalBelow(0.7)))),
  q("list", "có sở nào ở hưng yên xếp loại xuất sắc không", { intent: ["list", "count"], status: ["ok", "not_found"], set: [] }),
  q("list", "các sở hưng yên dưới 600 điểm", hyDepartments((ts) => listed(ts.flatMap((t) => where(t, totalBelow(600)))))),
  q("list", "liệt kê giúp mình các sở bắc ninh xếp loại trung bình", listed(where("bnDept", gradeIs("Trung bình")))),
  q("list", "các đơn vị bắc ninh đạt loại tốt trở lên", listed([...where("bnDept", (r) => ["Xuất sắc", "Tốt"].includes(r.grade ?? "")), ...where("bnDist", (r) => ["Xuất sắc", "Tốt"].includes(r.grade ?? ""))])),
  // "dưới trung bình": below the block's mean, or graded below "Trung bình" — both readings are honest
  q("list", "những sở bắc ninh dưới trung bình", { status: ["ok"], anyOf: [listed(where("bnDept", totalBelow(printedMean("bnDept")))), listed(where("bnDept", gradeIs("Kém")))] }),
  q("list", "huyện nào của hưng yên dưới trung bình", { status: ["ok", "not_found"], anyOf: [listed(where("hyDist", totalBelow(computedMean("hyDist")))), { intent: ["list", "count"], set: [] }] }),
];

const AVERAGE: NaturalQuestion[] = [
  q("average", "trung bình điểm các huyện bắc ninh", printedAvg("bnDist")),
  q("average", "điểm trung bình khối sở bắc ninh là bao nhiêu", printedAvg("bnDept")),
  q("average", "trung bình khối huyện hưng yên bao nhiêu", computedAvg("hyDist")),
  q("average", "cao bằng khối sở điểm bình quân", computedAvg("cbDept")),
  q("average", "điểm tb các huyện cao bằng", computedAvg("cbDist")),
  q("average", "trung bình dti các sở bắc giang 2023", computedAvg("bgDept")),
  q("average", "trung bình cộng khối huyện bắc giang năm 2023", computedAvg("bgDist")),
  q("average", "bình quân chỉ số ứng dụng cntt các sở bắc giang 2021", computedAvg("bgIct")),
  q("average", "tb điểm cổng thông tin điện tử các huyện bắc giang 2021", computedAvg("bgPortalDistricts")),
  q("average", "điểm trung bình khối sở có dịch vụ công hưng yên", computedAvg("hyDeptPublic")),
  q("average", "trung binh so ban nganh khong co dich vu cong hung yen", computedAvg("hyDeptOther")),
  q("average", "TB khối sở BN", printedAvg("bnDept")),
  q("average", "average score of Bac Ninh districts", printedAvg("bnDist")),
  q("average", "điểm trung bình chung các huyện hưng yên là mấy", computedAvg("hyDist")),
];

const ORDERING: NaturalQuestion[] = [
  q("ordering", "huyện nào an toàn thông tin tốt nhất hưng yên", bestBy("hyDist", "An toàn thông tin", "desc")),
  q("ordering", "xếp các sở bắc ninh theo điểm nhân lực số", ordered("bnDept", "Nhân lực số", "desc")),
  q("ordering", "sở nào hạ tầng số thấp nhất bắc giang 2023", bestBy("bgDept", "Hạ tầng số", "asc")),
  q("ordering", "huyện nào kinh tế số cao nhất cao bằng", bestBy("cbDist", "Kinh tế số", "desc")),
  q("ordering", "xếp hạng các huyện bắc ninh theo xã hội số", ordered("bnDist", "Hoạt động xã hội số", "desc")),
  q("ordering", "sở nào nhận thức số kém nhất bắc ninh", bestBy("bnDept", "Nhận thức số", "asc")),
  q("ordering", "top 3 huyện bắc giang về chính quyền số năm 2023", ordered("bgDist", "Hoạt động chính quyền số", "desc")),
  q("ordering", "đơn vị nào điểm thể chế cao nhất khối huyện hưng yên", bestBy("hyDist", "Thể chế số", "desc")),
  q("ordering", "sở nào an ninh mạng tốt nhất cao bằng", bestBy("cbDept", "An toàn thông tin mạng", "desc")),
  q("ordering", "khối huyện bắc ninh ai hoạt động chuyển đổi số tốt nhất", bestBy("bnDist", "Hoạt động chuyển đổi số", "desc")),
  q("ordering", "huyện nào hạ tầng kém nhất cao bằng", bestBy("cbDist", "Hạ tầng số", "asc")),
  q("ordering", "sắp xếp các huyện bắc giang năm 2021 theo ứng dụng cntt cấp xã", ordered("bgIctDistricts", "Ứng dụng CNTT tại cấp xã", "desc")),
  q("ordering", "sở nào giỏi an toàn thông tin nhất BN", bestBy("bnDept", "An toàn thông tin mạng", "desc")),
  q("ordering", "huyện nào yếu nhất về nhân lực số ở hưng yên", bestBy("hyDist", "Nhân lực số", "asc")),
  q("ordering", "nhân lực số thấp nhất khối sở bắc ninh là sở nào", bestBy("bnDept", "Nhân lực số", "asc")),
  q("ordering", "which Hung Yen district has the best information security", bestBy("hyDist", "An toàn thông tin", "desc")),
  q("ordering", "xếp hạng huyện cao bằng theo nhận thức số", ordered("cbDist", "Nhận thức số", "desc")),
  q("ordering", "huyện nào chính quyền điện tử tốt nhất hưng yên", bestBy("hyDist", "Hoạt động chính quyền số", "desc")),
  q("ordering", "sở nào nguồn nhân lực tốt nhất cao bằng", bestBy("cbDept", "Nhân lực số", "desc")),
  q("ordering", "năm 2021 sở nào ở bắc giang hạ tầng kỹ thuật kém nhất", bestBy("bgIct", "Hạ tầng kỹ thuật", "asc")),
];

const COMPARE: NaturalQuestion[] = [
  q("compare", "so sánh sở tư pháp và sở y tế hưng yên", compared([entry("hyDeptPublic", hy("so-tu-phap")), entry("hyDeptPublic", hy("so-y-te"))])),
  q("compare", "quế võ vs từ sơn", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son"))])),
  q("compare", "huyện bảo lạc hay nguyên bình cao điểm hơn", compared([entry("cbDist", cb("bao-lac")), entry("cbDist", cb("nguyen-binh"))])),
  q("compare", "So sánh Sở Y tế, Sở GD&ĐT và Sở Tư pháp Bắc Ninh", compared([entry("bnDept", bn("so-y-te")), entry("bnDept", bn("so-giao-duc-dao-tao")), entry("bnDept", bn("so-tu-phap"))])),
  q("compare", "tiên du so với lương tài thì sao", compared([entry("bnDist", bn("tien-du")), entry("bnDist", bn("luong-tai"))])),
  q("compare", "Sở Công Thương Cao Bằng với Ban Dân tộc Cao Bằng ai hơn", compared([entry("cbDept", cb("so-cong-thuong")), entry("cbDept", cb("ban-dan-toc"))])),
  q("compare", "Khoái Châu hay Mỹ Hào điểm cao hơn", compared([entry("hyDist", hy("khoai-chau")), entry("hyDist", hy("my-hao"))])),
  q("compare", "lạng giang với việt yên năm 2023 bên nào cao hơn", compared([entry("bgDist", bg("lang-giang")), entry("bgDist", bg("viet-yen"))])),
  q("compare", "Hạ Lang vs Trùng Khánh vs Thạch An", compared([entry("cbDist", cb("ha-lang")), entry("cbDist", cb("trung-khanh")), entry("cbDist", cb("thach-an"))])),
  q("compare", "compare Que Vo and Thuan Thanh", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("thuan-thanh"))])),
  q("compare", "sở y tế bắc ninh và sở y tế hưng yên ai cao hơn", compared([entry("bnDept", bn("so-y-te")), entry("hyDeptPublic", hy("so-y-te"))])),
  q("compare", "so sánh tp bắc giang và huyện lục nam năm 2023", compared([entry("bgDist", bg("bac-giang")), entry("bgDist", bg("luc-nam"))])),
  q("compare", "Sở TTTT và Sở Y tế Bắc Ninh ai xếp trên", compared([entry("bnDept", bn("so-thong-tin-truyen-thong")), entry("bnDept", bn("so-y-te"))])),
  q("compare", "giữa quế võ và thuận thành đơn vị nào hơn", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("thuan-thanh"))])),
  q("compare", "tp bắc ninh với tp từ sơn", compared([entry("bnDist", bn("bac-ninh")), entry("bnDist", bn("tu-son"))])),
  q("compare", "Sở Y tế BN hơn Sở Tư pháp BN bao nhiêu điểm", compared([entry("bnDept", bn("so-y-te")), entry("bnDept", bn("so-tu-phap"))])),
  q("compare", "so sánh an toàn thông tin của quế võ và từ sơn", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son"))])),
  q("compare", "Que Vo or Tu Son, which is better?", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son"))])),
];

const OVERVIEW: NaturalQuestion[] = [
  q("overview", "tình hình chuyển đổi số bắc ninh thế nào", overview("Bắc Ninh")),
  q("overview", "tóm tắt kết quả dti hưng yên 2023", overview("Hưng Yên", 2023)),
  q("overview", "cao bằng có gì nổi bật", overview("Cao Bằng")),
  q("overview", "tổng quan khối huyện bắc giang năm 2023", overview("Bắc Giang", 2023)),
  q("overview", "How is Hung Yen doing?", overview("Hưng Yên")),
  q("overview", "cho em xin tóm tắt kết quả xếp loại bắc giang năm 2021", overview("Bắc Giang", 2021)),
  q("overview", "tình hình khối sở cao bằng ra sao", overview("Cao Bằng")),
  q("overview", "bắc ninh năm 2023 nhìn chung thế nào", overview("Bắc Ninh", 2023)),
  q("overview", "tổng hợp kết quả các huyện hưng yên giúp em", overview("Hưng Yên")),
  q("overview", "điểm qua kết quả chuyển đổi số tỉnh cao bằng", overview("Cao Bằng")),
  q("overview", "bắc giang năm 2023 thế nào", overview("Bắc Giang", 2023)),
  q("overview", "toàn cảnh dti cao bằng", overview("Cao Bằng")),
  q("overview", "cho xin bức tranh chung khối huyện bắc ninh", overview("Bắc Ninh")),
];

const TREND: NaturalQuestion[] = [
  q("trend", "sở y tế bắc giang qua các năm", trend(bg("so-y-te"), [2021, 2023])),
  q("trend", "xu hướng của huyện lục nam từ 2021 đến 2023", trend(bg("luc-nam"), [2021, 2023])),
  q("trend", "tân yên có tiến bộ không so với năm 2021", trend(bg("tan-yen"), [2021, 2023])),
  q("trend", "thứ hạng sở tư pháp bg thay đổi thế nào qua các năm", trend(bg("so-tu-phap"), [2021, 2023])),
  q("trend", "TP Bắc Giang biến động thứ hạng ra sao", trend(bg("bac-giang"), [2021, 2023])),
  q("trend", "sở giáo dục bắc giang tăng hay giảm hạng", trend(bg("so-giao-duc-dao-tao"), [2021, 2023])),
  q("trend", "diễn biến sở công thương bắc giang 2021 - 2023", trend(bg("so-cong-thuong"), [2021, 2023])),
  q("trend", "huyện sơn động qua các năm thế nào", trend(bg("son-dong"), [2021, 2023])),
  q("trend", "ban dân tộc bắc giang tụt hạng à", trend(bg("ban-dan-toc"), [2021, 2023])),
  q("trend", "sở tài nguyên môi trường bắc giang qua từng năm", trend(bg("so-tai-nguyen-moi-truong"), [2021, 2023])),
  q("trend", "quế võ qua các năm", { intent: ["trend", "rank"], status: ["ok"], first: [entry("bnDist", bn("que-vo"))] }),
  q("trend", "sở y tế bg năm 2021 so với 2023", { ...trend(bg("so-y-te"), [2021, 2023]), intent: ["trend", "compare"] }),
  q("trend", "lục ngạn năm 2021 và 2023 thế nào", { ...trend(bg("luc-ngan"), [2021, 2023]), intent: ["trend", "compare"] }),
];

const SMALL_TALK: NaturalQuestion[] = [
  q("small-talk", "chào bot", smallTalk),
  q("small-talk", "cảm ơn nhé", smallTalk),
  q("small-talk", "ok thanks ad", smallTalk),
  q("small-talk", "bot tên gì vậy", smallTalk),
  q("small-talk", "hihi", smallTalk),
  q("small-talk", "bạn làm được gì", smallTalk),
  q("small-talk", "good morning", smallTalk),
  q("small-talk", "cảm ơn nhiều ạ", smallTalk),
  q("small-talk", "alo", smallTalk),
  q("small-talk", "bot ơi giúp em với", smallTalk),
  q("small-talk", "tạm biệt nhé", smallTalk),
  q("small-talk", "ok", smallTalk),
  q("small-talk", "haha cảm ơn bot nha", smallTalk),
  q("small-talk", "bạn là ai", smallTalk),
  q("small-talk", "thanks", smallTalk),
  q("small-talk", "👍", smallTalk),
];

const MISSING_YEAR: NaturalQuestion[] = [
  q("missing-year", "top huyện bắc ninh 2019", missing(2019)),
  q("missing-year", "sở y tế hưng yên năm 2022 xếp thứ mấy", missing(2022)),
  q("missing-year", "bắc giang năm 2022 sở nào nhất", missing(2022)),
  q("missing-year", "kết quả dti bắc ninh 2024", missing(2024)),
  q("missing-year", "năm 2020 stp bắc giang xh mấy", missingAbbreviated(2020)),
  q("missing-year", "huyện tiên lữ 2021", missing(2021)),
  q("missing-year", "cao bằng 2021 sở công thương xếp thứ mấy", missing(2021)),
  q("missing-year", "hưng yên 2024 top 3 huyện", missing(2024)),
  q("missing-year", "dti 2025 bắc ninh", missing(2025)),
  q("missing-year", "bắc giang 2022 huyện lục ngạn xếp thứ mấy", missing(2022)),
  q("missing-year", "xếp hạng dti các tỉnh năm 2023", missing(2023)),
  q("missing-year", "bắc ninh 2022 sở y tế đứng thứ mấy", missing(2022)),
  q("missing-year", "hung yen nam 2021 huyen nao nhat", missing(2021)),
  q("missing-year", "cao bằng 2024 khối huyện", missing(2024)),
  q("missing-year", "xếp hạng DTI 2021 cả nước", missing(2021)),
];

const OUT_OF_SCOPE: NaturalQuestion[] = [
  q("out-of-scope", "sở y tế thái nguyên xếp thứ mấy", outOfScope),
  q("out-of-scope", "huyện đông anh xếp hạng bao nhiêu", outOfScope),
  q("out-of-scope", "bộ tài chính xếp hạng dti thứ mấy", outOfScope),
  q("out-of-scope", "huyện kiến xương hưng yên đứng thứ mấy", outOfScope),
  q("out-of-scope", "quận hoàn kiếm được bao nhiêu điểm", outOfScope),
  q("out-of-scope", "sở y tế đà nẵng xếp hạng mấy", outOfScope),
  q("out-of-scope", "huyện bảo lâm lâm đồng xếp thứ mấy", outOfScope),
  q("out-of-scope", "điểm DTI của Bộ Thông tin và Truyền thông", outOfScope),
  q("out-of-scope", "huyện mèo vạc xếp hạng mấy", outOfScope),
  q("out-of-scope", "sở y tế lạng sơn đứng thứ mấy", outOfScope),
  q("out-of-scope", "Ninh Bình top 3 huyện", outOfScope),
  // Hưng Yên has no Sở Ngoại vụ; a "did you mean" of the lexically near Sở Nội vụ is not a wrong fact.
  q("out-of-scope", "Sở Ngoại vụ Hưng Yên xếp thứ mấy", { status: ["not_found"] }),
  q("out-of-scope", "Công an tỉnh Bắc Ninh xếp thứ mấy", outOfScope),
  q("out-of-scope", "Bộ Y tế xếp hạng chuyển đổi số mấy", outOfScope),
];

const TODAYS_NAMES: NaturalQuestion[] = [
  q("todays-names", "huyện lạng giang tỉnh bắc ninh xếp thứ mấy", lookupOf("bgDist", bg("lang-giang"))),
  q("todays-names", "lục ngạn bắc ninh được bao nhiêu điểm", lookupOf("bgDist", bg("luc-ngan"), score("bgDist", bg("luc-ngan")))),
  q("todays-names", "Sở Nông nghiệp và Môi trường Bắc Ninh xếp thứ mấy", merged([bn("so-nong-nghiep-phat-trien-nong-thon"), bn("so-tai-nguyen-moi-truong")])),
  q("todays-names", "sở nông nghiệp và môi trường hưng yên", merged([hy("so-nong-nghiep-phat-trien-nong-thon"), hy("so-tai-nguyen-moi-truong")])),
  q("todays-names", "sở nn&mt cao bằng đứng thứ mấy", merged([cb("so-nong-nghiep-phat-trien-nong-thon"), cb("so-tai-nguyen-moi-truong")])),
  q("todays-names", "Sở Dân tộc và Tôn giáo Cao Bằng xếp hạng", merged([cb("ban-dan-toc")])),
  q("todays-names", "thị xã việt yên tỉnh bắc ninh xếp thứ mấy", lookupOf("bgDist", bg("viet-yen"))),
  q("todays-names", "tp bắc giang thuộc bắc ninh xếp hạng bao nhiêu", lookupOf("bgDist", bg("bac-giang"))),
  q("todays-names", "sơn động, bắc ninh được mấy điểm", lookupOf("bgDist", bg("son-dong"), score("bgDist", bg("son-dong")))),
  q("todays-names", "Sở Xây dựng Cao Bằng sau sáp nhập với giao thông", merged([cb("so-xay-dung"), cb("so-giao-thong-van-tai")])),
  q("todays-names", "sở tài chính hưng yên mới (đã hợp nhất kế hoạch đầu tư) xếp thứ mấy", merged([hy("so-tai-chinh"), hy("so-ke-hoach-dau-tu")])),
  q("todays-names", "Sở Nội vụ Cao Bằng sau khi sáp nhập Sở Lao động", merged([cb("so-noi-vu"), cb("so-lao-dong-thuong-binh-xa-hoi")])),
  q("todays-names", "yên thế tỉnh bắc ninh đứng thứ mấy", lookupOf("bgDist", bg("yen-the"))),
  q("todays-names", "Sở Nông nghiệp & Môi trường Bắc Giang", merged([bg("so-nong-nghiep-phat-trien-nong-thon"), bg("so-tai-nguyen-moi-truong")])),
  q("todays-names", "huyện hiệp hòa, bắc ninh (mới) được mấy điểm", lookupOf("bgDist", bg("hiep-hoa"), score("bgDist", bg("hiep-hoa")))),
  q("todays-names", "Sở Khoa học và Công nghệ Bắc Ninh sau hợp nhất với TT&TT", merged([bn("so-khoa-hoc-cong-nghe"), bn("so-thong-tin-truyen-thong")])),
  q("todays-names", "Sở Xây dựng Bắc Ninh xếp thứ mấy", merged([bn("so-xay-dung")], [bn("so-giao-thong-van-tai")])),
  q("todays-names", "Sở Tài chính Cao Bằng được bao nhiêu điểm", merged([cb("so-tai-chinh")], [cb("so-ke-hoach-dau-tu")])),
  q("todays-names", "tỉnh Thái Bình (nay là Hưng Yên) xếp thứ mấy cả nước năm 2022", national("thai-binh")),
  q("todays-names", "Sở Nội vụ Bắc Ninh được xếp loại gì", merged([bn("so-noi-vu")], [bn("so-lao-dong-thuong-binh-xa-hoi")])),
  q("todays-names", "sở nội vụ hưng yên đứng thứ mấy", merged([hy("so-noi-vu")], [hy("so-lao-dong-thuong-binh-xa-hoi")])),
];

const KEYBOARD: NaturalQuestion[] = [
  q("keyboard", "sowr tuw phaps bawcs ninh xeeps thuws maays", lookupOf("bnDept", bn("so-tu-phap"))),
  q("keyboard", "So73 Y te61 Hu7ng Ye6n xe6p1 thu71 ma6y1", lookupOf("hyDeptPublic", hy("so-y-te"))),
  q("keyboard", "huyeenj khoais chaau xeeps thuws maays", lookupOf("hyDist", hy("khoai-chau"))),
  q("keyboard", "ddieerm trung binhf khoois huyeenj bawcs ninh", printedAvg("bnDist")),
  q("keyboard", "top 3 huyeenj hwng yeen", firstN(topN("hyDist", 3))),
  q("keyboard", "quees voox xeeps thuws maays", lookupOf("bnDist", bn("que-vo"))),
  q("keyboard", "Sowr Y tees Cao Bawngf ddwngs thuws maays", lookupOf("cbDept", cb("so-y-te"))),
  q("keyboard", "huye6n5 Ba3o La5c xe6p1 ha5ng", lookupOf("cbDist", cb("bao-lac"))),
  q("keyboard", "thanhf phoos tuwf sown dduwowcj bao nhieeu ddieerm", lookupOf("bnDist", bn("tu-son"), score("bnDist", bn("tu-son")))),
  q("keyboard", "So73 Gia1o du5c va2 D9a2o ta5o Ba81c Ninh", lookupOf("bnDept", bn("so-giao-duc-dao-tao"))),
  q("keyboard", "huyeenj nao ddwngs ddaauf bawcs giang nawm 2023", one(atRank("bgDist", 1)[0]!)),
  q("keyboard", "sowr coong thuwowng cao bawngf", lookupOf("cbDept", cb("so-cong-thuong"))),
  q("keyboard", "Sorw Tw phasp Hwng Yeen xeeps thuws maays", lookupOf("hyDeptPublic", hy("so-tu-phap"))),
  q("keyboard", "Thij xax Quees Voox dduwowcj xeeps loaij gif", lookupOf("bnDist", bn("que-vo"), grade("bnDist", bn("que-vo")))),
  q("keyboard", "Huye65n Gia Bi2nh xe61p ha5ng ma61y", lookupOf("bnDist", bn("gia-binh"))),
  q("keyboard", "huye65n na2o tha61p nha61t Cao Ba82ng", one(atRank("cbDist", -1)[0]!)),
  q("keyboard", "coa bao nhieeu sowr xeeps loaij xuaats sawcs owr bawcs ninh", counted(where("bnDept", gradeIs("Xuất sắc")))),
];

const NATIONAL: NaturalQuestion[] = [
  q("national", "bắc ninh đứng thứ bao nhiêu toàn quốc", national("bac-ninh")),
  q("national", "cả nước tỉnh nào đứng đầu dti 2022", one(atRank("national", 1)[0]!)),
  q("national", "hưng yên xếp thứ mấy trong 63 tỉnh", national("hung-yen")),
  q("national", "top 5 tỉnh thành cả nước về chuyển đổi số", firstN(topN("national", 5))),
  q("national", "tỉnh nào bét bảng toàn quốc", one(atRank("national", -1)[0]!)),
  q("national", "cao bằng xh thứ mấy cả nước năm 2022", national("cao-bang")),
  q("national", "thứ 15 toàn quốc là tỉnh nào", nth(atRank("national", 15))),
  q("national", "điểm dti cấp tỉnh của đà nẵng bao nhiêu", national("da-nang", [totalOf("national", "da-nang")])),
  q("national", "tphcm xếp thứ mấy cả nước", national("ho-chi-minh")),
  q("national", "thái bình xếp hạng mấy toàn quốc", national("thai-binh")),
  q("national", "hà nội đứng thứ mấy về chuyển đổi số năm 2022", national("ha-noi")),
  q("national", "bắc giang xếp thứ mấy toàn quốc", national("bac-giang")),
  q("national", "tỉnh nào áp chót cả nước", nth(atRank("national", -2))),
  q("national", "huế xếp thứ mấy cả nước", national("thua-thien-hue")),
  q("national", "Quảng Ninh chỉ số nhận thức số toàn quốc", national("quang-ninh", [componentOf("national", "quang-ninh", "Nhận thức số")])),
  q("national", "Hà Tĩnh xếp thứ mấy cả nước", national("ha")),
  q("national", "sài gòn xếp hạng dti bao nhiêu", national("ho-chi-minh")),
  q("national", "brvt đứng thứ mấy toàn quốc", national("ba-ria-vung-tau")),
  q("national", "dak lak xep thu may ca nuoc", national("dak-lak")),
  q("national", "tỉnh đứng thứ 7 toàn quốc", nth(atRank("national", 7))),
  q("national", "bao nhiêu tỉnh được xếp hạng dti 2022", counted(topN("national", sizeOf("national")))),
  q("national", "Lạng Sơn top mấy cả nước", national("lang-son")),
  q("national", "Bắc Ninh với Bắc Giang toàn quốc tỉnh nào hơn", compared([entry("national", "bac-ninh"), entry("national", "bac-giang")])),
  q("national", "top 10 toàn quốc dti 2022", firstN(topN("national", 10))),
];

const FOLLOW_UP: NaturalQuestion[] = [
  q("follow-up", ["sở y tế bắc ninh xếp thứ mấy", "còn hưng yên?"], lookupOf("hyDeptPublic", hy("so-y-te"))),
  q("follow-up", ["top 3 khối sở bắc ninh", "còn khối huyện?"], firstN(topN("bnDist", 3))),
  q("follow-up", ["sở tư pháp bắc giang xếp thứ mấy", "năm 2021 thì sao?"], {
    intent: ["rank"],
    status: ["ok"],
    firstOneOf: [entry("bgIct", bg("so-tu-phap")), entry("bgPortal", bg("so-tu-phap"))],
  }),
  q("follow-up", ["quế võ xếp hạng mấy", "so với từ sơn?"], compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son"))])),
  q("follow-up", ["huyện nào đứng đầu cao bằng", "còn bét bảng?"], one(atRank("cbDist", -1)[0]!)),
  q("follow-up", ["có bao nhiêu sở bắc ninh xếp loại tốt", "còn khá?"], counted(where("bnDept", gradeIs("Khá")))),
  q("follow-up", ["trung bình khối sở bắc ninh", "khối huyện thì sao"], printedAvg("bnDist")),
  q("follow-up", ["sở giáo dục hưng yên xếp thứ mấy", "điểm an toàn thông tin bao nhiêu"], lookupOf("hyDeptPublic", hy("so-giao-duc-dao-tao"), comp("hyDeptPublic", hy("so-giao-duc-dao-tao"), "An toàn thông tin"))),
  q("follow-up", ["huyện nào an toàn thông tin cao nhất hưng yên", "còn thấp nhất?"], bestBy("hyDist", "An toàn thông tin", "asc")),
  q("follow-up", ["tóm tắt bắc ninh", "còn cao bằng?"], overview("Cao Bằng")),
  q("follow-up", ["lục nam bắc giang năm 2023", "thế còn 2021?"], {
    intent: ["rank"],
    status: ["ok"],
    firstOneOf: [entry("bgIctDistricts", bg("luc-nam")), entry("bgPortalDistricts", bg("luc-nam"))],
  }),
  q("follow-up", ["bắc ninh toàn quốc xếp thứ mấy", "còn hưng yên"], national("hung-yen")),
  q("follow-up", ["top 3 huyện hưng yên", "top 5 thì sao"], firstN(topN("hyDist", 5))),
  q("follow-up", ["huyện nào đứng đầu bắc giang 2023", "năm 2021 thì sao"], { intent: ["top"], status: ["ok"], firstOneOf: [...atRank("bgIctDistricts", 1), ...atRank("bgPortalDistricts", 1)] }),
  q("follow-up", ["bắc ninh có bao nhiêu sở loại kém", "đó là những sở nào?"], listed(where("bnDept", gradeIs("Kém")))),
  q("follow-up", ["trung bình khối huyện hưng yên", "có bao nhiêu huyện trên mức đó"], counted(where("hyDist", totalAbove(computedMean("hyDist"))))),
  q("follow-up", ["sở tư pháp hưng yên xếp thứ mấy", "còn cao bằng?"], lookupOf("cbDept", cb("so-tu-phap"))),
  q("follow-up", ["quế võ được bao nhiêu điểm", "còn attt?"], lookupOf("bnDist", bn("que-vo"), comp("bnDist", bn("que-vo"), "An toàn thông tin mạng"))),
  q("follow-up", ["so sánh quế võ và từ sơn", "thêm tiên du nữa"], compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son")), entry("bnDist", bn("tien-du"))])),
  q("follow-up", ["top 5 cả nước", "còn 5 tỉnh cuối?"], bottomN(topN("national", -5))),
  q("follow-up", ["sở nào đứng đầu bắc ninh", "vậy còn hưng yên thì sao"], oneOf([...atRank("hyDeptPublic", 1), ...atRank("hyDeptOther", 1)])),
  q("follow-up", ["top 3 huyện bắc ninh", "xếp theo an toàn thông tin thì sao"], ordered("bnDist", "An toàn thông tin mạng", "desc")),
  q("follow-up", ["so sánh sở y tế và sở tư pháp bắc ninh", "còn ở hưng yên?"], compared([entry("hyDeptPublic", hy("so-y-te")), entry("hyDeptPublic", hy("so-tu-phap"))])),
  q("follow-up", ["điểm trung bình khối huyện cao bằng", "huyện nào thấp hơn mức đó"], listed(where("cbDist", totalBelow(computedMean("cbDist"))))),
  q("follow-up", ["tiên du xếp thứ mấy", "so với quế võ?"], compared([entry("bnDist", bn("tien-du")), entry("bnDist", bn("que-vo"))])),
];


/**
 * Written after the first fixes were merged (12:40 UTC), in the classes those fixes touched and the
 * classes still failing, with phrasings none of the earlier questions used: whether a fix generalises.
 */
export const FRESH_VN_SECOND_WAVE: NaturalQuestion[] = [
  // positions said in words
  q("position", "đứng thứ hai khối sở cao bằng là ai", nth(atRank("cbDept", 2))),
  q("position", "vị trí thứ nhì các huyện hưng yên", nth(atRank("hyDist", 2))),
  q("position", "ngôi á quân khối sở bắc giang 2023 thuộc về ai", nth(atRank("bgDept", 2))),
  q("position", "hạng ba khối huyện cao bằng", nth(atRank("cbDist", 3))),
  q("position", "ai xếp thứ tư từ dưới lên trong các sở bắc ninh", nth(atRank("bnDept", -4))),
  q("position", "huyện đứng kế cuối bắc giang năm 2023", nth(atRank("bgDist", -2))),
  q("position", "ai đứng liền sau sở y tế bắc ninh", nth(atRank("bnDept", 3))),
  q("position", "huyện nào xếp ngay sau tp cao bằng", nth(atRank("cbDist", 2))),
  // chat wrappers and shorthand
  look("nhờ ad xem giúp sở tư pháp cao bằng xếp thứ mấy với", "cbDept", cb("so-tu-phap")),
  look("anh chị ơi cho hỏi huyện Yên Mỹ được mấy điểm thế ạ", "hyDist", hy("yen-my"), score("hyDist", hy("yen-my"))),
  look("em chào ad, cho em hỏi kết quả của Sở Giao thông vận tải Cao Bằng", "cbDept", cb("so-giao-thong-van-tai")),
  look("Sở Y tế Bắc Giang được xếp thứ mấy được không ạ", "bgDept", bg("so-y-te")),
  look("huyện Kim Động năm nay xh mấy nhỉ", "hyDist", hy("kim-dong")),
  look("ko biết Sở Tư pháp Bắc Ninh đc mấy đ", "bnDept", bn("so-tu-phap"), score("bnDept", bn("so-tu-phap"))),
  look("check giúp mình điểm của Thạch An", "cbDist", cb("thach-an"), score("cbDist", cb("thach-an"))),
  look("stp hy xh bn", "hyDeptPublic", hy("so-tu-phap")),
  look("sở gdđt cb bn điểm", "cbDept", cb("so-giao-duc-dao-tao"), score("cbDept", cb("so-giao-duc-dao-tao"))),
  look("tx mỹ hào hy xếp loại", "hyDist", hy("my-hao"), grade("hyDist", hy("my-hao"))),
  look("Sở TT&TT tỉnh BG năm 2023 xh", "bgDept", bg("so-thong-tin-truyen-thong")),
  look("sở ct cao bằng đứng thứ mấy", "cbDept", cb("so-cong-thuong")),
  look("ubnd h. phù cừ được bao nhiêu đ", "hyDist", hy("phu-cu"), score("hyDist", hy("phu-cu"))),
  // ranges, "trở lên", disjunctions, thresholds said other ways
  q("count", "có bao nhiêu sở hưng yên có dịch vụ công đạt từ 650 tới 700 điểm", counted(where("hyDeptPublic", totalBetween(650, 700)))),
  q("list", "các huyện bắc ninh trong khoảng 600 - 700 điểm", listed(where("bnDist", totalBetween(600, 700)))),
  q("list", "những sở cao bằng đạt trên 750 nhưng dưới 800 điểm", listed(where("cbDept", (r) => r.total !== null && r.total > 750 && r.total < 800))),
  q("count", "bắc ninh mấy huyện loại tốt trở lên", counted(where("bnDist", (r) => ["Xuất sắc", "Tốt"].includes(r.grade ?? "")))),
  q("list", "các sở bắc ninh được xếp loại khá hoặc tốt", listed(where("bnDept", (r) => ["Tốt", "Khá"].includes(r.grade ?? "")))),
  q("count", "có bao nhiêu huyện cao bằng không dưới 600 điểm", counted(where("cbDist", (r) => r.total !== null && r.total >= 600))),
  q("list", "huyện nào hưng yên đạt từ 700 điểm trở lên", listed(where("hyDist", (r) => r.total !== null && r.total >= 700))),
  q("count", "bao nhiêu sở cao bằng vượt mốc 800 điểm", counted(where("cbDept", totalAbove(800)))),
  // province abbreviations across operations
  q("superlative", "huyện nào nhất BN", one(atRank("bnDist", 1)[0]!)),
  q("top-n", "top 3 huyện CB", firstN(topN("cbDist", 3))),
  q("average", "tb các huyện HY", computedAvg("hyDist")),
  q("count", "bao nhiêu sở BG năm 2023 trên 0,85", counted(where("bgDept", totalAbove(0.85)))),
  q("compare", "Quế Võ với Từ Sơn BN ai hơn", compared([entry("bnDist", bn("que-vo")), entry("bnDist", bn("tu-son"))])),
  q("overview", "tình hình dti tỉnh HY", overview("Hưng Yên")),
  // follow-ups that point back at the previous answer
  q("follow-up", ["top 5 sở bắc ninh", "trong đó sở nào an toàn thông tin cao nhất"], bestBy("bnDept", "An toàn thông tin mạng", "desc")),
  q("follow-up", ["huyện tiên lữ xếp thứ mấy", "đứng trên nó là huyện nào"], nth(atRank("hyDist", 7))),
  q("follow-up", ["so sánh sở y tế và sở tư pháp hưng yên", "thêm sở giáo dục vào nữa"], compared([entry("hyDeptPublic", hy("so-y-te")), entry("hyDeptPublic", hy("so-tu-phap")), entry("hyDeptPublic", hy("so-giao-duc-dao-tao"))])),
  q("follow-up", ["điểm trung bình khối sở bắc ninh", "những sở nào cao hơn mức này"], listed(where("bnDept", totalAbove(printedMean("bnDept"))))),
  q("follow-up", ["bắc ninh có mấy huyện loại khá", "kể tên giúp mình"], listed(where("bnDist", gradeIs("Khá")))),
  q("follow-up", ["sở y tế hưng yên", "còn năm 2022?"], missing(2022)),
  // small talk and out of scope said other ways
  q("small-talk", "bot có khỏe không", smallTalk),
  q("small-talk", "xin chào, mình là phóng viên", smallTalk),
  q("small-talk", "tuyệt vời, cảm ơn bạn", smallTalk),
  q("out-of-scope", "Bộ Giáo dục và Đào tạo được bao nhiêu điểm dti", outOfScope),
  q("out-of-scope", "huyện Thái Thụy tỉnh Hưng Yên xếp thứ mấy", outOfScope),
  q("out-of-scope", "Quảng Ninh có bao nhiêu huyện loại tốt", outOfScope),
  // today's names said other ways
  q("todays-names", "tân yên (bắc ninh) xếp thứ mấy", lookupOf("bgDist", bg("tan-yen"))),
  q("todays-names", "Sở Dân tộc và Tôn giáo tỉnh Bắc Ninh", merged([bg("ban-dan-toc")])),
  q("todays-names", "Sở Nông nghiệp và Môi trường tỉnh Cao Bằng được mấy điểm", merged([cb("so-nong-nghiep-phat-trien-nong-thon"), cb("so-tai-nguyen-moi-truong")])),
];

/**
 * Written after the second round of fixes (13:18 UTC), again in new words for the classes those fixes
 * touched: shorthand and province abbreviations in new combinations, "trở xuống", thresholds said with
 * "vượt"/"ngưỡng", neighbours said another way, follow-ups that point back with "nó" or ask for the names.
 */
export const FRESH_VN_THIRD_WAVE: NaturalQuestion[] = [
  look("Sở GD-ĐT HY bao nhiêu điểm", "hyDeptPublic", hy("so-giao-duc-dao-tao"), score("hyDeptPublic", hy("so-giao-duc-dao-tao"))),
  look("sở yt bắc ninh xh", "bnDept", bn("so-y-te")),
  look("sở nnptnt bg 2023 xh bn", "bgDept", bg("so-nong-nghiep-phat-trien-nong-thon")),
  look("ubnd tx thuận thành bn điểm", "bnDist", bn("thuan-thanh"), score("bnDist", bn("thuan-thanh"))),
  look("H.Lục Ngạn BG hạng mấy năm 2023", "bgDist", bg("luc-ngan")),
  look("tp.hưng yên xh mấy", "hyDist", hy("hung-yen")),
  look("thanh tra hy đứng thứ mấy", "hyDeptOther", hy("thanh-tra")),
  look("BQL KKT Cao Bằng thứ mấy", "cbDept", cb("ban-quan-ly-khu-kinh-te")),
  look("Sở KH-ĐT Bắc Ninh xếp loại", "bnDept", bn("so-ke-hoach-dau-tu"), grade("bnDept", bn("so-ke-hoach-dau-tu"))),
  look("sở LĐ TBXH Cao Bằng bao nhiêu điểm", "cbDept", cb("so-lao-dong-thuong-binh-xa-hoi"), score("cbDept", cb("so-lao-dong-thuong-binh-xa-hoi"))),
  look("cho e hỏi sở y tế bn đứng thứ bn ạ", "bnDept", bn("so-y-te")),
  look("sở ngoại vụ cb điểm attt", "cbDept", cb("so-ngoai-vu"), comp("cbDept", cb("so-ngoai-vu"), "An toàn thông tin mạng")),
  look("huyện nguyên bình cb xếp loại gì", "cbDist", cb("nguyen-binh")),
  look("điểm chính quyền số của huyện Bảo Lâm Cao Bằng", "cbDist", cb("bao-lam"), comp("cbDist", cb("bao-lam"), "Chính quyền số")),
  q("position", "đứng thứ ba từ cuối lên khối huyện hưng yên", nth(atRank("hyDist", -3))),
  q("position", "ai về ba khối sở bắc ninh", nth(atRank("bnDept", 3))),
  q("position", "liền trước thị xã thuận thành là ai", nth(atRank("bnDist", 7))),
  // "huyện xếp trên X" reads as the one right above or as every district above: both honest
  q("position", "huyện xếp trên lục ngạn năm 2023", { status: ["ok"], anyOf: [nth(atRank("bgDist", 5)), listed(topN("bgDist", 5))] }),
  q("count", "bao nhiêu sở bắc giang năm 2023 đạt hơn 0,8", counted(where("bgDept", totalAbove(0.8)))),
  q("list", "huyện nào cao bằng vượt 600 điểm", listed(where("cbDist", totalAbove(600)))),
  q("count", "có mấy sở hưng yên có dịch vụ công vượt ngưỡng 700 điểm", counted(where("hyDeptPublic", totalAbove(700)))),
  q("list", "những sở bắc ninh từ 730 đến 750 điểm", listed(where("bnDept", totalBetween(730, 750)))),
  q("list", "các sở cao bằng trên 650 và dưới 700", listed(where("cbDept", (r) => r.total !== null && r.total > 650 && r.total < 700))),
  q("count", "bắc ninh có bao nhiêu sở đạt loại khá trở xuống", counted(where("bnDept", (r) => ["Khá", "Trung bình", "Kém"].includes(r.grade ?? "")))),
  q("count", "bao nhiêu huyện bắc ninh thấp hơn 500 điểm", counted(where("bnDist", totalBelow(500)))),
  q("list", "huyện nào hưng yên dưới ngưỡng 650", listed(where("hyDist", totalBelow(650)))),
  q("follow-up", ["thị xã mỹ hào xếp thứ mấy", "huyện đứng ngay sau nó?"], nth(atRank("hyDist", 3))),
  q("follow-up", ["bắc ninh có bao nhiêu sở xếp loại xuất sắc", "liệt kê ra giúp em"], listed(where("bnDept", gradeIs("Xuất sắc")))),
  q("follow-up", ["huyện nào thấp nhất hưng yên", "còn cao bằng?"], one(atRank("cbDist", -1)[0]!)),
  q("follow-up", ["sở y tế bắc giang 2023", "so với năm 2021 thì sao"], { ...trend(bg("so-y-te"), [2021, 2023]), intent: ["trend", "compare"] }),
  q("follow-up", ["top 3 huyện cao bằng", "xếp theo kinh tế số"], ordered("cbDist", "Kinh tế số", "desc")),
  q("follow-up", ["có bao nhiêu huyện hưng yên trên 700 điểm", "còn trên 650?"], counted(where("hyDist", totalAbove(650)))),
  q("ordering", "đơn vị nào có điểm an toàn thông tin thấp nhất khối sở bắc giang 2023", bestBy("bgDept", "An toàn thông tin mạng", "asc")),
  q("ordering", "huyện nào có hạ tầng số tốt nhất bắc ninh", bestBy("bnDist", "Hạ tầng số", "desc")),
  q("ordering", "sở nào hoạt động chuyển đổi số cao nhất bn", bestBy("bnDept", "Hoạt động chuyển đổi số", "desc")),
  q("small-talk", "chúc bot một ngày tốt lành", smallTalk),
  q("small-talk", "ok cảm ơn, để mình xem lại", smallTalk),
  q("out-of-scope", "Sở Y tế Hà Nội xếp thứ mấy", outOfScope),
  q("out-of-scope", "Thanh Hóa top 5 sở", outOfScope),
  q("out-of-scope", "Bộ Công an đứng thứ mấy về chuyển đổi số", outOfScope),
  q("missing-year", "thuận thành năm 2022 xếp thứ mấy", missing(2022)),
  q("missing-year", "top huyện hưng yên năm 2020", missing(2020)),
  q("national", "tỉnh xếp thứ 9 toàn quốc", nth(atRank("national", 9))),
  q("national", "BG xh mấy toàn quốc", national("bac-giang")),
  q("national", "HY đứng thứ bao nhiêu cả nước", national("hung-yen")),
  q("todays-names", "huyện yên dũng nay thuộc bắc ninh xếp thứ mấy", lookupOf("bgDist", bg("yen-dung"))),
  q("todays-names", "Sở Xây dựng Hưng Yên (sau hợp nhất GTVT) xếp hạng", merged([hy("so-xay-dung"), hy("so-giao-thong-van-tai")])),
  q("keyboard", "Sowr Y tees Bawcs Giang nawm 2021", { intent: ["rank"], status: ["ok"], firstOneOf: [entry("bgIct", bg("so-y-te")), entry("bgPortal", bg("so-y-te"))] }),
  q("keyboard", "huye65n Tie6n Du xe61p thu71 ma61y", lookupOf("bnDist", bn("tien-du"))),
];

/**
 * Written after the third round of fixes (13:25 UTC), in new words again, and with one operation the
 * earlier waves never asked: a threshold on a component ("nhân lực số trên 100").
 */
export const FRESH_VN_FOURTH_WAVE: NaturalQuestion[] = [
  look("sở y tế bn năm 2023 điểm attt bn", "bnDept", bn("so-y-te"), comp("bnDept", bn("so-y-te"), "An toàn thông tin mạng")),
  look("UBND TP Bắc Giang 2021 cổng ttđt được mấy điểm", "bgPortalDistricts", bg("bac-giang"), score("bgPortalDistricts", bg("bac-giang"))),
  look("Sở VH-TT&DL BG xếp thứ mấy năm 2023", "bgDept", bg("so-van-hoa-the-thao-du-lich")),
  look("sở lđ-tb&xh hy hạng mấy", "hyDeptPublic", hy("so-lao-dong-thuong-binh-xa-hoi")),
  q("position", "huyện nào đứng thứ 2 từ cuối lên ở bắc ninh", nth(atRank("bnDist", -2))),
  q("position", "đứng kề trên huyện phù cừ là ai", nth(atRank("hyDist", 9))),
  q("list", "những sở xếp dưới sở y tế cao bằng", listed(topN("cbDept", -5))),
  q("count", "bao nhiêu huyện hưng yên nằm trong khoảng 650-700", counted(where("hyDist", totalBetween(650, 700)))),
  q("list", "có sở nào bắc ninh dưới 680 không", listed(where("bnDept", totalBelow(680)))),
  q("count", "số sở cao bằng đạt ít nhất 800 điểm", counted(where("cbDept", (r) => r.total !== null && r.total >= 800))),
  q("count", "khối huyện hưng yên có mấy đơn vị đạt tối thiểu 700 điểm", counted(where("hyDist", (r) => r.total !== null && r.total >= 700))),
  q("list", "sở nào cao bằng có nhân lực số trên 100", listed(where("cbDept", (r) => (r.components["Nhân lực số"] ?? 0) > 100))),
  q("list", "huyện nào bắc ninh an toàn thông tin dưới 30 điểm", listed(where("bnDist", (r) => (r.components["An toàn thông tin mạng"] ?? Infinity) < 30))),
  q("follow-up", ["sở tư pháp bắc ninh", "đứng trên nó là sở nào"], nth(atRank("bnDept", 12))),
  q("follow-up", ["top 3 sở cao bằng", "còn top 3 huyện"], firstN(topN("cbDist", 3))),
  q("follow-up", ["huyện lạng giang 2023", "năm 2021 nó xếp thứ mấy"], { intent: ["rank"], status: ["ok"], firstOneOf: [entry("bgIctDistricts", bg("lang-giang")), entry("bgPortalDistricts", bg("lang-giang"))] }),
  q("follow-up", ["bao nhiêu sở bắc ninh loại tốt", "những sở đó là gì"], listed(where("bnDept", gradeIs("Tốt")))),
  q("small-talk", "bot giỏi quá", smallTalk),
  q("small-talk", "mình hỏi thêm chút nhé", smallTalk),
  q("out-of-scope", "sở y tế bình dương xếp thứ mấy", outOfScope),
  q("out-of-scope", "huyện cô tô được mấy điểm", outOfScope),
  q("national", "đà nẵng điểm hạ tầng số", national("da-nang", [componentOf("national", "da-nang", "Hạ tầng số")])),
  q("national", "cần thơ đứng thứ mấy toàn quốc", national("can-tho")),
  q("todays-names", "huyện lục nam (nay là tỉnh bắc ninh) được mấy điểm", lookupOf("bgDist", bg("luc-nam"), score("bgDist", bg("luc-nam")))),
];

export const FRESH_VN: NaturalQuestion[] = [
  ...LOOKUP,
  ...SUPERLATIVE,
  ...POSITION,
  ...TOP_N,
  ...COUNT,
  ...LIST,
  ...AVERAGE,
  ...ORDERING,
  ...COMPARE,
  ...OVERVIEW,
  ...TREND,
  ...SMALL_TALK,
  ...MISSING_YEAR,
  ...OUT_OF_SCOPE,
  ...TODAYS_NAMES,
  ...KEYBOARD,
  ...NATIONAL,
  ...FOLLOW_UP,
  ...FRESH_VN_SECOND_WAVE,
  ...FRESH_VN_THIRD_WAVE,
  ...FRESH_VN_FOURTH_WAVE,
];
