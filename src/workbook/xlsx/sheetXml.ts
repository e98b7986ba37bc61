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

/**
 * The last row a sheet can have: the row of a stub's style cells when the kept XML does not say its last row
 * (otherwise they go in the row after it, see `KeptSheet.styleRow`).
 */
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
  const cut = cutSheetData(xml, (from, to) => xml.slice(from, to));
  return (
    cut && { head: cut.head, rows: xml.slice(cut.start, cut.end), tail: cut.tail, dimension: cut.dimension }
  );
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
  return cutSheetData(bytes, (from, to) => bytes.toString("utf8", from, to));
}

/**
 * Finds `<sheetData>` in a worksheet part, as text or as bytes (positions are the part's own: characters or
 * bytes): the text around it and where its content lies.
 * @param part - the worksheet part.
 * @param text - the part from `from` up to `to` (or its end) as text.
 * @returns the parts, or null when it has no `<sheetData>`.
 */
function cutSheetData(
  part: { indexOf(search: string, from?: number): number; lastIndexOf(search: string): number },
  text: (from: number, to?: number) => string,
): SheetBytesParts | null {
  const at = part.indexOf("<sheetData");
  if (at < 0) return null;
  const open = part.indexOf(">", at);
  if (open < 0) return null;
  const head = text(0, at);
  const dimension = /<dimension\b[^>]*\/>/.exec(head)?.[0] ?? "";
  if (text(open - 1, open) === "/")
    return { head, tail: text(open + 1), dimension, start: open + 1, end: open + 1 };
  const close = part.lastIndexOf("</sheetData>");
  if (close < open) return null;
  return { head, tail: text(close + 12), dimension, start: open + 1, end: close };
}

/**
 * The stub of a worksheet: its XML with the cells replaced by one empty cell per style in {@link STYLE_ROW}.
 * @param parts - the sheet's XML, cut.
 * @param styles - the style indices of its cells (from {@link stylesUsedIn}).
 * @param row - the row of the style cells.
 * @returns the stub's XML.
 */
export function stubSheetXml(parts: SheetXmlParts, styles: readonly number[], row = STYLE_ROW): string {
  const cells = styles.map((s, i) => `<c r="${columnLetters(i + 1)}${row}" s="${s}"/>`).join("");
  const data = styles.length > 0 ? `<sheetData><row r="${row}">${cells}</row></sheetData>` : "<sheetData/>";
  return parts.head + data + parts.tail;
}

/**
 * Reads, from a sheet ExcelJS wrote from a stub, the style index each kept style got.
 * @param rows - the written sheet's `<sheetData>` content.
 * @param styles - the kept styles, in the order the stub placed them.
 * @param styleRow - the row of the stub's style cells.
 * @returns old index → new index (a style ExcelJS wrote without `s` is the default, 0).
 */
export function styleMapOf(
  rows: string,
  styles: readonly number[],
  styleRow = STYLE_ROW,
): Map<number, number> {
  const map = new Map<number, number>();
  const row = new RegExp(`<row\\s[^>]*\\br="${styleRow}"[^>]*>([\\s\\S]*?)</row>`).exec(rows)?.[1] ?? "";
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

/** Bytes a piece of {@link XmlBytes} starts with (it grows when a piece needs more). */
const PIECE_BYTES = 1 << 20;

/**
 * Sheet XML written straight into UTF-8 bytes, piece by piece: the same bytes as joining {@link cellXml}'s text
 * and encoding it, at about half the cost for a table of millions of cells (no text is built only to be encoded).
 */
export class XmlBytes {
  private bytes = Buffer.allocUnsafe(PIECE_BYTES);
  private at = 0;

  /** Appends text as UTF-8. */
  text(text: string): void {
    // A UTF-16 code unit takes at most three bytes of UTF-8.
    const needed = this.at + text.length * 3;
    if (needed > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, needed));
      this.bytes.copy(grown, 0, 0, this.at);
      this.bytes = grown;
    }
    this.at += this.bytes.write(text, this.at, "utf8");
  }

  /**
   * Appends one cell, as {@link cellXml} writes it.
   * @param column - its column letters.
   * @param row - its row number.
   * @param value - its value (null: an empty cell that only carries its style).
   * @param style - its style index, or null for the default.
   */
  cell(column: string, row: number, value: string | number | boolean | null, style: number | null): void {
    if (typeof value === "string" && !NEEDS_ESCAPE.test(value)) {
      const s = style === null ? "" : ` s="${style}"`;
      this.text(`<c r="${column}${row}"${s} t="inlineStr"><is><t xml:space="preserve">`);
      this.text(value);
      this.text("</t></is></c>");
    } else this.text(cellXml(`${column}${row}`, value, style));
  }

  /** @returns the bytes written since the last call (a new piece starts). */
  take(): Buffer {
    const piece = this.bytes.subarray(0, this.at);
    this.bytes = Buffer.allocUnsafe(PIECE_BYTES);
    this.at = 0;
    return piece;
  }
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

