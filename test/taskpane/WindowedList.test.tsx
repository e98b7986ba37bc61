import { fireEvent, render, screen, within } from "@testing-library/react";
import {
  FALLBACK_VIEWPORT_PX,
  OVERSCAN_ROWS,
  WindowedList,
} from "../../src/taskpane/components/WindowedList";

/** The rows a list renders: [first, last) index, from their aria-posinset. */
function renderedRange(list: HTMLElement): { start: number; end: number } {
  const positions = within(list)
    .queryAllByRole("listitem")
    .map((row) => Number(row.getAttribute("aria-posinset")));
  return positions.length === 0
    ? { start: 0, end: 0 }
    : { start: Math.min(...positions) - 1, end: Math.max(...positions) };
}

describe("the rows rendered (@tanstack/react-virtual's windowing)", () => {
  afterEach(() => jest.restoreAllMocks());

  /** Renders `count` rows of `rowHeight` in a viewport `viewport` px high (0: not laid out), scrolled to `top`. */
  function renderScrolled(count: number, rowHeight: number, top: number, viewport: number) {
    jest.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(viewport);
    const items = Array.from({ length: count }, (_, i) => `row ${i}`);
    render(
      <WindowedList
        items={items}
        rowHeight={rowHeight}
        itemKey={(s) => s}
        label="rows"
        renderItem={(s) => <span>{s}</span>}
      />,
    );
    const list = screen.getByRole("list", { name: "rows" });
    if (top > 0) {
      list.scrollTop = top;
      fireEvent.scroll(list);
    }
    return renderedRange(list);
  }

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
    expect(renderScrolled(count, height, top, viewport)).toEqual({ start, end });
  });

  it("never renders past the end, however far it is scrolled", () => {
    expect(renderScrolled(10, 50, 1_000_000, 500)).toEqual({ start: 0, end: 10 });
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
