import { Composer, GrammyError, InputFile } from "grammy";
import { MAX_QUESTION_LENGTH, answerQuestion } from "../../answer/index.js";
import { planForAnswer, requestForButton } from "../../render/charts/answer.js";
import { CHART_COPY } from "../../render/charts/copy.js";
import { planChart, renderPlan, type ChartPlan } from "../../render/charts/index.js";
import { availableExports, buildExport, selectExport, splitFormat } from "../../render/export/index.js";
import { renderAnswer } from "../../render/index.js";
import { decodeCallback, resolveUnitHandle } from "../callback-data.js";
import { chatLang, rememberAnswer, sessionOf } from "../chat-lang.js";
import type { MyContext } from "../context.js";
import { commandNames, COPY } from "../../render/bot-copy.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { quotedMessageId, replyParameters, sendFormatted } from "../format.js";

/**
 * Telegram keeps every photo it received: sending its file_id again costs no rendering and no upload.
 * Keyed by the chart's content hash, so a changed dataset (other bars) never reuses a stale picture.
 */
export class ChartFileCache {
  private readonly ids = new Map<string, string>();
  constructor(readonly limit = 1000) {}

  get(hash: string): string | undefined {
    const id = this.ids.get(hash);
    if (id !== undefined) {
      this.ids.delete(hash);
      this.ids.set(hash, id);
    }
    return id;
  }

  set(hash: string, fileId: string): void {
    this.ids.delete(hash);
    this.ids.set(hash, fileId);
    for (const oldest of this.ids.keys()) {
      if (this.ids.size <= this.limit) break;
      this.ids.delete(oldest);
    }
  }

  delete(hash: string): void {
    this.ids.delete(hash);
  }

  get size(): number {
    return this.ids.size;
  }
}

/** What the charts feature keeps between updates; pass one as `BotDeps.charts` to enable it. */
export class ChartsDeps {
  constructor(readonly cache = new ChartFileCache()) {}
}

const replyParams = (ctx: MyContext) => replyParameters(quotedMessageId(ctx));

/** Send a chart: by file_id when this very chart went out before, else rendered and uploaded (and remembered). */
async function sendChart(ctx: MyContext, cache: ChartFileCache, chartPlan: ChartPlan): Promise<void> {
  const replyTo = replyParams(ctx);
  const cached = cache.get(chartPlan.hash);
  if (cached !== undefined) {
    try {
      await ctx.replyWithPhoto(cached, { caption: chartPlan.caption, ...replyTo });
      return;
    } catch (err) {
      // A file_id from another bot token or an expired file: forget it and upload afresh.
      if (!(err instanceof GrammyError && err.error_code === 400)) throw err;
      cache.delete(chartPlan.hash);
    }
  }
  const chart = await renderPlan(chartPlan);
  const sent = await ctx.replyWithPhoto(new InputFile(chart.png, `bieu-do-${chart.kind}.png`), {
    caption: chart.caption,
    ...replyTo,
  });
  const largest = sent.photo.at(-1);
  if (largest) cache.set(chartPlan.hash, largest.file_id);
}

export function chartsFeature(deps: BotDeps): Composer<MyContext> {
  const charts = deps.charts instanceof ChartsDeps ? deps.charts : new ChartsDeps();
  const composer = new Composer<MyContext>();

  composer.command(commandNames("chart"), async (ctx) => {
    const question = ctx.match.trim();
    const lang = chatLang(ctx);
    if (question.length === 0 || question.length > MAX_QUESTION_LENGTH) {
      await ctx.reply(CHART_COPY[lang].chartUsage, replyParams(ctx));
      return;
    }
    const k = deps.knowledge();
    const result = answerQuestion(question, k, sessionOf(ctx)?.conversation);
    rememberAnswer(ctx, result);
    const chartPlan = planForAnswer(result, k);
    if (chartPlan) {
      await sendChart(ctx, charts.cache, chartPlan);
      return;
    }
    if (result.status === "ok") await ctx.reply(CHART_COPY[result.lang].noChart, replyParams(ctx));
    else await sendFormatted(ctx, renderAnswer(result), { replyTo: quotedMessageId(ctx) });
  });

  composer.callbackQuery(/^ch:/, async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    const lang = chatLang(ctx);
    const k = deps.knowledge();
    const unitId = action?.action === "chart" ? resolveUnitHandle(k.dataset, action.unit) : undefined;
    const request =
      action?.action === "chart" && unitId !== undefined
        ? requestForButton(k, { unitId, year: action.year, index: action.index }, sessionOf(ctx)?.conversation)
        : null;
    const chartPlan = request ? planChart(k, request, lang) : null;
    if (!chartPlan) {
      await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
      return;
    }
    await ignoreHarmless(ctx.answerCallbackQuery());
    await sendChart(ctx, charts.cache, chartPlan);
  });

  composer.callbackQuery(/^xl:/, async (ctx) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    const lang = chatLang(ctx);
    const k = deps.knowledge();
    const unitId = action?.action === "export" ? resolveUnitHandle(k.dataset, action.unit) : undefined;
    const entry =
      action?.action === "export" && unitId !== undefined
        ? (k.entriesByUnit.get(unitId) ?? []).find((e) => e.year === action.year && e.index === action.index)
        : undefined;
    const decision = entry ? k.dataset.decisions.find((d) => d.id === entry.decision.id) : undefined;
    if (!decision) {
      await ignoreHarmless(ctx.answerCallbackQuery({ text: COPY[lang].staleButton }));
      return;
    }
    await ignoreHarmless(ctx.answerCallbackQuery());
    const file = await buildExport({ decision, tables: decision.tables }, "xlsx", lang);
    await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), { caption: file.caption, ...replyParams(ctx) });
  });

  composer.command(commandNames("export"), async (ctx) => {
    const args = ctx.match.trim();
    const lang = chatLang(ctx);
    const dataset = deps.knowledge().dataset;
    const available = availableExports(dataset);
    if (args.length === 0) {
      await ctx.reply(CHART_COPY[lang].exportUsage(available), replyParams(ctx));
      return;
    }
    const { format, rest } = splitFormat(args);
    const selection = args.length <= MAX_QUESTION_LENGTH ? selectExport(dataset, rest) : null;
    if (!selection) {
      await ctx.reply(CHART_COPY[lang].exportNotFound(args.slice(0, 100), available), replyParams(ctx));
      return;
    }
    const file = await buildExport(selection, format, lang);
    await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName), { caption: file.caption, ...replyParams(ctx) });
  });

  return composer;
}
