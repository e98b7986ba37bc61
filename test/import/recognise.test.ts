import { recognise, readCsv, headerKey } from "../../src/import";
import { KpiError } from "../../src/core/errors";
import { fixture } from "./helpers";

describe("import: recognising an export by its headers", () => {
  it.each([
    ["fxiaoke-deals.csv", "fxiaoke.deals"],
    ["fxiaoke-customers.csv", "fxiaoke.customers"],
    ["fxiaoke-followups.csv", "fxiaoke.followups"],
    ["fxiaoke-visits.csv", "fxiaoke.visits"],
    ["zoho-deals.csv", "zoho.deals"],
    ["zoho-deals-zh.csv", "zoho.deals"],
    ["zoho-accounts.csv", "zoho.accounts"],
    ["zoho-calls.csv", "zoho.calls"],
    ["zoho-meetings.csv", "zoho.meetings"],
    ["zoho-tasks.csv", "zoho.tasks"],
    ["zoho-accounts-zh.csv", "zoho.accounts"],
    ["zoho-calls-zh.csv", "zoho.calls"],
    ["zoho-meetings-zh.csv", "zoho.meetings"],
    ["zoho-tasks-zh.csv", "zoho.tasks"],
    ["forms-pulse.csv", "forms"],
    ["forms-pulse-zh.csv", "forms"],
    ["wjx-pulse.csv", "wjx"],
  ])("%s is %s", (file, profile) => {
    expect(recognise(fixture(file)).profile.id).toBe(profile);
  });

  it("refuses a file it does not know, listing its columns", () => {
    const table = fixture("own-sheet.csv");
    expect(() => recognise(table)).toThrow(KpiError);
    expect(() => recognise(table)).toThrow(/Opportunity, Rep, Phase/);
  });

  it("keeps to the source named with --source", () => {
    expect(() => recognise(fixture("zoho-deals.csv"), "fxiaoke")).toThrow(KpiError);
    expect(recognise(fixture("zoho-deals.csv"), "zoho").profile.id).toBe("zoho.deals");
  });

  it("compares headers without case, spaces, punctuation or question numbers", () => {
    expect(headerKey("1、您所在的团队：")).toBe("您所在的团队");
    expect(headerKey(" Record  Id ")).toBe("recordid");
    expect(headerKey("Deal_Owner")).toBe("dealowner");
  });

  it("refuses an empty file", () => {
    expect(() => readCsv("empty.csv", new TextEncoder().encode("\n\n"))).toThrow(/no header row/);
    expect(() => readCsv("header.csv", new TextEncoder().encode("a,b\n"))).toThrow(/no data rows/);
  });
});
