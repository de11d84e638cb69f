/**
 * Document sources benchmark: a ~10 MB PDF (text layer, table pages) and a ~10 MB spreadsheet,
 * generated here, each read by `readSource` in a child process of its own, so that its peak
 * memory is its own: seconds, peak RSS and peak heap.
 *
 *   node --import tsx bench/sources.ts [--json]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { readSource } from "../src/ingest/sources/index.js";

const TARGET_BYTES = 10 * 1024 * 1024;

/** A ranking-table row of made-up units, the shape of a national list. */
const row = (i: number): (string | number)[] => [i, `Don vi so ${i}`, ...[0.9, 0.8, 0.7, 0.6, 0.5].map((v) => Math.round((v + ((i * 7919) % 1000) / 10000) * 10000) / 10000)];

/** A PDF written by hand (Helvetica, one table of 50 rows per page) until it reaches ~10 MB. */
function writePdf(path: string): void {
  const objects: string[] = [];
  const pages: number[] = [];
  const add = (body: string): number => objects.push(body);
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const pagesId = add("");
  let size = 0;
  let i = 1;
  while (size < TARGET_BYTES) {
    const ops: string[] = ["BT /F1 9 Tf 40 800 Td (KET QUA XEP HANG CHUYEN DOI SO NAM 2024) Tj ET"];
    ["STT", "Don vi", "Chi so 1", "Chi so 2", "Chi so 3", "Chi so 4", "Tong diem"].forEach((h, c) => ops.push(`BT /F1 9 Tf ${40 + c * 75} 780 Td (${h}) Tj ET`));
    for (let r = 0; r < 50; r++, i++) row(i).forEach((v, c) => ops.push(`BT /F1 9 Tf ${40 + c * 75} ${765 - r * 14.5} Td (${v}) Tj ET`));
    const stream = ops.join("\n");
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    pages.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
    size += stream.length + 200;
  }
  objects[pagesId - 1] = `<< /Type /Pages /Kids [${pages.map((p) => `${p} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  const catalog = add(`<< /Type /Catalog /Pages ${pagesId} 0 R >>`);
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, k) => {
    const at = Buffer.byteLength(out, "latin1");
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, out, "latin1");
}

/** A workbook written as a stream by exceljs until it reaches ~10 MB. */
async function writeXlsx(path: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet("Khối sở");
  ws.addRow(["STT", "Đơn vị", "Chỉ số 1", "Chỉ số 2", "Chỉ số 3", "Chỉ số 4", "Tổng điểm"]).commit();
  for (let i = 1; i <= 215_000; i++) ws.addRow(row(i)).commit();
  ws.commit();
  await wb.commit();
}

/** In the child: read one file, then print seconds, lines and peaks as JSON. */
async function child(path: string): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const bytes = readFileSync(path);
  const t0 = performance.now();
  const source = await readSource(bytes, path);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sample);
  const m = process.memoryUsage();
  process.stdout.write(
    JSON.stringify({ seconds, lines: source.origins.length, peakRssMb: Math.max(peakRss, m.rss) / 2 ** 20, peakHeapMb: Math.max(peakHeap, m.heapUsed) / 2 ** 20 }),
  );
}

interface Figure {
  mb: number;
  seconds: number;
  lines: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function measure(path: string): Figure {
  const out = execFileSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, "--child", path], { encoding: "utf8", maxBuffer: 1 << 20 });
  const f = JSON.parse(out) as Omit<Figure, "mb">;
  return { mb: statSync(path).size / 2 ** 20, ...f };
}

const round = (v: number, d = 1): number => Math.round(v * 10 ** d) / 10 ** d;

export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), "dti-bench-sources-"));
  try {
    const pdf = join(dir, "big.pdf");
    const xlsx = join(dir, "big.xlsx");
    writePdf(pdf);
    await writeXlsx(xlsx);
    const figures = { pdf: measure(pdf), xlsx: measure(xlsx) };
    const rows = Object.entries(figures).map(([k, f]): [string, string] => [
      `sources: read ${round(f.mb)} MB ${k}`,
      `${round(f.seconds, 2)} s, ${f.lines} lines, peak RSS ${Math.round(f.peakRssMb)} MB, peak heap ${Math.round(f.peakHeapMb)} MB`,
    ]);
    const json = Object.fromEntries(
      Object.entries(figures).map(([k, f]) => [k, { mb: round(f.mb), seconds: round(f.seconds, 2), lines: f.lines, peakRssMb: Math.round(f.peakRssMb), peakHeapMb: Math.round(f.peakHeapMb) }]),
    );
    return { rows, json: { sources: json } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--child");
  if (at >= 0) await child(process.argv[at + 1]!);
  else {
    const { rows, json } = await run();
    for (const [k, v] of rows) console.log(`${k}  ${v}`);
    if (process.argv.includes("--json")) console.log(JSON.stringify(json));
  }
}
