/**
 * Reading and splicing worksheet XML directly, for the `.xlsx` adapter's large sheets (see `XlsxWorkbook`'s
 * `lazySheetBytes`): ExcelJS builds an object per cell (about 700 bytes and several microseconds each), which for
 * the 2,000-person workbook's 4 million table cells meant minutes and gigabytes. A large sheet is instead kept as
 * its `<sheetData>` XML: ExcelJS loads the sheet without its cells (a "stub": everything else about the sheet —
 * columns, views, tables, merges, notes, print set-up — is still ExcelJS's), values are read from the XML when a
 * table is read, and the XML is put back into the sheet ExcelJS writes.
 *
 * Cell styles are indices into the file's style list, which ExcelJS renumbers when it writes. So that the kept
 * XML's indices stay right, the stub holds one empty cell per style the sheet uses, in the last row of the sheet
 * ({@link STYLE_ROW}); after ExcelJS has written the file, those cells say which index each style got.
 */
import { dateOfSerial, type RawCell } from "../../model";
import { columnLetters, type Box } from "./cells";

/** The row of a stub that holds one cell per style of the kept XML: the last row a sheet can have. */
export const STYLE_ROW = 1048576;

/** A worksheet's XML cut around its cell data. */
export interface SheetXmlParts {
  /** Everything before `<sheetData`. */
  head: string;
  /** The content of `<sheetData>` (rows), without the element itself. */
  rows: string;
  /** Everything after `</sheetData>`. */
  tail: string;
  /** The `<dimension .../>` element, or "" when there is none. */
  dimension: string;
}

/**
 * Cuts a worksheet's XML around `<sheetData>`.
 * @param xml - the worksheet part.
 * @returns the parts, or null when the XML has no `<sheetData>`.
 */
export function splitSheetXml(xml: string): SheetXmlParts | null {
  const start = xml.indexOf("<sheetData");
  if (start < 0) return null;
  const open = xml.indexOf(">", start);
  const dimension = /<dimension\b[^>]*\/>/.exec(xml.slice(0, start))?.[0] ?? "";
  if (xml[open - 1] === "/")
    return { head: xml.slice(0, start), rows: "", tail: xml.slice(open + 1), dimension };
  const close = xml.indexOf("</sheetData>", open);
  if (close < 0) return null;
  return {
    head: xml.slice(0, start),
    rows: xml.slice(open + 1, close),
    tail: xml.slice(close + 12),
    dimension,
  };
}

