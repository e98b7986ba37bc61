/**
 * A duplicated-id refusal names the customer its row is about. While the first book's Customers are read only in
 * part (no names yet), the bar holds that message, and shows it whole once the names are in.
 */
import { render, screen } from "@testing-library/react";
import { DuplicateIdError } from "../../src/core/errors";
import { t, type Locale } from "../../src/i18n";
import { generateSample } from "../../src/model";
import { ErrorBar } from "../../src/taskpane/components/ErrorBar";
import { KpiDeskProvider } from "../../src/taskpane/shell/KpiDeskContext";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { TODAY } from "./render";

describe("ErrorBar: a duplicated id's message names the customer", () => {
  it.each(["en-US", "zh-CN"] as const)(
    "holds the message while the customers' names are read, then names customer and person (%s)",
    async (locale: Locale) => {
      const seed = generateSample({ locale, asOf: TODAY });
      const customer = seed.Customers![0];
      const person = seed.Managers!.find((m) => m.ManagerID === customer.ManagerID)!;
      const port = new MemoryWorkbook({ seed, locale });
      const readTables = port.readTables.bind(port);
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      jest.spyOn(port, "readTables").mockImplementation(async (keys) => {
        // The first book's other tables (Customers whole among them) wait for the test.
        if (!keys.includes("Managers")) await held;
        return readTables(keys);
      });
      const error = new DuplicateIdError("Deals", "商机成交", "D000001 / M1", 2, {
        customerId: customer.CustomerID,
        managerId: customer.ManagerID,
      });
      render(
        <KpiDeskProvider port={port} initialLocale={locale} today={TODAY}>
          <ErrorBar error={error} />
        </KpiDeskProvider>,
      );
      const named = t(locale, "workbook.err.duplicateIdNamed", {
        table: "Deals",
        tableZh: "商机成交",
        id: "D000001 / M1",
        count: 2,
        name: [customer.Name, person.Name].join(t(locale, "workbook.names.sep")),
      });
      // The first part is in (the person's name is known, the customer's not yet): the message waits.
      expect(await screen.findByText(t(locale, "tp.error.naming"))).toBeInTheDocument();
      expect(screen.queryByText(/D000001/)).toBeNull();
      release();
      expect(await screen.findByText(named)).toBeInTheDocument();
      expect(screen.queryByText(t(locale, "tp.error.naming"))).toBeNull();
    },
  );

  it("does not hold the message for ever when the other tables cannot be read", async () => {
    const seed = generateSample({ locale: "en-US", asOf: TODAY });
    const customer = seed.Customers![0];
    const port = new MemoryWorkbook({ seed, locale: "en-US" });
    const readTables = port.readTables.bind(port);
    jest.spyOn(port, "readTables").mockImplementation(async (keys) => {
      if (!keys.includes("Managers")) throw new Error("the sheet is gone");
      return readTables(keys);
    });
    const error = new DuplicateIdError("Deals", "商机成交", "D000001 / M1", 2, {
      customerId: customer.CustomerID,
      managerId: customer.ManagerID,
    });
    render(
      <KpiDeskProvider port={port} initialLocale="en-US" today={TODAY}>
        <ErrorBar error={error} />
      </KpiDeskProvider>,
    );
    // The read failed (the pane shows that failure where the book is used): the message as the row gives it.
    expect(await screen.findByText(error.localized("en-US"))).toBeInTheDocument();
    expect(screen.queryByText(t("en-US", "tp.error.naming"))).toBeNull();
  });
});
