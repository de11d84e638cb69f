/** The words of new-decision alerts, subscriptions, the administrators' upload flow and delivery reports. */
import { FormattedString, fmt } from "@grammyjs/parse-mode";
import { bilingual, type Lang } from "./catalogue.js";

export type SubscriptionKindView = "all" | "province" | "unit";

export interface SubscriptionView {
  kind: SubscriptionKindView;
  label: string;
}

export interface UploadTableView {
  title: string;
  rows: number;
}

export interface UploadProblemView {
  line: number;
  /** where the problem is when the document has pages or sheets ("trang 3"); the line otherwise */
  where?: string;
  /** a warning does not stop Publish: the table is partial or doubtful, and the admin should know before */
  severity?: "error" | "warning";
  /** what to send instead, for a file that cannot be used (Vietnamese, from the reader) */
  hint?: string;
  /** the problem in one Vietnamese sentence, where the reader gives one */
  say?: string;
  expected: string;
  found: string;
}

/** The language alerts speak when nothing says which one the chat reads (the bot's own default). */
export const DEFAULT_LANG: Lang = "vi";

export const ALERT_COPY = bilingual(
  {
    newResults: (province: string, year: number) => `Kết quả xếp hạng mới: ${province}, năm ${year}`,
    units: (n: number) => `${n} đơn vị`,
    followed: "Đơn vị bạn theo dõi",
    more: (n: number) => `… và ${n} đơn vị khác: vui lòng bấm nút bảng xếp hạng bên dưới.`,
    footer: "Bấm nút bên dưới để xem cả bảng xếp hạng. Gõ /subscriptions để xem hoặc hủy đăng ký.",
    rank: (rank: number, outOf: number) => `hạng ${rank}/${outOf}`,
    notRanked: "không xếp hạng",
    previousNotRanked: (year: number) => `năm ${year} không được xếp hạng`,
    previousRank: (year: number, rank: number, outOf: number) => `năm ${year}: hạng ${rank}/${outOf}`,
    moved: (arrow: string, year: number, rank: number, outOf: number) => `${arrow} so với năm ${year} (hạng ${rank}/${outOf})`,
    sameRank: (year: number) => `giữ nguyên thứ hạng so với năm ${year}`,
    indexChange: (year: number, before: string, now: string) => `ℹ️ Năm ${year} đo ${before}, không phải ${now}: so được thứ hạng, không so trực tiếp được điểm.`,
    decisionNumber: (n: string) => `, quyết định số ${n}`,
    unitLine: (index: string, year: number, block: string) => `${index} năm ${year}, ${block}`,
    inYear: (year: number) => `năm ${year}`,
    grade: "Xếp loại",
    change: "Thay đổi",
    components: "Điểm thành phần",
    source: "Nguồn",
    detailGone: "Bảng xếp hạng này không còn trong dữ liệu.",
    reportTitle: "Báo cáo gửi thông báo",
    reportSent: (sent: number, total: number) => `Đã gửi: ${sent}/${total}`,
    reportFailed: (n: number) => `Không gửi được: ${n}`,
    reportRemoved: (n: number) => `Đã hủy đăng ký (chặn hoặc xóa bot): ${n}`,
    reportTooMany: (n: number) => `Lần Telegram yêu cầu chờ (429): ${n}`,
  },
  {
    newResults: (province: string, year: number) => `New ranking results: ${province}, ${year}`,
    units: (n: number) => `${n} ${n === 1 ? "unit" : "units"}`,
    followed: "Units you follow",
    more: (n: number) => `… and ${n} more: please press a table button below.`,
    footer: "Press a button below to see the whole table. Type /subscriptions to see or cancel your alerts.",
    rank: (rank: number, outOf: number) => `rank ${rank}/${outOf}`,
    notRanked: "not ranked",
    previousNotRanked: (year: number) => `not ranked in ${year}`,
    previousRank: (year: number, rank: number, outOf: number) => `${year}: rank ${rank}/${outOf}`,
    moved: (arrow: string, year: number, rank: number, outOf: number) => `${arrow} vs ${year} (rank ${rank}/${outOf})`,
    sameRank: (year: number) => `same rank as in ${year}`,
    indexChange: (year: number, before: string, now: string) => `ℹ️ ${year} measured the ${before}, not the ${now}: ranks compare, scores do not.`,
    decisionNumber: (n: string) => `, decision No. ${n}`,
    unitLine: (index: string, year: number, block: string) => `${index} ${year}, ${block}`,
    inYear: (year: number) => `${year}`,
    grade: "Grade",
    change: "Change",
    components: "Component scores",
    source: "Source",
    detailGone: "This ranking table is no longer in the data.",
    reportTitle: "Alert delivery report",
    reportSent: (sent: number, total: number) => `Sent: ${sent}/${total}`,
    reportFailed: (n: number) => `Not delivered: ${n}`,
    reportRemoved: (n: number) => `Unsubscribed (blocked or removed the bot): ${n}`,
    reportTooMany: (n: number) => `Times Telegram asked to wait (429): ${n}`,
  },
);

