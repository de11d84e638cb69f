import { parseArgs, type ParseArgsConfig } from "node:util";

export interface CliSpec<O extends NonNullable<ParseArgsConfig["options"]>> {
  /** `npm run <name>` */
  name: string;
  /** usage line(s) and option descriptions, printed by --help and after a bad argument */
  usage: string;
  options: O;
  /** how many positional arguments are allowed (questions take any number of words) */
  maxPositionals: number;
}

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliUsageError";
  }
}

/**
 * util.parseArgs in strict mode, plus --help: an unknown flag (`--jsno`) is refused, never taken for a word of the
 * question. Returns null when --help was asked (the usage is printed); throws CliUsageError on a bad argument.
 */
export function parseCli<O extends NonNullable<ParseArgsConfig["options"]>>(spec: CliSpec<O>, argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...spec.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs' own words name the flag; the hint is ours
    const message = err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, ".") : String(err);
    throw new CliUsageError(`npm run ${spec.name}: ${message}\n\n${spec.usage}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${spec.usage}\n`);
    return null;
  }
  if (parsed.positionals.length > spec.maxPositionals)
    throw new CliUsageError(`npm run ${spec.name}: too many arguments (${parsed.positionals.join(" ")})\n\n${spec.usage}`);
  return parsed;
}

/** Run a CLI's main: a usage error exits 2 with the message on stderr, any other failure exits 1. */
export function runMain(main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = err instanceof CliUsageError ? 2 : 1;
      },
    );
}
