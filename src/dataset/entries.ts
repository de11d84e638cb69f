import type { Entry } from "../domain/answer.js";
import type { Dataset, Decision, Table, Row } from "../domain/dataset.js";

/** Flatten one row into the CONTRACT `Entry` shape. */
export function toEntry(decision: Decision, table: Table, row: Row, unitName: string): Entry {
  const componentMax: Record<string, number> = {};
  for (const c of table.columns) if (c.max !== null) componentMax[c.name] = c.max;
  return {
    province: decision.province,
    scope: decision.scope,
    unit: unitName,
    unitId: row.unitId,
    year: decision.year,
    index: table.index,
    group: table.group,
    block: table.block,
    tableId: table.id,
    rank: row.rank,
    outOf: table.outOf,
    total: row.total,
    maxTotal: table.maxTotal,
    grade: row.grade,
    components: row.components,
    componentMax,
    selfDeclared: row.selfDeclared,
    notes: row.notes,
    decision: decisionRef(decision),
  };
}

/** How an Entry cites its decision. */
export function decisionRef(decision: Decision): Entry["decision"] {
  return {
    id: decision.id,
    number: decision.number,
    date: decision.date,
    province: decision.province,
    kind: decision.kind,
    form: decision.form,
    title: decision.title,
    issuer: decision.issuer,
    signer: decision.signer ? `${decision.signer.title} ${decision.signer.name}` : null,
  };
}

/** Every row of every table as an Entry, in dataset order (decision, table, row). */
export function allEntries(dataset: Dataset): Entry[] {
  const names = new Map(dataset.units.map((u) => [u.id, u.name]));
  const out: Entry[] = [];
  for (const d of dataset.decisions)
    for (const t of d.tables) for (const r of t.rows) out.push(toEntry(d, t, r, names.get(r.unitId) ?? r.name));
  return out;
}
