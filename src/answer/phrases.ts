/**
 * The words that carry a question's intent, slots and English vocabulary. Phrases are written with
 * diacritics; a token typed with diacritics must match exactly ("tăng" is not "tầng"), a token typed
 * without them matches by its folded form.
 */
import type { Block, IndexKind } from "../domain/dataset.js";
import type { QuestionKind } from "./types.js";

export type PhraseKind = Exclude<QuestionKind, "unknown" | "help"> | "help" | "followup" | "filler";

export const INTENT_PHRASES: ReadonlyArray<readonly [PhraseKind, readonly string[]]> = [
  ["help", ["help", "trợ giúp", "hướng dẫn", "giúp đỡ", "cách dùng", "cách hỏi", "hỏi gì", "làm được gì", "start", "menu", "what can you do", "how to use", "commands"]],
  [
    "trend",
    [
      "tăng hay giảm", "tăng hay là giảm", "giảm hay tăng", "lên hay xuống", "tăng giảm", "thay đổi", "thay đổi thế nào", "tiến bộ",
      "cải thiện", "xu hướng", "biến động", "qua các năm", "qua từng năm", "các năm", "so với năm trước", "so với năm ngoái",
      "tụt hạng", "lên hạng", "tăng hạng", "giảm hạng", "tăng", "giảm", "trend", "trends", "change", "changed", "changes",
      "improve", "improved", "progress", "over time", "over the years", "year over year", "history",
    ],
  ],
  ["compare", ["so sánh", "so với", "đối chiếu", "versus", "vs", "compare", "compared to", "compared with", "comparison"]],
  [
    "bottom",
    [
      "đứng cuối", "xếp cuối", "cuối bảng", "cuối cùng", "thấp nhất", "kém nhất", "tệ nhất", "bét", "đội sổ", "chót",
      "bottom", "worst", "lowest", "last", "cuối",
    ],
  ],
  [
    "top",
    [
      "đứng đầu", "dẫn đầu", "xếp đầu", "cao nhất", "tốt nhất", "hàng đầu", "đầu bảng", "nhất", "top", "best", "highest",
      "leading", "leaders", "bảng xếp hạng", "danh sách", "xếp hạng các", "thứ hạng các", "ranking of", "list", "rankings",
    ],
  ],
  ["grade", ["xếp loại gì", "xếp loại", "loại gì", "loại nào", "mức nào", "đạt loại", "được loại", "grade", "graded", "classification", "classified", "category"]],
  [
    "score",
    [
      "bao nhiêu điểm", "được bao nhiêu điểm", "mấy điểm", "điểm số", "tổng điểm", "điểm", "chỉ số bao nhiêu", "score", "scores",
      "scored", "points", "how many points", "total",
    ],
  ],
  [
    "rank",
    [
      "xếp thứ mấy", "xếp thứ bao nhiêu", "đứng thứ mấy", "đứng thứ bao nhiêu", "đứng thứ", "xếp thứ", "thứ mấy", "thứ bao nhiêu",
      "hạng mấy", "hạng bao nhiêu", "thứ hạng", "xếp hạng", "hạng", "vị trí", "ở đâu", "thế nào", "ra sao", "như thế nào",
      "what rank", "which rank", "rank", "ranked", "ranking", "position", "place", "where does", "where is", "how did", "how is",
    ],
  ],
  ["overview", ["tổng quan", "tổng hợp", "toàn cảnh", "tình hình", "kết quả", "overview", "summary", "results", "result"]],
  ["followup", ["còn", "thế còn", "vậy còn", "thì sao", "thì thế nào", "thì như thế nào", "what about", "how about", "and"]],
  [
    "filler",
    [
      "tỉnh", "của", "ơi", "bot", "cho", "mình", "tôi", "tớ", "em", "anh", "chị", "ạ", "nhé", "nhỉ", "với", "thế", "nào", "vậy", "là",
      "được", "xem", "hỏi", "biết", "muốn", "trong", "không", "có", "gì", "sao", "ra", "ai", "đơn vị", "cơ quan", "hiện", "nay",
      "thuộc", "bạn", "chỉ số", "dti", "chuyển đổi số", "mức độ", "đánh giá", "năm", "ở", "đâu", "đạt", "bao nhiêu", "mấy",
      "the", "of", "is", "was", "what", "which", "how", "did", "does", "do", "in", "for", "a", "an", "s", "me", "show", "tell",
      "about", "please", "its", "their", "has", "have", "get", "got", "index", "digital", "transformation", "year", "on", "at",
      "to", "by", "and", "from", "vietnam", "việt nam", "province", "with",
    ],
  ],
];

