/**
 * Text typed with the Vietnamese input method switched off leaves its keystrokes in the message:
 * Telex ("Sowr Y tees" = "Sở Y tế") or VNI ("So73 y te61"). This module reads such text back.
 *
 * Each word is decoded on its own and kept only when the result is a well-formed Vietnamese syllable
 * (a known onset, a known rime, a tone the rime allows), so English words, abbreviations and numbers
 * such as "2023" pass through unchanged. Telex is unambiguous against plain Vietnamese: no Vietnamese
 * word ends in s/f/r/x/j/z or contains aa/ee/oo/dd/w, so a plain unaccented word never decodes.
 */

type Mark = "hat" | "breve" | "horn" | "bar" | null;
type Tone = "\u0301" | "\u0300" | "\u0309" | "\u0303" | "\u0323" | "";

interface Letter {
  base: string;
  upper: boolean;
  mark: Mark;
}

interface Keyed {
  letters: Letter[];
  tone: Tone | null;
  /** whether any keystroke was read as a mark or a tone */
  changed: boolean;
}

const TELEX_TONES: Readonly<Record<string, Tone>> = { s: "\u0301", f: "\u0300", r: "\u0309", x: "\u0303", j: "\u0323", z: "" };
const VNI_TONES: Readonly<Record<string, Tone>> = { "1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323" };
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
const COMBINING: Readonly<Record<Exclude<Mark, "bar" | null>, string>> = { hat: "\u0302", breve: "\u0306", horn: "\u031b" };

const ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""];

