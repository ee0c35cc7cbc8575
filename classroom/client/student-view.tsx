"use client";
// The phone view. Before joining: a name field (optional) and a Join button. After: the step on screen, links
// to open the store in the step's mode, the prediction as big tap targets, the step's journey as a big "Run"
// button (the room makes the calls itself), and once revealed the bars, the explanation and what the reveal adds.
// When the instructor ends the lesson (which ends the run), the phone says what it showed, links to it as plain
// pages, and asks for the next run's code.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ClassView } from "@/classroom/model/screen-types";
import { StepProgress } from "@/classroom/client/step-progress";
import { TallyBars } from "@/classroom/client/tally-bars";
import { JourneyRunner } from "./journey-runner";
import { postClass } from "./post-class";
import { useClassFeed } from "./use-class-feed";

export function StudentView({ joined: joinedAtLoad, initial, initialCode }: { joined: boolean; initial: ClassView; initialCode: string }) {
  const t = useTranslations("classroom");
  const words = { status: (status: number) => t("errors.status", { status }), unreachable: t("errors.unreachable") };
  // The run this phone joined: when the instructor starts a new run (a new code), the phone is asked to join again.
  const [joinedRun, setJoinedRun] = useState<number | null>(joinedAtLoad ? initial.runId : null);
  const [connection, setConnection] = useState(0);
  const [view, , live] = useClassFeed(initial, connection);
  const joined = joinedRun !== null && joinedRun === view.runId;
  const [name, setName] = useState("");
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Answers this phone sent, by question, so the choice shows at once (the stream confirms it right after).
  const [sent, setSent] = useState<Record<string, string>>({});
  // The last lesson this phone followed, for the end-of-lesson screen once the class has none.
  const [ended, setEnded] = useState<{ id: string; title: string; summary: string } | null>(null);
  // The instructor's "everyone tap now" this phone has answered (by tapping Run after it): its banner goes away.
  const [ranForCall, setRanForCall] = useState<number | null>(null);
  // Adjusted while rendering (React's pattern for state derived from a changing prop), not in an effect.
  const lessonNow = view.lesson;
  if (lessonNow && (ended?.id !== lessonNow.id || ended.title !== lessonNow.title))
    setEnded({ id: lessonNow.id, title: lessonNow.title, summary: lessonNow.summary });

  async function join(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await postClass("/api/class/join", { code: code.trim(), ...(name.trim() ? { name: name.trim() } : {}) }, words);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setJoinedRun(view.runId);
    setEnded(null); // in the new run: "You are in" until its lesson starts, not the last run's end screen
    setConnection((c) => c + 1); // reconnect, now with the student cookie, so the stream knows our answers
  }

  async function answer(questionKey: string, choiceId: string) {
    setBusy(true);
    setError(null);
    const result = await postClass<{ accepted: boolean; choiceId: string }>("/api/class/answers", { questionKey, choiceId }, words);
    setBusy(false);
    if (!result.ok) {
      // Not (or no longer) a member of the class: the stable code says so in every language.
      if (result.code === "unauthorized") setJoinedRun(null);
      return setError(result.message);
    }
    setSent((s) => ({ ...s, [questionKey]: result.data.choiceId }));
  }

  if (!joined) {
    // The lesson this phone followed just ended (and with it the run): say what it showed, then ask for the next code.
    const endedHere = joinedRun !== null && !view.lesson && ended;
    const Title = endedHere ? "h2" : "h1";
    return (
      <main className="mx-auto w-full max-w-md px-4 py-10">
        {endedHere && <LessonEnded lesson={endedHere} />}
        <p className={`${endedHere ? "mt-8 " : ""}text-sm font-semibold uppercase tracking-wider text-brand-700`}>{t("brandClassroom")}</p>
        <Title className="mt-2 text-3xl font-bold tracking-tight">{t("join.title")}</Title>
        <p className="mt-2 text-stone-700">{t("join.intro")}</p>
        {joinedRun !== null && (
          <p role="status" className="mt-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t("join.newRun")}
          </p>
        )}
        <form onSubmit={join} className="card mt-6 space-y-4 p-5">
          <div>
            <label htmlFor="join-code" className="label">
              {t("join.codeLabel")}
            </label>
            <input
              id="join-code"
              className="input font-mono text-2xl tracking-[0.2em]"
              inputMode="numeric"
              autoComplete="off"
              required
              maxLength={12}
              aria-describedby="join-code-help"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
            <p id="join-code-help" className="mt-1 text-sm text-stone-600">
              {t("join.codeHelp")}
            </p>
          </div>
          <div>
            <label htmlFor="display-name" className="label">
              {t("join.nameLabel")}
            </label>
            <input
              id="display-name"
              className="input text-base"
              maxLength={40}
              autoComplete="nickname"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" className="btn w-full bg-brand-700 py-3 text-base text-white hover:bg-brand-600" disabled={busy}>
            {t("join.button")}
          </button>
          {error && (
            <p role="alert" className="text-sm text-red-800">
              {error}
            </p>
          )}
        </form>
      </main>
    );
  }

  const step = view.step;
  const lesson = view.lesson;
  const p = step?.prediction;
  const mine = p ? (view.myAnswer ?? sent[p.key]) : undefined;
  return (
    <main
      className="mx-auto w-full max-w-md px-4 py-6"
      data-testid="student-view"
      data-step={step && lesson ? `${lesson.id}/${step.index + 1}` : ""}
    >
      <div className="flex items-center justify-between text-sm">
        <p className="font-semibold uppercase tracking-wider text-brand-700">{t("area")}</p>
        <p className="text-stone-600">
          <span className={`mr-1.5 inline-block h-2 w-2 rounded-full ${live ? "bg-emerald-600" : "bg-stone-400"}`} aria-hidden="true" />
          {live ? t("join.following") : t("join.reconnecting")}
        </p>
      </div>
      {step && lesson ? (
        <>
          <p className="mt-4 text-sm font-semibold text-stone-700">{lesson.title}</p>
          <div className="mt-2">
            <StepProgress n={step.index + 1} total={lesson.stepCount} />
          </div>
          <article className="card mt-4 p-5">
            <h1 className="text-2xl font-bold leading-tight tracking-tight">{step.title}</h1>
            <p className="mt-3 leading-relaxed text-stone-800">{step.text}</p>
            {step.mode && (
              <a
                href={`/${step.mode}`}
                target="_blank"
                rel="noopener"
                className={`btn mt-4 w-full py-3 text-base text-white ${step.mode === "monolith" ? "bg-mono-600 hover:bg-mono-500" : "bg-sls-600 hover:bg-sls-500"}`}
              >
                {t("join.openStore", { mode: t(`mode.${step.mode}`) })}
              </a>
            )}
          </article>

          {p && (
            <section aria-labelledby="question-heading" className="card mt-4 p-5">
              <h2 id="question-heading" className="text-lg font-bold">
                {p.question}
              </h2>
              {view.revealed && view.tally ? (
                <div className="mt-4">
                  <TallyBars choices={p.choices} tally={view.tally} answer={p.answer} mine={mine} />
                  {p.explanation && <p className="mt-4 text-stone-800">{p.explanation}</p>}
                  {step.reveal && (
                    <p className="mt-3 border-l-4 border-emerald-600 pl-3 text-stone-800" data-testid="phone-reveal">
                      {step.reveal}
                    </p>
                  )}
                </div>
              ) : mine ? (
                <p className="mt-3 rounded-lg bg-mono-50 p-3 text-stone-800" data-testid="my-answer">
                  {t.rich("join.youAnswered", {
                    choice: p.choices.find((c) => c.id === mine)?.label ?? "",
                    strong: (chunks) => <strong>{chunks}</strong>,
                  })}
                </p>
              ) : (
                <ul className="mt-4 space-y-2" aria-label={t("join.choices")}>
                  {p.choices.map((c, i) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => void answer(p.key, c.id)}
                        className="flex w-full items-center gap-3 rounded-xl border-2 border-stone-200 bg-white px-4 py-3 text-left text-base font-medium text-stone-900 hover:border-brand-500 active:bg-brand-50"
                      >
                        <span
                          className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-stone-100 text-sm font-bold text-stone-700"
                          aria-hidden="true"
                        >
                          {String.fromCharCode(65 + i)}
                        </span>
                        {c.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}

          {step.journey && (
            <div className="mt-4" data-testid="phone-journey">
              {view.runCallAt && ranForCall !== view.runCallAt && (
                <p role="status" className="mb-3 rounded-xl bg-brand-700 px-4 py-3 text-lg font-bold text-white" data-testid="tap-now">
                  {t("join.tapNow", { label: step.journey.label })}
                </p>
              )}
              <JourneyRunner
                key={`${lesson.id}/${step.id}`}
                journey={step.journey}
                large
                onRun={() => setRanForCall(view.runCallAt ?? null)}
              />
            </div>
          )}

          {step.observe.length > 0 && (
            <section aria-labelledby="look-heading" className="mt-4 px-1">
              <h2 id="look-heading" className="text-sm font-semibold uppercase tracking-wider text-stone-600">
                {t("join.lookHere")}
              </h2>
              <ul className="mt-2 space-y-2">
                {step.observe.map((o) => (
                  <li key={o.href + o.caption}>
                    <a href={o.href} target="_blank" rel="noopener" className="font-semibold text-brand-700 underline underline-offset-4">
                      {o.label}
                    </a>
                    <span className="text-sm text-stone-700"> — {o.caption}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      ) : ended ? (
        <LessonEnded lesson={ended} next={t("join.endedNext")} />
      ) : (
        <div className="card mt-6 p-6 text-center">
          <h1 className="text-2xl font-bold">{t("join.inTitle")}</h1>
          <p className="mt-2 text-stone-700">{t("join.inText")}</p>
        </div>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {error}
        </p>
      )}
    </main>
  );
}

/** The end-of-lesson card: what the lesson showed and a link to read it again as plain pages. */
function LessonEnded({ lesson, next }: { lesson: { id: string; title: string; summary: string }; next?: string }) {
  const t = useTranslations("classroom");
  return (
    <section className="card mt-6 p-6" data-testid="lesson-ended">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("join.endedEyebrow")}</p>
      <h1 className="mt-1 text-2xl font-bold leading-tight">{lesson.title}</h1>
      <h2 className="mt-4 text-sm font-semibold uppercase tracking-wider text-stone-600">{t("join.endedShowed")}</h2>
      <p className="mt-1 leading-relaxed text-stone-800">{lesson.summary}</p>
      <a href={`/class/${lesson.id}/1`} className="btn mt-5 w-full bg-brand-700 py-3 text-base text-white hover:bg-brand-600">
        {t("join.endedRead")}
      </a>
      {next && <p className="mt-4 text-sm text-stone-600">{next}</p>}
    </section>
  );
}
