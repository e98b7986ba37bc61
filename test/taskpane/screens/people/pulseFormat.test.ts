import { t, type Locale, type MessageKey, type MessageParams } from "../../../../src/i18n";
import { formatPulse, formatPulseChange } from "../../../../src/taskpane/screens/people/SurveysPanel";

describe("pulse figures", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "eNPS is signed with a true minus, 0 unsigned (%s)",
    (locale: Locale) => {
      expect(formatPulse("enps", -20, locale)).toBe("\u221220");
      expect(formatPulse("enps", 50, locale)).toBe("+50");
      expect(formatPulse("enps", 0.4, locale)).toBe("0");
      expect(formatPulse("enps", -0.4, locale)).toBe("0");
      expect(formatPulse("enps", -100, locale)).toBe("\u2212100");
      expect(formatPulse("satisfaction", 0.52, locale)).toBe("52%");
    },
  );

  it.each(["en-US", "zh-CN"] as const)(
    "a change is its arrow and its size, never a second sign (%s)",
    (locale) => {
      const tr = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
      // eNPS +100 → +50: a fall of 50 — was "▼+50".
      expect(formatPulseChange("enps", -50, locale, tr)).toBe("▼50");
      expect(formatPulseChange("enps", 30, locale, tr)).toBe("▲30");
      expect(formatPulseChange("satisfaction", 0.12, locale, tr)).toBe(
        `▲${tr("people.pulse.points", { points: "12" })}`,
      );
      expect(formatPulseChange("satisfaction", -0.05, locale, tr)).toBe(
        `▼${tr("people.pulse.points", { points: "5" })}`,
      );
    },
  );
});
