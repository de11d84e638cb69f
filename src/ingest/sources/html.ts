import { isTag, isText, type ChildNode, type Element } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";
import { LineSink } from "./sink.js";
import type { SourceLimits, SourceText } from "./types.js";

/** Page furniture, not the document: menus, forms, scripts, sidebars. */
const IGNORED = new Set([
  "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select", "textarea",
  "iframe", "svg", "canvas", "object", "video", "audio", "map", "menu", "footer",
]);
/** Class or id words that CMS themes give to the same furniture. */
const FURNITURE = /^(nav|navbar|navigation|menu|mainmenu|topmenu|submenu|breadcrumbs?|footer|sidebar|share|sharing|social|cookies?|banner|related|comments?|pagination|pager|toolbar)$/u;
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
  "dd", "blockquote", "pre", "figure", "figcaption", "address", "center", "hr", "br", "tr", "td", "th", "caption",
  "table", "tbody", "thead", "tfoot", "body", "html",
]);
const MAX_COLSPAN = 200;

function isFurniture(el: Element, insideContent: boolean): boolean {
  if (IGNORED.has(el.name)) return true;
  // A page header holds the site's name and menu; an article's own <header> holds its title.
  if (el.name === "header" && !insideContent) return true;
  if (el.attribs.role === "navigation" || el.attribs.hidden !== undefined || el.attribs["aria-hidden"] === "true") return true;
  // "menu-left", "site_footer", "box-related": any word of a class or id.
  const words = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`.toLowerCase().split(/[\s_-]+/u);
  return words.some((w) => FURNITURE.test(w));
}

/** The text of a cell: every piece of text inside it, blocks and line breaks read as spaces. */
function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || IGNORED.has(node.name)) return "";
  const inner = node.children.map(textOf).join("");
  return BLOCKS.has(node.name) ? ` ${inner} ` : inner;
}

/** Rows of a table, its own only: those of tables nested inside belong to them. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of el.children) {
      if (!isTag(child)) continue;
      if (child.name === "tr") rows.push(child);
      else if (child.name === "thead" || child.name === "tbody" || child.name === "tfoot") visit(child);
    }
  };
  visit(table);
  return rows;
}

const spanOf = (value: string | undefined, max: number): number => {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
};

/**
 * The table as a grid: a cell spanning rows or columns prints its text once, at its top-left
 * position; the positions it covers are empty cells, so every row keeps the columns it had.
 * A column in which no cell starts (every position covered by a neighbour's colspan) is layout,
 * not data, and is left out.
 */
function tableGrid(table: Element): string[][] {
  const rows = rowsOf(table);
  const grid: { text: string; origin: boolean }[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const td of tr.children) {
      if (!isTag(td) || (td.name !== "td" && td.name !== "th")) continue;
      while (line[c] !== undefined) c++;
      const colspan = spanOf(td.attribs.colspan, MAX_COLSPAN);
      // rowspan="0" means "to the end of the table".
      const rowspan = td.attribs.rowspan === "0" ? rows.length - r : spanOf(td.attribs.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++)
        for (let dc = 0; dc < colspan; dc++) grid[r + dr]![c + dc] = dr === 0 && dc === 0 ? { text: textOf(td), origin: true } : { text: "", origin: false };
      c += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  const kept = Array.from({ length: width }, (_, col) => col).filter((col) => grid.some((line) => line[col]?.origin === true));
  return grid.map((line) => kept.map((col) => line[col]?.text ?? ""));
}

const hasNestedTable = (table: Element): boolean => DomUtils.findOne((el) => el.name === "table", table.children, true) !== null;

/**
 * A saved web page (or the HTML of a Word file) as lines: every data table row by row, and the
 * headings and paragraphs around them; menus, headers, footers, scripts and forms left out.
 * A table holding other tables lays out the page and is read as blocks, not rows.
 */
export function readHtml(html: string, fileName: string, limits: SourceLimits, format: "html" | "docx" = "html"): SourceText {
  const sink = new LineSink(fileName, limits);
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  let paragraphs = 0;
  let tables = 0;
  let pending = "";
  const flush = (): void => {
    if (pending.trim() !== "") sink.paragraph(pending, `đoạn ${++paragraphs}`);
    pending = "";
  };
  const walk = (node: ChildNode, insideContent: boolean): void => {
    if (isText(node)) {
      pending += node.data;
      return;
    }
    if (!isTag(node) || isFurniture(node, insideContent)) return;
    const content = insideContent || node.name === "article" || node.name === "main";
    if (node.name === "table" && !hasNestedTable(node)) {
      flush();
      const k = ++tables;
      const caption = node.children.find((c): c is Element => isTag(c) && c.name === "caption");
      if (caption) sink.paragraph(textOf(caption), `bảng ${k}, tiêu đề`);
      tableGrid(node).forEach((cells, r) => sink.row(cells, `bảng ${k}, hàng ${r + 1}`));
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) flush();
    for (const child of node.children) walk(child, content);
    if (block) flush();
  };
  for (const child of doc.children) walk(child, false);
  flush();
  return sink.done(format);
}
