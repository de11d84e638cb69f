/**
 * The abbreviations civil servants write ("Sở TT&TT", "STTTT", "LĐ-TB&XH", "VP UBND", "BQL các KCN",
 * "TP", "TX", "H.") expanded to the words of the official names. Works on `tokenize` output, so
 * punctuation ("&", "-", ".") has already become word breaks; patterns are compared folded (đ → d),
 * which makes "GDĐT", "gddt" and "GD&ĐT" the same.
 */
import { foldCached as fold } from "./fold-cached.js";
import { tokenize } from "./vietnamese.js";

const RULES: ReadonlyArray<readonly [string[], string]> = [
  [["stttt", "s tt tt", "s tttt"], "sở thông tin và truyền thông"],
  [["tt tt", "tttt", "tt va tt", "ttvtt", "ttvt"], "thông tin và truyền thông"],
  [["sgddt", "s gddt", "s gd dt"], "sở giáo dục và đào tạo"],
  [["gd dt", "gddt", "gd va dt", "gd&dt"], "giáo dục và đào tạo"],
  [["sldtbxh", "s ldtbxh", "s ld tb xh"], "sở lao động thương binh và xã hội"],
  [["ld tb xh", "ldtbxh", "ld tbxh", "ldtb xh", "ld tb va xh", "ld tb&xh"], "lao động thương binh và xã hội"],
  [["skhdt", "s khdt", "s kh dt"], "sở kế hoạch và đầu tư"],
  [["kh dt", "khdt", "kh va dt"], "kế hoạch và đầu tư"],
  [["stnmt", "s tnmt", "s tn mt"], "sở tài nguyên và môi trường"],
  [["tn mt", "tnmt", "tn va mt"], "tài nguyên và môi trường"],
  [["snnptnt", "s nnptnt", "s nn ptnt", "snn", "snnvptnt"], "sở nông nghiệp và phát triển nông thôn"],
  [["nn ptnt", "nnptnt", "nn va ptnt", "nnvptnt"], "nông nghiệp và phát triển nông thôn"],
  [["ptnt"], "phát triển nông thôn"],
  [["svhttdl", "s vhttdl", "s vh tt dl", "s vhtt dl"], "sở văn hóa thể thao và du lịch"],
  [["vh tt dl", "vhttdl", "vhtt dl", "vhtt va dl", "vh tt va dl"], "văn hóa thể thao và du lịch"],
  [["skhcn", "s khcn", "s kh cn"], "sở khoa học và công nghệ"],
  [["kh cn", "khcn", "kh va cn", "khvcn"], "khoa học và công nghệ"],
  [["sgtvt", "s gtvt", "s gt vt"], "sở giao thông vận tải"],
  [["gtvt", "gt vt"], "giao thông vận tải"],
  [["snv"], "sở nội vụ"],
  [["stc"], "sở tài chính"],
  [["syt", "s yt", "so yt"], "sở y tế"],
  [["yt"], "y tế"],
  [["so tp", "s tp"], "sở tư pháp"],
  [["so nv", "s nv"], "sở nội vụ"],
  [["so xd", "s xd"], "sở xây dựng"],
  [["so tc", "s tc"], "sở tài chính"],
  [["stp"], "sở tư pháp"],
  [["sxd"], "sở xây dựng"],
  [["sct", "s ct", "so ct"], "sở công thương"],
  [["sngv", "sng vu"], "sở ngoại vụ"],
  [["vpubnd", "vp ubnd", "vpub"], "văn phòng ubnd"],
  [["vp"], "văn phòng"],
  [["uy ban nhan dan", "uyban nhan dan", "ubnd", "ub nd"], "ubnd"],
  [["bqlkcn", "bql kcn", "bql cac kcn"], "ban quản lý các khu công nghiệp"],
  [["bql"], "ban quản lý"],
  [["kcn"], "khu công nghiệp"],
  [["kkt"], "khu kinh tế"],
  [["attp"], "an toàn thực phẩm"],
  [["tp", "t p"], "thành phố"],
  [["tx"], "thị xã"],
  [["h"], "huyện"],
  [["hdnd"], "hội đồng nhân dân"],
  [["dh"], "đại học"],
  [["dbqh"], "đại biểu quốc hội"],
  [["attt", "at tt", "attt m", "atttm"], "an toàn thông tin"],
  [["cntt"], "công nghệ thông tin"],
  [["cds"], "chuyển đổi số"],
  [["cqs"], "chính quyền số"],
  [["ktso", "kts"], "kinh tế số"],
  [["xhs"], "xã hội số"],
  [["dvc"], "dịch vụ công"],
  [["ttdt"], "thông tin điện tử"],
  [["ctttdt", "cong ttdt"], "cổng thông tin điện tử"],
  [["gd"], "giáo dục và đào tạo"],
  [["nn mt", "nnmt", "nn va mt", "nn&mt"], "nông nghiệp và môi trường"],
  [["nn"], "nông nghiệp"],
  [["cq"], "cơ quan"],
  // Chat shorthand: "bn điểm", "xh thứ mấy", "đc mấy điểm", "ko", "ntn".
  [["tinh bn"], "tỉnh bắc ninh"],
  [["bnhieu", "bao nhiu", "bnh"], "bao nhiêu"],
  [["xh"], "xếp hạng"],
  [["dc"], "được"],
  [["ko", "k", "hok", "hk", "kh", "khg"], "không"],
  [["j"], "gì"],
  [["ntn"], "như thế nào"],
  [["mn"], "mọi người"],
  [["trc"], "trước"],
];

interface Rule {
  pattern: string[];
  expansion: string[];
}

const COMPILED: Rule[] = RULES.flatMap(([patterns, expansion]) =>
  patterns.map((p) => ({ pattern: p.split(" ").map(fold), expansion: tokenize(expansion) })),
).sort((a, b) => b.pattern.length - a.pattern.length);

const BY_FIRST = new Map<string, Rule[]>();
for (const r of COMPILED) {
  const first = r.pattern[0]!;
  const list = BY_FIRST.get(first) ?? [];
  list.push(r);
  BY_FIRST.set(first, list);
}

/**
 * "bn" is "bao nhiêu" beside what is counted or asked ("bn điểm", "thứ bn", "điểm bn") and otherwise
 * the initials of Bắc Ninh ("Sở Y tế BN"), which the question reader resolves with the provinces held.
 */
const HOW_MANY_AFTER = new Set(["diem", "d", "don", "dv", "bac", "phan", "nguoi"]);
const HOW_MANY_BEFORE = new Set(["thu", "hang", "duoc", "dat", "co", "la", "diem", "xep", "dung"]);
const BAO_NHIEU = tokenize("bao nhiêu");

function howMany(folded: readonly string[], i: number): boolean {
  return folded[i] === "bn" && (HOW_MANY_AFTER.has(folded[i + 1] ?? "") || HOW_MANY_BEFORE.has(folded[i - 1] ?? ""));
}

/**
 * Replace every abbreviation in a token list (longest pattern first). Tokens are in `tokenize` form;
 * the expansion is too.
 */
export function expandAbbreviations(tokens: readonly string[]): string[] {
  const folded = tokens.map(fold);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (howMany(folded, i)) {
      out.push(...BAO_NHIEU);
      i += 1;
      continue;
    }
    const rules = BY_FIRST.get(folded[i]!);
    const hit = rules?.find((r) => r.pattern.every((p, j) => folded[i + j] === p));
    if (hit) {
      out.push(...hit.expansion);
      i += hit.pattern.length;
    } else {
      out.push(tokens[i]!);
      i += 1;
    }
  }
  return out;
}
