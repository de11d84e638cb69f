import type { LogLevel } from "../config/index.js";

export interface Logger {
  trace(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, silent: 100 };

/** Anything shaped like a bot token, inside a Bot API URL or alone. */
const TOKEN_PATTERN = /\d{3,}:[A-Za-z0-9_-]{20,}/g;

/**
 * Remove secrets from a log line. The Bot API URL carries the token (`/bot<token>/method`), and network errors
 * quote that URL, so every line is scrubbed: the known secrets literally, anything token-shaped by pattern.
 */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join("<redacted>");
  return out.replace(TOKEN_PATTERN, "<redacted>");
}

function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out: Record<string, unknown> = { name: err.name, message: err.message };
  const extra = err as unknown as Record<string, unknown>;
  for (const key of ["error_code", "description", "method", "update_id"]) if (key in extra) out[key] = extra[key];
  if (err.stack) out.stack = err.stack.split("\n").slice(0, 6).join("\n");
  if (err.cause !== undefined) out.cause = serializeError(err.cause);
  if ("error" in extra && extra.error instanceof Error) out.error = serializeError(extra.error);
  return out;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** secrets to scrub from every line (the bot token, the webhook secret) */
  secrets?: readonly string[];
  /** where lines go; stderr by default so stdout stays clean for CLI output */
  write?: (line: string) => void;
}

/** One JSON object per line: time, level, message, fields — scrubbed of secrets. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? "info"];
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const log =
    (level: Exclude<LogLevel, "silent">) =>
    (msg: string, fields: Record<string, unknown> = {}): void => {
      if (RANK[level] < threshold) return;
      const record: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
      for (const [k, v] of Object.entries(fields)) record[k] = serializeError(v);
      let line: string;
      try {
        line = JSON.stringify(record);
      } catch {
        line = JSON.stringify({ time: record.time, level, msg, note: "fields not serializable" });
      }
      write(redact(line, secrets));
    };
  return { trace: log("trace"), debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

export const silentLogger: Logger = createLogger({ level: "silent" });
