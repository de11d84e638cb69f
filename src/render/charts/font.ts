import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** The family name charts ask for; resvg maps it to the files below and nothing else. */
export const FONT_FAMILY = "DejaVu Sans";

const require = createRequire(import.meta.url);

/**
 * Font files come from the dejavu-fonts-ttf npm package, never from the machine: DejaVu Sans has every
 * precomposed Vietnamese letter, so "Bắc Ninh" renders the same on any server.
 */
export const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;

/** Advance widths of one TrueType font, enough to measure a line of text as resvg will draw it. */
export interface FontMetrics {
  unitsPerEm: number;
  /** advance width (font units) by code point */
  advance: Map<number, number>;
  /** advance of the glyph drawn for characters the font lacks */
  missing: number;
}

function tableOffsets(font: Buffer): Map<string, number> {
  const count = font.readUInt16BE(4);
  const out = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    out.set(font.toString("latin1", rec, rec + 4), font.readUInt32BE(rec + 8));
  }
  return out;
}

/** Read `head`, `hhea`, `hmtx` and the Unicode BMP `cmap` (format 4) subtable of a TrueType font. */
export function parseFontMetrics(font: Buffer): FontMetrics {
  const tables = tableOffsets(font);
  const need = (tag: string): number => {
    const off = tables.get(tag);
    if (off === undefined) throw new Error(`Font has no '${tag}' table`);
    return off;
  };
  const unitsPerEm = font.readUInt16BE(need("head") + 18);
  const numberOfHMetrics = font.readUInt16BE(need("hhea") + 34);
  const hmtx = need("hmtx");
  const glyphAdvance = (glyph: number): number =>
    font.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const cmap = need("cmap");
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    const platform = font.readUInt16BE(rec);
    const encoding = font.readUInt16BE(rec + 2);
    const off = cmap + font.readUInt32BE(rec + 4);
    if (font.readUInt16BE(off) === 4 && ((platform === 3 && encoding === 1) || platform === 0)) sub = off;
  }
  if (sub < 0) throw new Error("Font has no Unicode BMP cmap subtable");

  const segX2 = font.readUInt16BE(sub + 6);
  const ends = sub + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  const advance = new Map<number, number>();
  for (let s = 0; s < segX2; s += 2) {
    const end = font.readUInt16BE(ends + s);
    const start = font.readUInt16BE(starts + s);
    const delta = font.readInt16BE(deltas + s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const at = rangeOffsets + s + rangeOffset + 2 * (c - start);
        glyph = font.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) advance.set(c, glyphAdvance(glyph));
    }
  }
  return { unitsPerEm, advance, missing: glyphAdvance(0) };
}

/** Width in pixels of `text` set in `metrics` at `fontSize` px (no kerning: a hair wider, never narrower than needed for layout). */
export function textWidth(metrics: FontMetrics, text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text.normalize("NFC")) units += metrics.advance.get(ch.codePointAt(0) ?? 0) ?? metrics.missing;
  return (units * fontSize) / metrics.unitsPerEm;
}

let loaded: { regular: FontMetrics; bold: FontMetrics } | null = null;

/** Metrics of the regular and bold faces, read from the package once per process. */
export function fontMetrics(): { regular: FontMetrics; bold: FontMetrics } {
  loaded ??= {
    regular: parseFontMetrics(readFileSync(FONT_FILES.regular)),
    bold: parseFontMetrics(readFileSync(FONT_FILES.bold)),
  };
  return loaded;
}