const NL = new FormattedString("\n");

function describe(s: SubscriptionView, lang: Lang): string {
  switch (s.kind) {
    case "all":
      return lang === "vi" ? "mọi quyết định xếp hạng mới" : "every new ranking decision";
    case "province":
      return lang === "vi" ? `các quyết định mới của tỉnh ${s.label}` : `new decisions for ${s.label} province`;
    case "unit":
      return lang === "vi" ? `kết quả mới của ${s.label}` : `new results for ${s.label}`;
    default: {
      const never: never = s.kind;
      return never;
    }
  }
}

export const SUBSCRIPTION_COPY = bilingual(
  {
    subscribed: (s: SubscriptionView): FormattedString =>
      fmt`✅ Đã đăng ký nhận thông báo về ${FormattedString.bold(describe(s, "vi"))}.${"\n"}Xem hoặc hủy: /subscriptions`,
    alreadySubscribed: (s: SubscriptionView): FormattedString =>
      fmt`Cuộc trò chuyện này đã đăng ký ${FormattedString.bold(describe(s, "vi"))} rồi.${"\n"}Xem hoặc hủy: /subscriptions`,
    unsubscribed: (s: SubscriptionView): FormattedString => fmt`🗑 Đã hủy đăng ký ${FormattedString.bold(describe(s, "vi"))}.`,
    unsubscribedAll: (n: number): FormattedString =>
      new FormattedString(n > 0 ? `🗑 Đã hủy ${n} đăng ký. Bạn sẽ không nhận thông báo nữa.` : "Cuộc trò chuyện này chưa đăng ký nhận thông báo nào."),
    notSubscribedTo: (text: string): FormattedString => fmt`Không có đăng ký nào khớp với “${text}”. Xem danh sách: /subscriptions`,
    list: (subs: SubscriptionView[]): FormattedString =>
      subs.length === 0
        ? new FormattedString(
            "Cuộc trò chuyện này chưa đăng ký nhận thông báo nào.\n\n/subscribe — mọi quyết định mới\n/subscribe Bắc Ninh — quyết định mới của một tỉnh\n/subscribe Sở Y tế Bắc Ninh — kết quả mới của một đơn vị",
          )
        : FormattedString.join(
            [
              fmt`🔔 ${FormattedString.bold("Đăng ký nhận thông báo")}`,
              ...subs.map((s) => new FormattedString(`• ${describe(s, "vi")}`)),
              new FormattedString("\nBấm một nút để hủy đăng ký đó."),
            ],
            NL,
          ),
    removeButton: (s: SubscriptionView): string => `❌ ${s.kind === "all" ? "Tất cả quyết định" : s.label}`.slice(0, 60),
    notAdmin: new FormattedString(
      "Xin lỗi, trong nhóm chỉ quản trị viên mới được thay đổi đăng ký nhận thông báo. Bạn vẫn xem được danh sách bằng /subscriptions.",
    ),
    notAdminButton: "Chỉ quản trị viên nhóm mới được thay đổi đăng ký.",
    notFound: (text: string): FormattedString =>
      fmt`Không tìm thấy tỉnh hay đơn vị nào tên “${text}”. Vui lòng thử, ví dụ: /subscribe Bắc Ninh hoặc /subscribe Sở Y tế Bắc Ninh.`,
    ambiguous: (text: string, candidates: string[]): FormattedString =>
      FormattedString.join([fmt`“${text}” có thể là nhiều đơn vị. Vui lòng chọn một:`, ...candidates.map((c) => new FormattedString(`• ${c}`))], NL),
    removedButton: "Đã hủy đăng ký.",
    missingButton: "Đăng ký này không còn nữa.",
    tooLong: new FormattedString("Tên quá dài. Vui lòng gõ tên tỉnh hoặc đơn vị, ví dụ: /subscribe Sở Y tế Bắc Ninh."),
  },
  {
    subscribed: (s: SubscriptionView): FormattedString =>
      fmt`✅ Subscribed to alerts about ${FormattedString.bold(describe(s, "en"))}.${"\n"}See or cancel: /subscriptions`,
    alreadySubscribed: (s: SubscriptionView): FormattedString =>
      fmt`This chat already follows ${FormattedString.bold(describe(s, "en"))}.${"\n"}See or cancel: /subscriptions`,
    unsubscribed: (s: SubscriptionView): FormattedString => fmt`🗑 Cancelled: ${FormattedString.bold(describe(s, "en"))}.`,
    unsubscribedAll: (n: number): FormattedString =>
      new FormattedString(n > 0 ? `🗑 Cancelled ${n} ${n === 1 ? "subscription" : "subscriptions"}. You will get no more alerts.` : "This chat has no alert subscriptions."),
    notSubscribedTo: (text: string): FormattedString => fmt`No subscription matches “${text}”. See the list: /subscriptions`,
    list: (subs: SubscriptionView[]): FormattedString =>
      subs.length === 0
        ? new FormattedString(
            "This chat has no alert subscriptions.\n\n/subscribe — every new decision\n/subscribe Bắc Ninh — new decisions for one province\n/subscribe Sở Y tế Bắc Ninh — new results for one unit",
          )
        : FormattedString.join(
            [
              fmt`🔔 ${FormattedString.bold("Alert subscriptions")}`,
              ...subs.map((s) => new FormattedString(`• ${describe(s, "en")}`)),
              new FormattedString("\nPress a button to cancel that subscription."),
            ],
            NL,
          ),
    removeButton: (s: SubscriptionView): string => `❌ ${s.kind === "all" ? "All decisions" : s.label}`.slice(0, 60),
    notAdmin: new FormattedString("Sorry, in a group only its administrators can change the alert subscriptions. You can still see them with /subscriptions."),
    notAdminButton: "Only the group's administrators can change subscriptions.",
    notFound: (text: string): FormattedString =>
      fmt`No province or unit called “${text}”. Please try, for example: /subscribe Bắc Ninh or /subscribe Sở Y tế Bắc Ninh.`,
    ambiguous: (text: string, candidates: string[]): FormattedString =>
      FormattedString.join([fmt`“${text}” could be several units. Please choose one:`, ...candidates.map((c) => new FormattedString(`• ${c}`))], NL),
    removedButton: "Subscription cancelled.",
    missingButton: "This subscription no longer exists.",
    tooLong: new FormattedString("That name is too long. Please type a province or unit, e.g. /subscribe Sở Y tế Bắc Ninh."),
  },
);

