// Node flags of every process that serves the app: `npm start` (package.json's "start" runs scripts/start.ts, which
// serves in its own process, with exactly these; scripts/lib/server-node-flags.test.ts holds the two together) and
// the servers that spawn-server.ts and the benches start.
//
// Memory (decision 024, numbers in docs/performance.md): on a machine with this much RAM V8's old space may grow to
// ~4 GB, and V8 then lets it grow to 4× what survived the last full collection before collecting again: under load
// the server's heap reached 250–350 MB of which a collection freed two thirds. Any old-space limit under 2 GB also
// lowers that growth factor (linearly, to 1.6× at 1 GB), so garbage is collected at ~1.6× the live heap. 1 GB is
// not a squeeze: the server keeps ~110 MB alive with the class catalog, and the 100,000-pet catalog's search index
// copies fit under it with room to spare (measured, see the decision).
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-old-space-size=1024"];