// ---- reading cell values straight from the bytes ----
//
// The cell data of a 2,000-person table sheet is up to 100 MB of UTF-8. Decoding it as one string cost more than
// parsing it (and, with Chinese text, a string twice the size of the bytes), so the reader walks the bytes: only
// the values of the cells inside the table become strings, each decoded on its own.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const EQUALS = 0x3d;
const MINUS = 0x2d;
const DOT = 0x2e;
const AMP = 0x26;
const UNDERSCORE = 0x5f;
const LETTER_C = 0x63;
const LETTER_V = 0x76;
const LETTER_I = 0x69;
const LETTER_R = 0x72;
const LETTER_S = 0x73;
const LETTER_O = 0x6f;
const LETTER_W = 0x77;
const LETTER_T = 0x74;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** Whether a byte ends an element name: white space, `>` or `/`. */
function endsName(byte: number): boolean {
  return byte === 0x20 || byte === GT || byte === SLASH || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** Index of the `>` that closes the tag opened before `from` (quoted attribute values may hold `>`). */
function tagEnd(bytes: Uint8Array, from: number, to: number): number {
  let quote = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOS) quote = b;
    else if (b === GT) return i;
  }
  return -1;
}

/** Attributes of one tag the reader needs: byte ranges of `r`, `s` and `t` values (-1: absent). */
interface TagAttributes {
  r: number;
  rEnd: number;
  s: number;
  sEnd: number;
  t: number;
  tEnd: number;
}

/**
 * Finds the `r`, `s` and `t` attributes of the tag between `from` (after its name) and `to` (its `>`).
 * @param into - filled in place (one object reused for every cell).
 */
function readAttributes(bytes: Uint8Array, from: number, to: number, into: TagAttributes): void {
  into.r = into.s = into.t = -1;
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < to && bytes[i] !== EQUALS) i++;
    const nameEnd = i;
    i++;
    while (i < to && bytes[i] !== QUOTE && bytes[i] !== APOS) i++;
    const quote = bytes[i];
    const valueStart = ++i;
    while (i < to && bytes[i] !== quote) i++;
    const valueEnd = i;
    i++;
    if (nameEnd - nameStart !== 1) continue;
    const name = bytes[nameStart];
    if (name === LETTER_R) {
      into.r = valueStart;
      into.rEnd = valueEnd;
    } else if (name === LETTER_S) {
      into.s = valueStart;
      into.sEnd = valueEnd;
    } else if (name === LETTER_T) {
      into.t = valueStart;
      into.tEnd = valueEnd;
    }
  }
}

/** A whole number written as plain digits, or -1. */
function digitsValue(bytes: Uint8Array, from: number, to: number): number {
  if (from >= to) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < DIGIT_0 || b > DIGIT_9) return -1;
    n = n * 10 + (b - DIGIT_0);
  }
  return n;
}

/** Column number of an A1 reference's letters. */
function columnAt(bytes: Uint8Array, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 65 || b > 90) break;
    col = col * 26 + b - 64;
  }
  return col;
}

