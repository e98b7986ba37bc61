/**
 * Checksums and change detection for locked payouts: a canonical text form of rows, a short hash of it, and the
 * list of differences between a locked snapshot and the rows as they are now.
 *
 * Decisions:
 * - **Canonical form.** Object keys sorted (so two rows with the same fields in another order serialize alike);
 *   numbers rounded to 15 significant digits — what an Excel cell keeps, so a figure written to the workbook and
 *   read back hashes the same — with −0 written as 0; `undefined` and `""` are blank, written as `null` exactly
 *   like a blank cell (the workbook cannot tell an empty text from an empty cell). Non-finite numbers are refused:
 *   rows never hold them, and a checksum over one would not survive the trip through a cell.
 * - **Hash.** FNV-1a, 64-bit, over the UTF-8 bytes of the canonical text, as 16 lower-case hex digits. Core must be
 *   synchronous and pure, which rules out SubtleCrypto (asynchronous) and Node's crypto (I/O module). FNV-1a
 *   detects accidental and casual edits reliably; it is not a cryptographic signature — anyone who can edit the
 *   workbook can also recompute it — and the product does not claim otherwise.
 * - **Scope.** A snapshot holds only the rows that produced a payout (chosen by the caller); a change to any other
 *   row is, by construction, not in either snapshot and so never reported.
 */
import { KpiError } from "./errors";

/** A cell as a snapshot keeps it. */
export type SnapshotCell = string | number | boolean | null;

/** One row of a snapshot: column key → value. */
export type SnapshotRow = Readonly<Record<string, SnapshotCell>>;

/** Rows of one table by row id. */
export type SnapshotTable = Readonly<Record<string, SnapshotRow>>;

/** The rows that produced a result, by table and row id. */
export type Snapshot = Readonly<Record<string, SnapshotTable>>;

/** One difference between a locked snapshot and the current rows. */
export type SnapshotChange =
  | {
      kind: "changed";
      table: string;
      id: string;
      column: string;
      from: SnapshotCell;
      to: SnapshotCell;
    }
  | { kind: "added"; table: string; id: string; row: SnapshotRow }
  | { kind: "removed"; table: string; id: string; row: SnapshotRow };

/** How to take the rows of one table into a snapshot. */
export interface SnapshotScope<R> {
  /** The row's identity within its table. */
  id: (row: R) => string;
  /** Whether the row belongs to the snapshot. */
  include: (row: R) => boolean;
}

/** Significant digits a number keeps (Excel stores 15). */
const DIGITS = 15;

/**
 * A cell in canonical form.
 * @param value - any cell value.
 * @returns `null` for blank (`null`, `undefined`, `""`), the number at 15 significant digits, or the value.
 * @throws KpiError (`num`) for NaN or ±Infinity.
 * @example canonicalCell(0.1 + 0.2) // 0.3
 */
export function canonicalCell(value: unknown): SnapshotCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new KpiError("num", "err.notFinite", { arg: "value" });
    const rounded = Number(value.toPrecision(DIGITS));
    return rounded === 0 ? 0 : rounded;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * The canonical text of a value: JSON with sorted object keys, canonical cells and no whitespace outside strings.
 * @param value - cells, arrays and plain objects nested in any way.
 * @returns the same text for equal content, whatever the key order.
 * @throws KpiError (`num`) for a non-finite number anywhere inside.
 * @example canonicalJson({ b: 1, a: "" }) // '{"a":null,"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(canonicalCell(value));
}

// FNV-1a 64-bit in two 32-bit halves: plain numbers keep it fast (BigInt per byte is several times slower).
const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
const PRIME_LO = 0x1b3; // the prime is 2^40 + 0x1b3

/**
 * FNV-1a 64-bit hash of a text's UTF-8 bytes.
 * @param text - any text.
 * @returns 16 lower-case hex digits.
 * @example fnv1a64("") // "cbf29ce484222325"
 * @example fnv1a64("a") // "af63dc4c8601ec8c"
 */
