import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Fluent mounts dialogs and moves focus into them on timers; on a busy 2-core CI machine that takes longer than
// Testing Library's default 1 s for findBy*/waitFor. A generous limit is a hang guard, not a speed target.
configure({ asyncUtilTimeout: 10_000 });

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
