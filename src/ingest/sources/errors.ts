export type SourceErrorCode =
  | "unsupported_format"
  | "legacy_office"
  | "image"
  | "scanned_pdf"
  | "encrypted"
  | "encoding"
  | "corrupt"
  | "too_large"
  | "empty";

/** What to send instead, in the words an administrator uses. */
export const SEND_INSTEAD =
  "Xin gửi văn bản dưới một trong các dạng: Word (.docx), Excel (.xlsx), PDF (.pdf) xuất từ Word/Excel (có chữ chọn được), trang web đã lưu (.html) hoặc văn bản thuần (.txt, mã UTF-8).";

/**
 * A document that cannot be turned into text. The message is for the administrator who sent it:
 * what was looked for, what was found, and what to send instead.
 */
export class SourceError extends Error {
  override readonly name = "SourceError";

  constructor(
    readonly code: SourceErrorCode,
    readonly fileName: string,
    /** what the file turned out to be, in Vietnamese */
    readonly found: string,
    /** what to do about it, in Vietnamese */
    readonly advice: string = SEND_INSTEAD,
  ) {
    super(`Không đọc được tệp “${fileName}”: ${found}. ${advice}`);
  }
}
