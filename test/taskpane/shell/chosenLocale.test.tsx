/**
 * The language a supervisor picks is checked at once, while its strings are still downloading; the pane changes
 * language when they arrive, and a failed download puts the pickers back on the language the pane still speaks.
 */
import { act, render, screen } from "@testing-library/react";
import * as i18n from "../../../src/i18n";
import { KpiDeskProvider, useKpiDesk } from "../../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../../src/workbook/memory";

function Probe() {
  const { locale, chosenLocale, setLocale, languageError } = useKpiDesk();
  return (
    <>
      <output aria-label="shown">{locale}</output>
      <output aria-label="chosen">{chosenLocale}</output>
      <output aria-label="error">{languageError === null ? "none" : String(languageError)}</output>
      <button onClick={() => setLocale("zh-CN")}>zh</button>
    </>
  );
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

const text = (name: string) => screen.getByRole("status", { name }).textContent;

describe("the chosen language", () => {
  afterEach(() => jest.restoreAllMocks());

  function setUp() {
    const download = deferred();
    jest.spyOn(i18n, "hasStrings").mockReturnValue(false);
    jest.spyOn(i18n, "loadStrings").mockReturnValue(download.promise);
    render(
      <KpiDeskProvider port={new MemoryWorkbook()} initialLocale="en-US" today={46000}>
        <Probe />
      </KpiDeskProvider>,
    );
    act(() => screen.getByRole("button", { name: "zh" }).click());
    return download;
  }

  it("is checked at once and shown when its strings arrive", async () => {
    const download = setUp();
    expect(text("chosen")).toBe("zh-CN");
    expect(text("shown")).toBe("en-US");
    await act(async () => download.resolve());
    expect(text("shown")).toBe("zh-CN");
    expect(text("chosen")).toBe("zh-CN");
  });

  it("goes back to the language shown when its strings cannot be fetched, and says why", async () => {
    const download = setUp();
    await act(async () => download.reject(new Error("chunk zh-CN failed")));
    expect(text("shown")).toBe("en-US");
    expect(text("chosen")).toBe("en-US");
    expect(text("error")).toContain("chunk zh-CN failed");
  });
});
