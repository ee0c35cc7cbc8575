// /class/{lesson}/{step} — one step of a lesson as a plain page: it reads as text with links when JavaScript is
// off (self-study, a printout, a screen reader), and the "Try it" journey runs when it is on. Viewing it never
// changes the app; only the presenter applies a step's setup. The lesson is in the visitor's language.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { providerComponents } from "@/core/architecture/provider-map";
import { localeOfHeaders } from "@/core/i18n/locale";
import { describeSetup } from "@/classroom/model/describe-setup";
import { observeHref } from "@/classroom/model/lesson-schema";
import { ProviderTable } from "@/classroom/client/provider-table";
import { StepProgress } from "@/classroom/client/step-progress";
import { findLesson } from "@/classroom/lessons";
import { JourneyRunner } from "@/classroom/client/journey-runner";
import { setupText } from "@/classroom/server/setup-text";

type Params = { lesson: string; step: string };

async function resolve({ lesson: lessonId, step }: Params) {
  const lesson = findLesson(lessonId, localeOfHeaders(await headers()));
  const n = /^\d{1,2}$/.test(step) ? Number(step) : NaN;
  if (!lesson || !(n >= 1 && n <= lesson.steps.length)) return null;
  return { lesson, n, step: lesson.steps[n - 1]! };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(await params);
  const t = await getTranslations("classroom.step");
  return { title: found ? `${found.step.title} · ${found.lesson.title}` : t("metaFallback") };
}

export default async function LessonStepPage({ params }: { params: Promise<Params> }) {
  const found = await resolve(await params);
  if (!found) notFound();
  const t = await getTranslations("classroom");
  const { lesson, n, step } = found;
  const total = lesson.steps.length;
  const setupLines = await Promise.all(describeSetup(step.setup).map(setupText));
  const linkClass = "font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-600";
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-10">
      <nav aria-label={t("index.breadcrumb")} className="text-sm text-stone-600">
        <a href="/class" className="hover:text-brand-700">
          {t("area")}
        </a>{" "}
        / <span>{lesson.title}</span>
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-brand-700">{lesson.title}</p>
      <div className="mt-3">
        <StepProgress n={n} total={total} />
      </div>
      <article className="card mt-6 p-6 sm:p-8">
        <h1 className="text-3xl font-bold tracking-tight">{step.title}</h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-800">{step.text}</p>

        {step.prediction && (
          <section aria-labelledby="predict-heading" className="mt-8 rounded-xl border border-brand-100 bg-brand-50 p-5">
            <h2 id="predict-heading" className="text-lg font-bold">
              {t("step.predictFirst")}
            </h2>
            <p className="mt-2 font-medium text-stone-800">{step.prediction.question}</p>
            <ol className="mt-3 list-[upper-alpha] space-y-1 pl-6 text-stone-800">
              {step.prediction.choices.map((c) => (
                <li key={c.id}>{c.label}</li>
              ))}
            </ol>
            <details className="mt-4">
              <summary className="cursor-pointer font-semibold text-brand-700">{t("step.showAnswer")}</summary>
              <p className="mt-2 text-stone-800">
                <strong>
                  {t("step.answer", { label: step.prediction.choices.find((c) => c.id === step.prediction!.answer)?.label ?? "" })}
                </strong>{" "}
                {step.prediction.explanation}
              </p>
              {step.reveal && <p className="mt-2 text-stone-800">{step.reveal}</p>}
            </details>
          </section>
        )}

        {step.setup.journey && (
          <div className="mt-8">
            <JourneyRunner journey={step.setup.journey} />
          </div>
        )}

        {step.observe.length > 0 && (
          <section aria-labelledby="look-heading" className="mt-8">
            <h2 id="look-heading" className="text-lg font-bold">
              {t("step.whereToLook")}
            </h2>
            <ul className="mt-2 space-y-2">
              {step.observe.map((o) => (
                <li key={`${o.view}-${o.caption}`}>
                  <a href={observeHref(o)} className={linkClass}>
                    {t(`observe.${o.view}`)}
                    {o.mode && o.view === "store" ? ` ${t("step.storeMode", { mode: t(`mode.${o.mode}`) })}` : ""}
                  </a>
                  <span className="text-stone-700"> — {o.caption}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {setupLines.length > 0 && (
          <section aria-labelledby="setup-heading" className="mt-8">
            <h2 id="setup-heading" className="text-lg font-bold">
              {t("step.setupHeading")}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-6 text-stone-700">
              {setupLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </section>
        )}

        {step.providers && step.providers.length > 0 && (
          <section aria-labelledby="providers-heading" className="mt-8">
            <h2 id="providers-heading" className="text-lg font-bold">
              {t("step.onYourCloud")}
            </h2>
            <div className="mt-2">
              <ProviderTable components={providerComponents(step.providers)} caption={t("step.providersCaption")} />
            </div>
          </section>
        )}
      </article>

      <nav aria-label={t("step.stepsNav")} className="mt-6 flex items-center justify-between gap-3">
        {n > 1 ? (
          <a href={`/class/${lesson.id}/${n - 1}`} className="btn-secondary" rel="prev">
            {t("step.previous")}
          </a>
        ) : (
          <a href="/class" className="btn-secondary">
            {t("step.allLessons")}
          </a>
        )}
        {n < total ? (
          <a href={`/class/${lesson.id}/${n + 1}`} className="btn bg-brand-700 text-white hover:bg-brand-600" rel="next">
            {t("step.next")}
          </a>
        ) : (
          <a href="/class" className="btn bg-brand-700 text-white hover:bg-brand-600">
            {t("step.finish")}
          </a>
        )}
      </nav>
    </main>
  );
}
