"use client";
// The audience screen, projector first: one step fits the screen without scrolling at 1280×720 (question,
// choices, and after the reveal the bars, the right answer, the explanation and what the reveal adds), and the
// type grows with the screen (sizes follow the smaller of width and height, so 1920×1080 gets ≥ 32 px choices).
// Before the reveal it shows only what the room may see while it votes — the step's before-the-vote text, the
// question, the choices and how many have answered — so the first answers do not steer the rest.
import { useLocale, useTranslations } from "next-intl";
import { LanguageSwitch } from "@/components/language-switch";
import type { Locale } from "@/core/i18n/locale";
import type { ClassView } from "@/classroom/model/screen-types";
import { JoinUrl, useJoinQr } from "@/classroom/client/join-card";
import { StepProgress } from "@/classroom/client/step-progress";
import { ShareBars } from "@/classroom/client/share-bars";
import { useClassFeed } from "./use-class-feed";
import { StepEvidencePanel } from "./step-evidence-panel";

// Projector sizes: the smaller of a share of the width and of the height, with a floor for small windows.
const SIZE = {
  title: "text-[clamp(1.75rem,min(3vw,5.3vh),4.5rem)]",
  text: "text-[clamp(1rem,min(1.45vw,2.6vh),2.5rem)]",
  question: "text-[clamp(1.25rem,min(1.9vw,3.4vh),3rem)]",
  choice: "text-[clamp(1.125rem,min(1.7vw,3vh),2.75rem)]",
  small: "text-[clamp(0.875rem,min(1.1vw,2vh),1.75rem)]",
};

