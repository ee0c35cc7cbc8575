// The production server: `npm start`, the e2e suite, the benchmarks and the crash test run this instead of
// `next start`. It is Next's own request handler behind a plain Node HTTP server, for two reasons:
//
// 1. The client's address. Route handlers never see the socket, so throttles and rate limits read the first
//    X-Forwarded-For entry (infra/access/client-ip.ts). `next start` passes a client-sent X-Forwarded-For
//    through untouched, so any student could pick their own "IP". Here every client-sent X-Forwarded-For,
//    X-Real-IP and Forwarded is dropped and X-Forwarded-For is set to exactly one address: the socket's peer,
//    or, behind proxies named in TRUST_PROXY, the nearest untrusted hop (infra/access/resolve-client-address.ts).
// 2. A clean stop. On SIGINT (Ctrl-C) or SIGTERM it stops accepting, closes idle keep-alive connections, lets
//    the monolith's image consumer finish the photos in flight (a few seconds at most: a job cut off keeps its
//    lease and is claimed again after the next start), and says so in one line.
//
// `npm start` calls serve() in its own process once its steps are done (the seed ran in a child that exited, so
// nothing of it is held here): one process to serve, not a launcher waiting beside a server (decision 025).
// Everyone else runs it as its own process (`node --import tsx scripts/serve.ts`, see scripts/lib/spawn-server.ts),
// so that a kill -9 of the pid they hold is a kill of the server.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import v8 from "node:v8";
import { parseTrustProxy, resolveClientAddress, type TrustedProxies } from "../infra/access/resolve-client-address";
import { pointWorkflowAtDataFolder } from "../infra/lifecycle/local-workflow-world";
import { claimShutdown, runShutdownTasks } from "../infra/lifecycle/shutdown-tasks";
import { describePortInUse, exitWith, readSettings, root } from "./lib/preflight";

/** Grace for requests and image jobs in flight; the process is gone well within a few seconds either way. */
const STOP_GRACE_MS = 3_000;
const CLIENT_ADDRESS_HEADERS = new Set(["x-forwarded-for", "x-real-ip", "forwarded"]);

/** Drops what the client said about its address and writes the one address we believe. */
export function rewriteClientAddress(req: http.IncomingMessage, trusted: TrustedProxies): void {
  const address = resolveClientAddress({ socketAddress: req.socket.remoteAddress, forwardedFor: req.headers["x-forwarded-for"], trusted });
  for (const name of CLIENT_ADDRESS_HEADERS) delete req.headers[name];
  req.headers["x-forwarded-for"] = address;
  // rawHeaders too, so no part of Next can read the client's version from there.
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!CLIENT_ADDRESS_HEADERS.has(req.rawHeaders[i]!.toLowerCase())) raw.push(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  }
  raw.push("X-Forwarded-For", address);
  req.rawHeaders.splice(0, req.rawHeaders.length, ...raw);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Serves the build in this process until a stop signal; resolves once it listens. `npm start` (scripts/start.ts)
 * calls it in its own process after its steps; everyone else runs this file as a program (spawn-server.ts).
 */
