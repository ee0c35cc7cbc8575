// /class — the classroom's front door: the lessons, and who this browser is. The instructor (who opened the
// instructor link once) gets the presenter; everyone else can join the live class or read any lesson alone.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { isInstructor } from "@/infra/access/instructor-access";
import { localeOfHeaders } from "@/core/i18n/locale";
import { lessonsFor } from "@/classroom/lessons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("classroom.index");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function ClassPage() {
  const h = await headers();
  const instructor = isInstructor(h);
  const t = await getTranslations("classroom.index");
  const tr = await getTranslations("replay.runs");
  const lessons = lessonsFor(localeOfHeaders(h));
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-12">
      <Breadcrumb label={t("breadcrumb")} crumbs={[{ label: t("home"), href: "/" }, { label: t("metaTitle") }]} />
      <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-brand-700">{t("metaTitle")}</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{instructor ? t("instructorTitle") : t("welcomeTitle")}</h1>
      {instructor ? (
        <div className="card mt-6 p-6" data-testid="instructor-status">
          <p className="text-stone-700">{t("instructorText")}</p>
          <p className="mt-4 flex flex-wrap gap-3">
            <a href="/class/present" className="btn bg-brand-700 text-white hover:bg-brand-600">
              {t("openPresenter")}
            </a>
            <a href="/class/live" className="btn-secondary">
              {t("audienceScreen")}
            </a>
            <a href="/class/bench" className="btn-secondary">
              {t("labBench")}
            </a>
            <a href="/class/runs" className="btn-secondary">
              {tr("title")}
            </a>
            <a href="/architecture" className="btn-secondary">
              {t("architectureLens")}
            </a>
          </p>
        </div>
      ) : (
        <div className="card mt-6 p-6">
          <p className="text-stone-700">{t("studentText")}</p>
          <p className="mt-4 flex flex-wrap gap-3">
            <a href="/class/join" className="btn bg-brand-700 text-white hover:bg-brand-600">
              {t("joinLive")}
            </a>
            <a href="/monolith" className="btn bg-mono-600 text-white hover:bg-mono-500">
              {t("monolithStore")}
            </a>
            <a href="/serverless" className="btn bg-sls-600 text-white hover:bg-sls-500">
              {t("serverlessStore")}
            </a>
          </p>
        </div>
      )}

      <section aria-labelledby="lessons-heading" className="mt-12">
        <h2 id="lessons-heading" className="text-2xl font-bold">
          {t("lessonsHeading")}
        </h2>
        <p className="mt-1 text-stone-700">{t("lessonsIntro", { count: lessons.length })}</p>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {lessons.map((lesson, i) => (
            <li key={lesson.id} className="card flex flex-col p-5" data-lesson={lesson.id}>
              <p className="text-xs font-semibold uppercase tracking-wider text-stone-600">
                {t("lessonMeta", { n: i + 1, steps: lesson.steps.length, minutes: lesson.minutes })}
              </p>
              <h3 className="mt-1 text-xl font-bold">
                <a href={`/class/${lesson.id}/1`} className="hover:text-brand-700">
                  {lesson.title}
                </a>
              </h3>
              <p className="mt-2 flex-1 text-sm text-stone-700">{lesson.summary}</p>
              <ol className="mt-3 space-y-0.5 text-sm text-stone-600">
                {lesson.steps.map((s, j) => (
                  <li key={s.id}>
                    <a href={`/class/${lesson.id}/${j + 1}`} className="hover:text-brand-700 hover:underline">
                      {j + 1}. {s.title}
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
