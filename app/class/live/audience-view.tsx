"use client";
// The audience screen: the step in large type, the tally once revealed, the join code; in the room's language
// as this browser chose it.
import { useTranslations } from "next-intl";
import type { ClassView } from "@/class/class-view";
import { JoinCard } from "@/components/classroom/join-card";
import { StepProgress } from "@/components/classroom/step-progress";
import { TallyBars } from "@/components/classroom/tally-bars";
import { useClassFeed } from "../_client/use-class-feed";

export function AudienceView({ initial, joinUrl, qrSvg }: { initial: ClassView; joinUrl: string; qrSvg: string }) {
  const t = useTranslations("classroom");
  const [view] = useClassFeed(initial);
  const { step, lesson } = view;
  return (
    <main
      className="mx-auto grid w-full max-w-7xl gap-8 px-6 py-8 lg:grid-cols-[minmax(0,1fr)_16rem]"
      data-testid="audience-view"
      data-step={step && lesson ? `${lesson.id}/${step.index + 1}` : ""}
    >
      <section aria-label={t("live.currentStep")}>
        {step && lesson ? (
          <>
            <p className="text-xl font-semibold text-brand-700">{lesson.title}</p>
            <div className="mt-3 max-w-xl">
              <StepProgress n={step.index + 1} total={lesson.stepCount} size="lg" />
            </div>
            <h1 className="mt-8 text-5xl font-bold leading-tight tracking-tight sm:text-6xl">{step.title}</h1>
            <p className="mt-6 max-w-4xl text-2xl leading-relaxed text-stone-800">{step.text}</p>
            {step.prediction && (
              <section aria-labelledby="q-heading" className="mt-10 max-w-4xl rounded-2xl border border-brand-100 bg-white p-8 shadow-sm">
                <h2 id="q-heading" className="text-3xl font-bold">
                  {step.prediction.question}
                </h2>
                {view.revealed && view.tally ? (
                  <div className="mt-6">
                    <TallyBars choices={step.prediction.choices} tally={view.tally} answer={step.prediction.answer} large />
                    <p className="mt-5 text-xl text-stone-800">{step.prediction.explanation}</p>
                  </div>
                ) : (
                  <ol className="mt-6 list-[upper-alpha] space-y-2 pl-8 text-2xl text-stone-800">
                    {step.prediction.choices.map((c) => (
                      <li key={c.id}>{c.label}</li>
                    ))}
                  </ol>
                )}
              </section>
            )}
          </>
        ) : (
          <div className="py-24">
            <p className="text-xl font-semibold text-brand-700">{t("brandClassroom")}</p>
            <h1 className="mt-4 text-6xl font-bold tracking-tight">{t("live.waitingTitle")}</h1>
            <p className="mt-4 text-2xl text-stone-700">{t("live.waitingText")}</p>
          </div>
        )}
      </section>
      <aside aria-label={t("live.joinAside")} className="card h-fit p-5 lg:sticky lg:top-8">
        <JoinCard url={joinUrl} code={view.code} qrSvg={qrSvg} students={view.students} />
      </aside>
    </main>
  );
}
