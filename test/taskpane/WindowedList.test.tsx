import { fireEvent, render, screen, within } from "@testing-library/react";
import {
  FALLBACK_VIEWPORT_PX,
  OVERSCAN_ROWS,
  WindowedList,
  visibleRange,
} from "../../src/taskpane/components/WindowedList";

describe("visibleRange", () => {
  it.each([
    // count, rowHeight, scrollTop, viewport → start, end
    [2000, 50, 0, 500, 0, 10 + OVERSCAN_ROWS],
    [2000, 50, 1000, 500, 20 - OVERSCAN_ROWS, 30 + OVERSCAN_ROWS],
    [2000, 50, 1025, 500, 20 - OVERSCAN_ROWS, 31 + OVERSCAN_ROWS],
    [2000, 50, 99_500, 500, 1990 - OVERSCAN_ROWS, 2000],
    [5, 50, 0, 500, 0, 5],
    [0, 50, 0, 500, 0, 0],
    [2000, 50, 0, 0, 0, Math.ceil(FALLBACK_VIEWPORT_PX / 50) + OVERSCAN_ROWS],
  ])("%i rows of %i px at %i px in %i px → [%i, %i)", (count, height, top, viewport, start, end) => {
    expect(visibleRange(count, height, top, viewport)).toEqual({ start, end });
  });

  it("never renders past the end, however far it is scrolled", () => {
    expect(visibleRange(10, 50, 1_000_000, 500)).toEqual({ start: 10, end: 10 });
  });
});

describe("WindowedList", () => {
  const items = Array.from({ length: 300 }, (_, i) => `item ${i}`);
  const renderList = (list: string[]) =>
    render(
      <WindowedList
        items={list}
        rowHeight={40}
        itemKey={(s) => s}
        label="things"
        renderItem={(s) => <span>{s}</span>}
      />,
    );

  it("is one focusable, named list whose rows know their position in the whole", () => {
    renderList(items);
    const list = screen.getByRole("list", { name: "things" });
    expect(list).toHaveAttribute("tabindex", "0");
    const rows = within(list).getAllByRole("listitem");
    expect(rows[3]).toHaveAttribute("aria-posinset", "4");
    expect(rows[3]).toHaveAttribute("aria-setsize", "300");
    expect(rows[3]).toHaveStyle({ top: "120px", height: "40px" });
  });

  it("goes back to the top when the list shrinks below the scroll position", () => {
    const { rerender } = renderList(items);
    const list = screen.getByRole("list");
    list.scrollTop = 250 * 40;
    fireEvent.scroll(list);
    expect(within(list).getByText("item 250")).toBeInTheDocument();

    rerender(
      <WindowedList
        items={items.slice(0, 3)}
        rowHeight={40}
        itemKey={(s) => s}
        label="things"
        renderItem={(s) => <span>{s}</span>}
      />,
    );
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((r) => r.textContent),
    ).toEqual(["item 0", "item 1", "item 2"]);
  });
});