const STYLE_ATTR = /(<(?:c|row)\s[^>]*?\bs=")(\d+)"/g;

/** Where a worksheet part's cell data lies in its bytes, and the small text around it. */
export interface SheetBytesParts {
  /** Everything before `<sheetData`, as text. */
  head: string;
  /** Everything after `</sheetData>` (or after `<sheetData/>`), as text. */
  tail: string;
  /** The `<dimension .../>` element, or "" when there is none. */
  dimension: string;
  /** Byte range of the content of `<sheetData>` (empty for `<sheetData/>`). */
  start: number;
  end: number;
}

/**
 * Cuts a worksheet part around `<sheetData>` without decoding its cells as text (a 2,000-person table sheet is
 * 100 MB, mostly cells: only the few kilobytes around them become strings).
 * @param bytes - the worksheet part, uncompressed.
 * @returns the parts, or null when it has no `<sheetData>`.
 */
export function splitSheetBytes(bytes: Buffer): SheetBytesParts | null {
  const at = bytes.indexOf("<sheetData");
  if (at < 0) return null;
  const open = bytes.indexOf(">", at);
  if (open < 0) return null;
  const head = bytes.toString("utf8", 0, at);
  const dimension = /<dimension\b[^>]*\/>/.exec(head)?.[0] ?? "";
  if (bytes[open - 1] === 0x2f) {
    return { head, tail: bytes.toString("utf8", open + 1), dimension, start: open + 1, end: open + 1 };
  }
  const close = bytes.lastIndexOf("</sheetData>");
  if (close < open) return null;
  return { head, tail: bytes.toString("utf8", close + 12), dimension, start: open + 1, end: close };
}

/**
 * @param bytes - cell data (`<sheetData>` content) as UTF-8 bytes.
 * @returns the distinct style indices its rows and cells use, ascending.
 */
export function stylesUsedIn(bytes: Buffer): number[] {
  // Latin-1 maps each byte to one character without decoding: the markup searched for is ASCII.
  return stylesUsed(bytes.toString("latin1"));
}

/**
 * @param rows - the content of `<sheetData>`.
 * @returns the distinct style indices its rows and cells use, ascending.
 */
export function stylesUsed(rows: string): number[] {
  const seen = new Set<number>();
  for (const m of rows.matchAll(STYLE_ATTR)) seen.add(Number(m[2]));
  return [...seen].sort((a, b) => a - b);
}

/**
 * The stub of a worksheet: its XML with the cells replaced by one empty cell per style in {@link STYLE_ROW}.
 * @param parts - the sheet's XML, cut.
 * @param styles - the style indices of its cells (from {@link stylesUsed}).
 * @returns the stub's XML.
 */
export function stubSheetXml(parts: SheetXmlParts, styles: readonly number[]): string {
  const cells = styles.map((s, i) => `<c r="${columnLetters(i + 1)}${STYLE_ROW}" s="${s}"/>`).join("");
  const data =
    styles.length > 0 ? `<sheetData><row r="${STYLE_ROW}">${cells}</row></sheetData>` : "<sheetData/>";
  return parts.head + data + parts.tail;
}

/**
 * Reads, from a sheet ExcelJS wrote from a stub, the style index each kept style got.
 * @param rows - the written sheet's `<sheetData>` content.
 * @param styles - the kept styles, in the order the stub placed them.
 * @returns old index → new index (a style ExcelJS wrote without `s` is the default, 0).
 */
export function styleMapOf(rows: string, styles: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  const row = new RegExp(`<row\\s[^>]*\\br="${STYLE_ROW}"[^>]*>([\\s\\S]*?)</row>`).exec(rows)?.[1] ?? "";
  const written = new Map<string, number>();
  for (const m of row.matchAll(/<c\s([^>]*?)\/?>/g)) {
    const ref = /\br="([A-Z]+)\d+"/.exec(m[1])?.[1];
    const s = /\bs="(\d+)"/.exec(m[1])?.[1];
    if (ref) written.set(ref, s === undefined ? 0 : Number(s));
  }
  styles.forEach((s, i) => map.set(s, written.get(columnLetters(i + 1)) ?? 0));
  return map;
}

/**
 * Renumbers the styles of kept cell data.
 * @param rows - `<sheetData>` content.
 * @param map - old → new style index.
 * @returns the content with every row and cell style renumbered (unchanged when the map changes nothing).
 */
export function restyle(rows: string, map: ReadonlyMap<number, number>): string {
  let identity = true;
  for (const [from, to] of map) if (from !== to) identity = false;
  if (identity) return rows;
  return rows.replace(STYLE_ATTR, (_, start: string, s: string) => `${start}${map.get(Number(s)) ?? s}"`);
}

/**
 * Puts kept cell data into a sheet ExcelJS wrote from a stub.
 * @param written - the sheet's XML as ExcelJS wrote it.
 * @param rows - the kept `<sheetData>` content, styles already renumbered.
 * @param dimension - the kept `<dimension>` element ("" for none).
 * @returns the sheet's XML.
 */
export function spliceSheetXml(written: string, rows: string, dimension: string): string {
  const parts = splitSheetXml(written);
  if (!parts) throw new Error("written sheet has no sheetData");
  const head = parts.dimension ? parts.head.replace(parts.dimension, dimension) : parts.head;
  return `${head}<sheetData>${rows}</sheetData>${parts.tail}`;
}

const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * One cell as sheet XML: text inline (no shared-string list to keep in step), numbers and booleans as values.
 * @param ref - its A1 address.
 * @param value - its value (null: an empty cell that only carries its style).
 * @param style - its style index, or null for the default.
 * @returns the `<c>` element.
 */
export function cellXml(ref: string, value: string | number | boolean | null, style: number | null): string {
  const s = style === null ? "" : ` s="${style}"`;
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  // Control characters are not allowed in XML: Excel's _xHHHH_ escape, which the reader turns back.
  const safe = !NEEDS_ESCAPE.test(value)
    ? value
    : value
        .replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"))
        .replace(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
          (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, "0")}_`,
        );
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${safe}</t></is></c>`;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * @param text - XML text content.
 * @returns the text with entities and character references decoded, and Excel's `_xHHHH_` escapes of control
 *   characters turned back into the characters.
 */
export function decodeXmlText(text: string): string {
  let s = text;
  if (s.includes("&"))
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? whole),
    );
  if (s.includes("_x"))
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
function itemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let text = "";
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) text += m[1] ?? "";
  return decodeXmlText(text);
}

/**
 * @param xml - the shared-strings part (`xl/sharedStrings.xml`).
 * @returns the strings, by index.
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    strings.push(m[1] === undefined ? "" : itemText(m[1]));
  return strings;
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/**
 * @param code - a number-format code.
 * @returns whether it shows a date or time (as ExcelJS decides when it turns a number into a `Date`).
 */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

