/**
 * The words that carry a question's intent, slots and English vocabulary. Phrases are written with
 * diacritics; a token typed with diacritics must match exactly ("tăng" is not "tầng"), a token typed
 * without them matches by its folded form.
 */
import type { IndexKind } from "../domain/dataset.js";
import type { ScopeBlock } from "./query.js";

/**
 * What a phrase says about the question. Most name an operation or a measure; `superlative` and
 * `listing` are the two ways of asking for an ordering ("huyện nào cao nhất" asks for one unit, "top
 * huyện" for several); `above_average`/`below_average` are filters; the small-talk kinds answer
 * themselves when nothing else is asked.
 */
export type PhraseKind =
  | "help"
  | "trend"
  | "rise"
  | "fall"
  | "compare"
  | "bottom"
  | "top"
  | "listing"
  | "order"
  | "ascending"
  | "grade"
  | "score"
  | "rank"
  | "overview"
  | "count"
  | "average"
  | "above_average"
  | "below_average"
  | "national"
  | "unranked"
  | "full_marks"
  | "greeting"
  | "thanks"
  | "smalltalk"
  | "today"
  | "merged_with"
  | "followup"
  | "add"
  | "filler";

export const INTENT_PHRASES: ReadonlyArray<readonly [PhraseKind, readonly string[]]> = [
  ["help", ["help", "help me", "giúp em", "giúp mình", "giúp tôi", "giúp với", "trợ giúp", "hướng dẫn", "giúp đỡ", "cách dùng", "cách hỏi", "hỏi gì", "làm được gì", "start", "menu", "what can you do", "how to use", "commands"]],
  [
    "trend",
    [
      "khác nhau", "khác nhau ra sao", "khác biệt", "khác gì", "difference", "differences", "differ",
      "tăng hay giảm", "tăng hay là giảm", "giảm hay tăng", "lên hay xuống", "tăng giảm", "thay đổi", "thay đổi thế nào",
      "xu hướng", "biến động", "qua các năm", "qua từng năm", "các năm", "so với năm trước", "so với năm ngoái",
      "mấy năm qua", "mấy năm", "những năm gần đây", "các năm gần đây", "mấy năm gần đây", "in recent years", "over the past years",
      "diễn biến", "lịch sử", "lịch sử xếp hạng", "quá trình", "các năm qua", "những năm qua", "trend", "trends", "change",
      "changed", "changes", "progress", "over time", "over the years", "year over year", "history", "thứ hạng thay đổi",
      "rank change", "ranking change",
    ],
  ],
  // Trend words with a direction: with a superlative they order units by how far they moved.
  [
    "rise",
    [
      "lên hạng", "tăng hạng", "thăng hạng", "tăng bậc", "lên bậc", "tăng", "tiến bộ", "cải thiện", "vươn lên", "bứt phá",
      "improve", "improved", "improvement", "improving", "rose", "rise", "risen", "climbed", "climb", "gained", "moved up", "went up",
    ],
  ],
  [
    "fall",
    [
      "tụt hạng", "giảm hạng", "xuống hạng", "rớt hạng", "tụt bậc", "giảm bậc", "tụt", "giảm", "sụt giảm", "đi xuống", "sa sút",
      "dropped", "drop", "fell", "fall", "fallen", "declined", "decline", "slipped", "went down", "moved down", "lost ground",
    ],
  ],
  [
    "compare",
    [
      "so sánh", "so với", "đối chiếu", "versus", "vs", "compare", "compared to", "compared with", "comparison", "ai hơn", "ai cao hơn",
      "ai tốt hơn", "ai thấp hơn", "trên hay dưới", "cao hay thấp", "hơn hay thua", "above or below", "higher or lower",
      "chênh lệch", "chênh nhau", "cách nhau", "khoảng cách", "gap between", "difference between", "ai kém hơn", "ai xếp trên", "ai đứng trên", "bên nào hơn", "đơn vị nào hơn", "nào cao hơn",
      "nào hơn", "cao hơn", "thấp hơn", "hơn hay kém", "which is better", "who is better", "who ranks higher", "better", "higher",
      "who is ahead", "ahead", "hơn",
    ],
  ],
  [
    "bottom",
    [
      "đứng cuối", "xếp cuối", "cuối bảng", "cuối cùng", "cuối bảng xếp hạng", "đứng cuối bảng xếp hạng", "bét bảng xếp hạng", "thấp nhất", "kém nhất", "tệ nhất", "bét", "đội sổ", "chót", "bét bảng",
      "yếu nhất", "ít điểm nhất", "bottom", "worst", "lowest", "last", "cuối", "least", "weakest", "came last", "ranked last",
    ],
  ],
  [
    "top",
    [
      "đứng đầu", "dẫn đầu", "xếp đầu", "đầu bảng xếp hạng", "đứng đầu bảng xếp hạng", "dẫn đầu bảng xếp hạng", "cao nhất", "tốt nhất", "hàng đầu", "đầu bảng", "nhất", "best", "highest", "leading",
      "leader", "leads", "first", "came first", "ranked first", "number one", "top ranked", "nhiều điểm nhất", "mạnh nhất",
      "xuất sắc nhất", "giỏi nhất", "đứng số 1", "số 1", "số một", "quán quân", "the most", "most", "biggest", "largest", "greatest", "strongest", "topped", "tops", "came top", "top spot",
      "nào đầu", "ai đầu", "đầu tiên", "number 1", "no 1",
    ],
  ],
  ["listing", ["top", "leaders", "bảng xếp hạng", "xếp hạng các", "thứ hạng các", "ranking of", "rankings", "ranking list"]],
  [
    "order",
    [
      "danh sách", "liệt kê", "kể tên", "nêu tên", "kể ra", "list", "list all", "xếp theo", "sắp xếp", "giảm dần", "sort", "order", "theo thứ tự", "xếp hạng theo",
      "sort by", "sorted by", "order by", "ordered by", "ranked by", "rank by", "all units", "tất cả", "toàn bộ",
    ],
  ],
  ["ascending", ["từ thấp đến cao", "thấp đến cao", "tăng dần", "từ dưới lên", "ascending", "lowest first", "from lowest", "from the bottom"]],
  [
    "count",
    [
      "có bao nhiêu", "có mấy", "số lượng", "tổng số", "đếm", "bao nhiêu đơn vị", "how many", "number of", "count", "how much units",
      "số đơn vị",
    ],
  ],
  ["average", ["trung bình", "bình quân", "điểm trung bình", "average", "mean", "avg", "the average", "tb", "điểm tb"]],
  [
    "above_average",
    [
      "trên trung bình", "trên mức trung bình", "cao hơn trung bình", "cao hơn mức trung bình", "hơn trung bình", "vượt trung bình",
      "trên điểm trung bình", "cao hơn điểm trung bình", "vượt mức trung bình", "trên mức đó", "cao hơn mức đó", "hơn mức đó",
      "trên mức này", "cao hơn mức này", "vượt mức đó", "above that", "higher than that", "more than that", "above average", "above the average", "better than average",
      "higher than average", "above the block average", "higher than the average", "better than the average", "over average",
    ],
  ],
  [
    "below_average",
    [
      "dưới trung bình", "dưới mức trung bình", "thấp hơn trung bình", "thấp hơn mức trung bình", "kém hơn trung bình", "dưới điểm trung bình",
      "thấp hơn điểm trung bình", "dưới mức đó", "thấp hơn mức đó", "kém hơn mức đó", "dưới mức này", "thấp hơn mức này",
      "below that", "lower than that", "less than that", "below average", "below the average", "lower than average", "worse than average", "under average",
      "below the block average", "lower than the average", "worse than the average",
    ],
  ],
  [
    "national",
    [
      "cả nước", "toàn quốc", "quốc gia", "trên cả nước", "trong cả nước", "toàn quốc gia", "63 tỉnh", "63 tỉnh thành", "các tỉnh thành",
      "trong nước", "national", "nationwide", "nationally", "country", "in the country", "across the country", "tỉnh nào", "tỉnh thành",
      "các tỉnh", "những tỉnh", "mấy tỉnh", "bao nhiêu tỉnh", "which province", "tỉnh thành phố", "provinces", "province ranking",
      "cấp tỉnh", "provincial ranking", "provincial dti", "provincial index", "vietnam provincial", "provinces ranking",
      "bảng toàn quốc", "bảng cả nước",
    ],
  ],
  ["full_marks", ["điểm tối đa", "đạt tối đa", "tối đa", "điểm tuyệt đối", "tuyệt đối", "trọn điểm", "full marks", "full score", "maximum score", "perfect score", "max score"]],
  [
    "unranked",
    [
      "không được đánh giá", "không được xếp hạng", "chưa được đánh giá", "chưa được xếp hạng", "không đánh giá", "không xếp hạng",
      "không tham gia đánh giá", "bị loại", "not evaluated", "not ranked", "unranked", "not assessed", "were not assessed", "was not assessed",
      "without a rank", "left out",
    ],
  ],
  [
    "greeting",
    [
      "bot ơi", "ad ơi", "admin ơi", "ơi", "xin chào", "chào", "chào bạn", "chào bot", "chào buổi sáng", "chào buổi chiều", "chào buổi tối", "hello", "hi", "hey", "helo",
      "hế lô", "alo", "good morning", "good afternoon", "good evening", "greetings", "yo",
    ],
  ],
  ["thanks", ["cảm ơn", "cám ơn", "cảm ơn nhiều", "cảm ơn bạn", "thanks", "thank you", "thank", "thx", "tks", "many thanks", "cảm ơn nhé", "thanks a lot", "thank you so much", "cảm ơn rất nhiều", "ok cảm ơn"]],
  [
    "smalltalk",
    [
      "chúc bạn", "chúc bot", "chúc", "hỏi thêm", "hỏi thêm chút", "cho hỏi thêm", "hỏi chút", "hỏi tí", "hỏi cái", "một ngày tốt lành", "ngày tốt lành", "tốt lành", "have a nice day", "have a good day", "chúc mừng",
      "bạn là ai", "bạn tên gì", "bạn khỏe không", "khỏe không", "who are you", "how are you", "tạm biệt", "bye", "goodbye", "ok", "oke",
      "okay", "tuyệt", "tuyệt vời", "tên gì", "tên là gì", "bạn tên là gì", "your name", "what is your name", "what s your name", "hay quá", "great", "cool", "nice", "được rồi", "hiểu rồi", "good job", "giỏi quá", "haha", "hihi",
    ],
  ],
  ["grade", ["xếp loại gì", "xếp loại", "loại gì", "loại nào", "mức nào", "thuộc nhóm nào", "nhóm nào", "thuộc loại nào", "thuộc mức nào", "đạt loại", "được loại", "grade", "graded", "classification", "classified", "category"]],
  [
    "score",
    [
      "bao nhiêu điểm", "được bao nhiêu điểm", "có bao nhiêu điểm", "có mấy điểm", "mấy điểm", "điểm số", "tổng điểm", "điểm",
      "chỉ số bao nhiêu", "score", "scores", "scored", "scoring", "points", "how many points", "total", "bao nhiêu", "how much",
    ],
  ],
  [
    "rank",
    [
      "xếp thứ mấy", "xếp thứ bao nhiêu", "đứng thứ mấy", "đứng thứ bao nhiêu", "đứng thứ", "xếp thứ", "thứ mấy", "thứ bao nhiêu",
      "hạng mấy", "hạng bao nhiêu", "thứ hạng", "xếp hạng", "hạng", "vị trí", "ở đâu", "thế nào", "ra sao", "như thế nào",
      "what rank", "which rank", "rank", "ranked", "ranking", "position", "place", "where does", "where is", "standing", "ranks",
      "stand", "stands", "placed",
    ],
  ],
  [
    "overview",
    [
      "tổng quan", "tổng hợp", "toàn cảnh", "tình hình", "kết quả", "overview", "summary", "results", "result", "tóm tắt", "tóm lại",
      "có gì nổi bật", "nổi bật", "điểm nổi bật", "đáng chú ý", "bức tranh", "how is", "how are", "how did", "doing", "summarize",
      "summarise", "highlights", "rundown", "quick rundown", "run down", "recap", "snapshot", "brief me", "briefing", "stands out", "stand out", "standouts", "notable", "what s notable", "key findings", "tình hình chung", "khái quát", "nhìn chung", "tổng kết", "báo cáo", "report",
    ],
  ],
  // "Sở Tài chính (đã hợp nhất Sở KH&ĐT)": the department as it is since the merger; the words after name a predecessor
  ["merged_with", ["đã hợp nhất", "đã sáp nhập", "đã nhập", "hợp nhất với", "sáp nhập với", "nhập với", "gộp với", "đã gộp", "merged with", "after merging with", "which absorbed", "absorbed"]],
  ["today", ["sau sáp nhập", "sau hợp nhất", "sau khi sáp nhập", "sau khi hợp nhất", "hiện nay", "bây giờ", "mới", "now", "today", "after the merger", "after merging", "new"]],
  ["followup", ["còn", "thế còn", "vậy còn", "thì sao", "thì thế nào", "thì như thế nào", "what about", "how about", "and"]],
  // "thêm Tiên Du nữa", "add Tu Son": one more unit for the comparison just made
  ["add", ["thêm", "thêm cả", "cho thêm", "bổ sung", "add", "also add", "include", "plus"]],
  [
    "filler",
    [
      "tỉnh", "của", "ơi", "bot", "cho", "mình", "tôi", "tớ", "em", "anh", "chị", "ạ", "nhé", "nhỉ", "với", "thế", "nào", "vậy", "là",
      "được", "xem", "hỏi", "biết", "muốn", "trong", "không", "có", "gì", "sao", "ra", "ai", "đơn vị", "cơ quan", "hiện", "nay",
      "thuộc", "bạn", "chỉ số", "dti", "chuyển đổi số", "mức độ", "đánh giá", "năm", "ở", "đâu", "đạt", "bao nhiêu", "mấy",
      "the", "of", "is", "was", "what", "which", "how", "did", "does", "do", "in", "for", "a", "an", "s", "me", "show", "tell",
      "about", "please", "its", "their", "has", "have", "get", "got", "index", "digital", "transformation", "year", "on", "at",
      "to", "by", "and", "from", "vietnam", "việt nam", "province", "with", "khối", "trong khối", "là ai", "đâu", "came", "đứng",
      "are", "were", "be", "been", "there", "many", "nó", "được xếp hạng", "xếp hạng được", "ranked units", "nhỉ", "đơn vị nào",
      "thế nào rồi", "những", "các", "theo", "về", "mặt", "lĩnh vực", "tiêu chí", "chỉ số thành phần", "component", "on the",
      "toàn tỉnh", "cả tỉnh", "trong tỉnh", "của tỉnh", "in the province", "bị", "hả", "vậy", "nhé", "giúp", "giùm", "hộ",
      "xếp", "who", "among", "whom", "within", "department s", "district s", "ad", "admin", "mọi người", "cả nhà", "ơi", "dạ",
      "vâng", "à", "ừ", "nhé ạ", "với ạ", "được không", "không ạ", "cho hỏi", "cho em hỏi", "cho mình hỏi", "cho tôi hỏi",
      "làm ơn", "xin hỏi", "tra cứu", "tra giúp", "kiểm tra", "nhờ", "hey bot", "could you", "can you", "i want to know",
      "i d like to know", "do you know", "know", "please tell me", "thì", "rồi", "lại", "nữa", "it", "this", "that", "them", "those",
      "these", "đó", "này", "kia", "ấy", "người", "xin", "cho xin", "chung", "one", "ones", "đơn vị đó", "đơn vị này", "bảng",
      "sau rà soát", "sau thẩm định", "rà soát", "thẩm định", "after review", "reviewed", "sếp", "gấp", "cần gấp", "đang cần", "nhanh",
      "tự đánh giá", "tự chấm", "tự khai", "tự khai báo", "khai báo", "self declared", "self assessed", "self assessment",
      "trong bảng", "mới nhất", "gần nhất", "gần đây nhất", "năm nay", "hiện tại", "latest", "most recent", "this year", "current",

    ],
  ],
];

