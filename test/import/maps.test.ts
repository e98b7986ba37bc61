import {
  applyImport,
  checkMapDraft,
  columnSamples,
  mapDraftOf,
  mapsFitting,
  mapsOfSettings,
  planImport,
  readCsv,
  withOwners,
  type ImportMap,
  type MapDraft,
} from "../../src/import";
import { serialOf } from "../../src/model";
import type { WorkbookPort } from "../../src/workbook/port";
import { bookOf, fixture, teamBook } from "./helpers";

const today = { date: serialOf(2026, 4, 2), by: "Lead" };
const HEADERS = ["Opportunity", "Rep", "Phase", "Value", "Won on", "Ref"];
const deals: MapDraft = {
  name: "own-sheet",
  table: "Deals",
  columns: {
    name: "Opportunity",
    owner: "Rep",
    stage: "Phase",
    amount: "Value",
    closeDate: "Won on",
    id: "Ref",
  },
  fixedType: "",
};
const csv = (name: string, text: string) => readCsv(name, new TextEncoder().encode(text));

describe("checkMapDraft: a column map made in the pane", () => {
  it("gives the map when every needed field has a column of the file", () => {
    const checked = checkMapDraft(deals, HEADERS, [], "en-US");
    expect(checked).toEqual({
      ok: true,
      value: {
        name: "own-sheet",
        source: "own-sheet",
        table: "Deals",
        columns: deals.columns,
      },
    });
  });

  it("names each needed field left unmapped, in the user's language", () => {
    const draft = { ...deals, columns: { ...deals.columns, owner: "", stage: "" } };
    const en = checkMapDraft(draft, HEADERS, [], "en-US");
    const zh = checkMapDraft(draft, HEADERS, [], "zh-CN");
    expect(en.ok).toBe(false);
    if (en.ok || zh.ok) return;
    expect(Object.keys(en.errors)).toEqual(["owner", "stage"]);
    expect(en.errors.owner).toEqual({
      key: "import.map.err.needed",
      params: { field: "Owner (name or e-mail)" },
    });
    expect(zh.errors.stage).toEqual({ key: "import.map.err.needed", params: { field: "阶段" } });
  });

  it("refuses one column for two fields, but lets the record id share a column", () => {
    const twice = checkMapDraft(
      { ...deals, columns: { ...deals.columns, product: "Phase" } },
      HEADERS,
      [],
      "en-US",
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok) {
      expect(twice.errors).toEqual({
        product: {
          key: "import.map.err.twice",
          params: { field: "Product", column: "Phase", other: "Stage" },
        },
      });
    }
    const shared = checkMapDraft(
      { ...deals, columns: { ...deals.columns, id: "Opportunity" } },
      HEADERS,
      [],
      "en-US",
    );
    expect(shared.ok).toBe(true);
  });

  it("without a record id, needs the fields that identify a record again", () => {
    const noId = { ...deals, columns: { ...deals.columns, id: "" } };
    const checked = checkMapDraft(noId, HEADERS, [], "en-US");
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.errors.id).toEqual({ key: "import.map.err.identity", params: { fields: "Customer" } });
    }
    const withCustomer = checkMapDraft(noId, [...HEADERS, "Client"], [], "en-US");
    expect(withCustomer.ok).toBe(false);
    expect(
      checkMapDraft(
        { ...noId, columns: { ...noId.columns, customer: "Client" } },
        [...HEADERS, "Client"],
        [],
        "en-US",
      ).ok,
    ).toBe(true);
  });

  it("needs a name that is neither a built-in source's nor another saved map's", () => {
    const error = (name: string, taken: string[] = []) => {
      const checked = checkMapDraft({ ...deals, name }, HEADERS, taken, "en-US");
      return checked.ok ? null : checked.errors.mapName?.key;
    };
    expect(error("  ")).toBe("import.map.err.name");
    expect(error("Zoho")).toBe("import.map.err.reserved");
    expect(error("fxiaoke.deals")).toBe("import.map.err.reserved");
    expect(error("Own-Sheet", ["own-sheet"])).toBe("import.map.err.taken");
    expect(error("own-sheet", ["other"])).toBeNull();
  });

  it("interactions need a type column or one type for every row; a column must be the file's", () => {
    const draft: MapDraft = {
      name: "visits",
      table: "Interactions",
      columns: { date: "When", owner: "Who", id: "No" },
      fixedType: "",
    };
    const headers = ["When", "Who", "No"];
    const checked = checkMapDraft(draft, headers, [], "en-US");
    expect(checked.ok ? null : checked.errors).toEqual({
      fixedType: { key: "import.map.err.type", params: {} },
    });
    const visit = checkMapDraft({ ...draft, fixedType: "visit" }, headers, [], "en-US");
    expect(visit.ok && visit.value.type).toBe("visit");
    const gone = checkMapDraft({ ...draft, fixedType: "visit" }, ["When", "No"], [], "en-US");
    expect(gone.ok ? null : gone.errors.owner?.key).toBe("import.map.err.noColumn");
  });

  it("keeps only the chosen table's fields (columns of another table's fields are dropped)", () => {
    const checked = checkMapDraft(
      { ...deals, table: "Customers", columns: { ...deals.columns, name: "Opportunity" } },
      HEADERS,
      [],
      "en-US",
    );
    expect(checked.ok && checked.value.columns).toEqual({ name: "Opportunity", owner: "Rep", id: "Ref" });
  });
});