/** English unit vocabulary → the Vietnamese words of the official names. */
export const ENGLISH_UNITS: ReadonlyArray<readonly [string, string]> = [
  ["department of health", "sở y tế"],
  ["health department", "sở y tế"],
  ["health", "y tế"],
  ["finance", "tài chính"],
  ["education and training", "giáo dục và đào tạo"],
  ["education", "giáo dục và đào tạo"],
  ["justice", "tư pháp"],
  ["construction", "xây dựng"],
  ["home affairs", "nội vụ"],
  ["interior", "nội vụ"],
  ["industry and trade", "công thương"],
  ["industry", "công thương"],
  ["trade", "công thương"],
  ["transport", "giao thông vận tải"],
  ["transportation", "giao thông vận tải"],
  ["natural resources and environment", "tài nguyên và môi trường"],
  ["natural resources", "tài nguyên và môi trường"],
  ["environment", "tài nguyên và môi trường"],
  ["agriculture and rural development", "nông nghiệp và phát triển nông thôn"],
  ["agriculture", "nông nghiệp và phát triển nông thôn"],
  ["science and technology", "khoa học và công nghệ"],
  ["science", "khoa học và công nghệ"],
  ["information and communications", "thông tin và truyền thông"],
  ["information and communication", "thông tin và truyền thông"],
  ["planning and investment", "kế hoạch và đầu tư"],
  ["planning", "kế hoạch và đầu tư"],
  ["investment", "kế hoạch và đầu tư"],
  ["labour invalids and social affairs", "lao động thương binh và xã hội"],
  ["labor invalids and social affairs", "lao động thương binh và xã hội"],
  ["labour", "lao động thương binh và xã hội"],
  ["labor", "lao động thương binh và xã hội"],
  ["culture sports and tourism", "văn hóa thể thao và du lịch"],
  ["culture", "văn hóa thể thao và du lịch"],
  ["tourism", "văn hóa thể thao và du lịch"],
  ["foreign affairs", "ngoại vụ"],
  ["inspectorate", "thanh tra"],
  ["ethnic affairs", "ban dân tộc"],
  ["ethnic minorities", "ban dân tộc"],
  ["ethnic", "ban dân tộc"],
  ["office of the people s committee", "văn phòng ubnd"],
  ["people s committee office", "văn phòng ubnd"],
  ["people s committee", "ubnd"],
  ["industrial zones", "ban quản lý các khu công nghiệp"],
  ["industrial parks", "ban quản lý các khu công nghiệp"],
  ["economic zone", "ban quản lý khu kinh tế"],
  ["food safety", "an toàn thực phẩm"],
  ["department", "sở"],
  ["departments", "sở"],
  ["dept", "sở"],
  ["district", "huyện"],
  ["districts", "huyện"],
];

/** Words that mark a question as English when the text has no Vietnamese letters. */
export const ENGLISH_WORDS = new Set(
  [
    "what", "which", "how", "rank", "ranked", "ranking", "department", "departments", "district", "districts", "score", "grade",
    "compare", "the", "is", "of", "did", "does", "health", "finance", "top", "best", "worst", "trend", "overview", "help", "show",
    "position", "place", "points", "city", "province", "where", "versus", "and", "in", "education", "who", "lowest", "highest",
    "last", "bottom", "change", "improve", "about", "tell", "me", "security", "awareness", "infrastructure",
  ],
);

