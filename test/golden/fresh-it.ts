/**
 * A held-out question set written without reading the engine: (a) a provincial IT officer who knows the
 * DTI methodology (components, self-declared vs reviewed scores, block tables, grades) asking precise
 * questions, and (b) a Telegram group typing fast — one or two words, follow-ups, mixed case, emoji, a
 * question quoted inside a longer message. Every expected value comes from data/dataset.json through
 * test/support/fresh-it-facts.ts and was checked by eye against shared/decisions/*.txt.
 */
import * as F from "../support/fresh-it-facts.js";
import { typeWithoutKeyboard } from "../support/keyboard-typing.js";
import type { Category, Expectation, NaturalQuestion, Ref } from "./natural.js";

const BG23D = "bac-giang-2023-dti#1";
const BG23H = "bac-giang-2023-dti#2";
const BG21D = "bac-giang-2021-ict#1";
const BG21H = "bac-giang-2021-ict#2";
const BG21PD = "bac-giang-2021-ict#3";
const BG21PH = "bac-giang-2021-ict#4";
const BND = "bac-ninh-2023-dti#1";
const BNH = "bac-ninh-2023-dti#2";
const CBD = "cao-bang-2022-dti#1";
const CBH = "cao-bang-2022-dti#2";
const HYD1 = "hung-yen-2023-dti#1";
const HYD2 = "hung-yen-2023-dti#2";
const HYH = "hung-yen-2023-dti#3";
const VN = "viet-nam-2022-dti#1";

const YEAR: Readonly<Record<string, number>> = {
  [BG23D]: 2023, [BG23H]: 2023, [BG21D]: 2021, [BG21H]: 2021, [BG21PD]: 2021, [BG21PH]: 2021,
  [BND]: 2023, [BNH]: 2023, [CBD]: 2022, [CBH]: 2022, [HYD1]: 2023, [HYD2]: 2023, [HYH]: 2023, [VN]: 2022,
};
const INDEX: Readonly<Record<string, Ref["index"]>> = { [BG21D]: "ICT", [BG21H]: "ICT", [BG21PD]: "PORTAL", [BG21PH]: "PORTAL" };

const ATTT_BN = "An toàn thông tin mạng";
const ATTT_HY = "An toàn thông tin";

/** A unit's entry in a table, with the rank that table gives it. */
const at = (table: string, id: string): Ref => {
  const r = F.row(table, id);
  const base: Ref = { id, year: YEAR[table]!, rank: r.rank };
  const index = INDEX[table];
  return index === undefined ? base : { ...base, index };
};
/** Entries without the rank (sets, where the rank is the set's business). */
const refs = (table: string, ids: string[]): Ref[] => ids.map((id) => ({ id, year: YEAR[table]! }));
const nat = (id: string): Ref => {
  const r = F.row(VN, `viet-nam/${id}`);
  const name = { "da-nang": "Đà Nẵng", "ho-chi-minh": "Hồ Chí Minh", "quang-ninh": "Quảng Ninh", "bac-ninh": "Bắc Ninh", "cao-bang": "Cao Bằng", "hung-yen": "Hưng Yên", "thanh-hoa": "Thanh Hóa", "yen-bai": "Yên Bái", "bac-kan": "Bắc Kạn", "can-tho": "Cần Thơ", "bac-giang": "Bắc Giang" }[id];
  if (name === undefined) throw new Error(`no printed name for ${id}`);
  return { national: name, year: 2022, rank: r.rank };
};
const ids = (table: string, n: number) => F.ranked(table).slice(0, n).map((r) => r.unitId);
const bottomIds = (table: string, n: number) => F.ranked(table).slice(-n).map((r) => r.unitId);

type Item = { turns: string[]; expect: Expectation };
const q = (turns: string | string[], expect: Expectation): Item => ({ turns: typeof turns === "string" ? [turns] : turns, expect });

/** "what rank is X": rank (or a one-unit overview), X first with its rank; optionally the reply states some figures. */
const look = (t: string | string[], table: string, id: string, mentions?: (number | string)[]) =>
  q(t, { intent: ["rank", "overview"], status: ["ok"], first: [at(table, id)], ...(mentions ? { mentions } : {}) });
/** A singular superlative: `top` with exactly one match, one of `options`. */
const single = (t: string | string[], table: string, options: string[], extra: Partial<Expectation> = {}) =>
  q(t, { intent: ["top"], status: ["ok"], matchCount: 1, firstOneOf: options.map((id) => at(table, id)), ...extra });
/** The best or worst on a component: singular, ordered by that component. */
const bestOn = (t: string | string[], table: string, component: string, direction: "desc" | "asc") => {
  const e = F.extreme(table, component, direction);
  return single(t, table, e.ids, { orderBy: { component, direction, best: e.value } });
};
const position = (t: string | string[], table: string, id: string) => q(t, { intent: ["rank"], status: ["ok"], first: [at(table, id)] });
const topN = (t: string | string[], table: string, list: string[]) => q(t, { intent: ["top"], status: ["ok"], first: list.map((id) => at(table, id)) });
const countOf = (t: string | string[], table: string, list: string[]) =>
  q(t, { intent: ["count"], status: ["ok"], count: list.length, set: refs(table, list) });
const listOf = (t: string | string[], table: string, list: string[]) =>
  q(t, { intent: ["list", "count"], status: ["ok"], set: refs(table, list) });
