import fc from "fast-check";
import {
  canonicalCell,
  canonicalJson,
  checksumOf,
  diffSnapshots,
  fnv1a64,
  takeSnapshot,
  type SnapshotCell,
} from "../../src/core/checksum";
import { errorOf } from "./helpers";

describe("canonical form", () => {
  it("refuses non-finite numbers (a cell never holds one)", () => {
    expect(errorOf(() => canonicalCell(NaN))).toEqual(["num", "err.notFinite"]);
    expect(errorOf(() => canonicalJson({ a: [1, Infinity] }))).toEqual(["num", "err.notFinite"]);
  });

  it.each<[unknown, SnapshotCell]>([
    [null, null],
    [undefined, null],
    ["", null],
    [" x ", " x "],
    [0.1 + 0.2, 0.3],
    [-0, 0],
    [1e-7, 1e-7],
    [123456789.123456789, 123456789.123457],
    [46112, 46112],
    [true, true],
    ["0", "0"],
  ])("%p → %p", (value, cell) => {
    expect(canonicalCell(value)).toBe(cell);
  });

  it("writes sorted keys, blanks as null, no whitespace outside strings", () => {
    expect(canonicalJson({ b: 1, a: "", c: [0.1 + 0.2, -0, "x y"], d: undefined })).toBe(
      '{"a":null,"b":1,"c":[0.3,0,"x y"]}',
    );
  });

  it("tells text from numbers and blank from zero", () => {
    expect(canonicalJson({ a: "1" })).not.toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({ a: 0 }));
    expect(canonicalJson({ a: "" })).toBe(canonicalJson({ a: null }));
  });

  it("is stable under key order (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
        ),
        (row) => {
          const reversed = Object.fromEntries(Object.entries(row).reverse());
          expect(canonicalJson(reversed)).toBe(canonicalJson(row));
          expect(checksumOf(reversed)).toBe(checksumOf(row));
        },
      ),
    );
  });
});

describe("FNV-1a 64", () => {
  // Reference values of the FNV specification's test suite (and Python's big-integer implementation).
  it.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
    ["王磊", "076bd7f85734a8d3"],
  ])("%p → %s", (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  it("hashes astral characters by their UTF-8 bytes", () => {
    expect(fnv1a64("😀")).not.toBe(fnv1a64("\ud83d"));
    expect(fnv1a64("😀")).toMatch(/^[0-9a-f]{16}$/);
  });

  // Each FNV-1a step (xor a byte, multiply by an odd prime mod 2^64) is a bijection of the state, so texts of the
  // same length differing in one byte always hash apart: a guarantee, not a likelihood.
  it("always changes when one character of an ASCII text changes (property)", () => {
    const ascii = fc.integer({ min: 32, max: 126 });
    fc.assert(
      fc.property(fc.array(ascii, { minLength: 1, maxLength: 40 }), fc.nat(), ascii, (codes, at, code) => {
        const i = at % codes.length;
        fc.pre(codes[i] !== code);
        const edited = codes.map((c, j) => (j === i ? code : c));
        expect(fnv1a64(String.fromCharCode(...edited))).not.toBe(fnv1a64(String.fromCharCode(...codes)));
      }),
    );
  });
});

type Deal = { DealID: string; ManagerID: string; Amount: number | null; Stage: string | null };

const deals: Deal[] = [
  { DealID: "D1", ManagerID: "M1", Amount: 100, Stage: "won" },
  { DealID: "D2", ManagerID: "M1", Amount: 250.5, Stage: "won" },
  { DealID: "D3", ManagerID: "M2", Amount: 90, Stage: "won" },
  { DealID: "D4", ManagerID: "M2", Amount: null, Stage: "lead" },
];
const scopes = { Deals: { id: (r: Deal) => r.DealID, include: (r: Deal) => r.ManagerID === "M1" } };

