/**
 * A component fetched on first render together with its strings: the pane's screens other than the first, and
 * the Team screen's person page and attention list. React shows the nearest Suspense fallback ("Loading…") until
 * both the code and the strings of its areas have arrived in every language the pane speaks (src/i18n:
 * `needStrings`), so a screen never renders a message key; a later language switch fetches those areas too before
 * the pane changes language. When either download fails, the component throws a {@link LoadError} that the nearest
 * `LoadBoundary` shows with a Retry button, instead of the blank pane an unhandled rejection leaves.
 */
import { createElement, lazy, type ComponentType } from "react";
import { KpiError } from "../../core/errors";
import { needStrings, type StringArea } from "../../i18n";

/** Which part of a lazily loaded component did not arrive. */
export type LoadPart = "code" | "strings";

/**
 * A component's code or strings could not be fetched (offline, a deployment replaced the chunks). `retry` makes the
 * component fetch both again on its next render; the download itself is retried by webpack and `needStrings`.
 */
export class LoadError extends KpiError {
  /**
   * @param part - what failed: the component's code or its strings.
   * @param cause - the download's rejection.
   * @param retry - forgets the failure, so the next render fetches again.
   */
  constructor(
    readonly part: LoadPart,
    cause: unknown,
    readonly retry: () => void,
  ) {
    super("na", part === "code" ? "tp.load.code" : "tp.load.strings", {
      detail: cause instanceof Error ? cause.message : String(cause),
    });
    this.name = "LoadError";
  }
}

/**
 * @param areas - the string areas the component speaks beside the pane's first ones (test/i18n/areas.test.ts
 *   checks that every key its code uses is in them).
 * @param load - fetches the component (a dynamic `import()`).
 * @returns the component: it suspends while loading, and throws a {@link LoadError} when the code or the strings
 *   could not be fetched (React keeps a lazy component's rejection for good, so a retry starts a new one).
 * @example const Close = lazyWithStrings(["close", "report"], () => import("./close/PeriodClose").then((m) => m.PeriodClose));
 */
export function lazyWithStrings<P extends object>(
  areas: readonly StringArea[],
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  // Typed as the component it resolves to: React's lazy type adds ref props that no caller passes here.
  const start = (): ComponentType<P> =>
    lazy(async () => {
      const [code, strings] = await Promise.allSettled([load(), needStrings(areas)]);
      if (code.status === "rejected") throw new LoadError("code", code.reason, reset);
      if (strings.status === "rejected") throw new LoadError("strings", strings.reason, reset);
      return { default: code.value };
    }) as unknown as ComponentType<P>;
  let current = start();
  function reset() {
    current = start();
  }
  function Loaded(props: P) {
    return createElement(current, props);
  }
  return Loaded;
}
