/**
 * `npm run export -- "<province>" [year] [--format xlsx|csv] [--out DIR] [--lang vi|en]` — the file the
 * bot's /export sends, written to disk: one .xlsx (or .csv) for the decision of that province and year.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { config as loadEnv } from "dotenv";
import { z } from "zod";
import { loadDataset, writeFileAtomic } from "../dataset/store.js";
import { EXPORT_FORMATS, availableExports, buildExport, selectExport } from "../render/export/index.js";

const USAGE = `Usage: npm run export -- "<province>" [year] [--format xlsx|csv] [--out DIR] [--lang vi|en]

Writes the ranking tables of one decision as one file: Excel (.xlsx, the default; a sheet per table,
scores as numbers) or CSV for machines (RFC 4180, decimal point, UTF-8 with BOM).

  --format xlsx|csv   file type (default xlsx)
  --out DIR           folder to write into (default: the current folder)
  --lang vi|en        language of headers and titles (default vi)
  --help              this text`;

const OptionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: () => `--format must be one of: ${EXPORT_FORMATS.join(", ")}` }),
  out: z.string().min(1),
  lang: z.enum(["vi", "en"], { error: () => "--lang must be vi or en" }),
});

export interface ExportIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const STD_IO: ExportIo = { out: (t) => process.stdout.write(t + "\n"), err: (t) => process.stderr.write(t + "\n") };

export async function runExport(argv: string[], io: ExportIo = STD_IO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", default: "xlsx" },
        out: { type: "string", default: "." },
        lang: { type: "string", default: "vi" },
        help: { type: "boolean", default: false },
      },
    });
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return 0;
  }
  const options = OptionsSchema.safeParse(parsed.values);
  if (!options.success) {
    io.err(`${options.error.issues.map((i) => i.message).join("\n")}\n\n${USAGE}`);
    return 2;
  }
  loadEnv({ quiet: true });
  const dataset = loadDataset(process.env.DATA_DIR ?? "./data");
  const asked = parsed.positionals.join(" ").trim();
  if (asked === "") {
    io.err(`Name a province.\n\n${USAGE}\n\nAvailable: ${availableExports(dataset)}`);
    return 2;
  }
  const selection = selectExport(dataset, asked);
  if (!selection) {
    io.err(`No ranking decision for "${asked}". Available: ${availableExports(dataset)}`);
    return 1;
  }
  const { format, out, lang } = options.data;
  const file = await buildExport(selection, format, lang);
  mkdirSync(out, { recursive: true });
  const path = join(out, file.fileName);
  writeFileAtomic(path, file.bytes);
  io.out(`${path}\n${file.caption}`);
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/gu, "/"));
if (isMain) {
  runExport(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