/** Every Vietnamese rime, toneless; a syllable is an onset from ONSETS followed by one of these. */
const RIMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot oong ooc oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt
   oe oem oen oeo oet ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
   u ua uc ui um un ung up ut uân uâng uât uây uê uêch uên uênh uêt uôc uôi uôm uôn uông uôt uơ
   uy uya uych uyn uynh uyt uyu uyên uyêt ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
   y yêm yên yêng yêt yêu
   ak ăk âk êk ôk ơk uk ưk`.split(/\s+/u),
);
/** Stop finals take only the rising or the heavy tone; k closes Central Highlands names ("Đắk Lắk"). */
const STOP_FINALS = /(?:c|ch|k|p|t)$/u;

function letterOf(ch: string): Letter {
  const lower = ch.toLowerCase();
  return { base: lower, upper: lower !== ch, mark: null };
}

function spell(l: Letter): string {
  if (l.mark === "bar") return "đ";
  return l.mark === null ? l.base : (l.base + COMBINING[l.mark]).normalize("NFC");
}

/** Where the onset ends: the longest onset after which the rest is a rime ("gi" before a vowel, "qu"). */
function splitSyllable(letters: readonly Letter[]): { onset: number; rime: string } | null {
  const word = letters.map(spell).join("");
  for (const onset of ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rime = word.slice(onset.length);
    if (RIMES.has(rime)) return { onset: [...onset].length, rime };
  }
  return null;
}

/** Vowel letters after the onset: the ones a mark key may change. */
function nucleus(letters: readonly Letter[]): number[] {
  const first = letters[0]?.base;
  const second = letters[1]?.base;
  const skip = (first === "q" && second === "u") || (first === "g" && second === "i" && letters.length > 2 && VOWELS.has(letters[2]!.base)) ? 2 : 0;
  const out: number[] = [];
  for (let i = skip; i < letters.length; i++) {
    if (VOWELS.has(letters[i]!.base)) out.push(i);
    else if (out.length > 0) break;
  }
  return out;
}

/**
 * The horn or breve of a w (Telex) or 7/8 (VNI) typed after the vowels. "uo" takes two horns ("ươ")
 * unless `pairHorn` is off, the reading of the rare "uơ" ("thuở").
 */
function addHornOrBreve(letters: Letter[], want: "horn" | "breve" | "either", pairHorn: boolean): boolean {
  const vowels = nucleus(letters).filter((i) => letters[i]!.mark === null);
  if (want !== "breve") {
    const u = pairHorn ? vowels.find((i) => letters[i]!.base === "u" && letters[i + 1]?.base === "o" && letters[i + 1]!.mark === null) : undefined;
    if (u !== undefined) {
      letters[u]!.mark = "horn";
      letters[u + 1]!.mark = "horn";
      return true;
    }
    const uo = pairHorn ? vowels.find((i) => letters[i]!.base === "u" || letters[i]!.base === "o") : vowels.filter((i) => "uo".includes(letters[i]!.base)).pop();
    if (uo !== undefined) {
      letters[uo]!.mark = "horn";
      return true;
    }
  }
  if (want !== "horn") {
    const a = vowels.find((i) => letters[i]!.base === "a");
    if (a !== undefined) {
      letters[a]!.mark = "breve";
      return true;
    }
  }
  return false;
}

function addHat(letters: Letter[]): boolean {
  const target = nucleus(letters)
    .filter((i) => letters[i]!.mark === null && "aeo".includes(letters[i]!.base))
    .pop();
  if (target === undefined) return false;
  letters[target]!.mark = "hat";
  return true;
}

function hasVowel(letters: readonly Letter[]): boolean {
  return letters.some((l) => VOWELS.has(l.base));
}

function readTelex(word: string, pairHorn: boolean): Keyed | null {
  const letters: Letter[] = [];
  let tone: Tone | null = null;
  let changed = false;
  for (const ch of word) {
    const l = letterOf(ch);
    if (!/^[a-z]$/u.test(l.base)) return null;
    const last = letters[letters.length - 1];
    if (l.base === "d" && letters.length === 1 && last?.base === "d" && last.mark === null) {
      last.mark = "bar";
    } else if ("aeo".includes(l.base) && last?.base === l.base && last.mark === null) {
      last.mark = "hat";
    } else if (l.base === "w") {
      const right = last?.mark === null && last.base === "a" ? "breve" : last?.mark === null && "ou".includes(last.base) ? "horn" : "either";
      if (!addHornOrBreve(letters, right, pairHorn)) {
        if (hasVowel(letters)) return null;
        letters.push({ base: "u", upper: l.upper, mark: "horn" });
      }
    } else if (l.base in TELEX_TONES && hasVowel(letters)) {
      if (tone !== null) return null;
      tone = TELEX_TONES[l.base]!;
    } else {
      letters.push(l);
      continue;
    }
    changed = true;
  }
  return { letters, tone, changed };
}

function readVni(word: string, pairHorn: boolean): Keyed | null {
  const letters: Letter[] = [];
  let tone: Tone | null = null;
  let changed = false;
  for (const ch of word) {
    if (/^[a-zA-Z]$/u.test(ch)) {
      letters.push(letterOf(ch));
      continue;
    }
    if (!/^[1-9]$/u.test(ch) || letters.length === 0) return null;
    if (ch in VNI_TONES) {
      if (tone !== null || !hasVowel(letters)) return null;
      tone = VNI_TONES[ch]!;
    } else if (ch === "6") {
      if (!addHat(letters)) return null;
    } else if (ch === "7" || ch === "8") {
      if (!addHornOrBreve(letters, ch === "7" ? "horn" : "breve", pairHorn)) return null;
    } else {
      const d = letters[0]!;
      if (d.base !== "d" || d.mark !== null) return null;
      d.mark = "bar";
    }
    changed = true;
  }
  return { letters, tone, changed };
}

/**
 * The vowel that carries the tone, in the modern placement the dataset is stored in ("hòa", "thủy"):
 * the last vowel before a final consonant; else the last vowel with a mark (ươ → ơ); else the middle
 * of three ("ngoài"), the first otherwise ("hòa", "mùa").
 */
function toneIndex(letters: readonly Letter[], onset: number): number {
  const vowels: number[] = [];
  for (let i = onset; i < letters.length && VOWELS.has(letters[i]!.base); i++) vowels.push(i);
  const last = vowels[vowels.length - 1]!;
  if (last < letters.length - 1) return last;
  const marked = vowels.filter((i) => letters[i]!.mark !== null);
  if (marked.length > 0) return marked[marked.length - 1]!;
  return vowels.length === 3 ? vowels[1]! : vowels[0]!;
}

function render(keyed: Keyed): string | null {
  const split = splitSyllable(keyed.letters);
  if (split === null) return null;
  const tone = keyed.tone ?? "";
  if (tone !== "" && tone !== "\u0301" && tone !== "\u0323" && STOP_FINALS.test(split.rime)) return null;
  const at = tone === "" ? -1 : toneIndex(keyed.letters, split.onset);
  return keyed.letters
    .map((l, i) => {
      const s = (spell(l) + (i === at ? tone : "")).normalize("NFC");
      return l.upper ? s.toUpperCase() : s;
    })
    .join("");
}

type Reader = (word: string, pairHorn: boolean) => Keyed | null;

/** One word read with one input method; null when it has no keystrokes or does not make a syllable. */
function decodeWord(word: string, read: Reader): string | null {
  if (/[^\x00-\x7f]/u.test(word)) return null;
  for (const pairHorn of [true, false]) {
    const keyed = read(word, pairHorn);
    const decoded = keyed !== null && keyed.changed ? render(keyed) : null;
    if (decoded !== null) return decoded;
  }
  return null;
}

const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/** A word read with Telex and with VNI (null: not so typed). */
type Decodings = readonly [telex: string | null, vni: string | null];

/**
 * Each distinct word of a message read once with each input method: the check for foreign words and
 * the three readings all ask for the same words again.
 */
function decoder(): (word: string) => Decodings {
  const known = new Map<string, Decodings>();
  return (word) => {
    let d = known.get(word);
    if (d === undefined) known.set(word, (d = [decodeWord(word, readTelex), decodeWord(word, readVni)]));
    return d;
  };
}

/** Toneless rimes as written without diacritics ("uong", "ien"): what a plain unaccented syllable may end in. */
const BARE_RIMES = new Set([...RIMES].map((r) => r.normalize("NFD").replace(/\p{M}/gu, "")));
const BARE_ONSETS = ONSETS.filter((o) => o !== "đ");

/** Acronyms people type among Vietnamese words ("DTI", "gtvt", "ĐBQH" typed "ddbqh"): no vowel, or one of these. */
const ACRONYMS = new Set(["dti", "ict", "par", "pci", "papi", "sipas", "top", "ubnd", "hdnd", "cntt", "attt"]);

function isAcronym(word: string): boolean {
  return !/[aeiouy]/iu.test(word) || ACRONYMS.has(word.toLowerCase());
}

/** An acronym with Telex's "dd" or VNI's "d9" for "đ" ("ddbqh" → "đbqh", "hd9nd" → "hđnd"); any other word as typed. */
function acronym(word: string): string {
  if (!/^[a-zA-Z0-9]+$/u.test(word) || /[aeiouy]/iu.test(word) || !/[a-z]/iu.test(word)) return word;
  return word.replace(/dd|d9/giu, (dd) => (dd[0] === "D" ? "Đ" : "đ"));
}

/** Keystrokes no English or Vietnamese spelling has: "uw", "ow", "aw", "dd", a doubled vowel, a VNI tone digit. */
const KEYSTROKES = /[uoa]w|dd|aa|ee|oo|[aeiouy][1-9]/iu;
/** A Telex tone key after the word's last vowel ("tinhr"): a mark too, though English words can end so. */
const TONE_AT_END = /[aeiouy][sfrxj]$/iu;

/** Keystrokes in at least two words of the text, and in half of them: decode it before reading it plainly. */
export function looksKeyboardTyped(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9]+/u).filter((w) => w !== "" && !/^\d+$/u.test(w));
  const marked = words.filter((w) => KEYSTROKES.test(w) || TONE_AT_END.test(w)).length;
  return marked >= 2 && marked * 2 >= words.length;
}

function isBareSyllable(word: string): boolean {
  const w = word.toLowerCase();
  return BARE_ONSETS.some((o) => w.startsWith(o) && BARE_RIMES.has(w.slice(o.length)));
}

/**
 * Whether a word keeps the message from being Vietnamese typed without the input method: three or more
 * letters with a small one, neither a Vietnamese syllable as typed ("nguyen") nor once decoded
 * ("nguyeenx"). "department", "which", "score" are such words; "of", "is", "best" alone are not, and
 * decoding them ("ò", "í", "bét") is what reading an English message as Telex would do wrong.
 */
function isForeignWord(word: string, decode: (word: string) => Decodings): boolean {
  if (!/^[a-zA-Z]{3,}$/u.test(word) || !/[a-z]/u.test(word)) return false;
  if (isBareSyllable(word) || isAcronym(word)) return false;
  const [telex, vni] = decode(word);
  return telex === null && vni === null;
}

/**
 * The readings of `text` as typed with Telex, with VNI, and with both mixed (word by word), that differ
 * from the text itself; [] when no word decodes or the message has a word no Vietnamese typing explains
 * (it is English, or not typed this way). Decoded words are NFC with the modern tone placement.
 */
export function decodeKeyboardTyping(text: string): string[] {
  const input = text.normalize("NFC");
  const decode = decoder();
  const words = input.match(WORDS) ?? [];
  const foreign = new Set(words.filter((w) => isForeignWord(w, decode)));
  // English words among keystrokes ("rank cuar Sowr Y tees…") stay as typed, when at least as many other
  // words carry unmistakable keystrokes; otherwise the message is English, not Vietnamese typed so.
  if (foreign.size > 0 && words.filter((w) => !foreign.has(w) && KEYSTROKES.test(w)).length < Math.max(1, foreign.size)) return [];
  const read = (w: string, pick: (d: Decodings) => string | null) => (foreign.has(w) ? w : pick(decode(w)) ?? acronym(w));
  const readings = [
    input.replace(WORDS, (w) => read(w, (d) => d[0])),
    input.replace(WORDS, (w) => read(w, (d) => d[1])),
    input.replace(WORDS, (w) => read(w, (d) => d[0] ?? d[1])),
  ];
  return [...new Set(readings)].filter((r) => r !== input);
}
