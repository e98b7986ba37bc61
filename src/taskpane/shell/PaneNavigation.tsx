/**
 * Going from one screen to another with a person in hand: the Team cockpit's "needs attention" items open the
 * screen where each is fixed (Goals, Customers, People, Reviews) on that person. The Shell provides it; a screen
 * reads the person it was opened on once, when it mounts.
 */
import { createContext, useContext } from "react";

/** Where the pane was asked to go. */
export interface PaneFocus {
  /** A screen id of the registry. */
  screen: string;
  /** The ManagerID to show there, or null. */
  person: string | null;
  /** A part of the screen to open (Goals: "plans" for the work plan). */
  section: string | null;
}

/** What {@link usePaneNavigation} gives. */
export interface PaneNavigation {
  /** Opens a screen, on a person (and a part of it) when given. */
  go: (screen: string, person?: string | null, section?: string | null) => void;
  /** The last `go`, until the user picks a screen in the navigation themselves. */
  focus: PaneFocus | null;
}

const PaneNavigationContext = createContext<PaneNavigation | null>(null);

/** Provides {@link PaneNavigation} (the Shell does). */
export const PaneNavigationProvider = PaneNavigationContext.Provider;

/**
 * @returns the pane's navigation, or null outside the Shell (a screen rendered on its own, as in a unit test).
 */
export function usePaneNavigation(): PaneNavigation | null {
  return useContext(PaneNavigationContext);
}

/**
 * @param screen - the screen asking.
 * @returns the focus the pane was sent to this screen with, or null.
 */
export function useFocusOn(screen: string): PaneFocus | null {
  const focus = usePaneNavigation()?.focus ?? null;
  return focus && focus.screen === screen ? focus : null;
}
