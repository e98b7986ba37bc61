/** Shared by the review tests: equal dimension weights and a complete manager review of Ada (M1). */
import { REVIEW_DIMENSIONS } from "../../../src/model";
import type { ReviewFormValues } from "../../../src/domain/reviews/cycles";

/** Each of the six review dimensions weighs 1/6. */
export const EQUAL = Object.fromEntries(REVIEW_DIMENSIONS.map((d) => [d, 1 / 6])) as Record<
  (typeof REVIEW_DIMENSIONS)[number],
  number
>;

/** Every dimension scored, both required texts written, an action given. */
export const REVIEW_FORM: ReviewFormValues = {
  person: "M1",
  role: "manager",
  reviewer: "Zhou Min",
  scores: { Workload: 4, Quality: 3, Satisfaction: 5, Attitude: 4, Teamwork: 3, Innovation: 2 },
  strengths: "At the June review with Client X you walked the CFO through three pricing options.",
  improvements: "Follow-ups slipped twice in July & August; book the next step before leaving.",
  actions: "Join two pricing calls by 30 September.",
};