/** English unit vocabulary → the Vietnamese words of the official names. */
export const ENGLISH_UNITS: ReadonlyArray<readonly [string, string]> = [
  // the acronyms of provincial departments in donor and press English (DOHA, DPI, DONRE, DIC…)
  ["doh", "sở y tế"],
  ["dof", "sở tài chính"],
  ["doj", "sở tư pháp"],
  ["doha", "sở nội vụ"],
  ["doit", "sở công thương"],
  ["moit", "bộ công thương"],
  ["dic", "sở thông tin và truyền thông"],
  ["doic", "sở thông tin và truyền thông"],
  ["dpi", "sở kế hoạch và đầu tư"],
  ["donre", "sở tài nguyên và môi trường"],
  ["dard", "sở nông nghiệp và phát triển nông thôn"],
  ["dost", "sở khoa học và công nghệ"],
  ["doet", "sở giáo dục và đào tạo"],
  ["dolisa", "sở lao động thương binh và xã hội"],
  ["docst", "sở văn hóa thể thao và du lịch"],
  ["dcst", "sở văn hóa thể thao và du lịch"],
  ["dofa", "sở ngoại vụ"],
  ["ministry of", "bộ"],
  ["ministry", "bộ"],
  ["agriculture and environment", "nông nghiệp và môi trường"],
  ["agriculture and the environment", "nông nghiệp và môi trường"],
  ["ethnic and religious affairs", "dân tộc và tôn giáo"],
  ["ethnic minorities and religions", "dân tộc và tôn giáo"],
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
  ["office of the provincial people s committee", "văn phòng ubnd tỉnh"],
  ["provincial people s committee office", "văn phòng ubnd tỉnh"],
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

/** Words that mark a question as English when the text has no Vietnamese letters (and every word of ENGLISH_UNITS). */
export const ENGLISH_WORDS = new Set(
  [
    ...ENGLISH_UNITS.flatMap(([en]) => en.split(" ")).filter((w) => w.length > 2),
    "people", "committee", "office", "town", "stand", "stands", "lot", "please", "can", "could", "would", "your", "my", "rated",
    "ranking", "standing", "overview", "summary", "what's", "whats", "who's", "scored", "points", "provincial", "departments",
    "what", "which", "how", "rank", "ranked", "ranking", "department", "departments", "district", "districts", "score", "grade",
    "compare", "the", "is", "of", "did", "does", "health", "finance", "top", "best", "worst", "trend", "overview", "help", "show",
    "position", "place", "points", "city", "province", "where", "versus", "and", "in", "education", "who", "lowest", "highest",
    "last", "bottom", "change", "improve", "about", "tell", "me", "security", "awareness", "infrastructure", "many", "average",
    "count", "hello", "hi", "thanks", "thank", "you", "first", "list", "above", "below", "came", "doing", "provinces", "ministry",
    "ministries", "national", "country", "or", "vs", "versus", "scored", "lowest", "graded", "good", "excellent", "are", "were",
    "better", "worse", "than", "higher", "lower", "got", "get", "ranks", "nationally", "morning", "much", "ahead", "behind", "fair",
    "between", "all", "show", "give", "whose", "where", "when", "score", "scores", "points", "rated", "bye", "there", "now",
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
  {
    id: "government",
    phrases: ["hoạt động chính quyền số", "chính quyền số", "chính quyền điện tử", "digital government", "e government", "egovernment"],
    keys: ["chinh quyen so"],
  },
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

/** Grades as the decisions print them, and the ways people ask for one ("đạt loại tốt", "graded good"). */
export const GRADE_PHRASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Xuất sắc", ["xuất sắc", "loại xuất sắc", "xếp loại xuất sắc", "đạt loại xuất sắc", "đạt xuất sắc", "mức xuất sắc", "excellent", "graded excellent", "rated excellent"]],
  ["Tốt", ["tốt", "loại tốt", "xếp loại tốt", "đạt loại tốt", "đạt tốt", "mức tốt", "good", "graded good", "rated good"]],
  ["Khá", ["khá", "loại khá", "xếp loại khá", "đạt loại khá", "đạt khá", "mức khá", "fairly good", "fair", "graded fair", "graded fairly good"]],
  ["Trung bình", ["loại trung bình", "xếp loại trung bình", "đạt loại trung bình", "đạt trung bình", "graded average", "average grade", "rated average", "rated as average", "an average grade", "trung bình grade", "grade trung bình", "graded trung bình", "rated trung bình"]],
  ["Yếu", ["yếu", "loại yếu", "xếp loại yếu", "weak", "graded weak"]],
  ["Kém", ["kém", "loại kém", "xếp loại kém", "poor", "graded poor"]],
];

/** Words before a number that make it a threshold: "trên 800 điểm", "dưới 0,5", "at least 700". */
export const THRESHOLD_PHRASES: ReadonlyArray<readonly ["above" | "below", readonly string[]]> = [
  ["above", ["vượt mốc", "vượt ngưỡng", "trên mốc", "trên ngưỡng", "trên mức", "từ mức", "trên", "hơn", "cao hơn", "lớn hơn", "nhiều hơn", "vượt", "vượt quá", "từ", "ít nhất", "tối thiểu", "không dưới", "above", "over", "more than", "at least", "greater than", "higher than", "exceeding"]],
  ["below", ["dưới mốc", "dưới ngưỡng", "dưới mức", "chưa tới mức", "dưới", "thấp hơn", "nhỏ hơn", "ít hơn", "kém hơn", "không quá", "tối đa", "chưa đến", "chưa tới", "below", "under", "less than", "lower than", "at most", "fewer than"]],
];

/** Ordinal words after "thứ" ("đứng thứ ba"); "năm" counts only when no year follows it. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  nhat: 1, nhi: 2, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/** English number words: how many to take wherever they stand ("top three", "five lowest"). */
export const ENGLISH_NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Number words before a block noun ("ba huyện đứng đầu"): how many to take. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, ...ENGLISH_NUMBERS };

/** Where a unit stands against another: "đứng sau Quế Võ", "ngay trên Sở Y tế"; `next` = the one place only. */
export const RELATIVE_PHRASES: ReadonlyArray<readonly [{ direction: "above" | "below"; next: boolean }, readonly string[]]> = [
  [
    { direction: "above", next: true },
    ["ngay trên", "đứng ngay trên", "xếp ngay trên", "liền trên", "liền trước", "kề trên", "đứng kề trên", "sát trên", "đứng sát trên", "ngay trước", "đứng ngay trước", "right above", "just above", "immediately above", "right ahead of", "just ahead of", "one place above"],
  ],
  [
    { direction: "below", next: true },
    [
      "ngay sau", "đứng ngay sau", "xếp ngay sau", "liền sau", "kề dưới", "đứng kề dưới", "kề sau", "sát dưới", "sát sau", "đứng sát sau", "ngay dưới", "đứng ngay dưới", "xếp ngay dưới", "right below", "just below",
      "immediately below", "right behind", "just behind", "right after", "just after", "next after", "one place below",
    ],
  ],
  [{ direction: "above", next: false }, ["đứng trên", "xếp trên", "xếp hạng trên", "đứng trước", "xếp trước", "ranked above", "ranked higher than", "ahead of", "above"]],
  [{ direction: "below", next: false }, ["đứng sau", "xếp sau", "đứng dưới", "xếp dưới", "xếp hạng dưới", "ranked below", "ranked lower than", "behind", "after", "below"]],
];

/** Places named without a number: "á quân" is second, "third best" third. */
export const PLACE_PHRASES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [2, ["á quân", "giải nhì", "runner up", "second place", "second best", "second highest", "second ranked"]],
  [3, ["hạng ba", "giải ba", "third place", "third best", "third highest", "third ranked"]],
];