const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A number's value from its text, as `Number()` reads it: plain decimals of up to 15 digits directly (the quotient
 * of two exactly held numbers is rounded once, so it is the double `Number()` gives), anything else through
 * `Number()`.
 */
function numberAt(bytes: Buffer, from: number, to: number): number {
  let i = from;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < to; i++) {
    const b = bytes[i];
    if (b >= DIGIT_0 && b <= DIGIT_9) {
      mantissa = mantissa * 10 + (b - DIGIT_0);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (b === DOT && decimals < 0) decimals = 0;
    else return Number(bytes.toString("latin1", from, to));
  }
  if (digits === 0 || digits > 15) return Number(bytes.toString("latin1", from, to));
  const value = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
  return negative ? -value : value;
}

/** Whether a `<row` tag starts at `at`. */
function isRowStart(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === LT &&
    bytes[at + 1] === LETTER_R &&
    bytes[at + 2] === LETTER_O &&
    bytes[at + 3] === LETTER_W &&
    endsName(bytes[at + 4])
  );
}

/** Whether `</row>` starts at `at`. */
function isRowEnd(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === LT &&
    bytes[at + 1] === SLASH &&
    bytes[at + 2] === LETTER_R &&
    bytes[at + 3] === LETTER_O &&
    bytes[at + 4] === LETTER_W &&
    bytes[at + 5] === GT
  );
}

/** Index of `</row>` from `from`, or -1 (a native search: rows are long). */
function rowEnd(bytes: Buffer, from: number, to: number): number {
  const at = bytes.indexOf("</row>", from, "latin1");
  return at < 0 || at >= to ? -1 : at;
}

/** Index of `</x>` for a one-letter element name `x` from `from`, or -1 (a loop: cells are short). */
function closingTag(bytes: Uint8Array, letter: number, from: number, to: number): number {
  for (let i = from; i < to - 3; i++)
    if (bytes[i] === LT && bytes[i + 1] === SLASH && bytes[i + 2] === letter && bytes[i + 3] === GT) return i;
  return -1;
}

/** The first child element `<v …>` of a cell's content: the byte range of its text, or null. */
function valueRange(bytes: Buffer, from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    if (bytes[i] !== LT || bytes[i + 1] !== LETTER_V || !endsName(bytes[i + 2])) continue;
    const end = tagEnd(bytes, i + 2, to);
    if (end < 0) return null;
    if (bytes[end - 1] === SLASH) return [end, end];
    const close = closingTag(bytes, LETTER_V, end, to);
    return close < 0 ? null : [end + 1, close];
  }
  return null;
}

/** Decoded text between two bytes: UTF-8, then entities and `_xHHHH_` escapes when there are any. */
function textAt(bytes: Buffer, from: number, to: number): string {
  let escaped = false;
  for (let i = from; i < to; i++) {
    if (bytes[i] === AMP || bytes[i] === UNDERSCORE) {
      escaped = true;
      break;
    }
  }
  const text = bytes.toString("utf8", from, to);
  return escaped ? decodeXmlText(text) : text;
}

/**
 * The last inline text read in each column of a rectangle, by its bytes: a text repeated down a column (a status, a
 * team, a person's id on each of their rows) is decoded once and the same string given again — fewer strings for a
 * table of hundreds of thousands of rows to build and hold.
 */
class ColumnTexts {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly texts: string[] = [];

  /** @param bytes - the cell data every text is read from. */
  constructor(private readonly bytes: Buffer) {}

  /**
   * @returns the decoded text of `bytes[from, to)` (as {@link textAt}), the previous one of `column` when the
   *   bytes are the same.
   */
  text(from: number, to: number, column: number): string {
    const bytes = this.bytes;
    const start = this.starts[column];
    if (start !== undefined && this.ends[column] - start === to - from) {
      let i = 0;
      while (i < to - from && bytes[start + i] === bytes[from + i]) i++;
      if (i === to - from) return this.texts[column];
    }
    const text = textAt(bytes, from, to);
    this.starts[column] = from;
    this.ends[column] = to;
    this.texts[column] = text;
    return text;
  }
}

