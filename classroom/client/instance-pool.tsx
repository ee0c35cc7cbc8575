"use client";
// Evidence on the shared screen: the serverless function instances, live (about once a second, from the same
// GET /api/lens/functions the lens's runtime panel reads), and the calls since this step began: cold starts,
// warm calls and 429s, against the concurrency limit. Counted from the figures on screen when the step began, so
// an earlier step's calls do not count. Beside it, the room's latest calls one by one (GET /api/lens/invocations
// since the step's start, by the server's clock): a phone's "Run" tap shows up here with its instance, cold or
// warm, its status and time — the journey table the whole room can see. Its own component, polling on its own: it
// needs nothing from the class's event stream.
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { useFunctionsReport } from "@/lens/client/use-functions-report";
import { useInvocationsSince } from "@/lens/client/use-invocations-since";
import type { InvocationJson } from "@/lens/model/lens-feed-types";
import { CallsTable } from "@/classroom/client/calls-table";
import { EVIDENCE_CALL_ROWS } from "@/classroom/model/run-recording";

type Counts = { calls: number; cold: number; warm: number; throttled: number };

export function InstancePool({
  stepKey,
  stepStartedAt,
  size,
}: {
  stepKey: string;
  stepStartedAt: number;
  size: { label: string; small: string };
}) {
  const t = useTranslations("classroom.evidence");
  const { report } = useFunctionsReport(1000);
  const calls = useInvocationsSince(stepStartedAt)
    .filter((i) => i.functionName === "search")
    .slice(-EVIDENCE_CALL_ROWS)
    .reverse();
  const base = useRef<{ key: string; counts: Counts } | null>(null);
  const search = report?.functions.find((f) => f.functionName === "search");
  const now: Counts = {
    calls: search?.invocations ?? 0,
    cold: search?.cold ?? 0,
    warm: search?.warm ?? 0,
    throttled: search?.throttled ?? 0,
  };
  // The first report of a step is its baseline (a ref: it must not re-render, and survives every later poll).
  // eslint-disable-next-line react-hooks/refs -- read and set once per step, before any count is shown
  if (report && base.current?.key !== stepKey) base.current = { key: stepKey, counts: now };
  // eslint-disable-next-line react-hooks/refs
  const from = base.current?.counts ?? now;
  const since = (k: keyof Counts) => Math.max(0, now[k] - from[k]);
  const instances = search?.instances ?? [];
  const limit = report?.limits.maxConcurrency ?? 0;
  return (
    <section
      aria-labelledby="pool-heading"
      className="rounded-2xl border border-stone-200 bg-white p-[min(1.2vw,2vh)]"
      data-testid="instance-pool"
    >
      <h2 id="pool-heading" className={`${size.small} font-semibold uppercase tracking-wider text-stone-600`}>
        {t("heading")}
      </h2>
      <div className="grid gap-x-[min(2vw,3vh)] sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="min-w-0">
          <div className="mt-2 flex flex-wrap items-center gap-2" aria-hidden="true">
            {instances.map((i) => (
              <span
                key={i.id}
                title={i.id}
                className={`inline-block h-[min(2.4vw,4vh)] w-[min(2.4vw,4vh)] rounded-md ${i.state === "busy" ? "bg-sls-600" : "bg-emerald-500"}`}
              />
            ))}
            {instances.length === 0 && <span className={`${size.small} text-stone-500`}>{t("none")}</span>}
          </div>
          <p className={`${size.label} mt-2 tabular-nums text-stone-900`} data-testid="pool-figures" data-instances={instances.length}>
            {t("figures", { instances: instances.length, limit })}
          </p>
          <p className={`${size.small} tabular-nums text-stone-700`} data-calls={since("calls")} data-throttled={since("throttled")}>
            {t("calls", { calls: since("calls"), cold: since("cold"), warm: since("warm"), throttled: since("throttled") })}
          </p>
        </div>
        <RoomCalls calls={calls} size={size.small} />
      </div>
    </section>
  );
}

/** The room's latest calls, newest first: each a phone's tap or a generated user's search, as the function saw it. */
function RoomCalls({ calls, size }: { calls: InvocationJson[]; size: string }) {
  const t = useTranslations("classroom.evidence");
  if (calls.length === 0)
    return (
      <p className={`${size} mt-2 self-center text-stone-600`} data-testid="room-calls-empty">
        {t("noCalls")}
      </p>
    );
  const rows = calls.map((c) => ({ instance: c.instanceId, cold: c.cold, status: c.status, ms: Math.round(c.durationMs) }));
  return (
    <CallsTable calls={rows} caption={t("callsCaption")} className={`${size} mt-2 w-full`} testId="room-calls" rowTestId="room-call" />
  );
}
