// Whether the function runtime *simulates* instances or *observes* real ones. On this machine every function
// runs in one Node.js process, so instances, cold starts, idle reclaim and throttling are bookkeeping that
// follows a FaaS platform's rules (core/functions/instance-pool). Deployed on Vercel, each function bundle runs
// in real instances the platform starts and stops: then the runtime stops pretending and reports what it sees
// from inside one instance (its id, whether this call was its first, the memory the platform gave it).
// Pure: the caller passes the environment in.

export type RuntimeMode =
  | { kind: "simulated"; label: string; detail: string }
  | { kind: "observed"; label: string; detail: string; region: string | null; memoryMb: number | null };

export type PlatformVariables = { VERCEL?: string; VERCEL_REGION?: string; AWS_LAMBDA_FUNCTION_MEMORY_SIZE?: string };

export function runtimeMode(env: PlatformVariables): RuntimeMode {
  if (!env.VERCEL) {
    return {
      kind: "simulated",
      label: "simulated on this machine",
      detail:
        "Every function runs in this one server process; instances, cold starts, idle reclaim and throttling follow a FaaS platform's rules.",
    };
  }
  const region = env.VERCEL_REGION?.trim() || null;
  const memory = Number.parseInt(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? "", 10);
  const memoryMb = Number.isInteger(memory) && memory > 0 ? memory : null;
  return {
    kind: "observed",
    label: "observed on Vercel",
    detail:
      `Vercel starts, reuses and reclaims the instances${region ? ` (region ${region})` : ""}. Each function keeps its own records, so this ` +
      "page sees only what reached the instance answering it; the x-instance-id and x-cold-start headers of every response are the full record. The limits below change nothing here.",
    region,
    memoryMb,
  };
}
