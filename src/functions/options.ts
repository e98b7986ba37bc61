/**
 * The option words of every function (rule 5 of functions.md): canonical word → aliases, English and Chinese.
 * Matching ignores case, spaces, hyphens and underscores. The docs list these same words.
 */
import { option, type OptionWords } from "./args";

/** KPI.TIERED, EXPLAIN `method`. */
export const TIER_METHOD_WORDS: OptionWords<"marginal" | "retro"> = {
  marginal: ["incremental", "cumulative", "超额累进", "累进"],
  retro: ["retroactive", "whole", "non-cumulative", "全额累进", "全额"],
};

/** Coercer of `direction` words (KPI.ATTAINMENT, SCORE, STEPSCORE, BANDSCORE). */
export const toDirection = option({
  higher: ["up", "越高越好", "正向"],
  lower: ["down", "越低越好", "逆向"],
});
/** Coercer of STEPSCORE `rounding` words. */
export const toRounding = option({ floor: ["整步"], prorata: ["按比例"] });
/** Coercer of CURVE `mode` words. */
export const toCurveMode = option({ linear: ["线性"], step: ["阶梯"] });
/** Coercer of TIERED/EXPLAIN `method` words. */
export const toTierMethod = option(TIER_METHOD_WORDS);
/** Coercer of PRORATE `basis` words. */
export const toBasis = option({ days: ["天"], months: ["月"] });
/** Coercer of CALIBRATE `method` words. */
export const toCalibration = option({ mean: ["均值"], z: ["标准化"] });
/** Coercer of DRAWS `type` words. */
export const toDrawType = option({ nonrecoverable: ["不可追回"], recoverable: ["可追回"] });
