import { Api, GrammyError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "../log/logger.js";

export const DEFAULT_API_ROOT = "https://api.telegram.org";

/** The longest pause between two getMe attempts at start-up. */
const MAX_RETRY_MS = 5000;

export type StartupFailure = "rejected" | "unreachable";

/** Start-up cannot go on; `message` says why and what to do, for an operator reading a service log. */
export class StartupError extends Error {
  constructor(
    readonly kind: StartupFailure,
    message: string,
  ) {
    super(message);
    this.name = "StartupError";
  }
}

/**
 * The innermost cause of a failed request, e.g. "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9": grammY wraps
 * fetch's error in an HttpError (`.error`), fetch wraps the socket's in `.cause`.
 */
export function rootCause(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 6; depth++) {
    if (!(current instanceof Error)) break;
    const next = (current as Error & { error?: unknown }).error ?? current.cause;
    if (!(next instanceof Error)) break;
    current = next;
  }
  if (!(current instanceof Error)) return String(current);
  const code = (current as Error & { code?: unknown }).code;
  return typeof code === "string" && !current.message.includes(code) ? `${code}: ${current.message}` : current.message;
}

/**
 * A Bot API client without auto-retry, for the calls whose failures the bot must see and report itself: getMe
 * at start-up and the long poll. `timeoutSeconds` bounds a request to a server that accepts and never answers.
 */
export function plainApi(token: string, apiRoot: string | undefined, timeoutSeconds: number): Api {
  return new Api(token, { ...(apiRoot ? { apiRoot } : {}), timeoutSeconds });
}

/**
 * getMe, retried while the Bot API cannot be reached, for at most `timeoutMs`. A token the server rejects ends it
 * at once; so does the deadline, with the last network error as the cause.
 */
export async function fetchBotInfo(
  api: Api,
  opts: { timeoutMs: number; apiRoot: string | undefined; logger: Logger; sleep?: (ms: number) => Promise<void> },
): Promise<UserFromGetMe> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const root = opts.apiRoot ?? DEFAULT_API_ROOT;
  const deadline = Date.now() + opts.timeoutMs;
  let retryMs = 500;
  let lastCause = "no answer";
  for (let attempt = 1; ; attempt++) {
    const remaining = deadline - Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), Math.max(remaining, 1));
    try {
      // grammY types signals with the abort-controller shim; at run time it takes Node's own
      return await api.getMe(abort.signal as unknown as Parameters<Api["getMe"]>[0]);
    } catch (err) {
      if (err instanceof GrammyError && err.error_code === 401)
        throw new StartupError(
          "rejected",
          `The Bot API at ${root} rejected BOT_TOKEN (401 Unauthorized): the token is wrong or was revoked. ` +
            "Copy it again from @BotFather (/mybots → API Token) into BOT_TOKEN.",
        );
      if (err instanceof GrammyError && err.error_code === 404)
        throw new StartupError(
          "rejected",
          `The Bot API at ${root} does not know this bot (404 Not Found): check BOT_TOKEN, and BOT_API_ROOT if you set it.`,
        );
      if (err instanceof GrammyError) throw new StartupError("unreachable", `getMe failed at ${root}: ${err.error_code} ${err.description}`);
      // the deadline's own abort says nothing about the network: keep the error before it
      if (!abort.signal.aborted) lastCause = rootCause(err);
      else if (attempt === 1) lastCause = `no answer within ${opts.timeoutMs / 1000} s`;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new StartupError(
          "unreachable",
          `Cannot reach the Bot API at ${root} within ${opts.timeoutMs / 1000} s (${attempt} attempts; last error: ${lastCause}). ` +
            "Check the server's network, DNS and proxy, or BOT_API_ROOT.",
        );
      const wait = Math.min(retryMs, left);
      opts.logger.warn("the Bot API cannot be reached yet; retrying", { apiRoot: root, attempt, cause: lastCause, retryInMs: wait });
      await sleep(wait);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    } finally {
      clearTimeout(timer);
    }
  }
}
