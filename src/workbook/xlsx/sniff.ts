/**
 * What a file that is not an `.xlsx` workbook seems to be, from its first bytes — so the CLIs can say "this is a
 * CSV file" or "this is an encrypted workbook" instead of passing on a zip library's message. Shared by every CLI
 * through `XlsxWorkbook.load`; only the first 64 KiB of a file are read.
 */
import { KpiError } from "../../core/errors";

/** What a file seems to be. `xlsx` means a zip archive holding an Excel workbook part. */
export type FileKind =
  "xlsx" | "empty" | "ole" | "zipOther" | "docx" | "pptx" | "pdf" | "csv" | "text" | "binary";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether the zip's (uncompressed) entry names mention `name` — entry names are stored as plain text. */
function mentions(bytes: Uint8Array, name: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name, 0, "latin1");
}

/** Decodes text strictly, or null when the bytes are not valid in that encoding. */
function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text a person could have typed or exported: no control characters other than tab, CR, LF and form feed. */
function looksLikeText(text: string): boolean {
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

/**
 * Sniffs a file's kind from its bytes (the magic numbers, then the text encodings a CSV export uses).
 * @param bytes - the file's bytes (the first 64 KiB are enough).
 * @returns the kind. `ole` is a compound file: an encrypted (password-protected) workbook or an old `.xls`.
 * @example sniffFile(Buffer.from("Name,Team\nLi,North\n")) // "csv"
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (mentions(bytes, "xl/workbook")) return "xlsx";
    if (mentions(bytes, "word/")) return "docx";
    if (mentions(bytes, "ppt/")) return "pptx";
    return "zipOther";
  }
  if (startsWith(bytes, OLE)) return "ole";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  // A CSV cut at 64 KiB may end inside a multi-byte character: drop the last few bytes before decoding.
  const head = bytes.length > 65_536 ? bytes.subarray(0, 65_532) : bytes;
  const utf16 = startsWith(head, [0xff, 0xfe])
    ? "utf-16le"
    : startsWith(head, [0xfe, 0xff])
      ? "utf-16be"
      : null;
  const text = decode(head, utf16 ?? "utf-8") ?? (utf16 ? null : decode(head, "gbk"));
  if (text === null || !looksLikeText(text)) return "binary";
  const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
  return /[,;\t]/.test(firstLine) ? "csv" : "text";
}

/** The first bytes of a file or buffer: enough to sniff, without reading a large workbook twice. */
async function headOf(source: string | ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  if (typeof source !== "string") return source instanceof Uint8Array ? source : new Uint8Array(source);
  const { open } = await import("node:fs/promises");
  const handle = await open(source, "r");
  try {
    const buffer = Buffer.alloc(65_536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Refuses, with words a user understands, a file that is clearly not an `.xlsx` workbook. Zip archives pass (an
 * `.xlsx` is one; its workbook part may lie beyond the sniffed bytes) unless they are clearly Word or PowerPoint.
 * @param source - a file path or the file's bytes.
 * @param file - the name shown in the message.
 * @throws KpiError "value" `workbook.err.notXlsx.<kind>` naming the file and what it seems to be.
 */
export async function assertXlsxFile(source: string | ArrayBuffer | Uint8Array, file: string): Promise<void> {
  let head: Uint8Array;
  try {
    head = await headOf(source);
  } catch (error) {
    throw new KpiError("value", "workbook.err.fileRead", {
      file,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const kind = sniffFile(head);
  if (kind === "xlsx" || kind === "zipOther") return;
  throw new KpiError("value", `workbook.err.notXlsx.${kind}`, { file });
}
