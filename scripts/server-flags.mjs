// Node flags of the production server: `npm start` (package.json) and every other launcher of
// scripts/start.mjs (demo, Playwright, the benchmarks, the graceful-stop test) use these.
//
// A larger young generation. Ingest allocates many short-lived objects per request (a batch's
// JSON, its checks, their rows and outcomes); with 64 MB semi-spaces instead of V8's 16 MB the
// scavenger runs a quarter as often, and a 100-check batch cost ~15 % less server CPU (3 A/B
// pairs on a 2-core machine: 6.7–7.7 ms against 8.2–9.8 ms). It costs up to ~100 MB more memory.
// V8 reads it only at start-up (v8.setFlagsFromString is too late), hence a command-line flag.
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];
