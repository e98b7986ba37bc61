/**
 * Registers every catalogue in both languages at once: for Node (the CLIs, scripts, benches and tests), where
 * nothing is downloaded and every string is wanted. Browser surfaces call `loadStrings` instead (./index.ts).
 */
import { registerStrings } from "./index";
import { strings as en } from "./lang/en-US";
import { strings as zh } from "./lang/zh-CN";

registerStrings("en-US", en);
registerStrings("zh-CN", zh);
