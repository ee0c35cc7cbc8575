"use client";
// The replay player: a timeline to scrub (idle gaps skipped: classroom/model/replay-timeline.ts), Play at 1×/2×/4×/8×,
// Previous/Next step, and the step on screen as the class saw it at that moment — its text, the tally as it filled in,
// the reveal, the evidence and the switches. The server renders a step's final state (`?step=n`), so the page reads
// without JavaScript; the controls appear once the script runs. Keys: ← → move a step, space plays.
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { lastAt, timelineOf, visitAt } from "@/classroom/model/replay-timeline";
import { StepProgress } from "@/classroom/client/step-progress";
import { TallyBars } from "@/classroom/client/tally-bars";
import { isLensComponent } from "@/lens/model/span";
import { CallsTable } from "@/classroom/client/calls-table";
import type { ReplayData } from "../model/screen-types";

const SPEEDS = [1, 2, 4, 8] as const;
const TICK_MS = 100;
const noop = () => () => undefined;

function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export function ReplayPlayer({ data, initialStep }: { data: ReplayData; initialStep: number }) {
  const t = useTranslations("replay.replay");
  const te = useTranslations("classroom.evidence");
  const tl = useTranslations("lens.component");
  const tc = useTranslations("classroom");
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const timeline = useMemo(() => timelineOf(data.times), [data.times]);
  const { visits } = data;
  // The visit is kept beside the time: a step's final moment is also the next step's first.
  const [pos, setPos] = useState(() => ({ visit: initialStep - 1, t: visits[initialStep - 1]!.end }));
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const at = timeline.toPlay(pos.t);
  const atEnd = at >= timeline.length;
  const running = playing && !atEnd;

  useEffect(() => {
    if (!running) return;
    let last = performance.now();
    const id = setInterval(() => {
      const now = performance.now();
      const step = (now - last) * speed;
      last = now;
      setPos((p) => {
        const t = timeline.toRun(Math.min(timeline.length, timeline.toPlay(p.t) + step));
        return { visit: Math.max(p.visit, visitAt(visits, t)), t };
      });
    }, TICK_MS);
    return () => clearInterval(id);
  }, [running, speed, timeline, visits]);

  const goTo = (index: number) => {
    const i = Math.min(visits.length - 1, Math.max(0, index));
    setPos({ visit: i, t: visits[i]!.end });
    window.history.replaceState(null, "", `?step=${i + 1}`);
  };
  const togglePlay = () => {
    if (!running && atEnd) setPos({ visit: 0, t: 0 });
    setPlaying(!running);
  };

  // ← → and space anywhere on the page, except where those keys already mean something (the timeline, a field).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || el?.closest("input, select, textarea, [contenteditable]")) return;
      if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
        e.preventDefault();
        const i = Math.min(visits.length - 1, Math.max(0, pos.visit + (e.key === "ArrowRight" ? 1 : -1)));
        setPos({ visit: i, t: visits[i]!.end });
        window.history.replaceState(null, "", `?step=${i + 1}`);
      } else if (e.key === " " && !el?.closest("button, a")) {
        e.preventDefault();
        if (!running && atEnd) setPos({ visit: 0, t: 0 });
        setPlaying(!running);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [pos.visit, visits, running, atEnd]);

  const visit = visits[pos.visit]!;
  const tally = lastAt(visit.tallies, pos.t);
  const revealed = visit.revealAt !== null && visit.revealAt <= pos.t;
  const evidence = lastAt(visit.evidence, pos.t)?.data;
  const switches = lastAt(data.switches, pos.t);
  const p = visit.prediction;
  const right = p?.choices.find((c) => c.id === p.answer);
  const n = pos.visit + 1;
  const linkClass = "btn-secondary";
  const marks = visits.map((v) => timeline.toPlay(v.start));

  return (
    <div className="mt-6" data-testid="replay-player" data-visit={n} data-hydrated={hydrated ? "true" : "false"}>
      {hydrated && (
        <section aria-label={t("controls")} className="card p-4 sm:p-5" data-testid="replay-controls">
          <div className="flex flex-wrap items-center gap-3">
            <button type="button" className="btn bg-brand-700 text-white hover:bg-brand-600" onClick={togglePlay} aria-pressed={running}>
              {running ? t("pause") : t("play")}
            </button>
            <div role="group" aria-label={t("speed")} className="flex items-center gap-1">
              <span className="mr-1 text-sm font-semibold text-stone-700" aria-hidden="true">
                {t("speed")}
              </span>
              {SPEEDS.map((s) => (
                <button
                  key={s}
                  type="button"
                  aria-pressed={speed === s}
                  onClick={() => setSpeed(s)}
                  className={`min-h-11 min-w-11 rounded-lg border px-2 text-sm font-semibold ${speed === s ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:border-brand-600"}`}
                >
                  {s}×
                </button>
              ))}
            </div>
            <p className="ml-auto text-sm tabular-nums text-stone-700" data-testid="replay-clock">
              {t("position", { at: clock(at), length: clock(timeline.length) })}
            </p>
          </div>
          <label className="mt-3 block text-sm font-semibold text-stone-700" htmlFor="replay-timeline">
            {t("timeline")}
          </label>
          <div className="relative mt-1">
            <input
              id="replay-timeline"
              type="range"
              min={0}
              max={timeline.length}
              step={TICK_MS}
              value={Math.round(at)}
              aria-valuetext={`${t("position", { at: clock(at), length: clock(timeline.length) })} · ${visit.title}`}
              data-marks={marks.join(",")}
              data-ends={visits.map((v) => timeline.toPlay(v.end)).join(",")}
              onChange={(e) => {
                const run = timeline.toRun(Number(e.target.value));
                setPos({ visit: visitAt(visits, run), t: run });
              }}
              className="h-11 w-full accent-brand-700"
            />
            <div className="pointer-events-none relative h-2" aria-hidden="true">
              {marks.map((m, i) => (
                <span
                  key={i}
                  className="absolute top-0 h-2 w-0.5 bg-stone-400"
                  style={{ left: `${timeline.length ? (m / timeline.length) * 100 : 0}%` }}
                />
              ))}
            </div>
          </div>
          <p className="mt-2 text-xs text-stone-600">{t("keys")}</p>
        </section>
      )}

      <article
        className="card mt-6 p-5 sm:p-8"
        aria-labelledby="replay-step-title"
        data-testid="replay-step"
        data-step-number={visit.stepNumber}
      >
        <StepProgress n={visit.stepNumber} total={visit.stepCount} />
        <h2 id="replay-step-title" className="mt-4 text-2xl font-bold tracking-tight sm:text-3xl">
          {visit.title}
        </h2>
        {visit.text && <p className="mt-3 text-lg leading-relaxed text-stone-800">{visit.text}</p>}
        {visit.journeyLabel && visit.callAt !== null && visit.callAt <= pos.t && (
          <p className="mt-3 inline-block rounded-lg bg-brand-700 px-3 py-1 font-bold text-white" data-testid="replay-tap-now">
            {tc("live.tapNow", { label: visit.journeyLabel })}
          </p>
        )}

        {p && (
          <section aria-labelledby="replay-q" className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-5">
            <h3 id="replay-q" className="text-lg font-bold">
              {p.question}
            </h3>
            <div className="mt-3" data-testid="replay-tally">
              {tally ? (
                <>
                  <TallyBars
                    choices={p.choices}
                    tally={{ questionKey: visit.questionKey ?? "", counts: tally.counts, total: tally.total }}
                    answer={revealed ? p.answer : undefined}
                  />
                  <p className="mt-2 text-sm font-semibold tabular-nums text-stone-700" data-testid="replay-answered">
                    {t("answered", { total: tally.total, students: tally.students })}
                  </p>
                </>
              ) : (
                <p className="text-stone-700">{t("noAnswers")}</p>
              )}
            </div>
            {revealed && right ? (
              <div className="mt-4 rounded-lg bg-emerald-50 p-4" data-testid="replay-reveal">
                <p className="font-bold text-emerald-900">{t("rightAnswer", { label: right.label })}</p>
                <p className="mt-1 text-stone-900">{p.explanation}</p>
                {visit.reveal && <p className="mt-2 text-stone-900">{visit.reveal}</p>}
              </div>
            ) : (
              <p className="mt-4 text-sm text-stone-700">{t("notRevealed")}</p>
            )}
          </section>
        )}

        <section aria-labelledby="replay-evidence" className="mt-6">
          <h3 id="replay-evidence" className="text-lg font-bold">
            {t("evidenceHeading")}
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-stone-800" data-testid="replay-evidence">
            {evidence?.pool && (
              <li data-cold={evidence.pool.cold} data-calls={evidence.pool.calls}>
                {t("pool", { ...evidence.pool })}
              </li>
            )}
            {evidence?.load && (
              <li>
                {t("load", {
                  users: evidence.load.activeUsers,
                  rps: evidence.load.rps,
                  p95: evidence.load.p95Ms === null ? "—" : `${evidence.load.p95Ms} ms`,
                  errors: evidence.load.errors,
                  throttled: evidence.load.throttled,
                })}
              </li>
            )}
            {evidence?.action && (
              <li data-testid="replay-action" data-hops={evidence.action.hops}>
                {t("action", {
                  hops: evidence.action.hops,
                  roundTrips: evidence.action.roundTrips,
                  serverMs: evidence.action.serverMs,
                  components: evidence.action.components.map((c) => (isLensComponent(c) ? tl(c) : c)).join(" → "),
                })}
              </li>
            )}
            {!evidence && <li>{t("noEvidence")}</li>}
            {switches && (
              <li>
                {switches.faults.length > 0 ? t("faultsOn", { names: switches.faults.join(", ") }) : t("noFaults")}{" "}
                {switches.migrated &&
                  (switches.migrated.length > 0 ? t("migration", { moved: switches.migrated.join(", ") }) : t("migrationNone"))}
              </li>
            )}
          </ul>
          {evidence?.calls && (
            <CallsTable
              calls={evidence.calls}
              caption={te("callsCaption")}
              captionClassName="text-left font-semibold text-stone-700"
              className="mt-3 w-full max-w-xl text-sm"
              testId="replay-calls"
            />
          )}
        </section>
        {visit.setupLines.length > 0 && (
          <section aria-labelledby="replay-setup" className="mt-6">
            <h3 id="replay-setup" className="text-lg font-bold">
              {t("setupHeading")}
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-stone-700">
              {visit.setupLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </section>
        )}
      </article>

      <nav aria-label={t("stepsNav")} className="mt-6 flex items-center justify-between gap-3">
        {n > 1 ? (
          <a
            href={`?step=${n - 1}`}
            rel="prev"
            className={linkClass}
            onClick={(e) => {
              e.preventDefault();
              goTo(pos.visit - 1);
            }}
          >
            {t("previous")}
          </a>
        ) : (
          <span />
        )}
        {n < visits.length ? (
          <a
            href={`?step=${n + 1}`}
            rel="next"
            className="btn bg-brand-700 text-white hover:bg-brand-600"
            onClick={(e) => {
              e.preventDefault();
              goTo(pos.visit + 1);
            }}
          >
            {t("next")}
          </a>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
