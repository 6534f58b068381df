// Whether a week's or month's record is still to be filed: not signed (on time or late) and not a
// period without a working day. The director's and the principal's homes both ask it.
const SETTLED = new Set(["signed", "signed_late", "no_working_day"]);

export const periodOwed = (status: string): boolean => !SETTLED.has(status);
