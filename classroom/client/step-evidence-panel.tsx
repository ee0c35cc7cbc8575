"use client";
// Evidence on the shared screen, live: what GET /api/class/evidence says about the step on screen (about once a
// second) — the search function's instances and this step's cold / warm / 429 calls, the room's latest calls one by
// one (a phone's "Run" tap shows up here with its instance, cold or warm, its status and time: the journey table the
// whole room can see), the lens's summary of the latest call (hops, round trips, server time, the components it
// crossed) and, on a step with load, the generated load with its chart. The server works these out once
// (classroom/server/step-evidence.ts) and a run's recording keeps the same figures, so a replay shows what the room
// saw. Its own component, polling on its own: it needs nothing from the class's event stream.
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { usePolling } from "@/components/use-polling";
import type { ActionData, EvidenceData } from "@/classroom/model/run-recording";
import type { LoadPoint } from "@/classroom/model/screen-types";
import { CallsTable } from "@/classroom/client/calls-table";
import { isLensComponent } from "@/lens/model/span";

type Size = { label: string; small: string };
type Live = { evidence: EvidenceData | null; loadChart: LoadPoint[] };

/** `stepKey` starts the polling afresh on a new step, so an earlier step's figures never show on this one. */
export function StepEvidencePanel({ stepKey, size }: { stepKey: string; size: Size }) {
  const t = useTranslations("classroom.evidence");
  const [live, setLive] = useState<Live & { stepKey: string }>({ evidence: null, loadChart: [], stepKey });
  const poll = useCallback(
    async (active: () => boolean) => {
      const r = await fetch("/api/class/evidence", { cache: "no-store" });
      if (r.ok && active()) setLive({ ...((await r.json()) as Live), stepKey });
    },
    [stepKey],
  );
  usePolling(poll, 1000, { onlyWhenVisible: true, restartKey: stepKey });
  const evidence = live.stepKey === stepKey ? live.evidence : null;
  const { pool, calls, load, action } = evidence ?? {};
  if (!pool && !calls && !load && !action) return null;
  // Beside the instances when there are some (the calls table on the right is the taller column), else on top.
  const heading = (
    <h2 id="evidence-heading" className={`${size.small} font-semibold uppercase text-stone-600`}>
      {t("heading")}
    </h2>
  );
  return (
    <section
      aria-labelledby="evidence-heading"
      className="rounded-2xl border border-stone-200 bg-white p-[min(1.2vw,2vh)]"
      data-testid="instance-pool"
    >
      {pool ? (
        <div className="grid gap-x-[min(2vw,3vh)] sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <div className="min-w-0">
            {heading}
            <div className="mt-2 flex flex-wrap items-center gap-2" aria-hidden="true">
              {Array.from({ length: pool.instances }, (_, i) => (
                <span
                  key={i}
                  className={`inline-block h-[min(2.4vw,4vh)] w-[min(2.4vw,4vh)] rounded-md ${i < pool.busy ? "bg-sls-600" : "bg-emerald-500"}`}
                />
              ))}
              {pool.instances === 0 && <span className={`${size.small} text-stone-500`}>{t("none")}</span>}
            </div>
            <p className={`${size.label} mt-2 tabular-nums text-stone-900`} data-testid="pool-figures" data-instances={pool.instances}>
              {t("figures", { instances: pool.instances, limit: pool.limit })}
            </p>
            <p className={`${size.small} tabular-nums text-stone-700`} data-calls={pool.calls} data-throttled={pool.throttled}>
              {t("calls", { calls: pool.calls, cold: pool.cold, warm: pool.warm, throttled: pool.throttled })}
            </p>
          </div>
          <div className="min-w-0">
            {calls ? (
              <CallsTable
                calls={calls}
                caption={t("callsCaption")}
                className={`${size.small} mt-2 w-full`}
                testId="room-calls"
                rowTestId="room-call"
              />
            ) : (
              <p className={`${size.small} mt-2 text-stone-600`} data-testid="room-calls-empty">
                {t("noCalls")}
              </p>
            )}
            {action && <ActionSummary action={action} size={size.small} />}
          </div>
        </div>
      ) : (
        <>
          {heading}
          {action && <ActionSummary action={action} size={size.small} />}
        </>
      )}
      {load && (
        <div className="mt-2 flex items-end gap-3" data-testid="room-load" data-rps={load.rps} data-throttled={load.throttled}>
          <p className={`${size.small} shrink-0 tabular-nums text-stone-800`}>
            <span className="font-semibold">{t("loadHeading")}</span>{" "}
            {t("loadFigures", { users: load.activeUsers, rps: load.rps, throttled: load.throttled })}
          </p>
          <LoadChart points={live.loadChart} label={t("loadChartLabel")} />
        </div>
      )}
    </section>
  );
}

/** The lens's summary of the room's latest call: one line of figures, then the components it crossed, in order. */
function ActionSummary({ action, size }: { action: ActionData; size: string }) {
  const t = useTranslations("classroom.evidence");
  const tc = useTranslations("lens.component");
  const name = (c: string) => (isLensComponent(c) ? tc(c) : c);
  return (
    <p
      className={`${size} mt-2 tabular-nums text-stone-800`}
      data-testid="room-action"
      data-hops={action.hops}
      data-components={action.components.join(" ")}
    >
      <span className="font-semibold">{t("lensHeading")}</span>{" "}
      {t("lensFigures", { hops: action.hops, roundTrips: action.roundTrips, serverMs: action.serverMs })} ·{" "}
      <span className="text-stone-700">{action.components.map(name).join(" → ")}</span>
    </p>
  );
}

/** Requests per second as bars, the 429s of each second stacked in red at the bottom: the plateau, seen. */
function LoadChart({ points, label }: { points: LoadPoint[]; label: string }) {
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.requests));
  const width = 60;
  return (
    <svg
      viewBox={`0 0 ${width} 20`}
      preserveAspectRatio="none"
      className="h-[min(3vw,5vh)] min-w-0 flex-1"
      role="img"
      aria-label={label}
      data-testid="load-chart"
    >
      {points.slice(-width).map((p, i) => {
        const h = (p.requests / max) * 20;
        const red = (p.throttled / max) * 20;
        return (
          <g key={p.second}>
            <rect x={i + 0.1} y={20 - h} width={0.8} height={h - red} className="fill-sls-600" />
            <rect x={i + 0.1} y={20 - red} width={0.8} height={red} className="fill-red-600" />
          </g>
        );
      })}
    </svg>
  );
}
