/**
 * The keystrokes a person types for a Vietnamese text with the input method switched off: the inverse
 * of `decodeKeyboardTyping`, for property tests. Each tone key goes either right after its vowel (and
 * the vowel's mark key) or at the end of the word, the two habits the decoder must accept.
 */
export type Method = "telex" | "vni";
export type TonePlace = "after-vowel" | "end";

const TONES: Readonly<Record<string, { telex: string; vni: string }>> = {
  "\u0301": { telex: "s", vni: "1" },
  "\u0300": { telex: "f", vni: "2" },
  "\u0309": { telex: "r", vni: "3" },
  "\u0303": { telex: "x", vni: "4" },
  "\u0323": { telex: "j", vni: "5" },
};

function markKeys(base: string, mark: string, method: Method): string {
  const upper = base !== base.toLowerCase();
  const key = (telex: string, vni: string) => (method === "vni" ? vni : upper ? telex.toUpperCase() : telex);
  if (mark === "\u0302") return key(base.toLowerCase(), "6");
  if (mark === "\u0306") return key("w", "8");
  if (mark === "\u031b") return key("w", "7");
  return "";
}

function typeWord(word: string, method: Method, place: TonePlace): string {
  let out = "";
  let tone = "";
  for (const ch of word.normalize("NFC")) {
    if (ch === "đ" || ch === "Đ") {
      out += ch === "đ" ? "d" : "D";
      out += method === "vni" ? "9" : "d";
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const base = parts[0]!;
    out += base;
    for (const m of parts.slice(1)) {
      const t = TONES[m];
      if (t === undefined) out += markKeys(base, m, method);
      else tone = method === "vni" ? t.vni : t.telex;
    }
    if (tone !== "" && place === "after-vowel") {
      out += tone;
      tone = "";
    }
  }
  return out + tone;
}

/** `text` as typed key by key with Telex or VNI; punctuation and spacing unchanged. */
export function typeWithoutKeyboard(text: string, method: Method, place: TonePlace): string {
  return text.normalize("NFC").replace(/[\p{L}\p{M}]+/gu, (w) => typeWord(w, method, place));
}
