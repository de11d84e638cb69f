import { bilingual } from "./catalogue.js";

/** Headers and captions of the Excel and CSV exports. */
export const EXPORT_COPY = bilingual(
  {
    order: "STT",
    unit: "Đơn vị",
    rank: "Xếp hạng",
    total: "Tổng điểm",
    outOf: (max: string) => `Tổng điểm (thang ${max})`,
    grade: "Xếp loại",
    componentMax: (name: string, max: string) => `${name} (tối đa ${max})`,
    selfDeclaredTotal: "Tổng điểm tính qua khai báo",
    selfDeclared: (name: string) => `${name} (tính qua khai báo)`,
    notes: "Ghi chú",
    average: "Điểm trung bình (theo văn bản)",
    source: (citation: string) => `Nguồn: ${citation}`,
    rankRule: "Xếp hạng theo điểm sau rà soát; điểm tính qua khai báo để đối chiếu.",
    notRanked: "Không đánh giá",
    sheetTitle: (province: string, index: string, year: number, block: string) => `${province} — ${index} năm ${year} — ${block}`,
    credit: (bot: string) => `Xuất bởi ${bot}`,
    what: (province: string, year: number, indexes: string, tables: number) => `${province} — năm ${year} — ${indexes} (${tables} bảng)`,
    xlsxCaption: (what: string, source: string) => `📥 ${what}\n${source}\nMột trang tính cho mỗi bảng; điểm là số, giữ đúng số chữ số thập phân như văn bản.`,
    csvCaption: (what: string, source: string) =>
      `📄 ${what}\n${source}\nTệp CSV cho phần mềm xử lý dữ liệu (RFC 4180, dấu chấm thập phân, UTF-8 có BOM). Để xem bằng Excel, vui lòng tải bản Excel: bỏ chữ “csv” khỏi lệnh.`,
  },
  {
    order: "No.",
    unit: "Unit",
    rank: "Rank",
    total: "Total",
    outOf: (max: string) => `Total (out of ${max})`,
    grade: "Grade",
    componentMax: (name: string, max: string) => `${name} (max ${max})`,
    selfDeclaredTotal: "Self-declared total",
    selfDeclared: (name: string) => `${name} (self-declared)`,
    notes: "Notes",
    average: "Average (as printed)",
    source: (citation: string) => `Source: ${citation}`,
    rankRule: "Ranked by the reviewed score; self-declared scores are given for reference.",
    notRanked: "Not evaluated",
    sheetTitle: (province: string, index: string, year: number, block: string) => `${province} — ${index} ${year} — ${block}`,
    credit: (bot: string) => `Exported by ${bot}`,
    what: (province: string, year: number, indexes: string, tables: number) => `${province} — ${year} — ${indexes} (${tables} ${tables === 1 ? "table" : "tables"})`,
    xlsxCaption: (what: string, source: string) => `📥 ${what}\n${source}\nOne sheet per table; scores are numbers with the decimals the decision prints.`,
    csvCaption: (what: string, source: string) =>
      `📄 ${what}\n${source}\nCSV for data software (RFC 4180, decimal point, UTF-8 with BOM). To read it in Excel, please get the Excel file: leave “csv” out of the command.`,
  },
);
