// The Node flags the server runs with, wherever it is started: the e2e harness, the
// benchmark and the crash test read them from here; package.json's `start` and
// deploy/firm-site.service repeat them, and scripts/server-node-flags.test.ts keeps them the same.
//
// V8 sizes its heap limit from the machine's memory (4 GB on a 24 GB machine) and, below
// that limit, collects lazily: under load the heap grew to 240 MB, mostly garbage (the
// live set is 55–60 MB), for a peak RSS of 480 MB. A fixed limit, four times the live
// set, makes the server the same on every machine: peak RSS about 260 MB, with no loss of
// throughput that the benchmark could tell from noise (bench/README.md).
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256"];
