import "server-only";
// Who may change the function runtime (idle timeout, cold-start delay, concurrency, reset). In the embedded
// default (a local SQLite file: a laptop or a classroom machine) anyone who can open the app may: the point
// is that a teacher forces a cold start in front of the class without signing in, and the e2e suite does the
// same. On a shared deployment (DATABASE_URL not a file) it would let any visitor slow every function down,
// so only a signed-in admin of the BaaS auth service may.
import { env } from "../../core/config/env";
import { readAuthSession } from "../auth/read-auth-session";

export async function mayControlRuntime(request: Request): Promise<boolean> {
  if (env().embedded) return true;
  const session = await readAuthSession(request);
  return session?.role === "admin";
}
