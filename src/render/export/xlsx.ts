/** Sheets → one .xlsx workbook (exceljs): numbers as numeric cells, the header row frozen, the decision cited on top. */
import ExcelJS from "exceljs";
import type { SheetColumn, SheetModel } from "./sheet.js";

/** Excel number format for a column: "0" or "0.00" — Excel draws the decimal separator of the reader's locale. */
function numberFormat(column: Pick<SheetColumn, "decimals">): string {
  return column.decimals === 0 ? "0" : `0.${"0".repeat(column.decimals)}`;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, credit: string): void {
  const headerRow = sheet.heading.length + 2;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: 2, ySplit: headerRow, topLeftCell: `C${headerRow + 1}` }],
  });
  ws.columns = sheet.columns.map((c) => ({
    width: c.width,
    style: c.kind === "number" ? { numFmt: numberFormat(c) } : { alignment: { wrapText: false } },
  }));
  sheet.heading.forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = text;
    cell.numFmt = "@";
    cell.font = i === 0 ? { bold: true, size: 13 } : { italic: i > 1, size: 11 };
  });
  const header = ws.getRow(headerRow);
  header.values = sheet.columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF4" } };
    cell.border = { bottom: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + sheet.rows.length, column: sheet.columns.length } };
  for (const row of sheet.rows) ws.addRow(row);
  if (sheet.average) ws.addRow(sheet.average).font = { italic: true };
  ws.addRow([]);
  ws.addRow([credit]).font = { size: 9, color: { argb: "FF777777" } };
}

export async function workbookBuffer(sheets: readonly SheetModel[], credit: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = credit;
  for (const sheet of sheets) addSheet(workbook, sheet, credit);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
