// The one place the server reads the wall clock. Everything else takes the instant as an input:
// services take `now: Date`, the tRPC context carries one clock per request (`ctx.now()`), the v1
// API reads it once per request, and the scheduler asks its `Clock` on every tick. Tests pass a
// fixed or movable clock instead (`@anzhi/api/testing/clock`), so no test depends on the day it
// runs. ESLint forbids `new Date()` without an argument and `Date.now()` outside this module.
export type Clock = () => Date;

/** The real time. Production entry points (server, CLI, scheduler, seed on boot) start here. */
export const systemClock: Clock = () => new Date();
