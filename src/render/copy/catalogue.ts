import type { Lang } from "../../answer/types.js";

export type { Lang };

/**
 * Every catalogue of user-facing text has this one shape: `CATALOGUE[lang].key`. The English half must
 * have the Vietnamese half's keys and signatures, so a message missing in one language does not compile
 * (and test/render-copy.test.ts checks the same at run time).
 */
export function bilingual<V extends object>(vi: V, en: NoInfer<V>): Record<Lang, V> {
  return { vi, en };
}
