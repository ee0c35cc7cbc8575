import "server-only";
// Invocations that started after `since` (epoch ms), oldest first, capped: what the live diagram polls.
import { listInvocations, type InvocationRecord } from "../../serverless/runtime/invocation-log";

export function listRecentInvocations(since: number, limit = 200): InvocationRecord[] {
  const recent = listInvocations().filter((i) => i.startedAt > since);
  return recent.slice(Math.max(0, recent.length - limit));
}
