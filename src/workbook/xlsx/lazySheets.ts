/**
 * Large worksheets kept as XML between loading and saving an `.xlsx` file (the fast path of `XlsxWorkbook` for
 * 2,000-person workbooks; the approach is described in `sheetXml.ts`).
 *
 * - {@link keepLargeSheets} cuts the cell data out of every worksheet part above a size and gives ExcelJS the file
 *   with stubs instead;
 * - {@link restoreKeptSheets} puts the cell data back into the file ExcelJS wrote: styles renumbered as ExcelJS
 *   renumbered them, and the loaded file's shared strings placed first in the written file's shared-string list
 *   (the kept cells refer to them by index), the written sheets' own string indices moved up behind them.
 */
import {
  lastRowIn,
  readDateStyles,
  readSharedStrings,
  restyle,
  splitSheetBytes,
  splitSheetXml,
  styleMapOf,
  stubSheetXml,
  stylesUsedIn,
  STYLE_ROW,
  type CellContext,
} from "./sheetXml";
import {
  deflatedEntry,
  deflatedEntryOf,
  entryBytes,
  entryText,
  readZip,
  writeZip,
  type ZipEntry,
} from "./zip";

/** A worksheet whose cells are kept as XML. */
export interface KeptSheet {
  /** The sheet's name when it was loaded. */
  name: string;
  /**
   * The loaded sheet part, still compressed: its cells are unpacked when a table on it is read and when the file
   * is written, rather than held as text (hundreds of MB at 2,000 people) the whole time.
   */
  source?: ZipEntry;
  /** For a sheet made in this session: its `<sheetData>` content, given the index each style key was written as. */
  build?: (styleOf: (key: number) => number) => Iterable<string | Buffer>;
  /** Its `<dimension>` element ("" for none). */
  dimension: string;
  /**
   * For a loaded sheet: its XML before and after the cell data as loaded. When ExcelJS writes the stub back with
   * the same text around the cells and the same style indices, the loaded part is copied to the file as it is,
   * still compressed, instead of being unpacked and packed again.
   */
  frame?: { head: string; tail: string };
  /** The style indices its cells use, in the order the stub holds them. */
  styles: number[];
  /**
   * The stub's row of one cell per style (see `sheetXml.ts`): the row after the sheet's last, so that ExcelJS,
   * which keeps a sheet's rows in an array by row number, does not walk a million empty places on every save.
   */
  styleRow: number;
  /**
   * A loaded sheet's part as unpacked at load, until its cells are first read (a report reads every table once
   * right after loading): one unpacking fewer of the largest parts. Dropped when read and when the file is written.
   */
  unpacked?: Buffer;
}

