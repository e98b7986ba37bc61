/**
 * SHA-256 for locks and the audit chain, through Web Crypto (`crypto.subtle.digest`): available in Excel's
 * runtimes (WebView2, Safari WebKit, the browser of Excel on the web), in browsers and in Node 20 as
 * `globalThis.crypto`. Core stays pure and synchronous: it takes the digest as a function where it needs one.
 */
import { KpiError } from "../core";

/** A digest of text: lower-case hex. Asynchronous because Web Crypto is. */
export type HashFn = (text: string) => Promise<string>;

/**
 * SHA-256 of a text's UTF-8 bytes.
 * @param text - any text.
 * @returns 64 lower-case hex digits.
 * @throws KpiError `close.err.noCrypto` where the runtime has no Web Crypto (no Excel runtime KPI Desk supports).
 * @example await sha256Hex("abc") // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new KpiError("na", "close.err.noCrypto", {});
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
