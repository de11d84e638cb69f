import type { Lang } from "./catalogue.js";

/** The bot's name as a credit under charts and exports. */
export const BOT_NAME: Record<Lang, string> = { vi: "Bot tra cứu xếp hạng DTI", en: "DTI ranking bot" };
