/**
 * Chart rendering benchmark on the real dataset: the first chart of a process (font metrics read,
 * vega warmed up), then each chart kind rendered repeatedly — vega-lite → SVG and SVG → PNG timed
 * apart — and the planning step alone (what a file_id cache hit costs).
 *
 *   node --import tsx bench/charts.ts [--json] [--runs N]
 */
import { pathToFileURL } from "node:url";
import { loadDataset } from "../src/dataset/store.js";
import { allEntries } from "../src/dataset/entries.js";
import { planChart, slopeRequest, type ChartRequest } from "../src/render/charts/index.js";
import { specToSvg, svgToPng } from "../src/render/charts/render.js";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const ms = (v: number): number => Math.round(v * 10) / 10;

/** The national table's chart (63 provinces), when the dataset holds one. */
function nationalRequest(entries: ReturnType<typeof allEntries>): Record<string, ChartRequest> {
  const e = entries.find((x) => x.province === null);
  return e ? { national: { kind: "bar", tableId: e.tableId, unitIds: [e.unitId] } } : {};
}

export async function run(runs = 20): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
  const source = { dataset, entries: allEntries(dataset) };
  const slope = slopeRequest(source, "bac-giang-2023-dti#1", 2021, ["bac-giang/so-y-te"]);
  if (!slope) throw new Error("no Bắc Giang 2021 → 2023 departments pair in the dataset");
  const requests: Record<string, ChartRequest> = {
    bar: { kind: "bar", tableId: "bac-giang-2023-dti#1", unitIds: ["bac-giang/so-y-te"] },
    components: { kind: "components", tableId: "hung-yen-2023-dti#1", unitId: "hung-yen/so-y-te" },
    slope,
    ...nationalRequest(source.entries),
  };

  const plan = (r: ChartRequest) => {
    const p = planChart(source, r);
    if (!p) throw new Error(`no chart for ${JSON.stringify(r)}`);
    return p;
  };

  const t0 = performance.now();
  await svgToPng(await specToSvg(plan(requests.bar!).spec));
  const firstMs = performance.now() - t0;

  const rows: [string, string][] = [["chart: first render in process", `${ms(firstMs)} ms`]];
  const perKind: Record<string, { svgP50: number; pngP50: number; totalP50: number; totalP99: number; planUs: number }> = {};
  for (const [kind, request] of Object.entries(requests)) {
    const svgTimes: number[] = [];
    const pngTimes: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < runs; i++) {
      const a = performance.now();
      const svg = await specToSvg(plan(request).spec);
      const b = performance.now();
      await svgToPng(svg);
      const c = performance.now();
      svgTimes.push(b - a);
      pngTimes.push(c - b);
      totals.push(c - a);
    }
    const p0 = performance.now();
    for (let i = 0; i < runs; i++) plan(request);
    const planUs = ((performance.now() - p0) / runs) * 1000;
    const sort = (xs: number[]) => [...xs].sort((x, y) => x - y);
    const s = sort(svgTimes);
    const p = sort(pngTimes);
    const t = sort(totals);
    perKind[kind] = {
      svgP50: ms(percentile(s, 50)),
      pngP50: ms(percentile(p, 50)),
      totalP50: ms(percentile(t, 50)),
      totalP99: ms(percentile(t, 99)),
      planUs: Math.round(planUs),
    };
    const f = perKind[kind]!;
    rows.push([
      `chart: ${kind} (p50 svg + png = total, p99)`,
      `${f.svgP50} + ${f.pngP50} = ${f.totalP50} ms, p99 ${f.totalP99} ms; plan only ${f.planUs} µs`,
    ]);
  }
  return { rows, json: { chartRenderMs: { first: ms(firstMs), runs, ...perKind } } };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 20;
  const { rows, json } = await run(runs);
  for (const [k, v] of rows) process.stdout.write(`${k}  ${v}\n`);
  if (process.argv.includes("--json")) process.stdout.write(JSON.stringify(json) + "\n");
}