describe("saved maps and files", () => {
  const map: ImportMap = { name: "own-sheet", source: "own-sheet", table: "Deals", columns: deals.columns };

  it("a saved map fits a file whose headers hold all its columns (case and spacing aside)", () => {
    expect(mapsFitting(["ref", "Opportunity ", "REP", "Phase", "Value", "Won on", "Extra"], [map])).toEqual([
      map,
    ]);
    expect(mapsFitting(["Opportunity", "Rep", "Phase"], [map])).toEqual([]);
  });

  it("samples each column from the first rows, skipping blanks", () => {
    const table = csv("s.csv", "A,B,C\n,x,\n2,y,\n");
    expect(columnSamples(table)).toEqual(["2", "x", null]);
  });

  it("a draft starts from a map, and owners chosen while importing are kept with it", () => {
    expect(mapDraftOf("Tasks")).toEqual({ name: "", table: "Tasks", columns: {}, fixedType: "" });
    expect(mapDraftOf("Tasks", map)).toEqual({ ...deals, columns: { ...deals.columns } });
    expect(withOwners(map, {})).toBe(map);
    expect(withOwners({ ...map, owners: { A: "M001" } }, { B: "M002" }).owners).toEqual({
      A: "M001",
      B: "M002",
    });
  });
});

describe("applyImport with a map: the rows and the map in one all-or-nothing write", () => {
  const map: ImportMap = { name: "own-sheet", source: "own-sheet", table: "Deals", columns: deals.columns };

  it("saves the map in Settings with the rows; the next file with the same headers is read with it", async () => {
    const port = teamBook();
    const first = planImport(fixture("own-sheet.csv"), await bookOf(port), { maps: [map], source: map.name });
    await applyImport(port, first, today, { map });
    const { Deals, Settings, Audit } = await port.readTables(["Deals", "Settings", "Audit"]);
    expect(Deals).toHaveLength(1);
    expect(Audit).toHaveLength(1);
    const saved = mapsOfSettings(Settings);
    expect(saved.maps).toEqual([map]);
    const next = csv(
      "april.csv",
      `${HEADERS.join(",")}\nCorner bakery account,M001,won,¥2.5万,2026-03-28,OWN-1\n`,
    );
    const again = planImport(next, await bookOf(port), { maps: saved.maps });
    expect(again.profile).toBe("own-sheet");
    expect(again.unchanged).toBe(1);
    // Saving it again (a changed map) replaces the setting rather than adding a second one.
    await applyImport(port, again, today, { map: { ...map, owners: { Dana: "M002" } } });
    const after = mapsOfSettings((await port.readTables(["Settings"])).Settings);
    expect(after.maps).toEqual([{ ...map, owners: { Dana: "M002" } }]);
  });

  it("a failed write leaves neither the rows nor the map", async () => {
    const port = teamBook();
    const preview = planImport(fixture("own-sheet.csv"), await bookOf(port), {
      maps: [map],
      source: map.name,
    });
    const settingsBefore = (await port.readTables(["Settings"])).Settings;
    // The Audit line is the last step: refusing it must undo the appended deal and the saved map.
    const refusing = new Proxy(port, {
      get(target, key, receiver) {
        if (key === "appendRows") {
          return async (table: string, rows: never[]) => {
            if (table === "Audit") throw new Error("disk full");
            return target.appendRows(table as never, rows);
          };
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    }) as WorkbookPort;
    await expect(applyImport(refusing, preview, today, { map })).rejects.toThrow("disk full");
    const { Deals, Settings, Audit } = await port.readTables(["Deals", "Settings", "Audit"]);
    expect(Deals).toHaveLength(0);
    expect(Audit).toHaveLength(0);
    expect(Settings).toEqual(settingsBefore);
  });
});
