/**
 * A component fetched on first render together with its strings: the pane's screens other than the first, and
 * the Team screen's person page and attention list. React shows the nearest Suspense fallback ("Loading…") until
 * both the code and the strings of its areas have arrived in every language the pane speaks (src/i18n:
 * `needStrings`), so a screen never renders a message key; a later language switch fetches those areas too before
 * the pane changes language.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { needStrings, type StringArea } from "../../i18n";

/**
 * @param areas - the string areas the component speaks beside the pane's first ones (test/i18n/areas.test.ts
 *   checks that every key its code uses is in them).
 * @param load - fetches the component (a dynamic `import()`).
 * @returns the lazy component.
 * @example const Close = lazyWithStrings(["close", "report"], () => import("./close/PeriodClose").then((m) => m.PeriodClose));
 */
export function lazyWithStrings<P extends object>(
  areas: readonly StringArea[],
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), needStrings(areas)]);
    return { default: component };
  });
}
