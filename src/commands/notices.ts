/**
 * Ribbon command results, for the task pane to show. A ribbon button has no UI of its own, so its handler posts
 * a notice here and opens the pane; the pane subscribes and renders the latest notice in a MessageBar. Both run
 * in the shared runtime (one page, one webpack runtime), so this module is a single instance for both.
 */

/** How a notice is shown (Fluent MessageBar intents). */
export type NoticeIntent = "info" | "success" | "warning" | "error";

/** One message from a ribbon command, already in the user's language. */
export interface RibbonNotice {
  intent: NoticeIntent;
  text: string;
  /** Increases with every notice, so a repeated text still counts as new. */
  id: number;
}

type Listener = (notice: RibbonNotice) => void;

const listeners = new Set<Listener>();
let latest: RibbonNotice | null = null;
let nextId = 1;

/**
 * Publishes a notice to every subscriber and keeps it as the latest.
 * @param intent - how it is shown.
 * @param text - the message, already translated.
 * @returns the notice.
 */
export function postNotice(intent: NoticeIntent, text: string): RibbonNotice {
  latest = { intent, text, id: nextId++ };
  for (const listener of listeners) listener(latest);
  return latest;
}

/**
 * Subscribes to notices.
 * @param listener - called with every notice posted from now on.
 * @returns a function that unsubscribes.
 * @example useEffect(() => subscribeNotices(setNotice), []);
 */
export function subscribeNotices(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** @returns the last notice posted (a pane opened after the command finished shows it), or `null`. */
export function latestNotice(): RibbonNotice | null {
  return latest;
}
