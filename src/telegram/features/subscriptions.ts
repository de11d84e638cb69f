import { FormattedString } from "@grammyjs/parse-mode";
import { Composer, InlineKeyboard } from "grammy";
import { z } from "zod";
import type { Alerts, Subscription, SubscriptionTarget } from "../../alerts/index.js";
import { ALERT_TABLE_PREFIX, ALERT_UNIT_PREFIX } from "../alert-sender.js";
import { composeTableDetail, composeUnitDetail } from "../../alerts/compose.js";
import { alertCopy, renderTableDetail, renderUnitDetail, subscriptionCopy } from "../../render/alerts.js";
import { commandNames } from "../../render/bot-copy.js";
import { resolveUnit, type Knowledge, type UnitInfo } from "../../search/index.js";
import { findProvinces } from "../../search/provinces.js";
import { isGeneric, tokenizeForSearch } from "../../search/terms.js";
import { fold } from "../../text/vietnamese.js";
import type { Lang } from "../../answer/types.js";
import { chatLang } from "../chat-lang.js";
import type { MyContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { ignoreHarmless } from "../errors.js";
import { sendFormatted } from "../format.js";

/** Longest argument worth resolving; anything longer is not a name. */
const MAX_ARGUMENT = 200;
const MAX_CANDIDATES = 8;
/** Words around a province name that do not name a unit ("tỉnh Bắc Ninh", "tinh bac ninh"). */
const PROVINCE_WORDS = new Set(["tinh", "thanh", "pho", "tp"]);

export const SUB_REMOVE_PREFIX = "sub:rm:";
export const SUB_PICK_PREFIX = "sub:pk:";
const CallbackSchema = z.string().regex(/^(sub:rm|sub:pk|al:t|al:u):\d{1,12}$/);

export type TargetResolution =
  | { status: "ok"; target: SubscriptionTarget }
  | { status: "ambiguous"; candidates: UnitInfo[] }
  | { status: "not_found" };

export function unitTarget(u: Pick<UnitInfo, "id" | "name" | "province">): SubscriptionTarget {
  return { kind: "unit", target: u.id, label: `${u.name} (${u.province})` };
}

/**
 * A /subscribe argument → what to follow. Nothing: every decision. Only a province ("Bắc Ninh",
 * "tinh bac ninh") — also one with no data yet, whose first decision is then announced. Otherwise a
 * unit, resolved by the same resolver as questions.
 */
export function resolveTarget(k: Knowledge, text: string): TargetResolution {
  const trimmed = text.trim();
  if (trimmed === "") return { status: "ok", target: { kind: "all", target: "", label: "" } };
  const { tokens, mentions } = findProvinces(tokenizeForSearch(trimmed), k.vocabulary);
  const provinces = mentions.filter((m) => !m.asUnit);
  const covered = new Set<number>();
  for (const m of provinces) for (let i = m.start; i < m.end; i++) covered.add(i);
  const rest = tokens.filter((t, i) => !covered.has(i) && !isGeneric(t) && !PROVINCE_WORDS.has(fold(t)));
  const only = provinces[0];
  if (provinces.length === 1 && only && rest.length === 0) {
    const name = only.province.name;
    return { status: "ok", target: { kind: "province", target: name, label: name } };
  }
  const r = resolveUnit(k, trimmed);
  if (r.status === "ok") return { status: "ok", target: unitTarget(r.unit) };
  if (r.status === "ambiguous") return { status: "ambiguous", candidates: r.candidates.slice(0, MAX_CANDIDATES) };
  return { status: "not_found" };
}

/** In a group only its administrators may change what the group follows. */
export async function mayChange(ctx: MyContext): Promise<boolean> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return true;
  // An anonymous administrator posts as the group itself.
  if (ctx.msg?.sender_chat?.id === chat.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.api.getChatMember(chat.id, ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}

function replyOptions(ctx: MyContext): { replyTo?: number } {
  return ctx.chat?.type !== "private" && ctx.msg?.message_id !== undefined ? { replyTo: ctx.msg.message_id } : {};
}

function listKeyboard(a: Alerts, subs: readonly Subscription[], lang: Lang): InlineKeyboard | undefined {
  if (subs.length === 0) return undefined;
  const kb = new InlineKeyboard();
  for (const s of subs) kb.text(subscriptionCopy[lang].removeButton(s), `${SUB_REMOVE_PREFIX}${a.refs.idFor("sub", `${s.kind}\n${s.target}`)}`).row();
  return kb;
}

/**
 * /subscribe (/dangky), /unsubscribe (/huydangky), /subscriptions (/dsdangky), their buttons,
 * and the "see more" buttons under alerts.
 */
export function subscriptionsFeature(deps: BotDeps): Composer<MyContext> {
  const composer = new Composer<MyContext>();
  const ad = deps.alerts;
  if (!ad) return composer;
  const a = ad.alerts;

  const subscribe = async (ctx: MyContext, target: SubscriptionTarget): Promise<FormattedString> =>
    a.subscriptions.add(ctx.chat!.id, target, chatLang(ctx)) ? subscriptionCopy[chatLang(ctx)].subscribed(target) : subscriptionCopy[chatLang(ctx)].alreadySubscribed(target);

  composer.command(commandNames("subscribe"), async (ctx) => {
    const text = ctx.match.trim();
    if (text.length > MAX_ARGUMENT) return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].tooLong, replyOptions(ctx)));
    if (!(await mayChange(ctx))) return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].notAdmin, replyOptions(ctx)));
    const r = resolveTarget(deps.knowledge(), text);
    if (r.status === "not_found") return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].notFound(text), replyOptions(ctx)));
    if (r.status === "ambiguous") {
      const kb = new InlineKeyboard();
      for (const u of r.candidates) kb.text(`${u.name} (${u.province})`.slice(0, 60), `${SUB_PICK_PREFIX}${a.refs.idFor("unit-id", u.id)}`).row();
      const names = r.candidates.map((u) => `${u.name} (${u.province})`);
      return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].ambiguous(text, names), { ...replyOptions(ctx), keyboard: kb }));
    }
    await sendFormatted(ctx, await subscribe(ctx, r.target), replyOptions(ctx));
  });

  composer.command(commandNames("unsubscribe"), async (ctx) => {
    const text = ctx.match.trim();
    if (text.length > MAX_ARGUMENT) return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].tooLong, replyOptions(ctx)));
    if (!(await mayChange(ctx))) return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].notAdmin, replyOptions(ctx)));
    if (text === "") return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].unsubscribedAll(a.subscriptions.removeChat(ctx.chat.id)), replyOptions(ctx)));
    const r = resolveTarget(deps.knowledge(), text);
    const targets = r.status === "ok" ? [r.target] : r.status === "ambiguous" ? r.candidates.map(unitTarget) : [];
    const removed = targets.filter((t) => a.subscriptions.remove(ctx.chat.id, t.kind, t.target));
    if (removed.length === 0) return void (await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].notSubscribedTo(text), { ...replyOptions(ctx), ...keyboardOf(listKeyboard(a, a.subscriptions.list(ctx.chat.id), chatLang(ctx))) }));
    await sendFormatted(ctx, FormattedString.join(removed.map((t) => subscriptionCopy[chatLang(ctx)].unsubscribed(t)), "\n"), replyOptions(ctx));
  });

  composer.command(commandNames("subscriptions"), async (ctx) => {
    const subs = a.subscriptions.list(ctx.chat.id);
    await sendFormatted(ctx, subscriptionCopy[chatLang(ctx)].list(subs), { ...replyOptions(ctx), ...keyboardOf(listKeyboard(a, subs, chatLang(ctx))) });
  });

  // A group upgraded to a supergroup keeps what it followed, before any alert has to find out by a 400.
  composer.on("message:migrate_to_chat_id", async (ctx, next) => {
    a.subscriptions.migrateChat(ctx.chat.id, ctx.message.migrate_to_chat_id);
    await next();
  });

  composer.on("callback_query:data").filter(
    (ctx) => /^(sub|al):/.test(ctx.callbackQuery.data),
    async (ctx) => {
      const data = ctx.callbackQuery.data;
      if (!CallbackSchema.safeParse(data).success || !ctx.chat) {
        await ignoreHarmless(ctx.answerCallbackQuery({ text: alertCopy[chatLang(ctx)].staleButton }));
        return;
      }
      const id = Number(data.slice(data.lastIndexOf(":") + 1));
      if (data.startsWith(ALERT_TABLE_PREFIX) || data.startsWith(ALERT_UNIT_PREFIX)) {
        await ignoreHarmless(ctx.answerCallbackQuery());
        const { dataset, entriesByUnit } = deps.knowledge();
        if (data.startsWith(ALERT_TABLE_PREFIX)) {
          const tableId = a.refs.valueOf("table", id);
          const view = tableId === null ? null : composeTableDetail(dataset, tableId, entriesByUnit);
          if (!view) return void (await ctx.reply(alertCopy[chatLang(ctx)].detailGone));
          for (const part of renderTableDetail(view, chatLang(ctx))) await sendFormatted(ctx, part);
          return;
        }
        const ref = a.refs.valueOf("unit", id);
        const [tableId, unitId] = ref?.split("\n") ?? [];
        const view = tableId && unitId ? composeUnitDetail(dataset, tableId, unitId, entriesByUnit) : null;
        if (!view) return void (await ctx.reply(alertCopy[chatLang(ctx)].detailGone));
        await sendFormatted(ctx, renderUnitDetail(view, chatLang(ctx)));
        return;
      }
      if (!(await mayChange(ctx))) {
        await ignoreHarmless(ctx.answerCallbackQuery({ text: subscriptionCopy[chatLang(ctx)].notAdminButton, show_alert: true }));
        return;
      }
      if (data.startsWith(SUB_PICK_PREFIX)) {
        const unitId = a.refs.valueOf("unit-id", id);
        const unit = unitId === null ? undefined : deps.knowledge().unitById.get(unitId);
        if (!unit) return void (await ignoreHarmless(ctx.answerCallbackQuery({ text: alertCopy[chatLang(ctx)].staleButton })));
        await ignoreHarmless(ctx.answerCallbackQuery());
        await sendFormatted(ctx, await subscribe(ctx, unitTarget(unit)));
        return;
      }
      const ref = a.refs.valueOf("sub", id);
      const [kind, target] = ref?.split("\n") ?? [];
      const sub = a.subscriptions.list(ctx.chat.id).find((s) => s.kind === kind && s.target === target);
      if (!sub || !a.subscriptions.remove(ctx.chat.id, sub.kind, sub.target)) {
        await ignoreHarmless(ctx.answerCallbackQuery({ text: subscriptionCopy[chatLang(ctx)].missingButton }));
        return;
      }
      await ignoreHarmless(ctx.answerCallbackQuery({ text: subscriptionCopy[chatLang(ctx)].removedButton }));
      const subs = a.subscriptions.list(ctx.chat.id);
      const list = subscriptionCopy[chatLang(ctx)].list(subs);
      const kb = listKeyboard(a, subs, chatLang(ctx));
      await ignoreHarmless(
        ctx.editMessageText(list.text, { entities: list.entities, ...(kb ? { reply_markup: kb } : {}) }),
      );
    },
  );

  return composer;
}

function keyboardOf(kb: InlineKeyboard | undefined): { keyboard?: InlineKeyboard } {
  return kb ? { keyboard: kb } : {};
}
