import { localToday, serialFromYMD } from "../../src/core";

describe("localToday", () => {
  it.each([
    [new Date(2026, 7, 15, 0, 0), serialFromYMD(2026, 8, 15)],
    [new Date(2026, 7, 15, 23, 59), serialFromYMD(2026, 8, 15)],
    [new Date(2026, 0, 1, 0, 1), serialFromYMD(2026, 1, 1)],
  ])("%p is day %p", (now, serial) => {
    expect(localToday(now)).toBe(serial);
  });
});
