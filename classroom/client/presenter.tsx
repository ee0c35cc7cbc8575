"use client";
// The presenter. Every button posts a command; the answer (and the event stream every other screen follows)
// carries the new view. Arrow keys move between steps unless the focus is in a form field. "Projector-safe"
// hides what only the instructor may see before the reveal (the notes, the right answer, the live bars and the
// reveal's text), so the presenter itself can be projected.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isLocale } from "@/core/i18n/locale";
import { wordsIn } from "@/core/errors/error-text";
import type { ClassView, SetupReport } from "@/classroom/model/screen-types";
import { encodeMigrationState, stillInMonolith } from "@/core/migration/migration-state";
import { JoinCard } from "@/classroom/client/join-card";
import { ProviderTable } from "@/classroom/client/provider-table";
import { StepProgress } from "@/classroom/client/step-progress";
import { TallyBars } from "@/classroom/client/tally-bars";
import { BenchClient } from "./bench/bench-client";
import { JourneyRunner } from "./journey-runner";
import { postClass } from "./post-class";
import { useClassFeed } from "./use-class-feed";

type LessonSummary = { id: string; title: string; steps: number };

function useTimer(since: number | undefined): string {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  if (!since) return "0:00";
  const s = Math.max(0, Math.floor((now - since) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function SetupSummary({ report }: { report: SetupReport }) {
  const t = useTranslations("classroom.present");
  const locale = useLocale();
  // A refusal's reason is the server's English sentence (it is also logged): shown in the visitor's language.
  const reason = (message: string) => wordsIn(message, "bad_request", isLocale(locale) ? locale : "en");
  const code = (chunks: React.ReactNode) => <span className="font-mono">{chunks}</span>;
  const l = report.limits;
  return (
    <div className="space-y-2 text-sm text-stone-700" data-testid="setup-report">
      <p>
        {t("runtime", { idle: l.idleTimeoutMs / 1000, cold: l.coldStartExtraMs, concurrency: l.maxConcurrency })}
        {report.resetInstances ? t("instancesReset") : ""}
      </p>
      {report.faults.map((f) => (
        <p key={f.name}>
          {t.rich("switchLine", {
            name: f.name,
            state: f.enabled ? t("on") : t("off"),
            result: f.result.ok ? "" : reason(f.result.reason),
            code,
          })}
          {f.result.ok && <span className="font-semibold text-emerald-800">{t("applied")}</span>}
        </p>
      ))}
      {report.migration && (
        <p data-testid="setup-migration">
          {t.rich("migration", { state: encodeMigrationState(report.migration), left: stillInMonolith(report.migration).length, code })}
        </p>
      )}
      {report.load && (
        <p>
          {t("load", {
            users: report.load.users,
            seconds: report.load.seconds,
            result: report.load.result.ok ? t("running") : reason(report.load.result.reason),
          })}
        </p>
      )}
    </div>
  );
}

export function Presenter({
  initial,
  lessons,
  joinUrl,
  qrSvg,
}: {
  initial: ClassView;
  lessons: LessonSummary[];
  joinUrl: string;
  qrSvg: string;
}) {
  const t = useTranslations("classroom.present");
  const te = useTranslations("classroom.errors");
  const [view, accept, live] = useClassFeed(initial);
  const [picked, setPicked] = useState(initial.lesson?.id ?? lessons[0]!.id);
  const [report, setReport] = useState<SetupReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useTimer(view.step ? view.stepStartedAt : undefined);
  const [projectorSafe, setProjectorSafe] = useState(false);
  // The switch panel (every failure switch, the generated load, its charts) mounts only while open: it polls.
  const [switchesOpen, setSwitchesOpen] = useState(false);
  // Before the reveal, projector-safe shows what the room sees: no answer, no bars, no notes.
  const hidden = projectorSafe && !view.revealed;
  const [notice, setNotice] = useState<string | null>(null);
  const tj = useTranslations("classroom.join");

  // Commands that throw away what the room made ask first (the browser's own dialog: keyboard and screen-reader safe).
  const confirmed = (question: string) => window.confirm(question);

  async function resetStore() {
    if (!confirmed(t("resetStoreConfirm"))) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    const result = await postClass<{ pets: number; uploadsDeleted: number }>(
      "/api/class/reset",
      { confirm: "reset" },
      { status: (status) => te("status", { status }), unreachable: te("unreachable") },
    );
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setNotice(t("resetDone", { pets: result.data.pets, uploads: result.data.uploadsDeleted }));
  }

  const send = useCallback(
    async (command: Record<string, unknown>) => {
      setBusy(true);
      setError(null);
      const result = await postClass<{ view: ClassView; setup: SetupReport | null }>("/api/class/state", command, {
        status: (status) => te("status", { status }),
        unreachable: te("unreachable"),
      });
      setBusy(false);
      if (!result.ok) return setError(result.message);
      accept(result.data.view);
      if (result.data.setup || command.action === "end") setReport(result.data.setup);
    },
    [accept, te],
  );

  const step = view.step;
  const lesson = view.lesson;
  const n = step ? step.index + 1 : 0;
  const canPrev = !!step && n > 1;
  const canNext = !!step && !!lesson && n < lesson.stepCount;

  // A layout effect, so the listener that knows the new step is in place before the step is painted: with a plain
  // effect, an arrow key pressed right after the new step showed could still meet the previous listener (which saw
  // the command in flight) and be dropped. The step can also show (by the event stream) before the command that
  // moved to it has answered: an arrow key pressed then is kept, one at most, and sent once the command is done.
  const queued = useRef<"next" | "previous" | null>(null);
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || target?.closest("input, select, textarea, [contenteditable]")) return;
      const action = e.key === "ArrowRight" ? "next" : e.key === "ArrowLeft" ? "previous" : null;
      if (!action) return;
      if (busy) queued.current = action;
      else if (action === "next" ? canNext : canPrev) void send({ action });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, canNext, canPrev, send]);
  useEffect(() => {
    const action = queued.current;
    if (busy || !action) return;
    queued.current = null;
    if (action === "next" ? canNext : canPrev) void send({ action });
  }, [busy, canNext, canPrev, send]);

  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-6">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
          <p className="text-sm text-stone-600">
            <span className={`mr-1.5 inline-block h-2 w-2 rounded-full ${live ? "bg-emerald-600" : "bg-stone-400"}`} aria-hidden="true" />
            {live ? t("live") : t("connecting")}
          </p>
        </div>
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            void send({ action: "start", lessonId: picked });
          }}
        >
          <div>
            <label htmlFor="lesson-picker" className="label">
              {t("lesson")}
            </label>
            <select id="lesson-picker" className="input min-w-64" value={picked} onChange={(e) => setPicked(e.target.value)}>
              {lessons.map((l, i) => (
                <option key={l.id} value={l.id}>
                  {i + 1}. {l.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn bg-brand-700 text-white hover:bg-brand-600" disabled={busy}>
            {t("start")}
          </button>
          <a href="/class/live" target="_blank" rel="noopener" className="btn-secondary">
            {t("openAudience")}
          </a>
          <button
            type="button"
            className={`btn-secondary ${projectorSafe ? "border-emerald-600 bg-emerald-50 text-emerald-900" : ""}`}
            aria-pressed={projectorSafe}
            onClick={() => setProjectorSafe((on) => !on)}
            data-testid="projector-safe"
          >
            {t("projectorSafe")}
          </button>
        </form>
      </header>

      {error && (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {notice && (
        <p role="status" className="mt-4 rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          {notice}
        </p>
      )}

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section
          aria-label={t("currentStep")}
          className="card p-6 sm:p-10"
          data-testid="presenter-step"
          data-step={step ? `${lesson!.id}/${n}` : ""}
        >
          {step && lesson ? (
            <>
              <p className="text-base font-semibold text-brand-700">{lesson.title}</p>
              <div className="mt-3">
                <StepProgress n={n} total={lesson.stepCount} size="lg" />
              </div>
              <h1 className="mt-6 text-4xl font-bold leading-tight tracking-tight sm:text-5xl">{step.title}</h1>
              <p className="mt-5 max-w-3xl text-xl leading-relaxed text-stone-800 sm:text-2xl">{step.text}</p>
              {step.reveal && !hidden && (
                <p
                  className={`mt-4 max-w-3xl border-l-4 pl-4 text-lg leading-relaxed ${view.revealed ? "border-emerald-600 text-stone-800" : "border-amber-400 text-stone-600"}`}
                  data-testid="presenter-reveal"
                >
                  {!view.revealed && <span className="font-semibold">{t("afterReveal")} </span>}
                  {step.reveal}
                </p>
              )}

              {step.prediction && (
                <section aria-labelledby="prediction-heading" className="mt-8 rounded-2xl border border-brand-100 bg-brand-50/60 p-6">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <h2 id="prediction-heading" className="text-2xl font-bold">
                      {step.prediction.question}
                    </h2>
                    <button
                      type="button"
                      className="btn-secondary"
                      onClick={() => void send({ action: "reveal", revealed: !view.revealed })}
                      disabled={busy}
                    >
                      {view.revealed ? t("hideAnswer") : t("revealAnswer")}
                    </button>
                  </div>
                  <p className="mt-2 text-lg font-semibold text-stone-800" data-testid="answered">
                    {tj("answered", { answered: view.answered, students: view.students })}
                  </p>
                  <div className="mt-5">
                    {view.tally && !hidden && (
                      <TallyBars
                        choices={step.prediction.choices}
                        tally={view.tally}
                        answer={view.revealed ? step.prediction.answer : undefined}
                        large
                      />
                    )}
                  </div>
                  {view.revealed && step.prediction.explanation && (
                    <p className="mt-4 text-lg text-stone-800">{step.prediction.explanation}</p>
                  )}
                  {hidden && (
                    <p className="mt-4 text-base font-semibold tabular-nums text-stone-700" data-testid="presenter-answered">
                      {t("answeredSafe", { answered: view.answered, students: view.students })}
                    </p>
                  )}
                  {!view.revealed && !hidden && step.prediction.answer && (
                    <p className="mt-4 text-sm text-stone-600">
                      {t("onlyYou", { answer: step.prediction.choices.find((c) => c.id === step.prediction!.answer)?.label ?? "" })}
                    </p>
                  )}
                </section>
              )}

              {step.journey && (
                <div className="mt-8">
                  <JourneyRunner key={`${lesson.id}/${step.id}`} journey={step.journey} large />
                  <div className="mt-3 flex flex-wrap items-center gap-3">
                    <button type="button" className="btn-secondary" onClick={() => void send({ action: "call-to-run" })} disabled={busy}>
                      {t("callToRun")}
                    </button>
                    <p className="text-sm text-stone-700" data-testid="call-to-run-state">
                      {view.runCallAt ? t("called") : t("callHelp")}
                    </p>
                  </div>
                </div>
              )}

              {step.observe.length > 0 && (
                <section aria-labelledby="observe-heading" className="mt-8">
                  <h2 id="observe-heading" className="text-lg font-bold">
                    {t("lookHere")}
                  </h2>
                  <ul className="mt-2 flex flex-wrap gap-3">
                    {step.observe.map((o) => (
                      <li key={o.href + o.caption}>
                        <a
                          href={o.href}
                          target="_blank"
                          rel="noopener"
                          className="block rounded-xl border border-stone-200 bg-white px-4 py-3 hover:border-brand-500"
                        >
                          <span className="block font-semibold text-brand-700">{o.label}</span>
                          <span className="block text-sm text-stone-700">{o.caption}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </section>
              )}

              {step.providers.length > 0 && (
                <div className="mt-8">
                  <ProviderTable components={step.providers} />
                </div>
              )}

              <nav aria-label={t("stepsNav")} className="mt-10 flex items-center justify-between gap-3 border-t border-stone-200 pt-6">
                <button
                  type="button"
                  className="btn-secondary px-6 py-3 text-base"
                  onClick={() => void send({ action: "previous" })}
                  disabled={!canPrev || busy}
                >
                  {t("previous")}
                </button>
                <span className="hidden text-sm text-stone-600 sm:inline">{t("arrows")}</span>
                {canNext ? (
                  <button
                    type="button"
                    className="btn bg-brand-700 px-6 py-3 text-base text-white hover:bg-brand-600"
                    onClick={() => void send({ action: "next" })}
                    disabled={busy}
                  >
                    {t("next")}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn bg-stone-900 px-6 py-3 text-base text-white hover:bg-stone-700"
                    onClick={() => void send({ action: "end" })}
                    disabled={busy}
                  >
                    {t("end")}
                  </button>
                )}
              </nav>
            </>
          ) : (
            <div className="py-10 text-center">
              <h1 className="text-3xl font-bold">{t("noLessonTitle")}</h1>
              <p className="mt-2 text-stone-700">{t("noLessonText")}</p>
            </div>
          )}
        </section>

        <aside aria-label={t("tools")} className="space-y-6">
          <section aria-labelledby="timer-heading" className="card p-5">
            <h2 id="timer-heading" className="text-sm font-semibold uppercase tracking-wider text-stone-600">
              {t("onThisStep")}
            </h2>
            <p className="mt-1 font-mono text-4xl font-bold tabular-nums" data-testid="timer">
              {timer}
            </p>
            {step && lesson && step.index > -1 && (
              <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
                <button
                  type="button"
                  className="text-sm font-semibold text-brand-700 hover:underline"
                  onClick={() => void send({ action: "end" })}
                  disabled={busy}
                >
                  {t("endRestore")}
                </button>
                <button
                  type="button"
                  className="text-sm font-semibold text-brand-700 hover:underline"
                  onClick={() => confirmed(t("startOverConfirm")) && void send({ action: "restart" })}
                  disabled={busy}
                >
                  {t("startOver")}
                </button>
              </div>
            )}
          </section>
          {step?.notes && !projectorSafe && (
            <section aria-labelledby="notes-heading" className="card border-amber-200 bg-amber-50 p-5">
              <h2 id="notes-heading" className="text-sm font-semibold uppercase tracking-wider text-amber-900">
                {t("notes")}
              </h2>
              <p className="mt-2 text-stone-800">{step.notes}</p>
            </section>
          )}
          <section aria-labelledby="join-heading" className="card p-5">
            <h2 id="join-heading" className="sr-only">
              {t("joinHeading")}
            </h2>
            <JoinCard url={joinUrl} code={view.code} qrSvg={qrSvg} students={view.students} />
          </section>
          <section aria-labelledby="roster-heading" className="card p-5">
            <h2 id="roster-heading" className="text-sm font-semibold uppercase tracking-wider text-stone-600">
              {t("roster")}
            </h2>
            {view.roster && view.roster.length > 0 ? (
              <>
                <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto text-sm" data-testid="roster">
                  {view.roster.map((s, i) => {
                    const name = s.name ?? t("anonymous", { n: i + 1 });
                    return (
                      <li key={s.handle} className="flex items-center justify-between gap-2">
                        <span className="truncate text-stone-800">{name}</span>
                        <button
                          type="button"
                          className="shrink-0 rounded px-2 py-0.5 text-xs font-semibold text-red-800 hover:bg-red-50"
                          aria-label={t("remove", { name })}
                          onClick={() => void send({ action: "remove", student: s.handle })}
                          disabled={busy}
                        >
                          ✕
                        </button>
                      </li>
                    );
                  })}
                </ul>
                <button
                  type="button"
                  className="mt-3 text-sm font-semibold text-red-800 hover:underline"
                  onClick={() => confirmed(t("clearRosterConfirm")) && void send({ action: "clear-roster" })}
                  disabled={busy}
                >
                  {t("clearRoster")}
                </button>
              </>
            ) : (
              <p className="mt-2 text-sm text-stone-600">{t("rosterEmpty")}</p>
            )}
          </section>
          <section className="card p-5">
            <button type="button" className="btn-secondary w-full" onClick={() => void resetStore()} disabled={busy}>
              {t("resetStore")}
            </button>
          </section>
          {report && (
            <section aria-labelledby="setup-heading" className="card p-5">
              <h2 id="setup-heading" className="text-sm font-semibold uppercase tracking-wider text-stone-600">
                {t("stepSet")}
              </h2>
              <div className="mt-2">
                <SetupSummary report={report} />
              </div>
            </section>
          )}
        </aside>
      </div>

      {/* The lab bench inside the presenter, so the instructor never leaves it: the same component as /class/bench
          (its own polling of /api/class/faults and /api/class/load, no class event needed). */}
      <details
        className="card mt-6 p-5"
        data-testid="presenter-switches"
        onToggle={(e) => setSwitchesOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary className="min-h-11 cursor-pointer py-2 text-lg font-bold">{t("switches")}</summary>
        {switchesOpen && <BenchClient />}
      </details>
    </main>
  );
}
