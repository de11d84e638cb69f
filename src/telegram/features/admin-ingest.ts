import { basename } from "node:path";
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { UploadStore } from "../../alerts/index.js";
import { isDecisionFile, previewFile, type FileReport } from "../../dataset/pipeline.js";
import { adminCopy } from "../../render/alerts.js";
import type { Lang } from "../../answer/types.js";
import { chatLang } from "../chat-lang.js";
import type { MyContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { sendFormatted } from "../format.js";

/** A decision, even as a PDF or a spreadsheet, is a few hundred kilobytes; anything far larger is not one. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const DEFAULT_API_ROOT = "https://api.telegram.org";

export const PUBLISH_PREFIX = "adm:pub:";
export const CANCEL_PREFIX = "adm:no:";
const CallbackSchema = z.string().regex(/^adm:(pub|no):\d{1,12}$/);

/** What Telegram says documents of the formats the bot reads are, when their name has no extension. */
const DOCUMENT_TYPES: Record<string, string> = {
  "text/plain": ".txt",
  "text/markdown": ".md",
  "text/html": ".html",
  "application/pdf": ".pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
};

/**
 * A safe file name for data/decisions/: letters, digits, dot, dash; the extension of a format the
 * bot reads (from the name, else from the MIME type), .txt otherwise. The bytes decide the format
 * in the end: a PDF sent as .txt is read, and kept, as a PDF.
 */
export function safeFileName(name: string | undefined, mimeType?: string): string {
  const given = basename(name ?? "decision").normalize("NFC");
  const ext = isDecisionFile(given) ? /\.[A-Za-z0-9]+$/u.exec(given)![0].toLowerCase() : (DOCUMENT_TYPES[mimeType ?? ""] ?? ".txt");
  const base = given
    .replace(/\.[A-Za-z0-9]+$/u, "")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+|[.-]+$/gu, "")
    .slice(0, 80);
  return `${base || "decision"}${ext}`;
}

/**
 * Read a body up to `limit` bytes; null, with the download cancelled, as soon as it goes beyond,
 * so a file whose size Telegram did not say is never held whole.
 */
export async function readAtMost(body: ReadableStream<Uint8Array>, limit: number): Promise<Buffer | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

function describe(r: FileReport | undefined, lang: Lang): string | null {
  if (!r || !r.ok) return null;
  return adminCopy[lang].decisionSummary(r);
}

/**
 * Fetch a file the user sent, through getFile and the Bot API's file URL (never logged: it holds
 * the token); null when it is larger than MAX_UPLOAD_BYTES, whatever sizes were or were not declared.
 */
