import { translator, type MessageKey } from "../../../src/i18n";
import { JUDGEMENT_WORDS, findJudgements, type JudgementKind } from "../../../src/domain/reviews/judgement";

describe("findJudgements", () => {
  it.each([
    ["太懒了，经常拖延", [{ word: "太懒", kind: "effort" }]],
    [
      "做事不负责任，而且粗心",
      [
        { word: "不负责任", kind: "responsibility" },
        { word: "粗心", kind: "care" },
      ],
    ],
    ["He is lazy.", [{ word: "lazy", kind: "effort" }]],
    [
      "Careless with files; LAZY on follow-ups",
      [
        { word: "Careless", kind: "care" },
        { word: "LAZY", kind: "effort" },
      ],
    ],
    ["Has a bad attitude", [{ word: "bad attitude", kind: "attitude" }]],
    ["客户说他 lazy", [{ word: "lazy", kind: "effort" }]],
    ["Her laziness shows", [{ word: "laziness", kind: "effort" }]],
  ] as [string, { word: string; kind: JudgementKind }[]][])("finds the judgement in %j", (text, expected) => {
    expect(findJudgements(text)).toEqual(expected);
  });

  it.each([
    "Two follow-ups after the April visits were three days late; the client went to a competitor.",
    "四月两次拜访后的跟进晚了三天，客户转向了竞争对手。",
    // Words that hold a listed word without being one.
    "She wore a blazer to the lazybones-free meeting",
    "笨重的设备搬运耗时较长",
    "",
  ])("leaves behaviour alone: %j", (text) => {
    expect(findJudgements(text)).toEqual([]);
  });

  it("names a word once, however often it is written", () => {
    expect(findJudgements("lazy, lazy, Lazy")).toEqual([{ word: "lazy", kind: "effort" }]);
  });

  it("has a nudge for every kind in both languages, and no word in two kinds", () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const t = translator(locale);
      const words = Object.values(JUDGEMENT_WORDS[locale]).flat();
      expect(new Set(words).size).toBe(words.length);
      for (const kind of Object.keys(JUDGEMENT_WORDS[locale]) as JudgementKind[]) {
        const key = `reviews.nudge.${kind}` as MessageKey;
        expect(t(key)).not.toBe(key);
        // Every listed word is found on its own.
        for (const word of JUDGEMENT_WORDS[locale][kind]) {
          expect(findJudgements(`x ${word} y`)).toEqual([{ word, kind }]);
        }
      }
    }
  });
});
