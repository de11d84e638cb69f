import { renderAsync } from "@resvg/resvg-js";
import * as vega from "vega";
import * as vl from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import { FONT_FAMILY, FONT_FILES, fontMetrics, textWidth } from "./font.js";

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}
type WidthFn = (item: TextItem, text: unknown) => number;

/**
 * Without a canvas, vega guesses 0.8 em per character, which leaves huge margins beside long
 * Vietnamese names. vega lets a caller replace `textMetrics.width` (vl-convert does the same), so
 * layout uses the advance widths of the very font resvg draws with.
 */
function installTextMetrics(): void {
  const metrics = (vega as unknown as { textMetrics: { width: WidthFn } }).textMetrics;
  const faces = fontMetrics();
  metrics.width = (item, text) => {
    const size = item.fontSize ?? 11;
    const weight = item.fontWeight;
    const bold = weight === "bold" || (typeof weight === "number" && weight >= 600);
    return textWidth(bold ? faces.bold : faces.regular, text == null ? "" : String(text).trim(), size);
  };
}

let ready = false;
function setUp(): void {
  if (ready) return;
  installTextMetrics();
  ready = true;
}

const quietLogger = vega.logger(vega.None);

/** Scale of the PNG relative to the SVG's CSS pixels: Telegram shows photos up to ~1280 px wide. */
export const PNG_ZOOM = 2;

/** vega-lite spec → SVG text, laid out with the packaged font's metrics; no browser, no canvas. */
export async function specToSvg(spec: TopLevelSpec): Promise<string> {
  setUp();
  const compiled = vl.compile(spec, { logger: quietLogger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger: quietLogger });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * SVG → PNG with resvg, using only the packaged DejaVu fonts (system fonts are never consulted).
 * resvg renders on a libuv worker thread, so a chart being drawn never stalls the bot's other updates.
 */
export async function svgToPng(svg: string, zoom = PNG_ZOOM): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    fitTo: { mode: "zoom", value: zoom },
    background: "white",
  });
  return image.asPng();
}

export async function specToImages(spec: TopLevelSpec): Promise<{ svg: string; png: Buffer }> {
  const svg = await specToSvg(spec);
  return { svg, png: await svgToPng(svg) };
}