export const ADMIN_COPY = bilingual(
  {
    notAdmin: new FormattedString(
      "Cảm ơn bạn! Chỉ quản trị viên của bot mới được gửi văn bản quyết định để cập nhật dữ liệu. Bạn vẫn có thể hỏi bất cứ câu nào về xếp hạng.",
    ),
    notPrivate: new FormattedString("Vui lòng gửi tệp quyết định cho bot trong cuộc trò chuyện riêng."),
    notText: new FormattedString(
      "Vui lòng gửi văn bản quyết định dưới dạng Word (.docx), Excel (.xlsx), PDF có chữ chọn được (.pdf), trang web đã lưu (.html) hoặc văn bản thuần (.txt, .md).",
    ),
    tooBig: new FormattedString("Tệp quá lớn (tối đa 2 MB cho một văn bản quyết định)."),
    downloadFailed: new FormattedString("Không tải được tệp từ Telegram. Vui lòng gửi lại."),
    fileRead: (tables: number, rows: number) => `Đọc được ${tables} bảng, ${rows} dòng:`,
    tableRows: (title: string, rows: number) => `• ${title}: ${rows} dòng`,
    problems: (n: number) => `\n⚠️ ${n} vấn đề:`,
    problem: (p: UploadProblemView) =>
      `• ${p.where ?? `dòng ${p.line}`}: ${p.say ?? `cần ${p.expected}, gặp “${p.found.slice(0, 80)}”`}${p.hint ? ` ${p.hint}` : ""}`,
    moreProblems: (n: number) => `… và ${n} vấn đề khác.`,
    notes: (n: number) => `\nℹ️ ${n} lưu ý (bảng vẫn công bố được, vui lòng xem trước khi bấm “Công bố”):`,
    note: (p: UploadProblemView) => `• ${p.where ?? `dòng ${p.line}`}: ${p.say ?? p.found.slice(0, 160)}`,
    moreNotes: (n: number) => `… và ${n} lưu ý khác.`,
    canPublish: "\nBấm “Công bố” để thêm vào dữ liệu và gửi thông báo cho các cuộc trò chuyện đã đăng ký.",
    cannotPublish: "\nKhông thể công bố tệp này. Vui lòng sửa và gửi lại.",
    publishButton: "✅ Công bố",
    cancelButton: "✖️ Hủy",
    published: (decision: string, subscribers: number): FormattedString =>
      new FormattedString(
        `✅ Đã công bố ${decision}. Bot đã cập nhật dữ liệu; thông báo sẽ gửi tới ${subscribers} cuộc trò chuyện đã đăng ký, báo cáo gửi đến bạn khi xong.`,
      ),
    publishedNoAlert: (decision: string): FormattedString =>
      new FormattedString(`✅ Đã cập nhật ${decision}. Quyết định này đã có từ trước nên không gửi thông báo lại.`),
    publishFailed: (reason: string): FormattedString => fmt`❌ Không công bố được: ${reason}`,
    cancelled: new FormattedString("Đã hủy, dữ liệu không thay đổi."),
    alreadyHandled: "Tệp này đã được xử lý.",
    unknownDocument: "Văn bản",
    assessedYear: (province: string, year: string) => `${province}, năm đánh giá ${year}`,
    provinceYear: (province: string, year: number) => `${province}, năm ${year}`,
    problemAt: (line: number, expected: string) => `dòng ${line}: ${expected}`,
    unreadable: "tệp không đọc được",
  },
  {
    notAdmin: new FormattedString(
      "Thank you! Only the bot's administrators can send decision texts to update the data. You can still ask anything about the rankings.",
    ),
    notPrivate: new FormattedString("Please send decision files to the bot in a private chat."),
    notText: new FormattedString(
      "Please send the decision as a Word file (.docx), a spreadsheet (.xlsx), a PDF with selectable text (.pdf), a saved web page (.html) or plain text (.txt, .md).",
    ),
    tooBig: new FormattedString("The file is too large (at most 2 MB for one decision text)."),
    downloadFailed: new FormattedString("The file could not be downloaded from Telegram. Please send it again."),
    fileRead: (tables: number, rows: number) => `Read ${tables} ${tables === 1 ? "table" : "tables"}, ${rows} rows:`,
    tableRows: (title: string, rows: number) => `• ${title}: ${rows} rows`,
    problems: (n: number) => `\n⚠️ ${n} ${n === 1 ? "problem" : "problems"}:`,
    problem: (p: UploadProblemView) => `• ${p.where ?? `line ${p.line}`}: expected ${p.expected}, found “${p.found.slice(0, 80)}”`,
    moreProblems: (n: number) => `… and ${n} more.`,
    notes: (n: number) => `\nℹ️ ${n} ${n === 1 ? "note" : "notes"} (the table can still be published; please read before pressing “Publish”):`,
    note: (p: UploadProblemView) => `• ${p.where ?? `line ${p.line}`}: ${p.found.slice(0, 160)}`,
    moreNotes: (n: number) => `… and ${n} more.`,
    canPublish: "\nPress “Publish” to add it to the data and alert the subscribed chats.",
    cannotPublish: "\nThis file cannot be published. Please correct it and send it again.",
    publishButton: "✅ Publish",
    cancelButton: "✖️ Cancel",
    published: (decision: string, subscribers: number): FormattedString =>
      new FormattedString(
        `✅ Published ${decision}. The bot has updated its data; alerts go to ${subscribers} subscribed chats, and you get a report when they are done.`,
      ),
    publishedNoAlert: (decision: string): FormattedString =>
      new FormattedString(`✅ Updated ${decision}. This decision was already known, so no alerts are sent again.`),
    publishFailed: (reason: string): FormattedString => fmt`❌ Not published: ${reason}`,
    cancelled: new FormattedString("Cancelled; the data is unchanged."),
    alreadyHandled: "This file has already been handled.",
    unknownDocument: "Document",
    assessedYear: (province: string, year: string) => `${province}, assessed year ${year}`,
    provinceYear: (province: string, year: number) => `${province}, ${year}`,
    problemAt: (line: number, expected: string) => `line ${line}: ${expected}`,
    unreadable: "the file could not be read",
  },
);
