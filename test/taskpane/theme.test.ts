import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentTheme, parseThemeName, themeFromOffice, type OfficeThemeLike } from "../../src/taskpane/theme";

describe("themeFromOffice", () => {
  it.each<[string, OfficeThemeLike | undefined, boolean, string]>([
    ["outside Office", undefined, false, "light"],
    ["high contrast wins over a dark Office theme", { isDarkTheme: true }, true, "highContrast"],
    ["high contrast outside Office", undefined, true, "highContrast"],
    ["Office says dark", { isDarkTheme: true, bodyBackgroundColor: "#ffffff" }, false, "dark"],
    ["Office says light", { isDarkTheme: false, bodyBackgroundColor: "#000000" }, false, "light"],
    ["no flag, black background", { bodyBackgroundColor: "#262626" }, false, "dark"],
    ["no flag, dark grey background", { bodyBackgroundColor: "#444444" }, false, "dark"],
    ["no flag, colorful (blue) background", { bodyBackgroundColor: "#2b579a" }, false, "dark"],
    ["no flag, white background", { bodyBackgroundColor: "#FFFFFF" }, false, "light"],
    ["no flag, light grey background", { bodyBackgroundColor: "#e6e6e6" }, false, "light"],
    ["no flag, unreadable colour", { bodyBackgroundColor: "dark" }, false, "light"],
  ])("%s", (_, officeTheme, forcedColors, expected) => {
    expect(themeFromOffice(officeTheme, forcedColors)).toBe(expected);
  });
});

describe("parseThemeName and fluentTheme", () => {
  it.each([
    ["dark", "dark", webDarkTheme],
    ["DARK", "dark", webDarkTheme],
    ["highContrast", "highContrast", teamsHighContrastTheme],
    ["hc", "highContrast", teamsHighContrastTheme],
    ["light", "light", webLightTheme],
    ["sepia", "light", webLightTheme],
    [null, "light", webLightTheme],
  ] as const)("?theme=%p → %p", (value, name, theme) => {
    expect(parseThemeName(value)).toBe(name);
    expect(fluentTheme(parseThemeName(value))).toBe(theme);
  });
});
