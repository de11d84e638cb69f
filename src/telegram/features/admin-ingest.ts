import { basename } from "node:path";
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import { UploadStore } from "../../alerts/index.js";
import { previewFile, type FileReport } from "../../dataset/pipeline.js";
import { adminCopy } from "../../render/alerts.js";
import type { Lang } from "../../answer/types.js";
import { chatLang } from "../chat-lang.js";
import type { MyContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { sendFormatted } from "../format.js";

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

function describe(r: FileReport | undefined, lang: Lang): string | null {
  if (!r || !r.ok) return null;
  return adminCopy[lang].decisionSummary(r);
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
  const ad = deps.alerts;
  if (!ad) return composer;
  const a = ad.alerts;
  const uploads = new UploadStore(a.db, deps.config.stateDir);
  const isAdmin = (id: number | undefined): boolean => id !== undefined && deps.config.adminIds.includes(id);
  const apiRoot = deps.config.apiRoot ?? DEFAULT_API_ROOT;

  composer.chatType("private").on("message:document", async (ctx) => {
    if (!isAdmin(ctx.from.id)) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].notAdmin));
    const doc = ctx.message.document;
    const looksText = (doc.file_name ?? "").toLowerCase().endsWith(".txt") || doc.mime_type === "text/plain";
    if (!looksText) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].notText));
    if ((doc.file_size ?? 0) > MAX_UPLOAD_BYTES) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].tooBig));
    let bytes: Buffer;
    try {
      bytes = await download(ctx, doc.file_id, apiRoot);
    } catch (err) {
      deps.logger.warn("admin upload: download failed", { err: err instanceof Error ? err.message : String(err) });
      return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].downloadFailed));
    }
    if (bytes.length > MAX_UPLOAD_BYTES) return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].tooBig));
    let content: string;
    try {
      content = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
    } catch {
      return void (await sendFormatted(ctx, adminCopy[chatLang(ctx)].notText));
    }
    const fileName = safeFileName(doc.file_name);
    const preview = previewFile(fileName, content, deps.config.dataDir);
    const report = preview.reports.find((r) => r.file === fileName) ?? preview.reports[0];
    const tables = (report?.tables ?? []).map((t) => ({ title: `${t.appendix ? `${t.appendix} · ` : ""}${t.group} (${t.index})`, rows: t.rows }));
    const problems = preview.reports.flatMap((r) => r.problems).map((p) => ({ line: p.line, expected: p.expected, found: p.found }));
    const text = adminCopy[chatLang(ctx)].read(fileName, describe(report, chatLang(ctx)), tables, problems, preview.ok);
    if (!preview.ok) return void (await sendFormatted(ctx, text));
    const upload = uploads.add(ctx.from.id, ctx.chat.id, fileName, content);
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
      const result = ad.publisher.publish(upload.fileName, upload.content, ctx.chat?.id ?? ctx.from.id);
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
