import { act, render, screen, waitFor } from "@testing-library/react";
import type { Book } from "../../src/book";
import { generateSample, TABLE_KEYS } from "../../src/model";
import { useBook } from "../../src/taskpane/hooks/useBook";
import { KpiDeskProvider, useKpiDesk, type KpiDesk } from "../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../src/workbook/memory";
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
    const appended = jest.spyOn(port, "readAppended");
    const seen: { book: Book | null; desk: KpiDesk | null } = { book: null, desk: null };
    render(
      <KpiDeskProvider port={port} initialLocale="en-US" today={TODAY}>
        <Probe seen={seen} />
      </KpiDeskProvider>,
    );
    expect(await screen.findByText("version 0")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0][0]).toEqual(TABLE_KEYS);
    const first = seen.book as Book;

    await port.appendRows("Tasks", [
      row("Tasks", { TaskID: "T999999", ManagerID: sample.Managers[0].ManagerID, Title: "Call" }),
    ]);
    act(() => seen.desk?.invalidate());
    expect(await screen.findByText("version 1")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(appended.mock.calls.map((call) => call[0])).toEqual(["Tasks"]);
    const grown = seen.book as Book;
    expect([...grown.changed]).toEqual(["Tasks"]);
    expect(grown.rows("Managers")).toBe(first.rows("Managers"));
    expect(grown.rows("Tasks")).toHaveLength(first.rows("Tasks").length + 1);

    // An update is not an append: the table written is read whole.
    const [task] = grown.rows("Tasks");
    await port.updateRows("Tasks", [{ ...task, Title: "Call back" }], [task]);
    act(() => seen.desk?.invalidate());
    expect(await screen.findByText("version 2")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(2);
    expect(read.mock.calls[1][0]).toEqual(["Tasks"]);
    const next = seen.book as Book;
    expect([...next.changed]).toEqual(["Tasks"]);
    expect(next.rows("Tasks")[0].Title).toBe("Call back");
    expect(next.rows("Managers")).toBe(first.rows("Managers"));

    // A refresh with nothing changed reads nothing and keeps the very same book.
    const lists = jest.spyOn(port, "listTables");
    act(() => seen.desk?.invalidate());
    await waitFor(() => expect(lists).toHaveBeenCalled());
    await screen.findByText("version 2");
    expect(read).toHaveBeenCalledTimes(2);
    expect(seen.book).toBe(next);
  });
});
