/**
 * The career ladder as a plan writes it: pure, and free of the People screen's strings, so the person page (in the
 * Team screen's chunk) reads it without loading them.
 */

/**
 * Whether a career plan's next level is the level the person already holds — how a plan (the sample's among them)
 * marks the top of the ladder: there is no higher level to name.
 * @param current - the current level.
 * @param next - the next level.
 * @returns true when both are given and the same (ignoring case and spaces around).
 * @example isTopOfLadder("Principal", " principal ") // true
 */
export function isTopOfLadder(current: string | null | undefined, next: string | null | undefined): boolean {
  const a = (current ?? "").trim().toLowerCase();
  return a !== "" && a === (next ?? "").trim().toLowerCase();
}