async function download(ctx: MyContext, fileId: string, apiRoot: string): Promise<Buffer | null> {
  const file = await ctx.api.getFile(fileId);
  if ((file.file_size ?? 0) > MAX_UPLOAD_BYTES) return null;
  if (!file.file_path) throw new Error("getFile returned no file_path");
  const res = await fetch(`${apiRoot}/file/bot${ctx.api.token}/${file.file_path}`);
  if (!res.ok || !res.body) throw new Error(`file download answered HTTP ${res.status}`);
  if (Number(res.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
    await res.body.cancel();
    return null;
  }
  return readAtMost(res.body, MAX_UPLOAD_BYTES);
}

/**
 * An ADMIN_IDS user sends a decision (.txt, .md, .html, .docx, .xlsx or .pdf) in a private chat:
 * the bot reads it, replies with what it found (tables, rows, problems with their page or sheet,
 * what reading noticed) and adds the original to the dataset only when "Publish" is pressed; the
 * subscribers then get their alert and the admin the delivery report. Anyone else is refused politely.
 */
export function adminIngestFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  const ad = deps.alerts;
  if (!ad) return composer;
  const a = ad.alerts;
  const uploads = new UploadStore(a.db, deps.config.stateDir);
  const isAdmin = (id: number | undefined): boolean => id !== undefined && deps.config.adminIds.includes(id);
  const apiRoot = deps.config.apiRoot ?? DEFAULT_API_ROOT;

  composer.chatType("private").on("message:document", async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].notAdmin));
    const doc = ctx.message.document;
    const fileName = safeFileName(doc.file_name, doc.mime_type);
    if (!isDecisionFile(doc.file_name ?? "") && !(doc.mime_type !== undefined && doc.mime_type in DOCUMENT_TYPES))
      return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].notText));
    if ((doc.file_size ?? 0) > MAX_UPLOAD_BYTES) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].tooBig));
    let bytes: Buffer | null;
    try {
      bytes = await download(ctx, doc.file_id, apiRoot);
    } catch (err) {
      deps.logger.warn("admin upload: download failed", { err: err instanceof Error ? err.message : String(err) });
      return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].downloadFailed));
    }
    if (bytes === null) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].tooBig));
    const preview = await previewFile(fileName, bytes, deps.config.dataDir);
    const report = preview.reports.find((r) => r.file === preview.fileName) ?? preview.reports[0];
    if (report?.refusal) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].refused(fileName, report.refusal)));
    const tables = (report?.tables ?? []).map((t) => ({ title: `${t.appendix ? `${t.appendix} · ` : ""}${t.group} (${t.index})`, rows: t.rows }));
    const problems = preview.reports.flatMap((r) => r.problems).map((p) => ({ line: p.line, where: p.origin, expected: p.expected, found: p.found, severity: p.severity, hint: p.hint, say: p.say }));
    const text = adminCopy[chatLang(ctx)].read(preview.fileName, describe(report, chatLang(ctx)), tables, problems, preview.ok, report?.warnings ?? []);
    if (!preview.ok) return void (await sendFormatted(ctx, text));
    const upload = uploads.add(ctx.from.id, ctx.chat.id, preview.fileName, bytes);
    const kb = new InlineKeyboard().text(adminCopy[chatLang(ctx)].publishButton, `${PUBLISH_PREFIX}${upload.id}`).text(adminCopy[chatLang(ctx)].cancelButton, `${CANCEL_PREFIX}${upload.id}`);
    await sendFormatted(ctx, text, { keyboard: kb });
  });

  composer.on("callback_query:data").filter(
    (ctx) => ctx.callbackQuery.data.startsWith("adm:"),
    async (ctx) => {
      const data = ctx.callbackQuery.data;
      if (!isAdmin(ctx.from.id)) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy[chatLang(ctx)].notAdmin.text, show_alert: true })));
      if (!CallbackSchema.safeParse(data).success) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy[chatLang(ctx)].alreadyHandled })));
      const id = Number(data.slice(data.lastIndexOf(":") + 1));
      const upload = uploads.get(id);
      if (!upload || upload.status !== "pending") return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy[chatLang(ctx)].alreadyHandled })));
      if (data.startsWith(CANCEL_PREFIX)) {
        uploads.settle(id, "cancelled");
        await ignoreHarmless(ctx.answerCallbackQuery());
        await ignoreHarmless(ctx.editMessageReplyMarkup());
        await sendFormatted(ctx, adminCopy[chatLang(ctx)].cancelled);
        return;
      }
      if (!uploads.settle(id, "published")) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy[chatLang(ctx)].alreadyHandled })));
      await ignoreHarmless(ctx.answerCallbackQuery());
      const result = await ad.publisher.publish(upload.fileName, upload.content, ctx.chat?.id ?? ctx.from.id, chatLang(ctx));
      if (!result.ok) {
        uploads.reopen(id);
        return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].publishFailed(adminCopy[chatLang(ctx)].publishProblem(result.problem))));
      }
      await ignoreHarmless(ctx.editMessageReplyMarkup());
      const label = result.decision ? adminCopy[chatLang(ctx)].publishedLabel(result.decision) : upload.fileName;
      if (result.alreadyAnnounced) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].publishedNoAlert(label)));
      await sendFormatted(ctx, adminCopy[chatLang(ctx)].published(label, result.chats));
    },
  );

  return composer;
}
