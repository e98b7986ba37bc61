/**
 * A list that renders only the rows in view (plus a few either side), so a roster of 2,000 people scrolls as
 * lightly as one of 20. Fluent UI v9's virtualizer lives outside `@fluentui/react-components` (in the
 * contrib packages), so the pane keeps this minimal fixed-row-height windowing instead of another dependency.
 *
 * The list is one focusable scroll region (arrow keys, Page Up/Down, Home/End scroll it); each row carries
 * `aria-setsize` / `aria-posinset` so a screen reader still announces "12 of 2,000".
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode, type UIEvent } from "react";

const useStyles = makeStyles({
  viewport: {
    position: "relative",
    overflowY: "auto",
    flexGrow: 1,
    minHeight: "120px",
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
  /** Every row's height in pixels (fixed: it is what makes windowing a division). */
  rowHeight: number;
  /** A stable key per item. */
  itemKey: (item: T) => string;
  /** Renders one row's content. */
  renderItem: (item: T, index: number) => ReactNode;
  /** The list's accessible name. */
  label: string;
  className?: string;
};

/**
 * The range of rows to render.
 * @param count - number of items.
 * @param rowHeight - row height in pixels.
 * @param scrollTop - the viewport's scroll offset.
 * @param viewportHeight - the viewport's height (0 = not measured yet).
 * @returns first (inclusive) and last (exclusive) index.
 * @example visibleRange(2000, 50, 0, 500) // { start: 0, end: 16 }
 */
export function visibleRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): { start: number; end: number } {
  const height = viewportHeight > 0 ? viewportHeight : FALLBACK_VIEWPORT_PX;
  const start = Math.min(count, Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN_ROWS));
  const end = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN_ROWS);
  return { start, end: Math.max(start, end) };
}

/**
 * @param props - items, row height, key and render functions, accessible name.
 * @returns the scrolling list.
 */
export function WindowedList<T>({
  items,
  rowHeight,
  itemKey,
  renderItem,
  label,
  className,
}: WindowedListProps<T>) {
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(0);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => setViewportHeight(element.clientHeight);
    measure();
    if (typeof ResizeObserver === "undefined") {
      window.addEventListener("resize", measure);
      return () => window.removeEventListener("resize", measure);
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A shorter list (a filter was applied) must not leave the viewport scrolled past its end.
  useEffect(() => {
    const element = viewport.current;
    if (element && element.scrollTop > items.length * rowHeight) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
  }, [items.length, rowHeight]);

  const { start, end } = visibleRange(items.length, rowHeight, scrollTop, viewportHeight);
  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index];
    rows.push(
      <div
        key={itemKey(item)}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={index + 1}
        className={styles.row}
        style={{ top: index * rowHeight, height: rowHeight }}
      >
        {renderItem(item, index)}
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      role="list"
      aria-label={label}
      tabIndex={0}
      className={mergeClasses(styles.viewport, className)}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: items.length * rowHeight, position: "relative" }}>{rows}</div>
    </div>
  );
}
