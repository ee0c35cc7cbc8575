// The lab bench (/class/bench): the run form, the figures, the live charts and the failure switches. A switch's
// title and description are keyed by its name (core/faults/fault-catalog.ts keeps the English for the API).
export const benchEn = {
  metaTitle: "Lab bench",
  classroom: "Classroom",
  title: "Lab bench",
  locked:
    "The lab bench puts load on the whole app and switches failures on for everyone, so only the instructor may open it. Open the instructor link that <code>npm start</code> printed, then come back here.",
  thisRun: "This run",
  recentFailures: "Recent failures ({count})",
  loading: "Loading…",
  empty:
    "No run yet. Choose a store and a number of virtual users, then press Start: the figures and charts appear here as the traffic flows.",
  preparing: "Preparing {users} generated customers and the catalog…",
  runningBoth: "Running {elapsed} s of {seconds} s — {active} of {users} virtual users active on both stores.",
  runningOne: "Running {elapsed} s of {seconds} s — {active} of {users} virtual users active on the {target} store.",
  finishedBoth: "Finished after {elapsed} s: {requests} requests to both stores.",
  finishedOne: "Finished after {elapsed} s: {requests} requests to the {target} store.",
  target: { monolith: "monolith", serverless: "serverless" },
  figure: "Figure",
  monolith: "Monolith",
  serverless: "Serverless",
  ms: "{value} ms",
  rows: {
    requests: "Requests",
    rps: "Requests/s (last 5 s)",
    p50: "p50 (last 10 s)",
    p95: "p95 (last 10 s)",
    errors: "Errors",
    throttled: "Throttled (429)",
    coldStarts: "Cold starts",
    byStatus: "By status",
  },
  form: {
    heading: "Generate load",
    target: "Target",
    both: "Both stores (half the users each)",
    monolith: "Monolith",
    serverless: "Serverless",
    users: "Users",
    seconds: "Seconds",
    rampUp: "Ramp-up (s)",
    mix: "Journey mix (weights)",
    browse: "Browse a category",
    search: "Search",
    view: "View a pet",
    buy: "Buy",
    start: "Start",
    stop: "Stop",
  },
  charts: {
    heading: "Live charts",
    intro: "One point per second of the run (the last minute). Monolith in indigo, serverless in teal.",
    seconds: "{value}s",
    rps: "Requests per second",
    latency: "Latency p50 / p95 (ms)",
    errors: "Errors by status",
    instances: "Function instances (serverless; the monolith is one process)",
    coldThrottles: "Cold starts and throttles per second (serverless)",
    cost: "Cost per minute at this rate (US$)",
    monolith: "Monolith",
    serverless: "Serverless",
    monoP50: "Monolith p50",
    monoP95: "Monolith p95",
    slsP50: "Serverless p50",
    slsP95: "Serverless p95",
    mono429: "Monolith 429",
    mono4xx: "Monolith other 4xx",
    mono5xx: "Monolith 5xx / none",
    sls429: "Serverless 429",
    sls4xx: "Serverless other 4xx",
    sls5xx: "Serverless 5xx / none",
    liveInstances: "Live instances",
    coldStarts: "Cold starts",
    throttled: "Throttled (429)",
    monoCost: "Monolith (always on)",
    slsCost: "Serverless (per request + GB-s)",
  },
  switches: {
    heading: "Failure switches",
    resetAll: "Reset all",
    on: "On",
    off: "Off",
    appliesTo: "Applies to: {sides}",
    and: " and ",
    side: { monolith: "monolith", serverless: "serverless" },
    loops: "Loops the breaker counted",
    photo: "Photo <code>{id}</code>: {summary}",
    params: {
      limit: "Concurrent runs",
      ms: "Milliseconds",
      timeoutMs: "Timeout (ms)",
      slowMs: "Extra handler time (ms)",
      seconds: "Token lifetime (s)",
      maxRuns: "Breaker: runs per photo",
    },
  },
  faults: {
    "concurrency-limit": {
      title: "Concurrency limit",
      description:
        "Each function may run only `limit` instances at once: watch the serverless side throttle (429s, the SPA and the workflow retry) while the monolith has no such cap — its requests simply queue in the one process and p95 grows.",
    },
    "cold-start-delay": {
      title: "Cold-start delay",
      description:
        "Every new function instance (HTTP functions and pipeline steps) waits `ms` before its first run: watch p95 jump whenever the load makes new instances, while the always-warm monolith is unaffected.",
    },
    "function-timeout": {
      title: "Function timeout",
      description:
        "Search and checkout take `slowMs` longer in both stores; a function still running after `timeoutMs` is stopped with a 504 and its instance thrown away, while the monolith's request simply takes longer.",
    },
    "database-latency": {
      title: "Database latency",
      description:
        "Every database query of both stores waits `ms` longer: watch the page that runs several queries in sequence (monolith pages, the purchase function) suffer more than a single data-API read.",
    },
    "storage-outage": {
      title: "Storage outage",
      description:
        "The public bucket (thumbnails, seed photos, search index) refuses every read and write; the upload bucket that takes originals stays up, so a new upload is accepted and queued but its thumbnails cannot be stored: the monolith's consumer and the serverless steps wait for it (“waiting” on the admin pages; tries 2 s, 4 s … 30 s apart, not counted as attempts) and both finish the upload, once, after storage is back (an outage of up to 10 minutes).",
    },
    "consumer-down": {
      title: "Consumer down / crashed step",
      description:
        "The monolith's image consumer stops claiming jobs (its backlog grows and drains when it is back); each serverless step's first attempt crashes, and the durable run resumes at that step instead of starting over.",
    },
    "poison-image": {
      title: "Poison image",
      description:
        "Every new photo fails thumbnailing on every attempt: watch both pipelines retry it the allowed number of times, then dead-letter it with its reason instead of retrying forever.",
    },
    "short-token-lifetime": {
      title: "Short token lifetime",
      description:
        "New data-API tokens live only `seconds`: watch the SPA's silent refresh (GET /api/baas/token every few seconds) appear in the lens, while the monolith's server session has nothing to renew.",
    },
    "recursive-trigger": {
      title: "Recursive trigger",
      description:
        "Serverless only (the monolith's consumer takes only the jobs it is given; nothing it writes is an event): the guard that ignores writes under thumbnails/ is off, so every stored thumbnail starts another run of the whole pipeline for its photo — watch the runs multiply until the breaker stops them after `maxRuns` runs, and read what the loop would bill without it.",
    },
  },
} as const;