const ordered = (t: string | string[], table: string, component: string, direction: "desc" | "asc") => {
  const first = F.orderedBy(table, component, direction)[0]!;
  return q(t, { intent: ["top", "list"], status: ["ok"], orderBy: { component, direction, best: F.score(table, first, component) } });
};
const compare = (t: string | string[], pairs: [string, string][], extra: Partial<Expectation> = {}) =>
  q(t, { intent: ["compare"], status: ["ok"], firstSet: pairs.map(([table, id]) => at(table, id)), ...extra });
const overview = (t: string | string[], province: string, year?: number) =>
  q(t, { intent: ["overview"], status: ["ok"], allOf: year === undefined ? { province } : { province, year } });
const trend = (t: string, id: string, readings: number[][]) =>
  q(t, { intent: ["trend"], status: ["ok"], anyOf: readings.map((years) => ({ trend: { id, years } })) });
const talk = (t: string | string[]) => q(t, { status: ["ok", "ambiguous", "not_evaluated"], empty: true });
const missing = (t: string | string[], year: number) => q(t, { status: ["ok", "not_found", "ambiguous", "not_evaluated"], missingYear: year });
const outside = (t: string) => q(t, { status: ["not_found"], empty: true, namesOnlyAsked: true });
/** A component the table does not print: the reply says so (whatever else it shows). */
const notPrinted = (t: string, component: string) => q(t, { status: ["ok", "not_found", "ambiguous", "not_evaluated"], saysMissing: component });
const merged = (t: string, must: string[], may: string[] = []) => q(t, { status: ["ok", "ambiguous"], predecessors: { must, may } });
const telex = (s: string) => typeWithoutKeyboard(s, "telex", "end");
const vni = (s: string) => typeWithoutKeyboard(s, "vni", "end");

const hyAtttMean = F.mean(HYD1, ATTT_HY);
const hyBothAttt = [...F.ranked(HYD1), ...F.ranked(HYD2)].map((r) => r.components[ATTT_HY]!);
const hyBothAtttMean = hyBothAttt.reduce((a, b) => a + b, 0) / hyBothAttt.length;
const hyBothBelow = [...F.filtered(HYD1, ATTT_HY, (v) => v < hyBothAtttMean), ...F.filtered(HYD2, ATTT_HY, (v) => v < hyBothAtttMean)];
const bnMostLost = F.mostLost(BND);
const hyTop3ByShare = ["hung-yen/van-phong-uy-ban-nhan-dan", "hung-yen/so-giao-duc-dao-tao", "hung-yen/so-thong-tin-truyen-thong"];