export function fnv1a64(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  // UTF-8 by hand (TextEncoder is not available in every test environment, and the bytes must match exactly),
  // one code unit at a time with no allocation: snapshots run to tens of thousands of characters.
  let pending = 0;
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (code < 0x80) {
      bytes[0] = code;
      pending = 1;
    } else if (code < 0x800) {
      bytes[0] = 0xc0 | (code >> 6);
      bytes[1] = 0x80 | (code & 0x3f);
      pending = 2;
    } else if (code < 0x10000) {
      bytes[0] = 0xe0 | (code >> 12);
      bytes[1] = 0x80 | ((code >> 6) & 0x3f);
      bytes[2] = 0x80 | (code & 0x3f);
      pending = 3;
    } else {
      bytes[0] = 0xf0 | (code >> 18);
      bytes[1] = 0x80 | ((code >> 12) & 0x3f);
      bytes[2] = 0x80 | ((code >> 6) & 0x3f);
      bytes[3] = 0x80 | (code & 0x3f);
      pending = 4;
    }
    for (let k = 0; k < pending; k++) {
      lo = (lo ^ bytes[k]) >>> 0;
      // (hi·2^32 + lo) × (2^40 + 0x1b3) mod 2^64: the 2^40 part only adds lo·2^8 to the high half.
      const low = lo * PRIME_LO;
      hi = (hi * PRIME_LO + Math.floor(low / 0x100000000) + ((lo << 8) >>> 0)) >>> 0;
      lo = low >>> 0;
    }
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

/**
 * The checksum of a value: FNV-1a 64 of its canonical text.
 * @param value - a snapshot or any value `canonicalJson` accepts.
 * @returns 16 hex digits.
 * @throws KpiError (`num`) for a non-finite number inside.
 * @example checksumOf({ a: 1 }) === checksumOf({ a: 1.0 }) // true
 */
export function checksumOf(value: unknown): string {
  return fnv1a64(canonicalJson(value));
}

/**
 * Takes the rows in scope of each table into a snapshot. Rows of a table absent from `scopes` are left out; a
 * second row with the same id is kept as `id#2`, `id#3`, … so that a duplicate cannot hide another row.
 * @param tables - rows by table.
 * @param scopes - per table, the row id and which rows belong.
 * @returns the snapshot (every scoped table present, possibly empty).
 * @throws KpiError (`num`) for a non-finite number in a row in scope.
 * @example takeSnapshot({ Goals: rows }, { Goals: { id: (r) => r.GoalID, include: (r) => r.ManagerID === "M1" } })
 */
export function takeSnapshot<T extends Record<string, readonly object[]>>(
  tables: T,
  scopes: { readonly [K in keyof T]?: SnapshotScope<T[K][number]> },
): Snapshot {
  const snapshot: Record<string, Record<string, SnapshotRow>> = {};
  for (const table of Object.keys(scopes) as (keyof T & string)[]) {
    const scope = scopes[table] as SnapshotScope<T[typeof table][number]>;
    const out: Record<string, SnapshotRow> = {};
    for (const row of tables[table] ?? []) {
      if (!scope.include(row)) continue;
      const base = scope.id(row);
      let id = base;
      for (let n = 2; Object.prototype.hasOwnProperty.call(out, id); n++) id = `${base}#${n}`;
      out[id] = Object.fromEntries(
        Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, canonicalCell(v)]),
      );
    }
    snapshot[table] = out;
  }
  return snapshot;
}

/**
 * What changed between a locked snapshot and the current one (taken with the same scopes): per table, rows
 * removed, rows added, and for rows in both, each column whose value differs (a column missing on one side counts
 * as blank). Tables are compared in the locked snapshot's order, rows and columns in sorted order, so the list is
 * stable.
 * @param locked - the snapshot recorded at lock time.
 * @param current - the snapshot of the rows as they are now.
 * @returns the changes; empty when nothing in scope changed.
 * @example diffSnapshots({ T: { a: { x: 1 } } }, { T: { a: { x: 2 } } })
 * // [{ kind: "changed", table: "T", id: "a", column: "x", from: 1, to: 2 }]
 */
export function diffSnapshots(locked: Snapshot, current: Snapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const tables = [...Object.keys(locked), ...Object.keys(current).filter((k) => !(k in locked))];
  for (const table of tables) {
    const before = locked[table] ?? {};
    const after = current[table] ?? {};
    const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const id of ids) {
      const a = before[id];
      const b = after[id];
      if (a && !b) changes.push({ kind: "removed", table, id, row: a });
      else if (!a && b) changes.push({ kind: "added", table, id, row: b });
      else if (a && b) {
        const columns = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const column of columns) {
          const from = canonicalCell(a[column]);
          const to = canonicalCell(b[column]);
          if (from !== to) changes.push({ kind: "changed", table, id, column, from, to });
        }
      }
    }
  }
  return changes;
}

/** Crockford's base-32 alphabet: no I, L, O or U, so a receipt read aloud or typed cannot be misread. */
const RECEIPT_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A lock receipt: the first 80 bits of a hex digest as 16 base-32 characters in four groups of four — short enough
 * to copy by hand onto paper or into an e-mail, long enough that a forger cannot find other content with the same
 * receipt (2^80 tries).
 * @param hex - a digest of at least 20 hex digits (SHA-256 gives 64).
 * @returns the receipt, e.g. `"7K3D-M2XA-QP4T-9BHE"`.
 * @throws KpiError (`value`) when `hex` is shorter than 20 hex digits.
 * @example lockReceipt("00000000000000000000") // "0000-0000-0000-0000"
 */
export function lockReceipt(hex: string): string {
  if (!/^[0-9a-f]{20}/i.test(hex)) throw new KpiError("value", "err.notHexDigest", { arg: "hex" });
  let bits = "";
  for (const digit of hex.slice(0, 20)) bits += parseInt(digit, 16).toString(2).padStart(4, "0");
  let out = "";
  for (let i = 0; i < 80; i += 5) out += RECEIPT_ALPHABET[parseInt(bits.slice(i, i + 5), 2)];
  return out.match(/.{4}/g)!.join("-");
}

/**
 * A receipt as typed by a person, in canonical form: case, spaces and hyphens ignored; O read as 0, I and L as 1
 * (Crockford's rule for the letters it leaves out).
 * @param typed - the receipt as typed.
 * @returns the canonical receipt, or null when it is not 16 characters of the alphabet.
 * @example normalizeReceipt("7k3d m2xa qp4t 9bhe") // "7K3D-M2XA-QP4T-9BHE"
 */
export function normalizeReceipt(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (plain.length !== 16 || [...plain].some((c) => !RECEIPT_ALPHABET.includes(c))) return null;
  return plain.match(/.{4}/g)!.join("-");
}
