import { createHash } from "node:crypto";
import {
  DATASET_SCHEMA_VERSION,
  NATIONAL_PLACE,
  DatasetSchema,
  type Dataset,
  type Decision,
  type Table,
  type Unit,
  type UnitKind,
} from "../domain/dataset.js";
import type { ParsedDecision } from "../ingest/parse.js";
import { displayName, slug, unitId } from "./identity.js";

export interface SourceFile {
  name: string;
  content: string;
}

const UNIT_KINDS: Record<Table["block"], UnitKind> = {
  departments: "department",
  departments_with_public_services: "department",
  departments_without_public_services: "department",
  districts: "district",
  provinces: "province",
  ministries: "ministry",
};
const kindOf = (block: Table["block"]): UnitKind => UNIT_KINDS[block];

/** The decision id: the file name without extension, as a slug ("bac-ninh-2023-dti"). */
export function decisionId(file: string): string {
  return slug(file.replace(/\.[^.]+$/u, ""));
}

interface UnitDraft {
  id: string;
  province: string | null;
  kind: UnitKind;
  /** display spelling → how many rows use it, and the latest year it was used */
  spellings: Map<string, { count: number; year: number }>;
  aliases: Set<string>;
  order: number;
}

/**
 * Assemble the dataset from parsed decisions: decisions sorted by province, year and id; every row
 * linked to its unit; units named by the spelling most rows use (the latest on a tie), with every
 * printed spelling kept as an alias.
 */
export function assembleDataset(parsed: { decision: ParsedDecision; source: SourceFile }[]): Dataset {
  const drafts = new Map<string, UnitDraft>();
  const decisions: Decision[] = parsed.map(({ decision: d, source }) => {
    const id = decisionId(source.name);
    const tables: Table[] = d.tables.map((t, n) => {
      const kind = kindOf(t.block);
      return {
        id: `${id}#${n + 1}`,
        appendix: t.appendix,
        title: t.title,
        index: t.index,
        block: t.block,
        group: t.group,
        columns: t.columns,
        totalPrinted: t.totalPrinted,
        maxTotal: t.maxTotal,
        hasReview: t.hasReview,
        outOf: t.rows.filter((r) => r.rank !== null).length,
        ...(t.partial ? { partial: true } : {}),
        rows: t.rows.map((r) => {
          const shown = displayName(r.name, kind);
          const uid = unitId(d.meta.province ?? NATIONAL_PLACE, shown, kind);
          let draft = drafts.get(uid);
          if (!draft) {
            draft = { id: uid, province: d.meta.province, kind, spellings: new Map(), aliases: new Set(), order: drafts.size };
            drafts.set(uid, draft);
          }
          const s = draft.spellings.get(shown) ?? { count: 0, year: 0 };
          draft.spellings.set(shown, { count: s.count + 1, year: Math.max(s.year, d.meta.year) });
          draft.aliases.add(r.name);
          draft.aliases.add(shown);
          return { unitId: uid, ...r };
        }),
        average: t.average,
        line: t.line,
      };
    });
    return {
      id,
      file: source.name,
      sha256: createHash("sha256").update(source.content).digest("hex"),
      scope: d.meta.scope,
      form: d.meta.form,
      province: d.meta.province,
      kind: d.meta.kind,
      number: d.meta.number,
      symbol: d.meta.symbol,
      date: d.meta.date,
      year: d.meta.year,
      title: d.meta.title,
      issuer: d.meta.issuer,
      signer: d.meta.signer,
      tables,
    };
  });
  // Provincial decisions by province, then national ones: each by year, then id.
  const place = (x: { province: string | null }) => x.province ?? "";
  const national = (x: { province: string | null }) => (x.province === null ? 1 : 0);
  decisions.sort((a, b) => national(a) - national(b) || place(a).localeCompare(place(b), "vi") || a.year - b.year || a.id.localeCompare(b.id));

  const units: Unit[] = [...drafts.values()]
    .sort((a, b) => national(a) - national(b) || place(a).localeCompare(place(b), "vi") || a.order - b.order)
    .map((d) => {
      const [name] = [...d.spellings.entries()].sort((a, b) => b[1].count - a[1].count || b[1].year - a[1].year)[0]!;
      return { id: d.id, province: d.province, name, kind: d.kind, aliases: [...d.aliases].sort((a, b) => a.localeCompare(b, "vi")) };
    });
  return DatasetSchema.parse({ schemaVersion: DATASET_SCHEMA_VERSION, decisions, units });
}