/** The components people ask about; `keys` find the printed column in an entry, tried in order. */
export interface ComponentConcept {
  id: string;
  phrases: string[];
  keys: string[];
}

export const COMPONENT_CONCEPTS: readonly ComponentConcept[] = [
  { id: "awareness", phrases: ["nhận thức số", "nhận thức", "digital awareness", "awareness"], keys: ["nhan thuc"] },
  { id: "institutions", phrases: ["thể chế số", "thể chế", "digital institutions", "institutions", "institutional"], keys: ["the che", "moi truong chinh sach"] },
  { id: "policy", phrases: ["môi trường chính sách", "chính sách", "policy environment", "policy"], keys: ["moi truong chinh sach", "the che"] },
  { id: "tech_infra", phrases: ["hạ tầng kỹ thuật", "technical infrastructure"], keys: ["ha tang ky thuat", "ha tang so"] },
  { id: "infrastructure", phrases: ["hạ tầng số", "hạ tầng", "digital infrastructure", "infrastructure"], keys: ["ha tang so", "ha tang ky thuat"] },
  { id: "human_infra", phrases: ["hạ tầng nhân lực"], keys: ["ha tang nhan luc", "nhan luc"] },
  { id: "human", phrases: ["nhân lực số", "nhân lực", "nguồn nhân lực", "human resources", "workforce", "staff"], keys: ["nhan luc"] },
  {
    id: "security",
    phrases: ["an toàn thông tin mạng", "an toàn thông tin", "an toàn an ninh thông tin", "an ninh thông tin", "an ninh mạng", "bảo mật", "information security", "cybersecurity", "cyber security", "security"],
    keys: ["an toan thong tin", "an ninh thong tin", "an toan"],
  },
  { id: "government", phrases: ["hoạt động chính quyền số", "chính quyền số", "digital government", "e government"], keys: ["chinh quyen so"] },
  { id: "dx_activity", phrases: ["hoạt động chuyển đổi số", "digital transformation activities"], keys: ["hoat dong chuyen doi so"] },
  { id: "economy", phrases: ["hoạt động kinh tế số", "kinh tế số", "digital economy"], keys: ["kinh te so"] },
  { id: "society", phrases: ["hoạt động xã hội số", "xã hội số", "digital society"], keys: ["xa hoi so"] },
  { id: "internal", phrases: ["ứng dụng nội bộ", "internal applications", "internal use"], keys: ["ung dung noi bo"] },
  { id: "citizens", phrases: ["phục vụ người dân", "phục vụ dân", "phục vụ dân và doanh nghiệp", "services to citizens"], keys: ["phuc vu dan"] },
  { id: "commune", phrases: ["cấp xã", "ứng dụng cntt tại cấp xã", "commune level"], keys: ["cap xa"] },
];

export const INDEX_PHRASES: ReadonlyArray<readonly [IndexKind, readonly string[]]> = [
  ["PORTAL", ["cổng thông tin điện tử", "cổng thông tin", "cổng ttđt", "cổng", "trang thông tin", "website", "portal", "web portal", "e portal"]],
  ["ICT", ["ứng dụng công nghệ thông tin", "ứng dụng cntt", "công nghệ thông tin", "ict", "it application", "ứng dụng"]],
];

export const BLOCK_PHRASES: ReadonlyArray<readonly [Block, readonly string[]]> = [
  ["departments_without_public_services", ["không có dịch vụ công", "without public services"]],
  ["departments_with_public_services", ["có dịch vụ công", "with public services"]],
  ["districts", ["huyện", "thị xã", "thành phố", "cấp huyện", "địa phương", "districts", "district", "localities", "khối huyện"]],
  ["departments", ["sở", "ban ngành", "sở ngành", "khối sở", "cấp sở", "cơ quan", "departments", "department", "sở ban ngành"]],
];
