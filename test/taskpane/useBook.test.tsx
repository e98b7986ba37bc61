import { act, render, screen, waitFor } from "@testing-library/react";
import type { Book } from "../../src/book";
import { generateSample, TABLE_KEYS, type TableKey } from "../../src/model";
import { FIRST_COLUMNS, FIRST_TABLES, useBook } from "../../src/taskpane/hooks/useBook";
import { KpiDeskProvider, useKpiDesk, type KpiDesk } from "../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { useTables } from "../../src/taskpane/hooks/useTables";
import { fiscalYearStartOf, ROSTER_TABLES, rosterPeriods } from "../../src/taskpane/screens/team/roster";
import { row, TODAY } from "./render";

/** Shows the book's version and hands the test the book and the pane's context. */
function Probe({ seen }: { seen: { book: Book | null; desk: KpiDesk | null } }) {
  const { book, loading } = useBook();
  seen.book = book;
  seen.desk = useKpiDesk();
  return <p>{book && !loading ? `version ${book.version}` : "reading"}</p>;
}

describe("the pane's team book (useBook)", () => {
  it("after a write reads only the table written (of an append, only the rows appended), and keeps the same book when nothing changed", async () => {
    const sample = generateSample({ locale: "en-US" });
    const port = new MemoryWorkbook({ seed: sample, locale: "en-US" });
    const read = jest.spyOn(port, "readTables");
    const columns = jest.spyOn(port, "readColumns");
    const appended = jest.spyOn(port, "readAppended");
    const seen: { book: Book | null; desk: KpiDesk | null } = { book: null, desk: null };
    render(
      <KpiDeskProvider port={port} initialLocale="en-US" today={TODAY}>
        <Probe seen={seen} />
      </KpiDeskProvider>,
    );
    // The first book is read in two parts: the roster's tables, of the CRM tables only the columns the roster
    // counts (version 0), then the others and those three whole (version 1).
    expect(await screen.findByText("version 1")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
    const inPart = (key: TableKey) => FIRST_COLUMNS[key] !== undefined;
    expect(read.mock.calls[0][0]).toEqual(
      TABLE_KEYS.filter((key) => FIRST_TABLES.includes(key) && !inPart(key)),
    );
    expect(columns.mock.calls).toEqual([
      ["Goals", FIRST_COLUMNS.Goals],
      ["Customers", FIRST_COLUMNS.Customers],
      ["Interactions", FIRST_COLUMNS.Interactions],
      ["Deals", FIRST_COLUMNS.Deals],
    ]);
    expect(read.mock.calls[1][0]).toEqual(
      TABLE_KEYS.filter((key) => !FIRST_TABLES.includes(key) || inPart(key)),
    );
    const first = seen.book as Book;
    expect(first.keys.sort()).toEqual([...TABLE_KEYS].sort());

    await port.appendRows("Tasks", [
      row("Tasks", { TaskID: "T999999", ManagerID: sample.Managers[0].ManagerID, Title: "Call" }),
    ]);
    act(() => seen.desk?.invalidate());
    expect(await screen.findByText("version 2")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
    expect(appended.mock.calls.map((call) => call[0])).toEqual(["Tasks"]);
    const grown = seen.book as Book;
    expect([...grown.changed]).toEqual(["Tasks"]);
    expect(grown.rows("Managers")).toBe(first.rows("Managers"));
    expect(grown.rows("Tasks")).toHaveLength(first.rows("Tasks").length + 1);

    // An update is not an append: the table written is read whole.
    const [task] = grown.rows("Tasks");
    await port.updateRows("Tasks", [{ ...task, Title: "Call back" }], [task]);
    act(() => seen.desk?.invalidate());
    expect(await screen.findByText("version 3")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(3);
    expect(read.mock.calls[2][0]).toEqual(["Tasks"]);
    const next = seen.book as Book;
    expect([...next.changed]).toEqual(["Tasks"]);
    expect(next.rows("Tasks")[0].Title).toBe("Call back");
    expect(next.rows("Managers")).toBe(first.rows("Managers"));

    // A refresh with nothing changed reads nothing and keeps the very same book.
    const lists = jest.spyOn(port, "listTables");
    act(() => seen.desk?.invalidate());
    await waitFor(() => expect(lists).toHaveBeenCalled());
    await screen.findByText("version 3");
    expect(read).toHaveBeenCalledTimes(3);
    expect(seen.book).toBe(next);
  });

  it("serves the roster's tables from the first part while the others are read, and nothing else until they are", async () => {
    const port = new MemoryWorkbook({
      seed: generateSample({ locale: "en-US", asOf: TODAY }),
      locale: "en-US",
    });
    const readTables = port.readTables.bind(port);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(port, "readTables").mockImplementation(async (keys) => {
      // The second part waits for the test.
      if (!keys.includes("Managers")) await held;
      return readTables(keys);
    });
    const seen: { part: Book | null; book: Book | null } = { part: null, book: null };
    function Part() {
      const { part, book } = useBook();
      seen.part = part;
      seen.book = book;
      return <p>{book ? "whole" : part ? "part" : "reading"}</p>;
    }
    function Roster() {
      const { data } = useTables(ROSTER_TABLES.filter((key) => FIRST_COLUMNS[key] === undefined));
      return <p>{data ? `people ${data.Managers.length}` : "roster waits"}</p>;
    }
    function Crm() {
      const { data } = useTables(["Interactions", "Managers"] as const);
      return <p>{data ? `interactions ${data.Interactions.length}` : "interactions wait"}</p>;
    }
    function Reviews() {
      const { data, loading } = useTables(["Reviews", "Managers"] as const);
      return <p>{data ? `reviews ${data.Reviews.length}` : loading ? "reviews wait" : "no reviews"}</p>;
    }
    render(
      <KpiDeskProvider port={port} initialLocale="en-US" today={TODAY}>
        <Part />
        <Roster />
        <Crm />
        <Reviews />
      </KpiDeskProvider>,
    );
    expect(await screen.findByText("part")).toBeInTheDocument();
    expect(screen.getByText("people 12")).toBeInTheDocument();
    expect(screen.getByText("reviews wait")).toBeInTheDocument();
    expect(seen.book).toBeNull();
    expect(screen.getByText("interactions wait")).toBeInTheDocument();
    const part = seen.part as Book;
    expect([...part.keys].sort()).toEqual([...FIRST_TABLES].sort());
    // Interactions and Deals are held in part: no screen is served their rows, the roster's figures count them.
    expect([part.holds("Interactions"), part.has("Interactions"), part.has("Deals")]).toEqual([
      true,
      false,
      false,
    ]);
    expect(() => part.rows("Interactions")).toThrow(/only the columns/);
    const period = rosterPeriods(TODAY, fiscalYearStartOf(part.pick(["Settings"])))[0].text;
    const partFigures = part.rosterFigures(period, TODAY);
    expect([...partFigures.values()].filter((f) => f.composite !== null).length).toBeGreaterThan(0);
    act(() => release());
    expect(await screen.findByText("whole")).toBeInTheDocument();
    expect(await screen.findByText(/^reviews \d+$/)).toBeInTheDocument();
    expect(await screen.findByText(/^interactions \d+$/)).toBeInTheDocument();
    expect(seen.part).toBeNull();
    // The whole book holds them whole, and its figures (computed anew) are the part's.
    const whole = seen.book as Book;
    expect([whole.has("Interactions"), whole.has("Deals"), whole.versionOf("Interactions") !== null]).toEqual(
      [true, true, true],
    );
    const wholeFigures = whole.rosterFigures(period, TODAY);
    expect(wholeFigures).not.toBe(partFigures);
    expect(wholeFigures).toEqual(partFigures);
  });
});