/**
 * @param xml - the styles part (`xl/styles.xml`).
 * @returns per cell style index, whether its number format is a date (such numbers are read as `Date`s, as
 *   ExcelJS reads them).
 */
export function readDateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g))
    codes.set(Number(m[1]), decodeXmlText(m[2]));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "";
  const dates: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\s([^>]*?)\/?>/g)) {
    const id = Number(/\bnumFmtId="(\d+)"/.exec(m[1])?.[1] ?? 0);
    const code = codes.get(id);
    dates.push(code === undefined ? DATE_FORMAT_IDS.has(id) : isDateCode(code));
  }
  return dates;
}

/** What a sheet's cell values need beyond the sheet: the workbook's shared strings and date styles. */
export interface CellContext {
  strings: readonly string[];
  dates: readonly boolean[];
}

/** The value of `name="…"` in a tag's text, or null. */
function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return null;
  const start = at + name.length + 3;
  return tag.slice(start, tag.indexOf('"', start));
}

/** Column number of an A1 reference's letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  return col;
}

/** Text between `<name …>` and `</name>` inside a cell, or null. */
function element(xml: string, name: string): string | null {
  const open = xml.indexOf(`<${name}`);
  if (open < 0) return null;
  const end = xml.indexOf(">", open);
  if (xml[end - 1] === "/") return "";
  const close = xml.indexOf(`</${name}>`, end);
  return close < 0 ? null : xml.slice(end + 1, close);
}

/** A cell's value as ExcelJS would unwrap it (`rawOf`): formulas as their cached result, errors as their code. */
function cellValue(tag: string, content: string, context: CellContext): RawCell {
  const type = attribute(tag, "t");
  if (type === "inlineStr") {
    const item = element(content, "is");
    return item === null ? null : itemText(item);
  }
  const v = element(content, "v");
  if (v === null) return null;
  switch (type) {
    case "s":
      return context.strings[Number(v)] ?? null;
    case "str":
      return decodeXmlText(v);
    case "b":
      return v === "1" || v === "true";
    case "e":
      return decodeXmlText(v);
    case "d":
      return new Date(v.endsWith("Z") || v.length <= 10 ? v : `${v}Z`);
    default: {
      const n = Number(v);
      const style = attribute(tag, "s");
      return style !== null && context.dates[Number(style)] ? dateOfSerial(n) : n;
    }
  }
}

/**
 * Reads a rectangle of cell values from a sheet's cell data.
 * @param rows - the `<sheetData>` content.
 * @param box - the rectangle (1-based, inclusive).
 * @param context - shared strings and date styles.
 * @returns the values, row by row (blank cells `null`).
 */
export function readBoxValues(rows: string, box: Box, context: CellContext): RawCell[][] {
  const width = box.right - box.left + 1;
  const values: RawCell[][] = Array.from({ length: box.bottom - box.top + 1 }, () =>
    new Array<RawCell>(width).fill(null),
  );
  let pos = 0;
  let rowNumber = 0;
  for (;;) {
    const start = rows.indexOf("<row", pos);
    if (start < 0) break;
    const open = rows.indexOf(">", start);
    const rowTag = rows.slice(start, open);
    const r = attribute(rowTag, "r");
    rowNumber = r === null ? rowNumber + 1 : Number(r);
    if (rows[open - 1] === "/") {
      pos = open + 1;
      continue;
    }
    const end = rows.indexOf("</row>", open);
    if (rowNumber > box.bottom) break;
    if (rowNumber >= box.top) {
      const out = values[rowNumber - box.top];
      let col = 0;
      let at = open + 1;
      for (;;) {
        const c = rows.indexOf("<c", at);
        if (c < 0 || c > end) break;
        const next = rows.charCodeAt(c + 2);
        // "<c" followed by a space, "/" or ">" only: not another element that begins with c.
        if (next !== 32 && next !== 47 && next !== 62 && next !== 9 && next !== 10 && next !== 13) {
          at = c + 2;
          continue;
        }
        const tagEnd = rows.indexOf(">", c);
        const tag = rows.slice(c, tagEnd);
        const ref = attribute(tag, "r");
        col = ref === null ? col + 1 : columnOf(ref);
        let content = "";
        if (rows[tagEnd - 1] === "/") at = tagEnd + 1;
        else {
          const close = rows.indexOf("</c>", tagEnd);
          content = rows.slice(tagEnd + 1, close);
          at = close + 4;
        }
        if (col < box.left || col > box.right) continue;
        out[col - box.left] = content === "" ? null : cellValue(tag, content, context);
      }
    }
    pos = end + 6;
  }
  return values;
}
