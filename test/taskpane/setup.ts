import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";
import { webcrypto } from "node:crypto";
import { TextEncoder } from "node:util";

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

/**
 * Locks and the audit chain hash with Web Crypto, which browsers and Excel's runtimes have; jsdom lacks
 * `crypto.subtle` (and TextEncoder), so the pane's tests get Node's implementation of the same standard.
 */
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, "crypto", { configurable: true, value: webcrypto });
}
globalThis.TextEncoder ??= TextEncoder as unknown as typeof globalThis.TextEncoder;