const SET: Record<Category, Item[]> = {
  lookup: [
    look("quế võ?", BNH, "bac-ninh/que-vo"),
    look("Từ Sơn đứng thứ mấy", BNH, "bac-ninh/tu-son"),
    look("thuận thành hạng mấy vậy mn", BNH, "bac-ninh/thuan-thanh"),
    look("Sở TT&TT Bắc Ninh xếp hạng bao nhiêu", BND, "bac-ninh/so-thong-tin-truyen-thong"),
    look("sở y tế hưng yên", HYD1, "hung-yen/so-y-te"),
    look("Sở GD&ĐT Hưng Yên được bao nhiêu điểm", HYD1, "hung-yen/so-giao-duc-dao-tao", [F.total(HYD1, "hung-yen/so-giao-duc-dao-tao")]),
    look("Văn phòng Đoàn ĐBQH và HĐND tỉnh Hưng Yên xếp thứ mấy", HYD2, "hung-yen/van-phong-doan-dai-bieu-quoc-hoi-hoi-dong-nhan-dan"),
    look("Ban QL khu đại học Phó Hiến", HYD2, "hung-yen/ban-quan-ly-khu-dai-hoc-pho-hien"),
    look("thanh tra tỉnh HY?", HYD2, "hung-yen/thanh-tra"),
    look("Khoái Châu xếp loại gì", HYH, "hung-yen/khoai-chau", [F.row(HYH, "hung-yen/khoai-chau").grade!]),
    look("mỹ hào bao nhiêu điểm", HYH, "hung-yen/my-hao", [F.total(HYH, "hung-yen/my-hao")]),
    look("Huyện Bảo Lạc DTI 2022", CBH, "cao-bang/bao-lac"),
    look("TP Cao Bằng đứng thứ mấy khối huyện", CBH, "cao-bang/cao-bang"),
    look("Sở Công Thương Cao Bằng", CBD, "cao-bang/so-cong-thuong"),
    look("Ban Dân tộc Cao Bằng bao nhiêu điểm", CBD, "cao-bang/ban-dan-toc", [F.total(CBD, "cao-bang/ban-dan-toc")]),
    look("hạ lang?", CBH, "cao-bang/ha-lang"),
    look("Sở Xây dựng Cao Bằng xếp thứ mấy", CBD, "cao-bang/so-xay-dung"),
    look("Sở TN&MT Bắc Giang 2023", BG23D, "bac-giang/so-tai-nguyen-moi-truong"),
    look("Sơn Động năm 2023 hạng mấy", BG23H, "bac-giang/son-dong"),
    look("Việt Yên DTI", BG23H, "bac-giang/viet-yen"),
    look("Sở Y tế Bắc Giang năm 2021 chỉ số ứng dụng CNTT", BG21D, "bac-giang/so-y-te"),
    look("cổng TTĐT Sở GD&ĐT Bắc Giang 2021 xếp thứ mấy", BG21PD, "bac-giang/so-giao-duc-dao-tao"),
    look("Tân Yên cổng thông tin điện tử 2021", BG21PH, "bac-giang/tan-yen"),
    look("Sở Kế hoạch Đầu tư BN bị xếp loại gì", BND, "bac-ninh/so-ke-hoach-dau-tu", [F.row(BND, "bac-ninh/so-ke-hoach-dau-tu").grade!]),
    look("Ban quản lý an toàn thực phẩm Bắc Ninh", BND, "bac-ninh/ban-quan-ly-an-toan-thuc-pham"),
    look("Quế Võ điểm an toàn thông tin mạng bao nhiêu", BNH, "bac-ninh/que-vo", [F.score(BNH, "bac-ninh/que-vo", ATTT_BN)]),
    look("Sở Y tế Bắc Ninh hạ tầng số được mấy điểm", BND, "bac-ninh/so-y-te", [F.score(BND, "bac-ninh/so-y-te", "Hạ tầng số")]),
    look("điểm nhận thức số của Sở KH&CN Bắc Ninh", BND, "bac-ninh/so-khoa-hoc-cong-nghe", [F.score(BND, "bac-ninh/so-khoa-hoc-cong-nghe", "Nhận thức số")]),
    look("Thạch An thể chế số", CBH, "cao-bang/thach-an", [F.score(CBH, "cao-bang/thach-an", "Thể chế số")]),
    look("Kim Động hoạt động kinh tế số", HYH, "hung-yen/kim-dong", [F.score(HYH, "hung-yen/kim-dong", "Hoạt động kinh tế số")]),
    look("Sở Tài chính Cao Bằng chính quyền số bao nhiêu", CBD, "cao-bang/so-tai-chinh", [F.score(CBD, "cao-bang/so-tai-chinh", "Chính quyền số")]),
    look("An toàn thông tin của Sở KH&ĐT Hưng Yên", HYD1, "hung-yen/so-ke-hoach-dau-tu", [F.score(HYD1, "hung-yen/so-ke-hoach-dau-tu", ATTT_HY)]),
    look("Lục Ngạn nhân lực số 2023", BG23H, "bac-giang/luc-ngan", [F.score(BG23H, "bac-giang/luc-ngan", "Nhân lực số")]),
    look("sở ngoại vụ BG hạ tầng số", BG23D, "bac-giang/so-ngoai-vu", [F.score(BG23D, "bac-giang/so-ngoai-vu", "Hạ tầng số")]),
    q("Quảng Hòa xếp thứ mấy", { status: ["not_evaluated", "ok"], first: [{ id: "cao-bang/quang-hoa", year: 2022, rank: null }] }),
    look("QUẾ VÕ xếp thứ mấy vậy 🤔", BNH, "bac-ninh/que-vo"),
    look("sở y tế BẮC NINH 👉 hạng?", BND, "bac-ninh/so-y-te"),
    look("a ơi cho e hỏi Huyện Yên Mỹ xếp thứ mấy ạ, sếp đang cần gấp 🙏", HYH, "hung-yen/yen-my"),
    look("Sở Tư pháp HY điểm bao nhiêu", HYD1, "hung-yen/so-tu-phap", [F.total(HYD1, "hung-yen/so-tu-phap")]),
    look("Văn Lâm?", HYH, "hung-yen/van-lam"),
    look("Sở Nội vụ Bắc Ninh tự chấm bao nhiêu điểm, sau rà soát còn bao nhiêu", BND, "bac-ninh/so-noi-vu", [
      F.row(BND, "bac-ninh/so-noi-vu").selfDeclared!.total,
      F.total(BND, "bac-ninh/so-noi-vu"),
    ]),
    look("Quế Võ điểm tự đánh giá là bao nhiêu", BNH, "bac-ninh/que-vo", [F.row(BNH, "bac-ninh/que-vo").selfDeclared!.total]),
    look("Tiên Du hạ tầng số tự khai bao nhiêu, sau thẩm định được bao nhiêu", BNH, "bac-ninh/tien-du", [
      F.row(BNH, "bac-ninh/tien-du").selfDeclared!.components["Hạ tầng số"]!,
      F.score(BNH, "bac-ninh/tien-du", "Hạ tầng số"),
    ]),
    look("hiệp hòa 2023?", BG23H, "bac-giang/hiep-hoa"),
    look("@bot quế võ bao nhiêu điểm", BNH, "bac-ninh/que-vo", [F.total(BNH, "bac-ninh/que-vo")]),
    look("Sở Y tế BN an toàn thông tin mạng tự khai bao nhiêu", BND, "bac-ninh/so-y-te", [F.row(BND, "bac-ninh/so-y-te").selfDeclared!.components[ATTT_BN]!]),
    look("Fw: anh em check giúp Thị xã Mỹ Hào năm 2023 đứng thứ mấy nhé", HYH, "hung-yen/my-hao"),
    look("sở tttt cao bằng", CBD, "cao-bang/so-thong-tin-truyen-thong"),
    look("Yên Phong xếp loại gì vậy", BNH, "bac-ninh/yen-phong", [F.row(BNH, "bac-ninh/yen-phong").grade!]),
  ],
  superlative: [
    bestOn("huyện nào an toàn thông tin tốt nhất Hưng Yên", HYH, ATTT_HY, "desc"),
    bestOn("sở nào ATTT mạng thấp nhất Bắc Ninh", BND, ATTT_BN, "asc"),
    bestOn("huyện nào kinh tế số cao nhất Cao Bằng", CBH, "Kinh tế số", "desc"),
    bestOn("sở nào hạ tầng số kém nhất Bắc Giang 2023", BG23D, "Hạ tầng số", "asc"),
    bestOn("ai nhân lực số cao nhất khối huyện Bắc Ninh", BNH, "Nhân lực số", "desc"),
    bestOn("đơn vị nào chính quyền số cao nhất khối sở Cao Bằng", CBD, "Chính quyền số", "desc"),
    bestOn("xã hội số thấp nhất khối huyện HY là ai", HYH, "Hoạt động xã hội số", "asc"),
    q("bét bảng HY", {
      intent: ["top", "rank"],
      status: ["ok"],
      firstOneOf: [at(HYH, "hung-yen/phu-cu"), at(HYD1, "hung-yen/so-ke-hoach-dau-tu"), at(HYD2, "hung-yen/thanh-tra")],
    }),
    single("top 1 khối sở BG 2023", BG23D, ids(BG23D, 1)),
    single('Sếp vừa hỏi "huyện nào thấp điểm nhất Bắc Giang năm 2023", ai biết trả lời giúp với', BG23H, bottomIds(BG23H, 1)),
    single("nhất khối huyện CB 👀", CBH, ids(CBH, 1)),
    q("sở nào bị trừ nhiều điểm nhất sau rà soát ở Bắc Ninh", {
      status: ["ok"],
      firstOneOf: [at(BND, bnMostLost.id)],
      anyOf: [
        { mentionsNear: [{ value: bnMostLost.value, within: 0.011 }] },
        { mentions: [F.row(BND, bnMostLost.id).selfDeclared!.total, F.total(BND, bnMostLost.id)] },
      ],
    }),
    bestOn("khối huyện HY đơn vị nào hạ tầng số cao nhất", HYH, "Hạ tầng số", "desc"),
    bestOn("sở nào của CB có nhân lực số cao nhất", CBD, "Nhân lực số", "desc"),
    q("huyện nào ở BN chênh lệch giữa điểm tự đánh giá và điểm sau rà soát lớn nhất", {
      status: ["ok"],
      firstOneOf: [at(BNH, "bac-ninh/thuan-thanh")],
      anyOf: [{ mentionsNear: [{ value: F.lost(BNH, "bac-ninh/thuan-thanh"), within: 0.011 }] }, { mentions: [F.row(BNH, "bac-ninh/thuan-thanh").selfDeclared!.total, F.total(BNH, "bac-ninh/thuan-thanh")] }],
    }),
    single("đứng cuối khối sở BN là ai vậy", BND, bottomIds(BND, 1)),
    single("HY huyện nào ngon nhất 😎", HYH, ids(HYH, 1)),
  ],
  position: [
    position("ai đứng thứ 3 khối huyện Bắc Ninh", BNH, ids(BNH, 3)[2]!),
    position("áp chót khối sở Cao Bằng", CBD, bottomIds(CBD, 2)[0]!),
    position("thứ 5 huyện HY là ai", HYH, ids(HYH, 5)[4]!),
    position("đơn vị xếp thứ 10 khối sở Bắc Ninh", BND, ids(BND, 10)[9]!),
    position("đứng thứ 2 từ dưới lên khối huyện Bắc Giang 2023", BG23H, bottomIds(BG23H, 2)[0]!),
    position("hạng 4 sở HY có dịch vụ công", HYD1, ids(HYD1, 4)[3]!),
    q("đội sổ khối huyện Cao Bằng", { intent: ["rank", "top"], status: ["ok"], first: [at(CBH, bottomIds(CBH, 1)[0]!)] }),
    position("ai về nhì khối sở Cao Bằng", CBD, ids(CBD, 2)[1]!),
    position("hạng ba sở BG 2023", BG23D, ids(BG23D, 3)[2]!),
  ],
  "top-n": [
    topN("top huyện BN", BNH, ids(BNH, 3)),
    q("top 3 sở Hưng Yên", {
      intent: ["top"],
      status: ["ok"],
      anyOf: [{ first: ids(HYD1, 3).map((id) => at(HYD1, id)) }, { firstSet: hyTop3ByShare.map((id) => at(id.endsWith("van-phong-uy-ban-nhan-dan") ? HYD2 : HYD1, id)) }],
    }),
    q("5 huyện thấp nhất Cao Bằng", { intent: ["top", "list"], status: ["ok"], firstSet: bottomIds(CBH, 5).map((id) => at(CBH, id)) }),
    topN("top 5 sở Bắc Giang 2023", BG23D, ids(BG23D, 5)),
    topN("top 3 huyện HY 🔥", HYH, ids(HYH, 3)),
    topN("Top 10 khối sở BN", BND, ids(BND, 10)),
    topN("top3 sở cb", CBD, ids(CBD, 3)),
    q("top 5 ATTT huyện BN", { intent: ["top", "list"], status: ["ok"], orderBy: { component: ATTT_BN, direction: "desc", best: F.extreme(BNH, ATTT_BN, "desc").value } }),
  ],
  count: [
    countOf("có bao nhiêu sở xếp loại xuất sắc ở Bắc Ninh", BND, F.withGrade(BND, "Xuất sắc")),
    countOf("bao nhiêu huyện HY xếp loại trung bình", HYH, F.withGrade(HYH, "Trung bình")),
    q("khối sở HY có mấy đơn vị loại khá", {
      intent: ["count"],
      status: ["ok"],
      anyOf: [{ count: F.withGrade(HYD1, "Khá").length }, { count: F.withGrade(HYD1, "Khá").length + F.withGrade(HYD2, "Khá").length }],
    }),
    countOf("Bắc Ninh có bao nhiêu huyện an toàn thông tin mạng dưới 30 điểm", BNH, F.filtered(BNH, ATTT_BN, (v) => v < 30)),
    countOf("bao nhiêu sở Cao Bằng chính quyền số từ 300 điểm trở lên", CBD, F.filtered(CBD, "Chính quyền số", (v) => v >= 300)),
    countOf("cao bằng có bao nhiêu huyện được xếp hạng", CBH, F.ranked(CBH).map((r) => r.unitId)),
    countOf("bao nhiêu sở BN bị trừ điểm sau rà soát", BND, F.lostPoints(BND)),
    countOf("mấy huyện BN được cộng điểm sau thẩm định", BNH, F.gainedPoints(BNH)),
    countOf("có bao nhiêu sở Bắc Giang 2023 đạt điểm tối đa nhận thức số", BG23D, F.filtered(BG23D, "Nhận thức số", (v) => v === 1)),
    countOf("bao nhiêu huyện Hưng Yên trên 700 điểm", HYH, F.filtered(HYH, "total", (v) => v > 700)),
    countOf("có bao nhiêu sở BN được 100 điểm nhận thức số sau rà soát", BND, F.filtered(BND, "Nhận thức số", (v) => v === 100)),
    q("HY bao nhiêu đơn vị xếp loại trung bình", {
      status: ["ok", "ambiguous"],
      anyOf: [
        { status: ["ok"], intent: ["count"], count: F.withGrade(HYD1, "Trung bình").length + F.withGrade(HYD2, "Trung bình").length + F.withGrade(HYH, "Trung bình").length },
        { status: ["ambiguous"] },
      ],
    }),
    countOf("bao nhiêu huyện Bắc Giang 2023 trên mức trung bình khối", BG23H, F.filtered(BG23H, "total", (v) => v > F.mean(BG23H, "total"))),
  ],
  list: [
    listOf("những sở nào của BN xếp loại Kém", BND, F.withGrade(BND, "Kém")),
    listOf("liệt kê huyện HY dưới 650 điểm", HYH, F.filtered(HYH, "total", (v) => v < 650)),
    listOf("sở nào Cao Bằng điểm nhận thức số dưới 60", CBD, F.filtered(CBD, "Nhận thức số", (v) => v < 60)),
    listOf("huyện nào Bắc Ninh bị mất điểm sau rà soát", BNH, F.lostPoints(BNH)),
    listOf("các huyện BN có an toàn thông tin mạng trên mức trung bình của khối", BNH, F.filtered(BNH, ATTT_BN, (v) => v > F.printedMean(BNH, ATTT_BN))),
    q("đơn vị nào khối sở HY có an toàn thông tin dưới trung bình", {
      intent: ["list", "count"],
      status: ["ok"],
      anyOf: [
        { set: refs(HYD1, F.filtered(HYD1, ATTT_HY, (v) => v < hyAtttMean)) },
        { set: refs(HYD1, hyBothBelow) },
      ],
    }),
    listOf("sở nào xếp loại xuất sắc BN", BND, F.withGrade(BND, "Xuất sắc")),
    listOf("huyện Cao Bằng nào trên 600 điểm", CBH, F.filtered(CBH, "total", (v) => v > 600)),
    listOf("những huyện BG dưới mức trung bình năm 2023", BG23H, F.filtered(BG23H, "total", (v) => v < F.mean(BG23H, "total"))),
    q("các sở HY an toàn thông tin dưới 20 điểm", {
      intent: ["list", "count"],
      status: ["ok"],
      anyOf: [{ set: refs(HYD1, F.filtered(HYD1, ATTT_HY, (v) => v < 20)) }, { set: [...refs(HYD1, F.filtered(HYD1, ATTT_HY, (v) => v < 20)), ...refs(HYD2, F.filtered(HYD2, ATTT_HY, (v) => v < 20))] }],
    }),
    listOf(">700 điểm có những sở nào ở BN", BND, F.filtered(BND, "total", (v) => v > 700)),
    q("tỉnh nào đồng hạng 15 cả nước", { status: ["ok"], firstSet: [nat("thanh-hoa"), nat("yen-bai")] }),
  ],
  average: [
    q("trung bình điểm các huyện Bắc Ninh", { intent: ["average"], status: ["ok"], average: { value: F.printedMean(BNH, "total"), printed: true } }),
    q("điểm trung bình khối sở BN", { intent: ["average"], status: ["ok"], average: { value: F.printedMean(BND, "total"), printed: true } }),
    q("trung bình an toàn thông tin mạng khối huyện Bắc Ninh", { intent: ["average"], status: ["ok"], mentions: [F.printedMean(BNH, ATTT_BN)] }),
    q("điểm TB khối huyện HY", { intent: ["average"], status: ["ok"], average: { value: F.round2(F.mean(HYH, "total")), printed: false } }),
    q("trung bình chính quyền số các sở Cao Bằng", { intent: ["average"], status: ["ok"], mentionsNear: [{ value: F.mean(CBD, "Chính quyền số"), within: 0.011 }] }),
    q("avg huyện CB", { intent: ["average"], status: ["ok"], average: { value: F.round2(F.mean(CBH, "total")), printed: false } }),
    q("điểm trung bình tự đánh giá khối sở BN", { intent: ["average"], status: ["ok"], mentions: [F.printedSelfMean(BND)] }),
    q("TB khối huyện BG 2023", { intent: ["average"], status: ["ok"], mentionsNear: [{ value: F.mean(BG23H, "total"), within: 0.00011 }] }),
    q("TB an toàn thông tin khối huyện HY", { intent: ["average"], status: ["ok"], mentionsNear: [{ value: F.mean(HYH, ATTT_HY), within: 0.011 }] }),
    q("trung bình nhận thức số các sở BN", { intent: ["average"], status: ["ok"], mentions: [F.printedMean(BND, "Nhận thức số")] }),
    q("Quế Võ hơn trung bình khối bao nhiêu điểm", { status: ["ok"], mentionsNear: [{ value: F.total(BNH, "bac-ninh/que-vo") - F.printedMean(BNH, "total"), within: 0.011 }] }),
  ],
  ordering: [
    ordered("xếp các huyện Bắc Ninh theo an toàn thông tin mạng", BNH, ATTT_BN, "desc"),
    ordered("sắp xếp sở HY có dịch vụ công theo nhân lực số từ thấp đến cao", HYD1, "Nhân lực số", "asc"),
    ordered("top 3 huyện nhận thức số Bắc Ninh", BNH, "Nhận thức số", "desc"),
    ordered("huyện Cao Bằng xếp theo thể chế số", CBH, "Thể chế số", "desc"),
    ordered("xếp hạng khối huyện HY theo hoạt động kinh tế số", HYH, "Hoạt động kinh tế số", "desc"),
    ordered("sở BG 2023 theo an toàn thông tin mạng, thấp nhất trước", BG23D, ATTT_BN, "asc"),
    ordered("top 5 sở CB về xã hội số", CBD, "Xã hội số", "desc"),
  ],
  compare: [
    compare("Quế Võ vs Từ Sơn", [[BNH, "bac-ninh/que-vo"], [BNH, "bac-ninh/tu-son"]]),
    compare("Sở Y tế BN với Sở Y tế HY ai cao hơn", [[BND, "bac-ninh/so-y-te"], [HYD1, "hung-yen/so-y-te"]]),
    compare("Khoái Châu hơn Kim Động bao nhiêu điểm an toàn thông tin", [[HYH, "hung-yen/khoai-chau"], [HYH, "hung-yen/kim-dong"]], {
      anyOf: [
        { mentionsNear: [{ value: F.score(HYH, "hung-yen/khoai-chau", ATTT_HY) - F.score(HYH, "hung-yen/kim-dong", ATTT_HY), within: 0.011 }] },
        { mentions: [F.score(HYH, "hung-yen/khoai-chau", ATTT_HY), F.score(HYH, "hung-yen/kim-dong", ATTT_HY)] },
      ],
    }),
    compare("chênh lệch giữa Quế Võ và Thuận Thành bao nhiêu điểm", [[BNH, "bac-ninh/que-vo"], [BNH, "bac-ninh/thuan-thanh"]], {
      anyOf: [
        { mentionsNear: [{ value: F.total(BNH, "bac-ninh/que-vo") - F.total(BNH, "bac-ninh/thuan-thanh"), within: 0.011 }] },
        { mentions: [F.total(BNH, "bac-ninh/que-vo"), F.total(BNH, "bac-ninh/thuan-thanh")] },
      ],
    }),
    compare("so sánh Sở Tài chính và Sở Công Thương Cao Bằng", [[CBD, "cao-bang/so-tai-chinh"], [CBD, "cao-bang/so-cong-thuong"]]),
    compare("Lục Nam hay Lục Ngạn cao hơn năm 2023", [[BG23H, "bac-giang/luc-nam"], [BG23H, "bac-giang/luc-ngan"]]),
    compare("Sở Nội vụ hay Sở Y tế HY điểm cao hơn", [[HYD1, "hung-yen/so-noi-vu"], [HYD1, "hung-yen/so-y-te"]]),
    q("Quế Võ, Từ Sơn và Tiên Du", { intent: ["compare"], status: ["ok"], firstSet: ["bac-ninh/que-vo", "bac-ninh/tu-son", "bac-ninh/tien-du"].map((id) => at(BNH, id)) }),
    compare("Sở TTTT BN vs Sở TTTT HY", [[BND, "bac-ninh/so-thong-tin-truyen-thong"], [HYD1, "hung-yen/so-thong-tin-truyen-thong"]]),
  ],
  overview: [
    overview("tình hình chuyển đổi số Cao Bằng thế nào", "Cao Bằng", 2022),
    overview("tóm tắt kết quả DTI Bắc Ninh 2023", "Bắc Ninh", 2023),
    overview("HY có gì nổi bật", "Hưng Yên"),
    overview("tổng quan Bắc Giang 2023", "Bắc Giang", 2023),
    q("khối huyện Bắc Ninh ra sao", { intent: ["overview", "top"], status: ["ok"], allOf: { province: "Bắc Ninh", year: 2023 } }),
    q("Quế Võ tình hình thế nào", { intent: ["overview", "rank"], status: ["ok"], first: [at(BNH, "bac-ninh/que-vo")] }),
    overview("Bắc Ninh năm 2023 có gì đáng chú ý", "Bắc Ninh", 2023),
  ],
  trend: [
    trend("Sở Y tế Bắc Giang qua các năm", "bac-giang/so-y-te", [[2021, 2023], [2021, 2021, 2023]]),
    trend("Lục Nam 2021 so với 2023", "bac-giang/luc-nam", [[2021, 2023], [2021, 2021, 2023]]),
    trend("Quế Võ qua các năm", "bac-ninh/que-vo", [[2023]]),
    q("thứ hạng Bắc Ninh toàn quốc các năm", { intent: ["trend"], status: ["ok"], first: [nat("bac-ninh")], matchCount: 1 }),
    trend("Sở TN&MT Bắc Giang tiến bộ thế nào từ 2021 đến 2023", "bac-giang/so-tai-nguyen-moi-truong", [[2021, 2023], [2021, 2021, 2023]]),
    trend("Tân Yên mấy năm qua", "bac-giang/tan-yen", [[2021, 2023], [2021, 2021, 2023]]),
    trend("Lục Ngạn 2021→2023 thay đổi ra sao", "bac-giang/luc-ngan", [[2021, 2023], [2021, 2021, 2023]]),
  ],
  "small-talk": [
    talk("hi bot 👋"),
    talk("cảm ơn nha bot"),
    talk("ok thanks"),
    talk("bot giỏi quá 😂"),
    talk("chào cả nhà, chúc buổi sáng vui vẻ"),
    talk("haha"),
    talk("👍"),
    talk("alo alo"),
    talk("bot ơi"),
  ],
  "missing-year": [
    missing("Quế Võ năm 2021?", 2021),
    missing("top huyện HY 2022", 2022),
    missing("Sở Y tế Bắc Giang 2022", 2022),
    missing("Cao Bằng 2020 huyện nào nhất", 2020),
    missing("Bắc Ninh đứng thứ mấy cả nước năm 2023", 2023),
    missing("trung bình khối huyện BN 2024", 2024),
    missing("tp hưng yên 2021", 2021),
    missing("sở tttt BG 2022 ntn", 2022),
  ],
  "out-of-scope": [
    outside("Sở Y tế Lạng Sơn xếp thứ mấy"),
    outside("huyện Đông Anh xếp hạng DTI"),
    outside("Bộ Tài chính DTI 2022 đứng thứ mấy"),
    outside("huyện Vũ Thư Hưng Yên"),
    // Bắc Ninh has no Sở Du lịch; the Sở Văn hóa, Thể thao và Du lịch is a fair "did you mean", not the unit asked.
    q("Sở Du lịch Bắc Ninh hạng mấy", { status: ["not_found", "ambiguous"], anyOf: [{ status: ["not_found"], empty: true }, { status: ["ambiguous"] }] }),
    notPrinted("điểm hạ tầng số của Sở Y tế Cao Bằng", "hạ tầng số"),
    notPrinted("sở nào kinh tế số cao nhất Bắc Ninh", "kinh tế số"),
    notPrinted("Văn phòng UBND tỉnh Cao Bằng hạ tầng số bao nhiêu", "hạ tầng số"),
    outside("Sở Y tế Hà Nội xếp thứ mấy"),
    outside("quận Hoàn Kiếm DTI"),
    outside("Bộ Y tế đứng thứ mấy DTI 2022"),
  ],
  "todays-names": [
    look("huyện Lục Nam tỉnh Bắc Ninh", BG23H, "bac-giang/luc-nam"),
    merged("Sở Nông nghiệp và Môi trường Bắc Giang", ["bac-giang/so-nong-nghiep-phat-trien-nong-thon", "bac-giang/so-tai-nguyen-moi-truong"]),
    merged("Sở Dân tộc và Tôn giáo Cao Bằng", ["cao-bang/ban-dan-toc"]),
    merged("Sở KH&CN Hưng Yên sau sáp nhập xếp thứ mấy", ["hung-yen/so-khoa-hoc-cong-nghe", "hung-yen/so-thong-tin-truyen-thong"]),
    merged("Sở Tài chính Cao Bằng mới (gộp KH&ĐT) xếp hạng sao", ["cao-bang/so-tai-chinh", "cao-bang/so-ke-hoach-dau-tu"]),
    look("Việt Yên, Bắc Ninh", BG23H, "bac-giang/viet-yen"),
    look("TP Bắc Giang nay thuộc Bắc Ninh xếp thứ mấy", BG23H, "bac-giang/bac-giang"),
    merged("Sở Nội vụ Hưng Yên sau hợp nhất với LĐTBXH", ["hung-yen/so-noi-vu", "hung-yen/so-lao-dong-thuong-binh-xa-hoi"]),
    merged("Sở Xây dựng Hưng Yên (mới, gộp GTVT)", ["hung-yen/so-xay-dung", "hung-yen/so-giao-thong-van-tai"]),
    merged("Sở NN&MT Hưng Yên", ["hung-yen/so-nong-nghiep-phat-trien-nong-thon", "hung-yen/so-tai-nguyen-moi-truong"]),
    look("huyện Yên Thế, Bắc Ninh xếp thứ mấy", BG23H, "bac-giang/yen-the"),
  ],
  keyboard: [
    look(telex("Quế Võ xếp thứ mấy"), BNH, "bac-ninh/que-vo"),
    look(telex("sở y tế bắc ninh"), BND, "bac-ninh/so-y-te"),
    single(telex("huyện nào cao nhất Hưng Yên"), HYH, ids(HYH, 1)),
    look(vni("Khoái Châu xếp thứ mấy"), HYH, "hung-yen/khoai-chau"),
    look(telex("Thuận Thành an toàn thông tin mạng bao nhiêu"), BNH, "bac-ninh/thuan-thanh", [F.score(BNH, "bac-ninh/thuan-thanh", ATTT_BN)]),
    countOf(vni("có bao nhiêu sở xếp loại kém ở Bắc Ninh"), BND, F.withGrade(BND, "Kém")),
    topN(telex("top huyện Bắc Ninh"), BNH, ids(BNH, 3)),
    single(telex("bét bảng khối huyện Hưng Yên"), HYH, bottomIds(HYH, 1)),
    look(telex("Sở GD&ĐT Hưng Yên được bao nhiêu điểm"), HYD1, "hung-yen/so-giao-duc-dao-tao", [F.total(HYD1, "hung-yen/so-giao-duc-dao-tao")]),
    look(vni("sở tttt cao bằng"), CBD, "cao-bang/so-thong-tin-truyen-thong"),
    q("avg huyeenj CB", { intent: ["average"], status: ["ok"], average: { value: F.round2(F.mean(CBH, "total")), printed: false } }),
  ],
  national: [
    q("BN hạng mấy cả nước 2022", { intent: ["rank"], status: ["ok"], first: [nat("bac-ninh")] }),
    q("tỉnh nào DTI cao nhất cả nước", { intent: ["top"], status: ["ok"], matchCount: 1, first: [nat("da-nang")] }),
    q("top 3 tỉnh cả nước", { intent: ["top"], status: ["ok"], first: [nat("da-nang"), nat("ho-chi-minh"), nat("quang-ninh")] }),
    q("Cao Bằng đứng thứ mấy toàn quốc", { intent: ["rank"], status: ["ok"], first: [nat("cao-bang")] }),
    q("Hưng Yên xếp thứ mấy trong 63 tỉnh thành", { intent: ["rank"], status: ["ok"], first: [nat("hung-yen")] }),
    q("Thanh Hóa với Yên Bái ai hơn", { intent: ["compare"], status: ["ok"], firstSet: [nat("thanh-hoa"), nat("yen-bai")] }),
    q("Cần Thơ hạ tầng số bao nhiêu", { status: ["ok"], first: [nat("can-tho")], mentions: [F.score(VN, "viet-nam/can-tho", "Hạ tầng số")] }),
    q("bét bảng cả nước", { intent: ["top", "rank"], status: ["ok"], first: [nat("bac-kan")] }),
    q("Bắc Giang toàn quốc hạng?", { intent: ["rank"], status: ["ok"], first: [nat("bac-giang")] }),
  ],
  "follow-up": [
    look(["quế võ?", "còn từ sơn?"], BNH, "bac-ninh/tu-son"),
    q(["top huyện BN", "còn khối sở?"], { intent: ["top"], status: ["ok"], first: [at(BND, ids(BND, 1)[0]!)] }),
    bestOn(["huyện nào an toàn thông tin cao nhất HY", "thấp nhất?"], HYH, ATTT_HY, "asc"),
    look(["Sở Y tế Bắc Ninh hạng mấy", "hạ tầng số?"], BND, "bac-ninh/so-y-te", [F.score(BND, "bac-ninh/so-y-te", "Hạ tầng số")]),
    compare(["Bảo Lạc xếp thứ mấy", "so với Hòa An?"], [[CBH, "cao-bang/bao-lac"], [CBH, "cao-bang/hoa-an"]]),
    q(["Sở Y tế Bắc Giang 2023", "năm 2021 thì sao?"], { status: ["ok"], firstOneOf: [at(BG21D, "bac-giang/so-y-te"), at(BG21PD, "bac-giang/so-y-te")] }),
    countOf(["có bao nhiêu sở BN xếp loại Kém", "còn khối huyện?"], BNH, F.withGrade(BNH, "Kém")),
    q(["trung bình khối sở BN", "khối huyện?"], { intent: ["average"], status: ["ok"], average: { value: F.printedMean(BNH, "total"), printed: true } }),
    single(["top 3 huyện HY", "còn bét?"], HYH, bottomIds(HYH, 1)),
    look(["Quế Võ bao nhiêu điểm", "xếp loại?"], BNH, "bac-ninh/que-vo", [F.row(BNH, "bac-ninh/que-vo").grade!]),
    compare(["Sở Y tế BN", "so với Sở Y tế Cao Bằng?"], [[BND, "bac-ninh/so-y-te"], [CBD, "cao-bang/so-y-te"]]),
    bestOn(["sở nào an toàn thông tin cao nhất HY", "còn khối huyện?"], HYH, ATTT_HY, "desc"),
    q(["trung bình khối huyện HY", "Bắc Ninh thì sao?"], { intent: ["average"], status: ["ok"], average: { value: F.printedMean(BNH, "total"), printed: true } }),
    listOf(["có bao nhiêu huyện HY loại Khá", "liệt kê ra"], HYH, F.withGrade(HYH, "Khá")),
  ],
};

export const FRESH_IT: NaturalQuestion[] = (Object.entries(SET) as [Category, Item[]][]).flatMap(([category, items]) =>
  items.map((item) => ({ category, ...item })),
);
