/** The field checks the People forms share (training, pulse rounds, meetings): required text and dates. */
import { parseDateText, type FieldError, type FieldErrors } from "../fields";

/** The message of a required field left blank. */
export const REQUIRED: FieldError = { key: "people.err.required" };

/**
 * Reads a required text field.
 * @param errors - the form's field errors; gets `field`'s when the text is blank.
 * @param field - the field.
 * @param text - the text as typed.
 * @returns the trimmed text.
 */
export function requiredText<F extends string>(errors: FieldErrors<F>, field: F, text: string): string {
  const value = text.trim();
  if (value === "") errors[field] = REQUIRED;
  return value;
}

/**
 * Reads a required date field (`YYYY-MM-DD`).
 * @param errors - the form's field errors; gets `field`'s when the date is blank or not a date.
 * @param field - the field.
 * @param text - the text as typed.
 * @returns the Excel serial, null when blank, NaN when not a date.
 */
export function requiredDate<F extends string>(
  errors: FieldErrors<F>,
  field: F,
  text: string,
): number | null {
  const date = parseDateText(text);
  if (date === null) errors[field] = REQUIRED;
  else if (Number.isNaN(date)) errors[field] = { key: "people.err.date" };
  return date;
}
