// Value lists of enums a browser page needs as plain data (a select's options), without zod:
// enums.ts builds its schemas from these tuples, so there is still one list per enum.

/** 隐患等级: general, significant (较大) or major (重大). */
export const HAZARD_SEVERITIES = ["general", "significant", "major"] as const;