describe("snapshots and change detection", () => {
  it("takes only the rows in scope, by id", () => {
    const snap = takeSnapshot({ Deals: deals }, scopes);
    expect(Object.keys(snap.Deals)).toEqual(["D1", "D2"]);
    expect(snap.Deals.D2).toEqual({ DealID: "D2", ManagerID: "M1", Amount: 250.5, Stage: "won" });
  });

  it("keeps a duplicate id apart instead of letting it hide a row", () => {
    const snap = takeSnapshot({ Deals: [...deals, { ...deals[0], Amount: 7 }] }, scopes);
    expect(Object.keys(snap.Deals)).toEqual(["D1", "D2", "D1#2"]);
  });

  it("lists a change from what to what, added and removed rows", () => {
    const locked = takeSnapshot({ Deals: deals }, scopes);
    const edited = [
      { ...deals[0], Amount: 120 },
      { DealID: "D5", ManagerID: "M1", Amount: 5, Stage: "won" },
      ...deals.slice(2),
    ];
    expect(diffSnapshots(locked, takeSnapshot({ Deals: edited }, scopes))).toEqual([
      { kind: "changed", table: "Deals", id: "D1", column: "Amount", from: 100, to: 120 },
      { kind: "removed", table: "Deals", id: "D2", row: locked.Deals.D2 },
      { kind: "added", table: "Deals", id: "D5", row: edited[1] },
    ]);
  });

  it("reports a row moved out of scope as removed (a deal re-assigned to someone else)", () => {
    const locked = takeSnapshot({ Deals: deals }, scopes);
    const moved = deals.map((d) => (d.DealID === "D2" ? { ...d, ManagerID: "M2" } : d));
    expect(diffSnapshots(locked, takeSnapshot({ Deals: moved }, scopes)).map((c) => [c.kind, c.id])).toEqual([
      ["removed", "D2"],
    ]);
  });

  it("does not report a value that only went through a cell (15 digits) or a blank written as empty text", () => {
    const locked = takeSnapshot({ Deals: [{ ...deals[0], Amount: 0.1 + 0.2, Stage: null }] }, scopes);
    const now = takeSnapshot({ Deals: [{ ...deals[0], Amount: 0.3, Stage: "" }] }, scopes);
    expect(diffSnapshots(locked, now)).toEqual([]);
  });

  const cell = fc.oneof(
    fc.constant(null),
    fc.string({ minLength: 1, maxLength: 6 }),
    fc.integer({ min: -1e6, max: 1e6 }),
  );
  const table = fc.array(fc.record({ owner: fc.constantFrom("A", "B"), x: cell, y: cell }), {
    minLength: 1,
    maxLength: 8,
  });
  type Row = { id: string; owner: string; x: SnapshotCell; y: SnapshotCell };
  const withIds = (rows: Omit<Row, "id">[]): Row[] => rows.map((r, i) => ({ id: `R${i}`, ...r }));
  const inA = { T: { id: (r: Row) => r.id, include: (r: Row) => r.owner === "A" } };
  const differs = (a: SnapshotCell, b: SnapshotCell) => canonicalJson(a) !== canonicalJson(b);

  it("catches any single-field edit of a locked row (property)", () => {
    fc.assert(
      fc.property(table, fc.nat(), fc.constantFrom("x", "y"), cell, (raw, at, column, value) => {
        const rows = withIds(raw);
        const locked = rows.filter((r) => r.owner === "A");
        fc.pre(locked.length > 0);
        const target = locked[at % locked.length];
        fc.pre(differs(target[column as "x"], value));
        const edited = rows.map((r) => (r === target ? { ...r, [column]: value } : r));
        const changes = diffSnapshots(takeSnapshot({ T: rows }, inA), takeSnapshot({ T: edited }, inA));
        expect(changes).toEqual([
          {
            kind: "changed",
            table: "T",
            id: target.id,
            column,
            from: canonicalCell(target[column as "x"]),
            to: canonicalCell(value),
          },
        ]);
        expect(checksumOf(takeSnapshot({ T: edited }, inA))).not.toBe(
          checksumOf(takeSnapshot({ T: rows }, inA)),
        );
      }),
    );
  });

  it("does not report edits to rows outside the snapshot's scope (property)", () => {
    fc.assert(
      fc.property(table, fc.nat(), cell, cell, (raw, at, x, y) => {
        const rows = withIds(raw);
        const others = rows.filter((r) => r.owner !== "A");
        fc.pre(others.length > 0);
        const target = others[at % others.length];
        const edited = rows.map((r) => (r === target ? { ...r, x, y } : r));
        const locked = takeSnapshot({ T: rows }, inA);
        const now = takeSnapshot({ T: edited }, inA);
        expect(diffSnapshots(locked, now)).toEqual([]);
        expect(checksumOf(now)).toBe(checksumOf(locked));
      }),
    );
  });
});