/** Whether the bytes from `from` to `to` are exactly `</is>`. */
function endsIs(bytes: Uint8Array, from: number, to: number): boolean {
  return (
    to - from === 5 &&
    bytes[from] === LT &&
    bytes[from + 1] === SLASH &&
    bytes[from + 2] === LETTER_I &&
    bytes[from + 3] === LETTER_S &&
    bytes[from + 4] === GT
  );
}

/**
 * An inline string's text (`<is>` content): a single `<t>` directly from the bytes, rich text and phonetic guides
 * through {@link itemText}.
 */
function inlineText(
  bytes: Buffer,
  from: number,
  to: number,
  texts: ColumnTexts | null,
  column: number,
): string | null {
  // The common form: <is><t>…</t></is> or <is><t xml:space="preserve">…</t></is>.
  if (
    bytes[from] === LT &&
    bytes[from + 1] === LETTER_I &&
    bytes[from + 2] === LETTER_S &&
    bytes[from + 3] === GT &&
    bytes[from + 4] === LT &&
    bytes[from + 5] === LETTER_T &&
    endsName(bytes[from + 6])
  ) {
    const open = tagEnd(bytes, from + 6, to);
    if (open < 0) return null;
    if (bytes[open - 1] === SLASH) {
      if (endsIs(bytes, open + 1, to)) return "";
    } else {
      const close = closingTag(bytes, LETTER_T, open, to);
      if (close >= 0 && endsIs(bytes, close + 4, to))
        return texts ? texts.text(open + 1, close, column) : textAt(bytes, open + 1, close);
    }
  }
  const content = bytes.toString("utf8", from, to);
  const at = content.indexOf("<is");
  if (at < 0) return null;
  const open = content.indexOf(">", at);
  if (content[open - 1] === "/") return "";
  const close = content.indexOf("</is>", open);
  return close < 0 ? null : itemText(content.slice(open + 1, close));
}

/** A cell's value as ExcelJS would unwrap it (`rawOf`): formulas as their cached result, errors as their code. */
function cellValue(
  bytes: Buffer,
  attrs: TagAttributes,
  from: number,
  to: number,
  context: CellContext,
  texts: ColumnTexts | null,
  column: number,
): RawCell {
  // The type by its first letter and length: s, str, inlineStr, b, e, d, n (absent: a number).
  const type = attrs.t < 0 ? 0 : bytes[attrs.t];
  const typeLength = attrs.tEnd - attrs.t;
  if (type === LETTER_I) return inlineText(bytes, from, to, texts, column);
  const v = valueRange(bytes, from, to);
  if (v === null) return null;
  const [start, end] = v;
  if (type === LETTER_S && typeLength === 1) {
    const index = digitsValue(bytes, start, end);
    return context.strings[index < 0 ? Number(bytes.toString("latin1", start, end)) : index] ?? null;
  }
  if (type === LETTER_S) return textAt(bytes, start, end); // str: a formula's text result
  if (type === 0x62) {
    // b
    const text = bytes.toString("latin1", start, end);
    return text === "1" || text === "true";
  }
  if (type === 0x65) return textAt(bytes, start, end); // e
  if (type === 0x64) {
    // d
    const text = bytes.toString("latin1", start, end);
    return new Date(text.endsWith("Z") || text.length <= 10 ? text : `${text}Z`);
  }
  const n = numberAt(bytes, start, end);
  if (attrs.s >= 0) {
    const style = digitsValue(bytes, attrs.s, attrs.sEnd);
    if (style >= 0 && context.dates[style]) return dateOfSerial(n);
  }
  return n;
}

/**
 * Reads a rectangle of cell values from a sheet's cell data.
 * @param rows - the `<sheetData>` content, as text or as UTF-8 bytes.
 * @param box - the rectangle (1-based, inclusive).
 * @param context - shared strings and date styles.
 * @param range - with bytes: the byte range of the `<sheetData>` content (default: all of them).
 * @returns the values, row by row (blank cells `null`).
 */