export async function serve(): Promise<void> {
  // Next decides production vs development from NODE_ENV, and React reads it when first imported: set it first.
  (process.env as Record<string, string>).NODE_ENV = "production";
  // Configuration errors are sentences for a person, never a stack trace.
  let settings: { port: number; host: string; trusted: TrustedProxies };
  try {
    const e = await readSettings();
    settings = { port: e.PORT, host: e.HOST, trusted: parseTrustProxy(e.TRUST_PROXY) };
  } catch (error) {
    exitWith(error);
  }
  const { port, host, trusted } = settings;
  // We handle the stop signals; background parts (the image consumer) register shutdown tasks instead.
  claimShutdown("scripts/serve.ts");

  // Memory (docs/performance.md, decision 025): tsx turns Node's source maps on for our TypeScript's stack traces,
  // and Node then parses and keeps the source map of every module loaded after it — Next's server chunks and
  // runtimes (~90 MB of heap). Everything from here on is compiled JavaScript: off, as under `next start`.
  process.setSourceMapsEnabled(false);
  // V8 lets the old generation grow to up to 4× what survived the last full collection before collecting again
  // (its limit here is ~4 GB): after 20 s of load the heap was 250–430 MB, two thirds of it garbage. At 1.6× the
  // server's RSS after load fell from ~570 to ~340 MB, at 1.3× to ~300 MB, with the same page throughput in the
  // same runs (docs/performance.md): what survives a full collection here is mostly code, so the extra
  // collections are short. A growth factor, not a heap cap: the 100,000-pet catalog with ten warm search
  // instances keeps ~1.7 GB alive (153 MB per index copy), which a cap of 1 GB would kill.
  v8.setFlagsFromString("--heap-growing-percent=30");
  // The configuration `next build` resolved (.next/required-server-files.json), handed to Next the way its own
  // standalone server.js does, not next.config.ts: reading that file at every start compiles it with SWC and loads
  // the next-intl and Workflow build plugins, ~40 MB of native code and heap the server never uses. The variable is
  // Next's, not public API: should a later Next ignore it, Next reads next.config.ts as before (slower, not wrong).
  // next.config.ts's one runtime effect, where the Workflow world keeps its state, is done here instead.
  pointWorkflowAtDataFolder();
  const { config } = JSON.parse(readFileSync(path.join(root, ".next", "required-server-files.json"), "utf8")) as { config: object };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const { default: next } = await import("next");
  // hostname "localhost", not HOST: Next builds the URL a proxy rewrite points at from it and treats a rewrite to
  // another origin as external (proxied, its status lost), so our 404/403 rewrites must name the same origin.
  const app = next({ dev: false, dir: root, hostname: "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    rewriteClientAddress(req, trusted);
    handle(req, res).catch((error: unknown) => {
      // Next answers its own errors; this is only for one that escapes it, so the process keeps serving.
      console.error("[server] request failed:", error instanceof Error ? error.message : error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Something went wrong on the server.");
    });
  });
  // Node closes an idle kept-alive connection after 5 s; a client that reuses it at that moment gets ECONNRESET
  // (seen from the test browser's request context). Keep idle connections longer than clients do, as proxies advise.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") fail(describePortInUse(port, "npm start"));
    if (error.code === "EACCES") fail(`This user may not open port ${port}. Pick one above 1023: PORT=3000 npm start`);
    if (error.code === "EADDRNOTAVAIL")
      fail(
        `HOST=${host} is not an address of this computer. Leave HOST unset to listen on all of them, or HOST=127.0.0.1 to stay private.`,
      );
    fail(`The server stopped: ${error.message}`);
  });
  const listening = new Promise<void>((resolve) =>
    server.listen(port, host, () => {
      console.log(`[server] listening on ${host}:${port}`);
      resolve();
    }),
  );

  let stopping = 0;
  const stop = async (signal: NodeJS.Signals) => {
    // A terminal's Ctrl-C reaches both `npm start` (which passes it on) and this process: one stop for both.
    // A second signal later than that means "now".
    if (stopping) {
      if (Date.now() - stopping > 1_000) {
        console.log("Pet Store Twin stopped at once (second signal); unfinished image jobs resume after the next start.");
        process.exit(130);
      }
      return;
    }
    stopping = Date.now();
    const started = performance.now();
    server.close();
    server.closeIdleConnections();
    // Requests still running get the grace period, then their connections are cut.
    const cut = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
    const { unfinished } = await runShutdownTasks(STOP_GRACE_MS);
    clearTimeout(cut);
    server.closeAllConnections();
    const took = `${Math.round(performance.now() - started)} ms`;
    console.log(
      unfinished.length === 0
        ? `Pet Store Twin stopped cleanly (${signal}, ${took}).`
        : `Pet Store Twin stopped cleanly (${signal}, ${took}); ${unfinished.join(", ")} had work in flight, which resumes after the next start.`,
    );
    process.exit(0);
  };
  process.on("SIGINT", (s) => void stop(s));
  process.on("SIGTERM", (s) => void stop(s));
  // Started by a launcher (scripts/lib/spawn-server.ts): when it disappears, stop as if told to.
  if (process.connected) {
    process.on("disconnect", () => void stop("SIGHUP"));
    process.channel?.unref(); // the channel alone must not keep this process alive
  }
  await listening;
}

// Only when run as a program (tests import rewriteClientAddress, npm start imports serve).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  serve().catch((error: unknown) => fail(`The server could not start: ${error instanceof Error ? error.message : String(error)}`));
}
