/**
 * Year over year. Bắc Giang 2021 measured IT application (ICT), 2023 digital transformation (DTI):
 * ranks compare directly, scores do not, and only some components correspond.
 */
import type { Entry } from "../domain/answer.js";
import type { Block, IndexKind } from "../domain/dataset.js";
import type { Knowledge, UnitInfo } from "../search/index.js";
import { foldCached as fold } from "../text/fold-cached.js";
import { INDEX_ORDER } from "./lookup.js";
import { blockMatches } from "./ops/scope.js";
import type { TrendDetails, TrendRow } from "./types.js";

/** Old component (folded key) → new component (folded key) with the same subject. */
const CORRESPONDING: ReadonlyArray<readonly [string, string]> = [
  ["ha tang ky thuat", "ha tang so"],
  ["ha tang nhan luc", "nhan luc so"],
  ["an toan an ninh thong tin", "an toan thong tin"],
  ["moi truong chinh sach", "the che so"],
  ["ung dung noi bo", "chinh quyen so"],
  ["phuc vu dan", "chinh quyen so"],
];

function componentPairs(from: Entry, to: Entry): TrendRow["components"] {
  const fromNames = Object.keys(from.components);
  const toNames = Object.keys(to.components);
  const pairs: Array<[string, string]> = [];
  if (from.index === to.index) {
    for (const n of fromNames) if (toNames.includes(n)) pairs.push([n, n]);
  } else {
    const fromFolded = fromNames.map(fold);
    const toFolded = toNames.map(fold);
    for (const [oldKey, newKey] of CORRESPONDING) {
      const o = fromNames.find((_, i) => fromFolded[i]!.includes(oldKey));
      const nn = toNames.find((_, i) => toFolded[i]!.includes(newKey));
      if (o && nn) pairs.push([o, nn]);
    }
  }
  return pairs.map(([f, t]) => ({
    from: f,
    to: t,
    fromScore: from.components[f] ?? null,
    toScore: to.components[t] ?? null,
    fromMax: from.componentMax[f] ?? (from.maxTotal === 1 ? 1 : null),
    toMax: to.componentMax[t] ?? (to.maxTotal === 1 ? 1 : null),
  }));
}

function row(from: Entry, to: Entry): TrendRow {
  return {
    unitId: to.unitId,
    unit: to.unit,
    from,
    to,
    rankChange: from.rank !== null && to.rank !== null ? from.rank - to.rank : null,
    components: componentPairs(from, to),
  };
}

/** One entry per year: the ranking index of that year unless the question names one. */
function perYear(entries: Entry[], index: IndexKind | null): Entry[] {
  const byYear = new Map<number, Entry>();
  for (const e of entries) {
    if (index !== null && e.index !== index) continue;
    const cur = byYear.get(e.year);
    if (!cur || INDEX_ORDER[e.index] < INDEX_ORDER[cur.index]) byYear.set(e.year, e);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function trendForUnit(k: Knowledge, unit: UnitInfo, index: IndexKind | null): TrendDetails {
  let history = perYear(k.entriesByUnit.get(unit.id) ?? [], index);
  if (history.length === 0) history = perYear(k.entriesByUnit.get(unit.id) ?? [], null);
  const rows: TrendRow[] = [];
  for (let i = 1; i < history.length; i++) rows.push(row(history[i - 1]!, history[i]!));
  return {
    type: "trend",
    province: unit.province,
    scope: "unit",
    rows,
    history,
    methodologyChanged: rows.some((r) => r.from.index !== r.to.index),
  };
}

/** Every unit of a province present in its first and last years (optionally one block), best new rank first. */
export function trendForProvince(k: Knowledge, province: string, block: Block | null): TrendDetails {
  const units = (k.unitsByProvince.get(province) ?? []).filter((u) => u.years.length >= 2);
  const rows: TrendRow[] = [];
  for (const u of units) {
    const history = perYear(k.entriesByUnit.get(u.id) ?? [], null).filter((e) => blockMatches(e.block as Block, block));
    const first = history[0];
    const last = history[history.length - 1];
    if (first && last && first !== last) rows.push(row(first, last));
  }
  rows.sort((a, b) => (a.to.block === b.to.block ? (a.to.rank ?? 999) - (b.to.rank ?? 999) : a.to.block.localeCompare(b.to.block)));
  return { type: "trend", province, scope: "province", rows, history: [], methodologyChanged: rows.some((r) => r.from.index !== r.to.index) };
}
