/**
 * The pane's theme follows Office: light, dark or high contrast. Kept apart from the components so the choice is
 * a plain function of what Office and the browser report, testable without either.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The three looks the pane supports. */
export type ThemeName = "light" | "dark" | "highContrast";

/** The part of `Office.context.officeTheme` the choice reads (absent outside Office or on old hosts). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/**
 * Chooses the theme from Office's theme and the system's forced-colors mode.
 * High contrast wins (Windows high contrast forces colours on every app); then Office's own dark flag; hosts that
 * lack `isDarkTheme` are judged by the relative luminance of the body background.
 * @param officeTheme - `Office.context.officeTheme`, or undefined outside Office.
 * @param forcedColors - whether `(forced-colors: active)` matches.
 * @returns the theme name.
 * @example themeFromOffice({ bodyBackgroundColor: "#262626" }, false) // "dark"
 */
export function themeFromOffice(officeTheme: OfficeThemeLike | undefined, forcedColors: boolean): ThemeName {
  if (forcedColors) return "highContrast";
  if (typeof officeTheme?.isDarkTheme === "boolean") return officeTheme.isDarkTheme ? "dark" : "light";
  const luminance = relativeLuminance(officeTheme?.bodyBackgroundColor);
  return luminance !== null && luminance < 0.2 ? "dark" : "light";
}

/**
 * Reads a theme name from a query-string value (the preview's `?theme=`), defaulting to light.
 * @param value - `light`, `dark`, `highContrast` (or `hc`), anything else or null.
 * @returns the theme name.
 */
export function parseThemeName(value: string | null): ThemeName {
  switch ((value ?? "").toLowerCase()) {
    case "dark":
      return "dark";
    case "highcontrast":
    case "hc":
      return "highContrast";
    default:
      return "light";
  }
}

/**
 * @param name - the theme name.
 * @returns the Fluent theme object for it.
 */
export function fluentTheme(name: ThemeName): Theme {
  switch (name) {
    case "dark":
      return webDarkTheme;
    case "highContrast":
      return teamsHighContrastTheme;
    case "light":
      return webLightTheme;
  }
}

/** WCAG relative luminance of a `#rrggbb` colour, or null when the text is not one. */
function relativeLuminance(hex: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec((hex ?? "").trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