export function readBoxValues(
  rows: string | Buffer,
  box: Box,
  context: CellContext,
  range?: { start: number; end: number },
): RawCell[][] {
  const width = box.right - box.left + 1;
  const values: RawCell[][] = Array.from({ length: box.bottom - box.top + 1 }, () =>
    new Array<RawCell>(width).fill(null),
  );
  eachBoxRow(
    rows,
    box,
    context,
    (row) => values[row - box.top],
    () => undefined,
    range,
  );
  return values;
}

/**
 * Reads a rectangle of cell values row by row, for a reader that uses each row at once and keeps none (a table of
 * hundreds of thousands of rows then never exists as raw cells).
 * @param rows - the `<sheetData>` content, as text or as UTF-8 bytes.
 * @param box - the rectangle (1-based, inclusive).
 * @param context - shared strings and date styles.
 * @param cellsOf - the array to read a row's cells into (by column - `box.left`), blank: the same one for every row
 *   if the reader keeps none. Rows of the rectangle the XML does not hold are never asked for (they are blank).
 * @param visit - called after each row is read, in the order of the XML (ascending row numbers in any file Excel,
 *   LibreOffice or ExcelJS writes).
 * @param range - with bytes: the byte range of the `<sheetData>` content (default: all of them).
 */
export function eachBoxRow(
  rows: string | Buffer,
  box: Box,
  context: CellContext,
  cellsOf: (row: number) => RawCell[],
  visit: (row: number, cells: RawCell[]) => void,
  range?: { start: number; end: number },
): void {
  const bytes = typeof rows === "string" ? Buffer.from(rows, "utf8") : rows;
  const to = range?.end ?? bytes.length;
  const attrs: TagAttributes = { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };
  const texts = new ColumnTexts(bytes);
  let pos = range?.start ?? 0;
  let rowNumber = 0;
  for (;;) {
    // The next row mostly starts right where the last one ended: looked at before a (costlier) native search.
    let start = pos;
    if (!isRowStart(bytes, pos) || pos >= to) {
      start = bytes.indexOf("<row", pos, "latin1");
      while (start >= 0 && start < to && !endsName(bytes[start + 4]))
        start = bytes.indexOf("<row", start + 4, "latin1");
    }
    if (start < 0 || start >= to) break;
    const open = tagEnd(bytes, start + 4, to);
    if (open < 0) break;
    readAttributes(bytes, start + 4, open, attrs);
    const r = attrs.r < 0 ? -1 : digitsValue(bytes, attrs.r, attrs.rEnd);
    rowNumber = r < 0 ? rowNumber + 1 : r;
    if (bytes[open - 1] === SLASH) {
      pos = open + 1;
      continue;
    }
    if (rowNumber > box.bottom) break;
    if (rowNumber < box.top) {
      const end = rowEnd(bytes, open, to);
      if (end < 0) break;
      pos = end + 6;
      continue;
    }
    const out = cellsOf(rowNumber);
    let col = 0;
    let at = open + 1;
    // The row's cells are read up to its `</row>`, found on the way (a row is read once, not searched first).
    let end = -1;
    while (at < to) {
      if (bytes[at] !== LT) {
        at++;
        continue;
      }
      if (isRowEnd(bytes, at)) {
        end = at;
        break;
      }
      if (bytes[at + 1] !== LETTER_C || !endsName(bytes[at + 2])) {
        at++;
        continue;
      }
      const close = tagEnd(bytes, at + 2, to);
      if (close < 0) break;
      readAttributes(bytes, at + 2, close, attrs);
      col = attrs.r < 0 ? col + 1 : columnAt(bytes, attrs.r, attrs.rEnd);
      const contentStart = close + 1;
      let contentEnd = contentStart;
      if (bytes[close - 1] === SLASH) at = close + 1;
      else {
        const cellEnd = closingTag(bytes, LETTER_C, close, to);
        if (cellEnd < 0) break;
        contentEnd = cellEnd;
        at = cellEnd + 4;
      }
      if (col < box.left || col > box.right || contentEnd === contentStart) continue;
      out[col - box.left] = cellValue(bytes, attrs, contentStart, contentEnd, context, texts, col);
    }
    // A cell left open: the row ends at its `</row>` all the same.
    if (end < 0) end = rowEnd(bytes, Math.min(at, to), to);
    if (end < 0) break;
    visit(rowNumber, out);
    pos = end + 6;
  }
}

