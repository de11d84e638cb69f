/**
 * Answers benchmark: accuracy on the golden questions against two baselines (MiniSearch with
 * default options, Fuse.js) on the same questions in the same run; latency per question; index
 * build time; the same on a generated national-scale dataset (63 provinces × ~45 units × 3 years).
 *
 * Latency is measured twice in the same run, rounds interleaved so both see the same machine:
 * "cold" with remembered answers turned off (every question answered from scratch, the figure the
 * targets are about) and "warm" with them on, every question asked before (a remembered answer).
 * Cold includes the resolver's word lookups and scoring: it keeps no search results between questions.
 */
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { answerQuestion, rememberAnswers } from "../src/answer/index.js";
import type { Dataset, Decision, Table } from "../src/domain/dataset.js";
import { DATASET_SCHEMA_VERSION } from "../src/domain/dataset.js";
import { loadDataset } from "../src/dataset/store.js";
import { buildKnowledge, type Knowledge } from "../src/search/index.js";
import { PROVINCES } from "../src/text/provinces.js";
import { foldKey } from "../src/text/vietnamese.js";
import { GOLDEN, type GoldenQuestion } from "../test/golden/questions.js";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function ownCorrect(k: Knowledge, g: GoldenQuestion): boolean {
  const r = answerQuestion(g.q, k);
  const m = r.matches[0];
  return r.intent === g.intent && r.status === g.status && (g.unitId === null || m?.unitId === g.unitId) && (g.year === null || m?.year === g.year);
}

/**
 * A baseline only finds units: it is right when its first hit is the expected unit, or when the
 * question has no single expected unit and it returns nothing.
 */
function baselineCorrect(hit: string | undefined, g: GoldenQuestion): boolean {
  if (g.status === "ok" || g.status === "not_evaluated") return g.unitId === null ? false : hit === g.unitId;
  return hit === undefined;
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

function summarize(times: number[]): Latency {
  times.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), max: round(times[times.length - 1] ?? 0), samples: times.length };
}

/**
 * Cold and warm latency per question, side by side: each round asks every question of a cold
 * knowledge (nothing remembered) and then of a warm one (everything remembered). Warm-up rounds
 * first, so the figures are about answering, not about compiling the code.
 */
export function coldAndWarm(cold: Knowledge, warm: Knowledge, questions: string[], rounds: number, warmup = 3): { cold: Latency; warm: Latency } {
  rememberAnswers(cold, 0);
  rememberAnswers(warm, questions.length);
  for (let r = 0; r < warmup; r++)
    for (const q of questions) {
      answerQuestion(q, cold);
      answerQuestion(q, warm);
    }
  global.gc?.();
  const coldTimes: number[] = [];
  const warmTimes: number[] = [];
  const time = (k: Knowledge, q: string, into: number[]) => {
    const t0 = process.hrtime.bigint();
    answerQuestion(q, k);
    into.push(Number(process.hrtime.bigint() - t0) / 1000);
  };
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) time(cold, q, coldTimes);
    for (const q of questions) time(warm, q, warmTimes);
  }
  return { cold: summarize(coldTimes), warm: summarize(warmTimes) };
}

const DEPARTMENTS = [
  "Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương", "Sở Ngoại vụ",
  "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
  "Sở Giao thông vận tải", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Thanh tra tỉnh",
  "Ban Dân tộc", "Ban Quản lý các Khu công nghiệp",
];
const SYLLABLES = ["An", "Bình", "Phú", "Hòa", "Tân", "Yên", "Lâm", "Sơn", "Thạch", "Vĩnh", "Đông", "Tây", "Kim", "Hưng", "Quế", "Lạc", "Mỹ", "Thuận", "Gia", "Long", "Cẩm", "Nghĩa", "Đức", "Hải", "Trà"];

/** 63 provinces × (20 departments + 25 districts) × 3 years, shaped like the real decisions. */
export function nationalDataset(): Dataset {
  const decisions: Decision[] = [];
  const units: Dataset["units"] = [];
  const years = [2021, 2022, 2023];
  PROVINCES.forEach((p, pi) => {
    const slug = foldKey(p.name).replace(/ /gu, "-");
    const districts = Array.from({ length: 25 }, (_, d) => `Huyện ${SYLLABLES[(pi + d) % SYLLABLES.length]} ${SYLLABLES[(pi * 7 + d * 3 + 1) % SYLLABLES.length]} ${d + 1}`);
    const names = [...DEPARTMENTS.map((n) => ({ n, kind: "department" as const })), ...districts.map((n) => ({ n, kind: "district" as const }))];
    for (const u of names) units.push({ id: `${slug}/${foldKey(u.n).replace(/ /gu, "-")}`, province: p.name, name: u.n, kind: u.kind, aliases: [u.n] });
    for (const year of years) {
      const id = `${slug}-${year}-dti`;
      const table = (n: number, block: "departments" | "districts", list: string[]): Table => ({
        id: `${id}#${n}`, appendix: `Phụ lục ${n}`, title: block, index: "DTI", block, group: block === "districts" ? "Huyện, thành phố" : "Sở, ban, ngành",
        columns: [{ name: "Nhận thức số", printed: "Nhận thức số", max: 100 }, { name: "An toàn thông tin mạng", printed: "An toàn thông tin mạng", max: 150 }],
        totalPrinted: "Tổng điểm", maxTotal: 1000, hasReview: false, outOf: list.length,
        rows: list.map((name, r) => ({
          unitId: `${slug}/${foldKey(name).replace(/ /gu, "-")}`, name, order: r + 1, rank: ((r + year + pi) % list.length) + 1, total: 900 - r * 10,
          grade: null, components: { "Nhận thức số": 80, "An toàn thông tin mạng": 100 - r }, selfDeclared: null, notes: [], line: 10 + r,
        })),
        average: null, line: 5,
      });
      decisions.push({
        id, file: `${id}.txt`, sha256: "0".repeat(64), scope: "province", form: "official", province: p.name, kind: "Quyết định", number: `${pi + 1}/QĐ-UBND`, symbol: "QĐ-UBND",
        date: `${year}-12-01`, year, title: "DTI", issuer: `UBND tỉnh ${p.name}`, signer: null,
        tables: [table(1, "departments", DEPARTMENTS), table(2, "districts", districts)],
      });
    }
  });
  return { schemaVersion: DATASET_SCHEMA_VERSION, decisions, units };
}