export function AudienceView({ initial, joinUrl, qrSvg }: { initial: ClassView; joinUrl: string; qrSvg: string }) {
  const t = useTranslations("classroom");
  const locale = useLocale() as Locale;
  const [view] = useClassFeed(initial);
  const qr = useJoinQr(joinUrl, view.code, qrSvg);
  const { step, lesson } = view;
  const p = step?.prediction;
  const revealed = view.revealed && !!p?.answer;
  const right = p?.choices.find((c) => c.id === p.answer);
  // In the header row, not a bar of its own above it: a 720-pixel-high projector needs every row for the step.
  const languageSwitch = (
    <div className="shrink-0">
      <LanguageSwitch current={locale} action="/api/language" returnTo="/class/live" live />
    </div>
  );
  return (
    <main
      className="flex w-full flex-col gap-[min(2vw,3vh)] px-[min(3vw,4vh)] py-[min(2vw,3vh)]"
      data-testid="audience-view"
      data-step={step && lesson ? `${lesson.id}/${step.index + 1}` : ""}
      data-revealed={revealed ? "true" : "false"}
    >
      <header className="flex items-center justify-between gap-6">
        <div className="min-w-0 flex-1">
          {step && lesson ? (
            <>
              <div className="flex items-center gap-4">
                <p className={`${SIZE.small} min-w-0 truncate font-semibold text-brand-700`}>{lesson.title}</p>
                {languageSwitch}
              </div>
              <div className="mt-1 max-w-md">
                <StepProgress n={step.index + 1} total={lesson.stepCount} />
              </div>
            </>
          ) : (
            <div className="flex items-center gap-4">
              <p className={`${SIZE.small} font-semibold text-brand-700`}>{t("brandClassroom")}</p>
              {languageSwitch}
            </div>
          )}
        </div>
        <aside aria-label={t("live.joinAside")} className="flex shrink-0 items-center gap-4" data-testid="audience-join">
          <div className="text-right">
            {view.code && (
              <p className="leading-none">
                <span className={`${SIZE.small} font-semibold text-stone-700`}>{t("join.code")} </span>
                <span
                  className="font-mono text-[clamp(1.75rem,min(3vw,5.3vh),4.5rem)] font-bold tracking-[0.12em] text-stone-900 tabular-nums"
                  data-testid="join-code"
                >
                  {view.code}
                </span>
              </p>
            )}
            <p className={`${SIZE.small} font-semibold text-stone-700`}>{t("join.onYourPhone")}</p>
            <p className={`${SIZE.small} font-mono font-bold text-stone-900`}>
              <JoinUrl url={joinUrl} />
            </p>
            <p className={`${SIZE.small} text-stone-600`} data-testid="student-count">
              {t("join.students", { count: view.students })}
            </p>
          </div>
          <div
            role="img"
            aria-label={t("join.qrLabel")}
            data-join-url={qr.link}
            className="w-[min(7vw,13vh)] min-w-20 shrink-0 overflow-hidden rounded-lg border border-stone-200 bg-white p-1 [&>svg]:h-auto [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qr.svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ') }}
          />
        </aside>
      </header>

      <section aria-label={t("live.currentStep")} className="min-h-0 flex-1">
        {step && lesson ? (
          <div className={p ? "grid h-full gap-[min(3vw,4vh)] lg:grid-cols-2" : "max-w-[70rem]"}>
            <div className="min-w-0">
              <h1 className={`${SIZE.title} font-bold leading-tight tracking-tight`}>{step.title}</h1>
              {/* After the reveal the room reads the explanation and the evidence: the step's own text, said before
                  the vote, keeps its first two lines, so a step with live evidence still fits a 720-pixel projector. */}
              <p
                className={`${SIZE.text} mt-[min(1.5vw,2.5vh)] leading-snug text-stone-800 ${revealed && step.reveal ? "line-clamp-2" : ""}`}
                data-testid="audience-step-text"
              >
                {step.text}
              </p>
              {revealed && step.reveal && (
                <p
                  className={`${SIZE.text} mt-[min(1.5vw,2.5vh)] border-l-4 border-emerald-600 pl-4 leading-snug text-stone-900`}
                  data-testid="audience-reveal"
                >
                  {step.reveal}
                </p>
              )}
              {view.runCallAt && step.journey && (
                <p
                  className={`${SIZE.small} mt-[min(1.5vw,2.5vh)] inline-block rounded-lg bg-brand-700 px-3 py-1 font-bold text-white`}
                  data-testid="audience-tap-now"
                >
                  {t("live.tapNow", { label: step.journey.label })}
                </p>
              )}
              <div className="mt-[min(1.5vw,2.5vh)] empty:hidden">
                <StepEvidencePanel
                  stepKey={`${view.runId}/${lesson.id}/${step.index}/${view.stepStartedAt}`}
                  size={{ label: SIZE.text, small: SIZE.small }}
                />
              </div>
            </div>
            {p && (
              <section
                aria-labelledby="q-heading"
                className="min-w-0 self-start rounded-2xl border border-brand-100 bg-white p-[min(1.8vw,3vh)] shadow-sm"
              >
                <h2 id="q-heading" className={`${SIZE.question} font-bold leading-tight`}>
                  {p.question}
                </h2>
                {revealed && view.tally ? (
                  <div className="mt-[min(1.2vw,2vh)]">
                    <ShareBars choices={p.choices} tally={view.tally} answer={p.answer} sizes={{ label: SIZE.choice, small: SIZE.small }} />
                  </div>
                ) : (
                  <ol
                    className={`${SIZE.choice} mt-[min(1.2vw,2vh)] space-y-[min(0.8vw,1.4vh)] text-stone-900`}
                    data-testid="audience-choices"
                  >
                    {p.choices.map((c, i) => (
                      <li key={c.id} className="flex items-start gap-3 leading-snug">
                        <span className="shrink-0 font-bold text-brand-700" aria-hidden="true">
                          {String.fromCharCode(65 + i)}
                        </span>
                        <span>{c.label}</span>
                      </li>
                    ))}
                  </ol>
                )}
                <p className={`${SIZE.small} mt-[min(1vw,1.8vh)] font-semibold tabular-nums text-stone-700`} data-testid="answered-count">
                  {t("live.answered", { answered: view.answered, students: view.students })}
                </p>
                {revealed && right && (
                  <div className="mt-[min(1vw,1.8vh)] rounded-xl bg-emerald-50 p-[min(1.2vw,2vh)]" data-testid="audience-answer">
                    <p className={`${SIZE.choice} font-bold text-emerald-900`}>{t("live.rightAnswer", { label: right.label })}</p>
                    <p className={`${SIZE.text} mt-1 leading-snug text-stone-900`}>{p.explanation}</p>
                  </div>
                )}
              </section>
            )}
          </div>
        ) : (
          <div className="py-[10vh]">
            <h1 className="text-[clamp(2.5rem,min(5vw,9vh),7rem)] font-bold tracking-tight">{t("live.waitingTitle")}</h1>
            <p className={`${SIZE.question} mt-4 text-stone-700`}>{t("live.waitingText")}</p>
          </div>
        )}
      </section>
    </main>
  );
}
