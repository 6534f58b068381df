// Running the app at a chosen instant. Every entry point takes a clock:
//   createContextInner({ db, now: clock })          a tRPC caller (no HTTP)
//   callerWithToken(db, token, { clock })           a caller resolved like an HTTP request
//   startV1Server({ db, clock })                    the ERP API for @anzhi/sdk tests
//   startServer({ at })  (apps/web/tests/e2e)        the whole web server, under faketime
// so a test can say "at 2027-01-04 00:30 Asia/Shanghai" and move time on between steps.
import { localInstant } from "@anzhi/contracts";
import type { Clock } from "@anzhi/domain/clock";

export { localInstant } from "@anzhi/contracts";

export interface TestClock extends Clock {
  /** Jump to an instant, or to a wall-clock time in `timeZone` ("2027-01-04 00:30"). */
  set(at: Date | string, timeZone?: string): void;
  /** Move on by `ms` milliseconds (negative moves back). */
  advance(ms: number): void;
}

function toInstant(at: Date | string, timeZone: string): Date {
  return typeof at === "string" ? localInstant(at, timeZone) : new Date(at.getTime());
}

/**
 * A clock that stands still at `start` until the test moves it. A string is a wall-clock time in
 * `timeZone` (default Asia/Shanghai): `testClock("2027-01-04 00:30")`.
 */
export function testClock(start: Date | string, timeZone = "Asia/Shanghai"): TestClock {
  let current = toInstant(start, timeZone);
  const clock = (() => new Date(current.getTime())) as TestClock;
  clock.set = (at, tz = timeZone) => {
    current = toInstant(at, tz);
  };
  clock.advance = (ms) => {
    current = new Date(current.getTime() + ms);
  };
  return clock;
}