/** Bytes {@link stylesUsedIn} searches at a time (whole rows). */
const SCAN_PIECE = 4_000_000;

/**
 * @param bytes - cell data (`<sheetData>` content) as UTF-8 bytes.
 * @returns the distinct style indices its rows and cells use, ascending.
 *
 * A kept sheet of a 2,000-person workbook is up to 100 MB, nearly all of it cells that repeat a handful of styles,
 * so the bytes are not walked one by one: a string search finds each `s="` (then `s='`), and only a style index
 * not seen yet is checked to be the `s` attribute of a `<c>` or `<row>` tag — its tag found back from the last
 * `<` before it (`<` cannot stand in an attribute value) and read as the cell reader reads tags. The same `s="7"`
 * inside text or another attribute's value is then ignored.
 */
export function stylesUsedIn(bytes: Uint8Array): number[] {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = data.length;
  const seen = new Set<number>();
  /** The styles seen, for the first 64K indices (a lookup cheaper than the set's, once per styled cell). */
  const found = new Uint8Array(1 << 16);
  const attrs: TagAttributes = { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };
  /** Whether `s=` at `at` is the style attribute of a row or cell tag, its value starting at `value`. */
  const isStyleOfTag = (at: number, value: number): boolean => {
    const open = at > 0 ? data.lastIndexOf(LT, at - 1) : -1;
    if (open < 0) return false;
    let name = open + 1;
    if (data[name] === LETTER_C) name += 1;
    else if (data[name] === LETTER_R && data[name + 1] === LETTER_O && data[name + 2] === LETTER_W) name += 3;
    else return false;
    if (!endsName(data[name])) return false;
    const end = tagEnd(data, name, n);
    if (end < value) return false;
    readAttributes(data, name, end, attrs);
    return attrs.s === value;
  };
  // Searched in Latin-1 text (one character per byte, so positions are byte positions) a few MB at a time, cut
  // after a row: a string search costs less per match than a search of the bytes, and styled cells are dense.
  for (let from = 0; from < n;) {
    const cut = data.indexOf("</row>", Math.min(n, from + SCAN_PIECE), "latin1");
    const to = cut < 0 ? n : cut + 6;
    const text = data.toString("latin1", from, to);
    for (const quote of [QUOTE, APOS]) {
      const needle = quote === QUOTE ? 's="' : "s='";
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 3)) {
        let i = at + 3;
        let style = 0;
        let code = text.charCodeAt(i);
        while (code >= DIGIT_0 && code <= DIGIT_9) {
          style = style * 10 + (code - DIGIT_0);
          code = text.charCodeAt(++i);
        }
        if (i === at + 3 || code !== quote || (style < found.length ? found[style] === 1 : seen.has(style)))
          continue;
        if (!isStyleOfTag(from + at, from + at + 3)) continue;
        seen.add(style);
        if (style < found.length) found[style] = 1;
      }
    }
    from = to;
  }
  return [...seen].sort((a, b) => a - b);
}

/**
 * @param bytes - cell data (`<sheetData>` content) as UTF-8 bytes.
 * @returns the number of the last row (its `r`), or 0 when there is none or it has no number.
 */
export function lastRowIn(bytes: Buffer): number {
  let at = bytes.lastIndexOf("<row", bytes.length, "latin1");
  while (at >= 0 && !endsName(bytes[at + 4])) at = bytes.lastIndexOf("<row", at - 1, "latin1");
  if (at < 0) return 0;
  const end = tagEnd(bytes, at + 4, bytes.length);
  if (end < 0) return 0;
  const attrs: TagAttributes = { r: -1, rEnd: -1, s: -1, sEnd: -1, t: -1, tEnd: -1 };
  readAttributes(bytes, at + 4, end, attrs);
  return attrs.r < 0 ? 0 : Math.max(0, digitsValue(bytes, attrs.r, attrs.rEnd));
}
