import { basename } from "node:path";
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { UploadStore } from "../../alerts/index.js";
import { decisionId } from "../../dataset/build.js";
import { ingestContent, previewFile, type FileReport } from "../../dataset/pipeline.js";
import { adminCopy } from "../../render/alerts.js";
import type { MyContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { sendFormatted } from "../format.js";
import { alertsDepsOf } from "./subscriptions.js";

/** A decision text is a few hundred kilobytes at most; anything far larger is not one. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
const DEFAULT_API_ROOT = "https://api.telegram.org";

export const PUBLISH_PREFIX = "adm:pub:";
export const CANCEL_PREFIX = "adm:no:";
const CallbackSchema = z.string().regex(/^adm:(pub|no):\d{1,12}$/);

/** A safe file name for data/decisions/: letters, digits, dot, dash; always .txt. */
export function safeFileName(name: string | undefined): string {
  const base = basename(name ?? "decision.txt")
    .normalize("NFC")
    .replace(/\.txt$/iu, "")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+|[.-]+$/gu, "")
    .slice(0, 80);
  return `${base || "decision"}.txt`;
}

function describe(r: FileReport | undefined): string | null {
  if (!r || !r.ok) return null;
  return adminCopy.decisionSummary(r);
}

/** Fetch a file the user sent, through getFile and the Bot API's file URL (never logged: it holds the token). */
async function download(ctx: MyContext, fileId: string, apiRoot: string): Promise<Buffer> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("getFile returned no file_path");
  const res = await fetch(`${apiRoot}/file/bot${ctx.api.token}/${file.file_path}`);
  if (!res.ok) throw new Error(`file download answered HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * An ADMIN_IDS user sends a decision .txt in a private chat: the bot reads it, replies with what it
 * found (tables, rows, problems) and adds it to the dataset only when "Publish" is pressed; the
 * subscribers then get their alert and the admin the delivery report. Anyone else is refused politely.
 */
export function adminIngestFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  const ad = alertsDepsOf(deps);
  if (!ad) return composer;
  const a = ad.alerts;
  const uploads = new UploadStore(a.db, deps.config.stateDir);
  const isAdmin = (id: number | undefined): boolean => id !== undefined && deps.config.adminIds.includes(id);
  const apiRoot = deps.config.apiRoot ?? DEFAULT_API_ROOT;

  composer.chatType("private").on("message:document", async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await sendFormatted(ctx, adminCopy.notAdmin));
    const doc = ctx.message.document;
    const looksText = (doc.file_name ?? "").toLowerCase().endsWith(".txt") || doc.mime_type === "text/plain";
    if (!looksText) return void (await sendFormatted(ctx, adminCopy.notText));
    if ((doc.file_size ?? 0) > MAX_UPLOAD_BYTES) return void (await sendFormatted(ctx, adminCopy.tooBig));
    let bytes: Buffer;
    try {
      bytes = await download(ctx, doc.file_id, apiRoot);
    } catch (err) {
      deps.logger.warn("admin upload: download failed", { err: err instanceof Error ? err.message : String(err) });
      return void (await sendFormatted(ctx, adminCopy.downloadFailed));
    }
    if (bytes.length > MAX_UPLOAD_BYTES) return void (await sendFormatted(ctx, adminCopy.tooBig));
    let content: string;
    try {
      content = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
    } catch {
      return void (await sendFormatted(ctx, adminCopy.notText));
    }
    const fileName = safeFileName(doc.file_name);
    const preview = previewFile(fileName, content, deps.config.dataDir);
    const report = preview.reports.find((r) => r.file === fileName) ?? preview.reports[0];
    const tables = (report?.tables ?? []).map((t) => ({ title: `${t.appendix ? `${t.appendix} · ` : ""}${t.group} (${t.index})`, rows: t.rows }));
    const problems = preview.reports.flatMap((r) => r.problems).map((p) => ({ line: p.line, expected: p.expected, found: p.found, severity: p.severity, hint: p.hint, say: p.say }));
    const text = adminCopy.read(fileName, describe(report), tables, problems, preview.ok);
    if (!preview.ok) return void (await sendFormatted(ctx, text));
    const upload = uploads.add(ctx.from.id, ctx.chat.id, fileName, content);
    const kb = new InlineKeyboard().text(adminCopy.publishButton, `${PUBLISH_PREFIX}${upload.id}`).text(adminCopy.cancelButton, `${CANCEL_PREFIX}${upload.id}`);
    await sendFormatted(ctx, text, { keyboard: kb });
  });

  composer.on("callback_query:data").filter(
    (ctx) => ctx.callbackQuery.data.startsWith("adm:"),
    async (ctx) => {
      const data = ctx.callbackQuery.data;
      if (!isAdmin(ctx.from.id)) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy.notAdmin.text, show_alert: true })));
      if (!CallbackSchema.safeParse(data).success) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy.alreadyHandled })));
      const id = Number(data.slice(data.lastIndexOf(":") + 1));
      const upload = uploads.get(id);
      if (!upload || upload.status !== "pending") return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy.alreadyHandled })));
      if (data.startsWith(CANCEL_PREFIX)) {
        uploads.settle(id, "cancelled");
        await ignoreHarmless(ctx.answerCallbackQuery());
        await ignoreHarmless(ctx.editMessageReplyMarkup());
        await sendFormatted(ctx, adminCopy.cancelled);
        return;
      }
      if (!uploads.settle(id, "published")) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: adminCopy.alreadyHandled })));
      await ignoreHarmless(ctx.answerCallbackQuery());
      const decision = decisionId(upload.fileName);
      const known = a.ledger.known().has(decision);
      // Recorded before the dataset changes, so whichever reload notices the decision first sends the report here.
      a.ledger.setPublisher(decision, ctx.chat?.id ?? ctx.from.id);
      const result = ingestContent(upload.fileName, upload.content, deps.config.dataDir);
      if (!result.ok || !result.dataset) {
        uploads.reopen(id);
        const reason = adminCopy.publishProblem(result.reports.flatMap((r) => r.problems)[0]);
        return void (await sendFormatted(ctx, adminCopy.publishFailed(reason)));
      }
      await ignoreHarmless(ctx.editMessageReplyMarkup());
      const published = result.dataset.decisions.find((d) => d.id === decision);
      const label = published ? adminCopy.publishedLabel(published) : upload.fileName;
      await ad.reload?.();
      const enqueued = a.onDatasetChanged(result.dataset);
      const mine = enqueued.find((e) => e.decisionId === decision);
      if (known && !mine) return void (await sendFormatted(ctx, adminCopy.publishedNoAlert(label)));
      const chats = mine?.chats ?? (published ? a.countSubscribersFor(published) : 0);
      await sendFormatted(ctx, adminCopy.published(label, chats));
    },
  );

  return composer;
}
