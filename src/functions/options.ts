/**
 * The option words of every function (rule 5 of functions.md): canonical word → aliases, English and Chinese.
 * Matching ignores case, spaces, hyphens and underscores. The docs list these same words.
 */
import { option, type OptionWords } from "./args";

/** KPI.ATTAINMENT, SCORE, STEPSCORE, BANDSCORE `direction`. */
export const DIRECTION_WORDS: OptionWords<"higher" | "lower"> = {
  higher: ["up", "越高越好", "正向"],
  lower: ["down", "越低越好", "逆向"],
};

/** KPI.STEPSCORE `rounding`. */
export const ROUNDING_WORDS: OptionWords<"floor" | "prorata"> = {
  floor: ["整步"],
  prorata: ["按比例"],
};

/** KPI.CURVE `mode`. */
export const CURVE_MODE_WORDS: OptionWords<"linear" | "step"> = {
  linear: ["线性"],
  step: ["阶梯"],
};

/** KPI.TIERED, EXPLAIN `method`. */
export const TIER_METHOD_WORDS: OptionWords<"marginal" | "retro"> = {
  marginal: ["incremental", "cumulative", "超额累进", "累进"],
  retro: ["retroactive", "whole", "non-cumulative", "全额累进", "全额"],
};

/** KPI.PRORATE `basis`. */
export const BASIS_WORDS: OptionWords<"days" | "months"> = {
  days: ["天"],
  months: ["月"],
};

/** KPI.CALIBRATE `method`. */
export const CALIBRATION_WORDS: OptionWords<"mean" | "z"> = {
  mean: ["均值"],
  z: ["标准化"],
};

/** KPI.DRAWS `type`. */
export const DRAW_TYPE_WORDS: OptionWords<"nonrecoverable" | "recoverable"> = {
  nonrecoverable: ["不可追回"],
  recoverable: ["可追回"],
};

/** Coercer of `direction` words. */
export const toDirection = option(DIRECTION_WORDS);
/** Coercer of STEPSCORE `rounding` words. */
export const toRounding = option(ROUNDING_WORDS);
/** Coercer of CURVE `mode` words. */
export const toCurveMode = option(CURVE_MODE_WORDS);
/** Coercer of TIERED/EXPLAIN `method` words. */
export const toTierMethod = option(TIER_METHOD_WORDS);
/** Coercer of PRORATE `basis` words. */
export const toBasis = option(BASIS_WORDS);
/** Coercer of CALIBRATE `method` words. */
export const toCalibration = option(CALIBRATION_WORDS);
/** Coercer of DRAWS `type` words. */
export const toDrawType = option(DRAW_TYPE_WORDS);
