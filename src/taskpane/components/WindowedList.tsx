/**
 * A list that renders only the rows in view (plus a few either side), so a roster of 2,000 people scrolls as
 * lightly as one of 20. The windowing is `@tanstack/react-virtual`'s (the ecosystem's headless virtualizer; Fluent
 * UI v9's own lives outside `@fluentui/react-components`, in the contrib packages); this component gives it the
 * pane's fixed row height, its accessibility and its fallback before layout.
 *
 * The list is one focusable scroll region below a hairline (arrow keys, Page Up/Down, Home/End scroll it); each
 * row carries `aria-setsize` / `aria-posinset` so a screen reader still announces "12 of 2,000".
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from "react";

const useStyles = makeStyles({
  viewport: {
    position: "relative",
    overflowY: "auto",
    flexGrow: 1,
    minHeight: "120px",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  row: { position: "absolute", left: 0, right: 0, boxSizing: "border-box" },
});

/** Height assumed before the viewport is measured (first paint, or a DOM without layout such as jsdom). */
export const FALLBACK_VIEWPORT_PX = 640;

/** Rows rendered above and below the visible ones, so fast scrolling does not show blanks. */
export const OVERSCAN_ROWS = 6;

/** Props of {@link WindowedList}. */
export type WindowedListProps<T> = {
  items: readonly T[];
  /** Every row's height in pixels (fixed: the virtualizer never has to measure a row). */
  rowHeight: number;
  /** Renders one row's content. */
  renderItem: (item: T, index: number) => ReactNode;
  /** The list's accessible name. */
  label: string;
  className?: string;
  /**
   * Where the list was scrolled, kept by the caller across unmounts: the list starts there and records every
   * scroll (the Team roster returns from a person's page where it was left).
   */
  scrollMemory?: { current: number };
  /** A stable key per item; by default its `id` (the people, reviews and customers listed all have one). */
  itemKey?: (item: T) => string;
};

/** An item's `id`, or its place in the list for an item without one. */
function idOf(item: unknown, index: number): string | number {
  const id = typeof item === "object" && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === "string" ? id : index;
}

/** The initial size, and the size whenever the viewport measures 0 high (not laid out yet). */
const FALLBACK_RECT: Rect = { width: 0, height: FALLBACK_VIEWPORT_PX };

/** The virtualizer's own viewport observer, with {@link FALLBACK_VIEWPORT_PX} standing in for a 0 height. */
function observeViewport(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { ...rect, ...FALLBACK_RECT }));
}

/**
 * @param props - items, row height, key (the items' ids by default) and render functions, accessible name.
 * @returns the scrolling list.
 */
export function WindowedList<T>({
  items,
  rowHeight,
  itemKey,
  renderItem,
  label,
  className,
  scrollMemory,
}: WindowedListProps<T>) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => viewport.current,
    estimateSize: useCallback(() => rowHeight, [rowHeight]),
    getItemKey: useCallback(
      (index: number) => (itemKey ? itemKey(items[index]) : idOf(items[index], index)),
      [itemKey, items],
    ),
    overscan: OVERSCAN_ROWS,
    initialRect: FALLBACK_RECT,
    initialOffset: scrollMemory?.current ?? 0,
    observeElementRect: observeViewport,
  });

  // Back where it was left (the virtualizer renders those rows from `initialOffset`; the viewport follows here).
  useLayoutEffect(() => {
    const element = viewport.current;
    if (element && scrollMemory && scrollMemory.current > 0) element.scrollTop = scrollMemory.current;
    // Once, on mount: later scrolls are the user's.
  }, []);

  // A shorter list (a filter was applied) must not leave the viewport scrolled past its end.
  useEffect(() => {
    const element = viewport.current;
    if (element && element.scrollTop > items.length * rowHeight) {
      element.scrollTop = 0;
    }
  }, [items.length, rowHeight]);

  return (
    <div
      ref={viewport}
      role="list"
      aria-label={label}
      tabIndex={0}
      className={mergeClasses(styles.viewport, className)}
      onScroll={scrollMemory ? (event) => (scrollMemory.current = event.currentTarget.scrollTop) : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map(({ index, key, start }) => (
          <div
            key={key}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={index + 1}
            className={styles.row}
            style={{ top: start, height: rowHeight }}
          >
            {renderItem(items[index], index)}
          </div>
        ))}
      </div>
    </div>
  );
}
