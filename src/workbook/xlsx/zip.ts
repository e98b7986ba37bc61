/**
 * A minimal ZIP reader and writer (Node only) for the `.xlsx` fast path: an `.xlsx` file is a ZIP of XML parts,
 * and a large workbook's table sheets are passed through from the file read to the file written without ExcelJS
 * building a cell object per cell (see `lazySheets.ts`). Entries that do not change are copied with their
 * compressed bytes as they are, so only the parts that change are compressed again.
 *
 * Reads what Excel, LibreOffice and ExcelJS write (stored or deflated entries, data descriptors, UTF-8 names);
 * not ZIP64 (an `.xlsx` over 4 GB) or encrypted archives, which are reported as unreadable.
 *
 * Why not jszip (which ExcelJS uses, and which the tests use to look inside written files): it packs and unpacks
 * with pako, in JavaScript, and offers no way to pass already-compressed data in or out. Measured on the
 * 2,000-person sample (238 MB of sheet XML, 23 MB file; CPU seconds, same machine, same minute): unpacking every
 * sheet 3.08 s with jszip against 1.11 s with Node's zlib here, and writing the file with a new 30 MB part 0.96 s
 * against 0.20 s. The report unpacks each large sheet twice (to cut it at load, to read its table), so jszip
 * would add about 5 s of a 15 s budget. What this file needs of ZIP is small (a central directory, local headers,
 * CRC-32 from Node) and its tests read its output back with jszip.
 */
import zlib from "node:zlib";

/** One entry of an archive: its name and its data as stored (compressed or not). */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  /** Uncompressed size in bytes. */
  size: number;
  /** The data as stored in the archive. */
  data: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/**
 * Lists the entries of a ZIP archive.
 * @param zip - the archive's bytes.
 * @returns its entries in central-directory order.
 * @throws Error when the bytes are not a ZIP archive this reader understands.
 */
export function readZip(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("not a ZIP archive (no end of central directory)");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error("damaged ZIP central directory");
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (flags & 1) throw new Error(`encrypted ZIP entry ${name}`);
    if (method !== 0 && method !== 8) throw new Error(`unsupported compression ${method} of ${name}`);
    if (compressed === 0xffffffff || offset === 0xffffffff)
      throw new Error("ZIP64 archives are not supported");
    if (zip.readUInt32LE(offset) !== LOCAL) throw new Error(`damaged ZIP entry ${name}`);
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    entries.push({ name, method, crc, size, data: zip.subarray(start, start + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * @param entry - an entry.
 * @returns its uncompressed bytes.
 */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  // One output buffer of the size the archive gives (and a byte more, so zlib sees the end without asking for a
  // next one): Node's default 16 kB pieces cost more in copying them together than the unpacking itself for a
  // 100 MB sheet.
  return zlib.inflateRawSync(entry.data, { chunkSize: Math.max(64, entry.size + 1) });
}

/**
 * @param entry - an entry.
 * @returns its content as UTF-8 text.
 */
export function entryText(entry: ZipEntry): string {
  return entryBytes(entry).toString("utf8");
}

/**
 * Makes a deflated entry.
 * @param name - the entry's path in the archive.
 * @param content - its content (text is written as UTF-8).
 * @returns the entry.
 */
export function deflatedEntry(name: string, content: string | Buffer): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  // Large parts (a table sheet of a 2,000-person workbook is tens of MB) at a faster level: the file is a little
  // bigger, the save several times quicker.
  const level = bytes.length > 4_000_000 ? 1 : 6;
  return {
    name,
    method: 8,
    crc: crc32(bytes),
    size: bytes.length,
    data: zlib.deflateRawSync(bytes, { level }),
  };
}

/**
 * Makes a deflated entry from its content in pieces, without ever holding the whole content (a generated
 * 2,000-person sheet is a hundred MB of XML): each piece is compressed on its own and ends on a byte boundary
 * (a full flush), so the pieces join into one valid deflate stream, closed by an empty final block. The
 * checksum is carried from piece to piece.
 * @param name - the entry's path in the archive.
 * @param pieces - its content, in order (text is written as UTF-8).
 * @returns the entry.
 */
export function deflatedEntryOf(name: string, pieces: Iterable<string | Buffer>): ZipEntry {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    crc = crc32(bytes, crc);
    size += bytes.length;
    out.push(zlib.deflateRawSync(bytes, { level: 1, finishFlush: zlib.constants.Z_FULL_FLUSH }));
  }
  out.push(zlib.deflateRawSync(Buffer.alloc(0)));
  return { name, method: 8, crc, size, data: Buffer.concat(out) };
}

/**
 * Writes the fields a local header and a central directory header share, from "version needed" to the name's
 * length (the extra field's length and what follows stay 0).
 * @param header - the header being written.
 * @param at - where "version needed" stands in it (4 in a local header, 6 in a central one).
 * @param entry - the entry.
 * @param nameLength - the length of its UTF-8 name.
 */
function writeEntryFields(header: Buffer, at: number, entry: ZipEntry, nameLength: number): void {
  // 1980-01-01 00:00, the earliest DOS date: the same workbook always gives the same bytes.
  const time = 0;
  const date = (1 << 5) | 1;
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(entry.method, at + 4);
  header.writeUInt16LE(time, at + 6);
  header.writeUInt16LE(date, at + 8);
  header.writeUInt32LE(entry.crc >>> 0, at + 10);
  header.writeUInt32LE(entry.data.length, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/**
 * Writes a ZIP archive.
 * @param entries - the entries, in order.
 * @returns the archive's bytes.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    writeEntryFields(local, 4, entry, name.length);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(20, 4); // version made by
    writeEntryFields(head, 6, entry, name.length);
    head.writeUInt32LE(offset, 42);
    central.push(head, name);
    parts.push(local, name, entry.data);
    offset += 30 + name.length + entry.data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

let table: Int32Array | undefined;

/**
 * CRC-32 of bytes (ZIP's checksum): Node's own where it has one (20.15 and later), else a table-driven loop.
 * @param bytes - the data.
 * @param previous - the checksum of the data before these bytes (0 for none).
 * @returns the checksum, unsigned.
 */
export function crc32(bytes: Buffer, previous = 0): number {
  const native = (zlib as unknown as { crc32?: (data: Buffer, value?: number) => number }).crc32;
  if (native) return native(bytes, previous) >>> 0;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~previous;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
