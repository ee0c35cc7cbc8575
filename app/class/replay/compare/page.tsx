// /class/replay/compare?a={run}&b={run} — two runs of one lesson side by side: each question's final tally, and what
// the evidence showed on each step (cold starts, 429s, load). Read-only, for anyone holding both replay links.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { TallyBars } from "@/classroom/client/tally-bars";
import { localeOfHeaders } from "@/core/i18n/locale";
import { finalEvidence, finalTallies, readRecording, type EvidenceData } from "@/classroom/model/run-recording";
import { isInstructor } from "@/infra/access/instructor-access";
import { findRecording } from "@/classroom/server/run-archive-ops";
import { findLesson } from "@/classroom/lessons";
import { dateText } from "@/classroom/server/replay-data";

type Props = { searchParams: Promise<{ a?: string | string[]; b?: string | string[] }> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("replay.compare"))("metaTitle"), robots: { index: false } };
}

export default async function CompareRunsPage({ searchParams }: Props) {
  const q = await searchParams;
  const [a, b] = await Promise.all([findRecording(one(q.a)), findRecording(one(q.b))]);
  if (!a || !b) notFound();
  const h = await headers();
  const locale = localeOfHeaders(h);
  const t = await getTranslations("replay.compare");
  const ti = await getTranslations("classroom.index");
  const tr = await getTranslations("replay.runs");
  const lesson = findLesson(a.lessonId, locale);
  const runs = [a, b].map((r) => {
    const replay = readRecording(r);
    return { date: dateText(r.startedAt, locale), tallies: finalTallies(replay), evidence: finalEvidence(replay) };
  });
  const evidenceText = (e: EvidenceData | undefined) => {
    if (!e) return "—";
    const parts = [];
    if (e.pool) parts.push(t("cold", e.pool));
    if (e.load) parts.push(t("load", { rps: e.load.rps, p95: e.load.p95Ms === null ? "—" : `${e.load.p95Ms} ms`, errors: e.load.errors }));
    return parts.join(" · ") || "—";
  };
  const questions = (lesson?.steps ?? []).filter((s) => s.prediction);
  const evidenceSteps = (lesson?.steps ?? []).filter((s) => runs.some((r) => r.evidence.has(s.id)));
  return (
    <main className="mx-auto w-full max-w-6xl px-4 py-8 sm:py-10">
      <Breadcrumb
        label={ti("breadcrumb")}
        crumbs={[
          { label: ti("home"), href: "/" },
          { label: ti("metaTitle"), href: "/class" },
          ...(isInstructor(h) ? [{ label: tr("title"), href: "/class/runs" }] : []),
          { label: t("breadcrumb") },
        ]}
      />
      <h1 className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl">{t("title", { lesson: lesson?.title ?? a.lessonId })}</h1>
      {a.lessonId !== b.lessonId && <p className="mt-3 font-semibold text-red-800">{t("differentLessons")}</p>}

      <section aria-labelledby="cmp-questions" className="mt-8">
        <h2 id="cmp-questions" className="text-2xl font-bold">
          {t("questionsHeading")}
        </h2>
        {questions.map((s) => {
          const key = `${a.lessonId}/${s.id}`;
          return (
            <article key={s.id} className="card mt-4 p-5" aria-labelledby={`cmp-q-${s.id}`} data-testid="compare-question">
              <h3 id={`cmp-q-${s.id}`} className="text-lg font-bold">
                {s.prediction!.question}
              </h3>
              <div className="mt-3 grid gap-6 md:grid-cols-2">
                {runs.map((r, i) => {
                  const tally = r.tallies.get(key);
                  return (
                    <div key={i}>
                      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("runHeading", { date: r.date })}</p>
                      <div className="mt-2">
                        {tally ? (
                          <TallyBars choices={s.prediction!.choices} tally={{ questionKey: key, ...tally }} answer={s.prediction!.answer} />
                        ) : (
                          <p className="text-stone-700">{t("noTally")}</p>
                        )}
                      </div>
                    </div>
                  );
                })}
              </div>
            </article>
          );
        })}
      </section>

      {evidenceSteps.length > 0 && (
        <section aria-labelledby="cmp-evidence" className="mt-10">
          <h2 id="cmp-evidence" className="text-2xl font-bold">
            {t("evidenceHeading")}
          </h2>
          <div className="card mt-4 overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="border-b border-stone-200 text-stone-600">
                <tr>
                  <td className="px-3 py-2" />
                  {runs.map((r, i) => (
                    <th key={i} scope="col" className="px-3 py-2">
                      {t("runHeading", { date: r.date })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {evidenceSteps.map((s) => (
                  <tr key={s.id} className="border-b border-stone-100 last:border-0">
                    <th scope="row" className="px-3 py-2 align-top font-semibold">
                      {s.title}
                    </th>
                    {runs.map((r, i) => (
                      <td key={i} className="px-3 py-2 align-top tabular-nums">
                        {evidenceText(r.evidence.get(s.id))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </main>
  );
}
