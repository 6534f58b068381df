// Preloaded into the server `bench:scale` starts for the scheduler tick (`node --import`): samples
// the main thread's event-loop delay (perf_hooks.monitorEventLoopDelay) and prints the largest
// delay of every 100 ms window to stdout, so the bench can report how long the request thread was
// held while the tick ran — a measure that does not depend on the wall-clock of a loaded machine's
// HTTP round trips.
//
// Only the main thread: `--import` preloads into every worker thread too, and the scheduler's
// worker, whose own loop is busy with the tick by design, would otherwise print its delays among
// the request thread's.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  setInterval(() => {
    process.stdout.write(`[bench:loop-delay] max ${(histogram.max / 1e6).toFixed(1)} ms\n`);
    histogram.reset();
  }, 100).unref();
}