/** What {@link keepLargeSheets} made. */
export interface KeptFile {
  /** The file with stubs in place of the large sheets, for ExcelJS to load. */
  stubs: Buffer;
  sheets: KeptSheet[];
  /** Shared strings and date styles of the file; `items` is the shared-string list's `<si>` elements as written. */
  context: CellContext & { items: string };
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SST_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
const SST_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/** Decodes the few entities an attribute value (a sheet name) can hold. */
function attributeText(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * @param entries - a workbook's parts.
 * @returns sheet name → worksheet part path, from the workbook part and its relationships.
 */
function sheetParts(entries: readonly ZipEntry[]): Map<string, string> {
  const find = (name: string) => entries.find((e) => e.name === name);
  const workbook = find("xl/workbook.xml");
  const rels = find("xl/_rels/workbook.xml.rels");
  const parts = new Map<string, string>();
  if (!workbook || !rels) return parts;
  const targets = new Map<string, string>();
  for (const m of entryText(rels).matchAll(/<Relationship\s[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of entryText(workbook).matchAll(/<sheet\s[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) parts.set(attributeText(name), target);
  }
  return parts;
}

/**
 * Reads the manual row page breaks of every worksheet, which ExcelJS drops when it loads a file (it writes the
 * breaks of sheets made in the session only): a report's statements would lose their page per person as soon as
 * the workbook is saved again.
 * @param bytes - an `.xlsx` file (or its stubbed copy from {@link keepLargeSheets}: stubs keep everything but cells).
 * @returns sheet name → 1-based rows a page starts after (Excel's `<brk id>`), for sheets that have any.
 */
export function readRowBreaks(bytes: Buffer): Map<string, number[]> {
  const breaks = new Map<string, number[]>();
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch {
    return breaks;
  }
  for (const [name, path] of sheetParts(entries)) {
    const entry = entries.find((e) => e.name === path);
    if (!entry) continue;
    const xml = entryText(entry);
    const start = xml.indexOf("<rowBreaks", xml.lastIndexOf("</sheetData>"));
    if (start < 0) continue;
    const end = xml.indexOf("</rowBreaks>", start);
    const rows = [...xml.slice(start, end < 0 ? undefined : end).matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map(
      (m) => Number(m[1]),
    );
    if (rows.length > 0) breaks.set(name, rows);
  }
  return breaks;
}

/** A kept sheet's cell data as UTF-8 bytes: the `<sheetData>` content is `bytes[start, end)`. */
export interface KeptBytes {
  bytes: Buffer;
  start: number;
  end: number;
}

/**
 * @param sheet - a kept sheet.
 * @returns its `<sheetData>` content as bytes, in style keys for a made sheet (for reading values, which do not
 *   depend on styles). A loaded sheet is unpacked but not decoded: the reader reads the bytes.
 */
export function keptBytes(sheet: KeptSheet): KeptBytes {
  if (sheet.source) {
    const bytes = sheet.unpacked ?? entryBytes(sheet.source);
    sheet.unpacked = undefined;
    const parts = splitSheetBytes(bytes);
    return parts ? { bytes, start: parts.start, end: parts.end } : { bytes, start: 0, end: 0 };
  }
  // Made cells are read without their styles: a style key is no index into the loaded file's date styles.
  const pieces = sheet.build ? [...sheet.build(() => 0)] : [];
  const bytes = Buffer.concat(pieces.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));
  return { bytes, start: 0, end: bytes.length };
}

/**
 * @param sheet - a kept sheet.
 * @returns its `<sheetData>` content as text (for inspection in tests; reading goes through {@link keptBytes}).
 */
export function keptRows(sheet: KeptSheet): string {
  const { bytes, start, end } = keptBytes(sheet);
  return bytes.toString("utf8", start, end);
}

/**
 * Cuts the cells out of the worksheets larger than `threshold` bytes.
 * @param bytes - an `.xlsx` file.
 * @param threshold - the size (uncompressed XML) from which a sheet is kept as XML.
 * @returns the stubbed file and the kept sheets, or null when no sheet is that large (or the file is not a ZIP
 *   this reader understands: ExcelJS then reads it, and reports what is wrong).
 */
export function keepLargeSheets(bytes: Buffer, threshold: number): KeptFile | null {
  if (!Number.isFinite(threshold)) return null;
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes);
  } catch {
    return null;
  }
  const large = [...sheetParts(entries)].filter(([, path]) => {
    const entry = entries.find((e) => e.name === path);
    return entry !== undefined && entry.size > threshold;
  });
  if (large.length === 0) return null;
  const sst = entries.find((e) => e.name === "xl/sharedStrings.xml");
  const styles = entries.find((e) => e.name === "xl/styles.xml");
  const sstXml = sst ? entryText(sst) : "";
  const items = (sstXml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).join("");
  const context = {
    strings: readSharedStrings(sstXml),
    dates: styles ? readDateStyles(entryText(styles)) : [],
    items,
  };
  const sheets: KeptSheet[] = [];
  const replaced = new Map<string, ZipEntry>();
  for (const [name, path] of large) {
    const entry = entries.find((e) => e.name === path)!;
    const bytes = entryBytes(entry);
    const parts = splitSheetBytes(bytes);
    if (!parts) continue;
    const rows = bytes.subarray(parts.start, parts.end);
    const used = stylesUsedIn(rows);
    const styleRow = Math.min(STYLE_ROW, lastRowIn(rows) + 1 || STYLE_ROW);
    const { head, tail, dimension } = parts;
    sheets.push({
      name,
      source: entry,
      dimension,
      styles: used,
      frame: { head, tail },
      styleRow,
      unpacked: bytes,
    });
    replaced.set(
      path,
      deflatedEntry(path, stubSheetXml({ head, tail, dimension, rows: "" }, used, styleRow)),
    );
  }
  if (sheets.length === 0) return null;
  const stubs = writeZip(entries.map((e) => replaced.get(e.name) ?? e));
  return { stubs, sheets, context };
}

/**
 * @returns whether a loaded sheet ExcelJS wrote back from its stub is the sheet as loaded: the same XML around
 *   the cells (the dimension being the kept one) and every style at the index it had.
 */
function unchanged(
  written: { head: string; tail: string; dimension: string },
  frame: { head: string; tail: string },
  dimension: string,
  map: ReadonlyMap<number, number>,
): boolean {
  for (const [from, to] of map) if (from !== to) return false;
  const head = written.dimension ? written.head.replace(written.dimension, dimension) : written.head;
  return (
    withoutDefaults(head) === withoutDefaults(frame.head) &&
    withoutDefaults(written.tail) === withoutDefaults(frame.tail)
  );
}

/**
 * Attributes ExcelJS adds, at their default values, when it writes back a sheet it loaded: 100 % zoom, one copy,
 * page numbers from 1. A sheet that differs from the loaded one only by them is the loaded sheet.
 */
const DEFAULTS_ADDED =
  / (?:zoomScale|zoomScaleNormal)="100"| (?:firstPageNumber|useFirstPageNumber|copies)="1"/g;

function withoutDefaults(xml: string): string {
  return xml.replace(DEFAULTS_ADDED, "");
}

/** Bytes restyled at a time: whole rows of about this many bytes. */
const RESTYLE_PIECE = 4_000_000;

/**
 * @param kept - cell data as bytes.
 * @param map - old → new style index.
 * @param piece - about how many bytes to renumber at a time (whole rows).
 * @returns the cell data with its styles renumbered, in pieces (the bytes themselves when nothing changes). Style
 *   attributes are ASCII, so each piece is renumbered as Latin-1 text, which gives back exactly the bytes it was
 *   made from.
 */
export function* restyledPieces(
  kept: KeptBytes,
  map: ReadonlyMap<number, number>,
  piece = RESTYLE_PIECE,
): Iterable<Buffer> {
  const { bytes, start, end } = kept;
  let identity = true;
  for (const [from, to] of map) if (from !== to) identity = false;
  if (identity) {
    yield bytes.subarray(start, end);
    return;
  }
  for (let at = start; at < end;) {
    const cut = bytes.indexOf("</row>", Math.min(end, at + piece), "latin1");
    const next = cut < 0 || cut >= end ? end : cut + 6;
    yield Buffer.from(restyle(bytes.toString("latin1", at, next), map), "latin1");
    at = next;
  }
}

/**
 * Puts kept cells back into a file ExcelJS wrote from stubs.
 * @param written - the file ExcelJS wrote; parts it stored unpacked are packed here (with Node's zlib, several
 *   times faster than jszip's packing in JavaScript: the notes of a 2,000-person report are 15 MB of XML).
 * @param sheets - the kept sheets still in the workbook, under their current names.
 * @param items - the loaded file's shared strings (`<si>` elements), which the kept cells refer to by index.
 * @returns the complete file.
 */
export function restoreKeptSheets(written: Buffer, sheets: readonly KeptSheet[], items: string): Buffer {
  const entries = readZip(written);
  const parts = sheetParts(entries);
  const keptPaths = new Map<string, KeptSheet>();
  for (const sheet of sheets) {
    const path = parts.get(sheet.name);
    if (path) keptPaths.set(path, sheet);
  }
  const base = (items.match(/<si>|<si\/>/g) ?? []).length;
  const out = new Map<string, ZipEntry>();
  // The written file's own strings go after the loaded file's: every other sheet's string indices move up.
  const sst = entries.find((e) => e.name === "xl/sharedStrings.xml");
  const ownItems = sst ? (entryText(sst).match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).join("") : "";
  const own = sst ? (ownItems.match(/<si>|<si\/>/g) ?? []).length : 0;
  const total = base + own;
  out.set(
    "xl/sharedStrings.xml",
    deflatedEntry(
      "xl/sharedStrings.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN_NS}" count="${total}" uniqueCount="${total}">${items}${ownItems}</sst>`,
    ),
  );
  for (const [name, path] of parts) {
    void name;
    const entry = entries.find((e) => e.name === path);
    if (!entry) continue;
    const xml = entryText(entry);
    const sheet = keptPaths.get(path);
    if (sheet) {
      const cut = splitSheetXml(xml);
      const map = styleMapOf(cut?.rows ?? "", sheet.styles, sheet.styleRow);
      if (sheet.source && cut && sheet.frame && unchanged(cut, sheet.frame, sheet.dimension, map)) {
        out.set(path, { ...sheet.source, name: path });
        continue;
      }
      if (sheet.build && cut) {
        // A sheet made in this session: its cells are made and packed piece by piece, never held whole.
        const head = cut.dimension ? cut.head.replace(cut.dimension, sheet.dimension) : cut.head;
        const build = sheet.build;
        const pieces = function* () {
          yield `${head}<sheetData>`;
          yield* build((key) => map.get(key) ?? 0);
          yield `</sheetData>${cut.tail}`;
        };
        out.set(path, deflatedEntryOf(path, pieces()));
        continue;
      }
      if (!cut) throw new Error("written sheet has no sheetData");
      // A loaded sheet whose surroundings changed (its first print set-up, say): the same cells between the
      // new head and tail, passed through as bytes — unpacked and packed again, never decoded.
      const head = cut.dimension ? cut.head.replace(cut.dimension, sheet.dimension) : cut.head;
      const kept = keptBytes(sheet);
      const pieces = function* (): Iterable<string | Buffer> {
        yield `${head}<sheetData>`;
        yield* restyledPieces(kept, map);
        yield `</sheetData>${cut.tail}`;
      };
      out.set(path, deflatedEntryOf(path, pieces()));
    } else if (base > 0 && xml.includes('t="s"')) {
      const moved = xml.replace(
        /(<c\s[^>]*?\bt="s"[^>]*>\s*<v>)(\d+)(<\/v>)/g,
        (_, open: string, index: string, close: string) => `${open}${Number(index) + base}${close}`,
      );
      out.set(path, deflatedEntry(path, moved));
    }
  }
  const result = entries.map(
    (e) => out.get(e.name) ?? (e.method === 0 && e.size > 0 ? deflatedEntry(e.name, e.data) : e),
  );
  if (!sst) {
    // ExcelJS wrote no strings of its own: the shared-string part has to be declared as well as added.
    const types = entries.find((e) => e.name === "[Content_Types].xml")!;
    const rels = entries.find((e) => e.name === "xl/_rels/workbook.xml.rels")!;
    const typesXml = entryText(types).replace(
      "</Types>",
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${SST_CONTENT}"/></Types>`,
    );
    const relsXml = entryText(rels).replace(
      "</Relationships>",
      `<Relationship Id="rIdKpiDeskSst" Type="${SST_TYPE}" Target="sharedStrings.xml"/></Relationships>`,
    );
    const fixed = result.map((e) =>
      e.name === types.name
        ? deflatedEntry(e.name, typesXml)
        : e.name === rels.name
          ? deflatedEntry(e.name, relsXml)
          : e,
    );
    fixed.push(out.get("xl/sharedStrings.xml")!);
    return writeZip(fixed);
  }
  return writeZip(result);
}
