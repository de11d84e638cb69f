/** One export per request: the chosen tables of one decision as one .xlsx (for people) or one .csv (for machines). */
import type { Lang } from "../../answer/types.js";
import { decisionRef } from "../../dataset/entries.js";
import { BOT_NAME } from "../copy/brand.js";
import { EXPORT_COPY } from "../copy/export.js";
import { citation } from "../format.js";
import { indexName, placeName } from "../names.js";
import { decisionToCsv } from "./csv.js";
import { exportFileName, type ExportFormat, type ExportSelection } from "./select.js";
import { tableSheet, uniqueNames } from "./sheet.js";
import { workbookBuffer } from "./xlsx.js";

export { EXPORT_FORMATS, availableExports, selectExport, splitFormat, type ExportFormat, type ExportSelection } from "./select.js";

export interface ExportFile {
  fileName: string;
  bytes: Buffer;
  caption: string;
}

export async function buildExport(selection: ExportSelection, format: ExportFormat, lang: Lang): Promise<ExportFile> {
  const { decision, tables } = selection;
  const t = EXPORT_COPY[lang];
  const indexes = [...new Set(tables.map((tb) => indexName(tb.index, lang)))].join(", ");
  const what = t.what(placeName(decision.province, lang), decision.year, indexes, tables.length);
  const source = t.source(citation(decisionRef(decision), lang));
  const fileName = exportFileName(selection, format);
  if (format === "csv") return { fileName, bytes: Buffer.from(decisionToCsv(decision, tables), "utf8"), caption: t.csvCaption(what, source) };
  const sheets = tables.map((tb) => tableSheet(decision, tb, lang));
  const names = uniqueNames(sheets.map((s) => s.name));
  const named = sheets.map((s, i) => ({ ...s, name: names[i] ?? s.name }));
  return { fileName, bytes: await workbookBuffer(named, t.credit(BOT_NAME[lang])), caption: t.xlsxCaption(what, source) };
}