export async function run(): Promise<{ rows: [string, string][]; json: Record<string, unknown> }> {
  const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
  const t0 = performance.now();
  const k = buildKnowledge(dataset);
  const buildMs = performance.now() - t0;

  const own = GOLDEN.filter((g) => ownCorrect(k, g)).length / GOLDEN.length;
  const docs = dataset.units.map((u) => ({ id: u.id, name: u.name, province: u.province }));
  const mini = new MiniSearch({ fields: ["name", "province"] });
  mini.addAll(docs);
  const miniAcc = GOLDEN.filter((g) => baselineCorrect(mini.search(g.q)[0]?.id as string | undefined, g)).length / GOLDEN.length;
  const fuse = new Fuse(docs, { keys: ["name", "province"] });
  const fuseAcc = GOLDEN.filter((g) => baselineCorrect(fuse.search(g.q)[0]?.item.id, g)).length / GOLDEN.length;

  const questions = GOLDEN.map((g) => g.q);
  const lat = coldAndWarm(k, buildKnowledge(dataset), questions, 40);

  const national = nationalDataset();
  const rows = national.decisions.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.rows.length, 0), 0);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const n0 = performance.now();
  const nk = buildKnowledge(national);
  const nationalBuildMs = performance.now() - n0;
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const memoryMb = Math.round(((heapAfter - heapBefore) / 1024 / 1024) * 10) / 10;
  const sample = national.units.filter((_, i) => i % 7 === 0).slice(0, 300);
  const nq = sample.flatMap((u, i) => [`${u.name} ${u.province ?? ""} xếp thứ mấy`, `${foldKey(u.name)} ${foldKey(u.province ?? "")} ${2021 + (i % 3)}`]);
  const nkWarm = buildKnowledge(national);
  const nlat = coldAndWarm(nk, nkWarm, nq, 10);
  // The golden questions mostly name no province of the generated data: the resolver's widest searches.
  const nglat = coldAndWarm(nk, nkWarm, questions, 10);

  const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
  const us = (v: number) => `${v} µs`;
  const pair = (l: { cold: Latency; warm: Latency }) =>
    `cold ${us(l.cold.p50)} / ${us(l.cold.p99)} · warm ${us(l.warm.p50)} / ${us(l.warm.p99)} · cold÷warm p50 ×${(l.cold.p50 / Math.max(l.warm.p50, 0.1)).toFixed(0)} (${l.cold.samples} each)`;
  return {
    rows: [
      ["golden questions", String(GOLDEN.length)],
      ["accuracy: ours", pct(own)],
      ["accuracy: MiniSearch default", pct(miniAcc)],
      ["accuracy: Fuse.js", pct(fuseAcc)],
      ["answer latency p50 / p99, real data (cold: answered afresh; warm: remembered)", pair(lat)],
      ["answer latency max, real data (cold / warm)", `${us(lat.cold.max)} / ${us(lat.warm.max)}`],
      ["index build (real data)", `${buildMs.toFixed(1)} ms`],
      ["resolver index: MiniSearch documents (folded name words; typo neighbours of known words remembered at build)", `${k.nameWords.spellings.length} real, ${nk.nameWords.spellings.length} national`],
      ["national scale rows", String(rows)],
      ["national index build", `${nationalBuildMs.toFixed(0)} ms`],
      ["national latency p50 / p99 (unit + province questions)", pair(nlat)],
      ["national latency p50 / p99 (golden questions)", pair(nglat)],
      ["national knowledge heap", `${memoryMb} MB`],
    ],
    json: {
      accuracy: { own, miniSearchDefault: miniAcc, fuse: fuseAcc, questions: GOLDEN.length },
      answerLatencyUs: { p50: lat.cold.p50, p99: lat.cold.p99, cold: lat.cold, warm: lat.warm },
      indexBuildMs: Math.round(buildMs * 10) / 10,
      wordIndexDocuments: { real: k.nameWords.spellings.length, national: nk.nameWords.spellings.length },
      nationalScale: {
        rows,
        units: national.units.length,
        indexBuildMs: Math.round(nationalBuildMs),
        p50: nlat.cold.p50,
        p99: nlat.cold.p99,
        cold: nlat.cold,
        warm: nlat.warm,
        goldenQuestions: nglat,
        heapMb: memoryMb,
      },
    },
  };
}
