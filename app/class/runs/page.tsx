// /class/runs — the instructor's list of recorded class runs: lesson, date, length, students and answers (counts
// only), with Replay, Export and Delete; Import a file; Compare two runs of one lesson. Without the instructor key
// it sends the visitor to the join page, as the presenter does.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { localeOfHeaders } from "@/core/i18n/locale";
import { isInstructor } from "@/infra/access/instructor-access";
import { runArchive } from "@/classroom/server/run-recorder";
import { findLesson } from "@/classroom/lessons";
import type { RunSummary } from "@/classroom/model/run-recording";
import { dateText, durationText } from "@/classroom/server/replay-data";
import { DeleteRunButton, ImportRunForm } from "@/classroom/client/runs-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("replay.runs"))("metaTitle") };
}
export const dynamic = "force-dynamic";

type Row = RunSummary & { date: string };
type T = Awaited<ReturnType<typeof getTranslations<"replay.runs">>>;

function RunBadges({ run, t }: { run: Row; t: T }) {
  return (
    <>
      {run.current && (
        <span className="inline-block whitespace-nowrap rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">
          {t("current")}
        </span>
      )}
      {run.imported && (
        <span className="inline-block whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-xs font-bold text-stone-700">
          {t("imported")}
        </span>
      )}
    </>
  );
}

function RunActions({ run, t }: { run: Row; t: T }) {
  return (
    <span className="flex flex-wrap items-center gap-2 lg:flex-nowrap">
      <a href={`/class/replay/${run.publicId}`} className="btn-secondary min-h-11" aria-label={t("replayLabel", { date: run.date })}>
        {t("replay")}
      </a>
      <a
        href={`/api/class/runs/${run.publicId}/export`}
        download
        className="btn-secondary min-h-11"
        aria-label={t("exportLabel", { date: run.date })}
      >
        {t("export")}
      </a>
      {!run.current && <DeleteRunButton publicId={run.publicId} label={t("deleteLabel", { date: run.date })} />}
    </span>
  );
}

export default async function RunsPage() {
  const h = await headers();
  if (!isInstructor(h)) redirect("/class/join");
  const locale = localeOfHeaders(h);
  const t = await getTranslations("replay.runs");
  const ti = await getTranslations("classroom.index");
  const runs = await Promise.all(
    (await runArchive().list()).map(async (r) => ({
      ...r,
      lesson: findLesson(r.lessonId, locale)?.title ?? r.lessonId,
      date: dateText(r.startedAt, locale),
      length: await durationText(r.durationMs),
    })),
  );
  const comparable = runs.filter((r) => runs.some((o) => o !== r && o.lessonId === r.lessonId));
  const cell = "px-3 py-2 align-top";
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-8 sm:py-10">
      <Breadcrumb
        label={ti("breadcrumb")}
        crumbs={[{ label: ti("home"), href: "/" }, { label: ti("metaTitle"), href: "/class" }, { label: t("title") }]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-stone-700">{t("intro")}</p>

      {runs.length === 0 ? (
        <p className="card mt-6 p-6 text-stone-700" data-testid="runs-empty">
          {t("empty")}
        </p>
      ) : (
        <>
          <ul className="mt-6 space-y-3 sm:hidden" aria-label={t("tableCaption")}>
            {runs.map((r) => (
              <li key={r.publicId} className="card p-4" data-testid="run-card">
                <p className="font-semibold text-stone-900">
                  {r.lesson} <RunBadges run={r} t={t} />
                </p>
                <p className="mt-1 text-sm text-stone-700">
                  {r.date} · {r.length}
                </p>
                <p className="text-sm tabular-nums text-stone-700">
                  {t("students")}: {r.students} · {t("answers")}: {r.answers}
                </p>
                <div className="mt-3">
                  <RunActions run={r} t={t} />
                </div>
              </li>
            ))}
          </ul>
          <div className="card mt-6 hidden overflow-x-auto sm:block">
            <table className="w-full min-w-[40rem] text-left text-sm" data-testid="runs-table">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  <th scope="col" className={cell}>
                    {t("lesson")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("date")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("duration")}
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    {t("students")}
                  </th>
                  <th scope="col" className={`${cell} text-right`}>
                    {t("answers")}
                  </th>
                  <th scope="col" className={cell}>
                    {t("actions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.publicId} className="border-b border-stone-100 last:border-0" data-testid="run-row" data-run={r.publicId}>
                    <th scope="row" className={`${cell} font-semibold text-stone-900`}>
                      {r.lesson}
                      {r.current && (
                        <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">{t("current")}</span>
                      )}
                      {r.imported && (
                        <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs font-bold text-stone-700">{t("imported")}</span>
                      )}
                    </th>
                    <td className={`${cell} whitespace-nowrap`}>{r.date}</td>
                    <td className={`${cell} whitespace-nowrap tabular-nums`}>{r.length}</td>
                    <td className={`${cell} text-right tabular-nums`}>{r.students}</td>
                    <td className={`${cell} text-right tabular-nums`}>{r.answers}</td>
                    <td className={cell}>
                      <RunActions run={r} t={t} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="import-heading" className="card p-5 sm:p-6">
          <h2 id="import-heading" className="text-xl font-bold">
            {t("importHeading")}
          </h2>
          <p className="mt-2 text-sm text-stone-700">{t("importText")}</p>
          <ImportRunForm />
        </section>

        <section aria-labelledby="compare-heading" className="card p-5 sm:p-6">
          <h2 id="compare-heading" className="text-xl font-bold">
            {t("compareHeading")}
          </h2>
          <p className="mt-2 text-sm text-stone-700">{t("compareText")}</p>
          {comparable.length < 2 ? (
            <p className="mt-3 text-sm text-stone-700">{t("needTwo")}</p>
          ) : (
            <form action="/class/replay/compare" method="get" className="mt-3 space-y-3">
              {(["a", "b"] as const).map((name, i) => (
                <p key={name}>
                  <label htmlFor={`compare-${name}`} className="block text-sm font-semibold text-stone-700">
                    {i === 0 ? t("compareA") : t("compareB")}
                  </label>
                  <select
                    id={`compare-${name}`}
                    name={name}
                    defaultValue={comparable[i]?.publicId}
                    className="mt-1 min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3"
                  >
                    {comparable.map((r) => (
                      <option key={r.publicId} value={r.publicId}>
                        {t("runOption", { lesson: r.lesson, date: r.date })}
                      </option>
                    ))}
                  </select>
                </p>
              ))}
              <button type="submit" className="btn bg-brand-700 text-white hover:bg-brand-600">
                {t("compareButton")}
              </button>
            </form>
          )}
        </section>
      </div>
    </main>
  );
}