/** "áp chót" is second from the end; "third from the bottom" is counted from the end. */
export const FROM_END_PHRASES: readonly string[] = [
  "áp chót", "gần cuối", "sát cuối", "kế cuối", "second to last", "second last", "penultimate", "next to last", "second lowest",
  "second worst", "thấp thứ hai", "thấp thứ nhì", "thấp nhì", "kém thứ hai", "thấp điểm thứ hai",
];
export const FROM_END_MARKERS: readonly string[] = ["từ dưới lên", "từ cuối lên", "từ cuối", "from the bottom", "from the end", "from last", "từ dưới"];

export const BLOCK_PHRASES: ReadonlyArray<readonly [ScopeBlock, readonly string[]]> = [
  ["departments_without_public_services", ["không có dịch vụ công", "without public services"]],
  ["departments_with_public_services", ["có dịch vụ công", "with public services"]],
  ["districts", ["huyện thị xã thành phố", "huyện và thị xã và thành phố", "huyện thành phố", "huyện và thành phố", "huyện thị xã", "huyện", "thị xã", "thành phố", "cấp huyện", "địa phương", "districts", "district", "localities", "khối huyện"]],
  ["departments", ["sở", "ban ngành", "sở ngành", "khối sở", "cấp sở", "cơ quan", "departments", "department", "sở ban ngành"]],
  ["ministries", ["bộ nào", "các bộ", "bộ ngành", "ministries", "which ministry", "ministry"]],
];
