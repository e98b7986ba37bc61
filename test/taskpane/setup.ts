import "@testing-library/jest-dom";

/**
 * jsdom has no ResizeObserver, and Fluent's MessageBar measures itself with one. jsdom has no layout either, so an
 * observer that never reports is faithful to what jsdom can tell.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
