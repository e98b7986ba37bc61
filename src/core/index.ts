/**
 * The pure KPI engine: plain numbers, strings and arrays in, numbers and labels out. No Office, React, DOM or I/O.
 * Invalid input throws {@link KpiError} with a catalogue key naming the argument (and row for tables); no function
 * returns NaN or Infinity, and nothing is rounded.
 */
export * from "./errors";
export * from "./numeric";
export * from "./direction";
export * from "./dates";
export { localToday } from "./today";
export * from "./periods";
export * from "./attainment";
export * from "./score";
export * from "./table";
export * from "./curve";
export * from "./tiers";
export * from "./weighted";
export * from "./bonus";
export * from "./prorate";
export * from "./rating";
export * from "./distribution";
export * from "./ninebox";
export * from "./surveys";
export * from "./pace";
export * from "./calibrate";
export * from "./draws";
export * from "./smart";
export * from "./training";
export * from "./anonymity";
export * from "./followup";
export * from "./checksum";
export * from "./amount";
export * from "./prepared";
