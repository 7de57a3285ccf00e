// The Node flags the server runs with, wherever it is started: the e2e harness, the
// benchmark and the crash test read them from here; package.json's `start` and
// deploy/firm-site.service repeat them, and scripts/server-node-flags.test.ts keeps them the same.
//
// V8 sizes its heap limit from the machine's memory (4 GB on a 24 GB machine) and, below
// that limit, collects lazily: under load the heap grew to 240 MB, mostly garbage (the
// live set is 55–60 MB), for a peak RSS of 480 MB. A fixed limit, four times the live
// set, makes the server the same on every machine: peak RSS about 260 MB, with no loss of
// throughput that the benchmark could tell from noise (bench/README.md).
//
// The collector's helper threads (concurrent marking, parallel scavenges) took turns with the
// server's one JavaScript thread on the same core or two: one load in 40–60 of a search or an
// admin list waited 60–100 ms on them, whatever the page cost. Marking on the main thread in
// small steps (--single-threaded-gc) took that one client's p99 from 100–110 ms to 56–62 ms
// on one core and from 64–66 ms to 44–50 ms on two, at the same requests/s under load.
//
// Each of the two halves of the young generation grows to 16 MB under load; at 8 MB
// (--max-semi-space-size=8) the server holds 17–26 MB less, for 2% fewer requests/s at
// most, within the run-to-run spread.
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=8", "--single-threaded-gc"];
