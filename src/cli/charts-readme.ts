/**
 * `npm run charts:readme` — draws one chart of each kind from the real dataset into docs/charts/, the
 * pictures the README shows. Run it after changing a chart; the README then shows what the bot sends.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { allEntries } from "../dataset/entries.js";
import { loadDataset, writeFileAtomic } from "../dataset/store.js";
import type { Lang } from "../answer/types.js";
import { renderChart, slopeRequest, type ChartRequest, type ChartSource } from "../render/charts/index.js";

interface Example {
  file: string;
  lang: Lang;
  request: (source: ChartSource) => ChartRequest | null;
}

function tableOf(source: ChartSource, province: string, year: number, block: string): string {
  const e = source.entries.find((x) => x.province === province && x.year === year && x.block === block && x.index !== "PORTAL");
  if (!e) throw new Error(`charts:readme: no ${block} table for ${province} ${year} in the dataset`);
  return e.tableId;
}

function unitOf(source: ChartSource, province: string, unit: string): string {
  const e = source.entries.find((x) => x.province === province && x.unit === unit);
  if (!e) throw new Error(`charts:readme: no unit ${unit} in ${province}`);
  return e.unitId;
}

const EXAMPLES: Example[] = [
  {
    file: "block-bars.png",
    lang: "vi",
    request: (s) => ({ kind: "bar", tableId: tableOf(s, "Bắc Ninh", 2023, "districts"), unitIds: [unitOf(s, "Bắc Ninh", "Thị xã Quế Võ")] }),
  },
  {
    file: "block-dots.png",
    lang: "vi",
    request: (s) => ({ kind: "bar", tableId: tableOf(s, "Bắc Ninh", 2023, "departments"), unitIds: [unitOf(s, "Bắc Ninh", "Sở Y tế")] }),
  },
  {
    file: "block-dots-en.png",
    lang: "en",
    request: (s) => ({ kind: "bar", tableId: tableOf(s, "Bắc Giang", 2023, "districts"), unitIds: [unitOf(s, "Bắc Giang", "Huyện Việt Yên")] }),
  },
  {
    file: "national.png",
    lang: "vi",
    request: (s) => {
      const e = s.entries.find((x) => x.province === null && x.unit === "Bắc Ninh");
      if (!e) throw new Error("charts:readme: no national table with Bắc Ninh in the dataset");
      return { kind: "bar", tableId: e.tableId, unitIds: [e.unitId] };
    },
  },
  {
    file: "components-printed-maxima.png",
    lang: "vi",
    request: (s) => ({ kind: "components", tableId: tableOf(s, "Hưng Yên", 2023, "departments_with_public_services"), unitId: unitOf(s, "Hưng Yên", "Sở Y tế") }),
  },
  {
    file: "components-block-best.png",
    lang: "vi",
    request: (s) => ({ kind: "components", tableId: tableOf(s, "Bắc Ninh", 2023, "departments"), unitId: unitOf(s, "Bắc Ninh", "Sở Y tế") }),
  },
  {
    file: "slope.png",
    lang: "vi",
    request: (s) => slopeRequest(s, tableOf(s, "Bắc Giang", 2023, "districts"), 2021, [unitOf(s, "Bắc Giang", "Huyện Việt Yên")]),
  },
];

export async function writeReadmeCharts(dataDir: string, outDir: string): Promise<string[]> {
  const dataset = loadDataset(dataDir);
  const source = { dataset, entries: allEntries(dataset) };
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const example of EXAMPLES) {
    const request = example.request(source);
    const chart = request ? await renderChart(source, request, example.lang) : null;
    if (!chart) throw new Error(`charts:readme: nothing to draw for ${example.file}`);
    const path = join(outDir, example.file);
    writeFileAtomic(path, chart.png);
    written.push(path);
  }
  return written;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/gu, "/"));
if (isMain) {
  writeReadmeCharts(process.env.DATA_DIR ?? "./data", "docs/charts").then(
    (paths) => process.stdout.write(paths.join("\n") + "\n"),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
