import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Text } from "@fluentui/react-components";
import * as i18n from "../../../src/i18n";
import { t } from "../../../src/i18n";
import { LoadError, lazyWithStrings } from "../../../src/taskpane/shell/lazyWithStrings";
import type { ScreenDefinition } from "../../../src/taskpane/screens/registry";
import { renderPane, screenOf } from "../render";
import { seededWorkbook } from "../../fixtures/rows";

const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("en-US", key, params);
const zh = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t("zh-CN", key, params);

/** What webpack rejects an import() with when a chunk does not arrive. */
const chunkError = () => new Error("Loading chunk 412 failed.");

function Goals() {
  return <Text>goals screen body</Text>;
}

async function setUp() {
  const port = await seededWorkbook();
  return port;
}

/** The pane with a Team screen and a lazily loaded Goals screen fetched by `load`. */
function screens(load: () => Promise<typeof Goals>): ScreenDefinition[] {
  return [
    screenOf("team", "tp.screen.team", <Text>team screen body</Text>),
    { ...screenOf("goals", "goals.screen", null), component: lazyWithStrings(["goals"], load) },
  ];
}

describe("LoadBoundary and lazyWithStrings", () => {
  // React logs every error a boundary catches; the bar is what this suite checks.
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("a screen whose code did not download says which screen and why, keeps the navigation, and loads on Retry", async () => {
    const user = userEvent.setup();
    const load = jest
      .fn<Promise<typeof Goals>, []>()
      .mockRejectedValueOnce(chunkError())
      .mockResolvedValue(Goals);
    renderPane(await setUp(), { screens: screens(load) });

    await user.click(await screen.findByRole("tab", { name: en("goals.screen") }));

    const bar = await screen.findByText(en("tp.load.failed", { what: en("goals.screen") }));
    expect(bar).toBeInTheDocument();
    expect(
      screen.getByText(en("tp.load.code", { detail: "Loading chunk 412 failed." }), { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByRole("tablist")).toBeInTheDocument();
    expect(screen.queryByText("goals screen body")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: en("tp.retry") }));

    expect(await screen.findByText("goals screen body")).toBeInTheDocument();
    expect(screen.queryByText(en("tp.load.failed", { what: en("goals.screen") }))).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("strings that did not download are named as such, in the pane's language; another screen still works", async () => {
    const user = userEvent.setup();
    const needStrings = jest
      .spyOn(i18n, "needStrings")
      .mockRejectedValueOnce(new Error("Failed to fetch strings-zh-CN-goals"));
    const load = jest.fn<Promise<typeof Goals>, []>().mockResolvedValue(Goals);
    renderPane(await setUp(), { locale: "zh-CN", screens: screens(load) });

    await user.click(await screen.findByRole("tab", { name: zh("goals.screen") }));

    expect(await screen.findByText(zh("tp.load.failed", { what: zh("goals.screen") }))).toBeInTheDocument();
    expect(
      screen.getByText(zh("tp.load.strings", { detail: "Failed to fetch strings-zh-CN-goals" }), {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(needStrings).toHaveBeenCalledWith(["goals"]);

    // Moving to another screen leaves the failure behind; coming back tries again (the strings arrive this time).
    await user.click(screen.getByRole("tab", { name: zh("tp.screen.team") }));
    expect(await screen.findByText("team screen body")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: zh("goals.screen") }));
    await user.click(await screen.findByRole("button", { name: zh("tp.retry") }));
    expect(await screen.findByText("goals screen body")).toBeInTheDocument();
  });

  it("a screen that throws while rendering shows the error in its place instead of a blank pane", async () => {
    const user = userEvent.setup();
    let broken = true;
    function Fragile() {
      if (broken) throw new Error("cannot read properties of undefined");
      return <Text>fragile screen body</Text>;
    }
    renderPane(await setUp(), {
      screens: [
        screenOf("team", "tp.screen.team", <Text>team screen body</Text>),
        { ...screenOf("reports", "reports.screen", null), component: Fragile },
      ],
    });

    await user.click(await screen.findByRole("tab", { name: en("reports.screen") }));

    const panel = screen.getByRole("tabpanel");
    expect(
      await within(panel).findByText(en("tp.load.failed", { what: en("reports.screen") })),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(en("err.internal", { detail: "cannot read properties of undefined" })),
    ).toBeInTheDocument();
    broken = false;
    await user.click(within(panel).getByRole("button", { name: en("tp.retry") }));
    expect(await screen.findByText("fragile screen body")).toBeInTheDocument();
  });

  it("LoadError names the part that failed in both languages", () => {
    const error = new LoadError("strings", new Error("offline"), () => undefined);
    expect(error.localized("en-US")).toBe(en("tp.load.strings", { detail: "offline" }));
    expect(error.localized("zh-CN")).toBe(zh("tp.load.strings", { detail: "offline" }));
    expect(error.localized("zh-CN")).not.toBe(error.localized("en-US"));
  });
});
