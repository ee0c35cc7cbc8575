// /class/replay/{run} — a class run as it happened, for anyone with the link (read-only, no key, nothing personal:
// students are counts). The player scrubs a timeline, plays at 1×–8× with idle gaps skipped and moves step by step;
// without JavaScript each step's final state is a plain page (`?step=n`, with Previous/Next links).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { localeOfHeaders } from "@/core/i18n/locale";
import { isInstructor } from "@/infra/access/instructor-access";
import { findRecording } from "@/classroom/server/run-archive-ops";
import { findLesson } from "@/classroom/lessons";
import { dateText, durationText, replayData } from "@/classroom/server/replay-data";
import { ReplayPlayer } from "@/classroom/client/replay-player";

type Props = { params: Promise<{ run: string }>; searchParams: Promise<{ step?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recording = await findRecording((await params).run);
  const t = await getTranslations("replay.replay");
  const lesson = recording ? findLesson(recording.lessonId, localeOfHeaders(await headers())) : undefined;
  // A replay is shared by link, not found by search engines.
  return { title: t("metaTitle", { lesson: lesson?.title ?? recording?.lessonId ?? "—" }), robots: { index: false } };
}

export default async function ReplayPage({ params, searchParams }: Props) {
  const { run } = await params;
  const recording = await findRecording(run);
  if (!recording) notFound();
  const h = await headers();
  const locale = localeOfHeaders(h);
  const data = await replayData(recording, locale);
  const t = await getTranslations("replay.replay");
  const ti = await getTranslations("classroom.index");
  const tr = await getTranslations("replay.runs");
  const raw = (await searchParams).step;
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  const step = Number.isInteger(asked) && asked >= 1 && asked <= data.visits.length ? asked : 1;
  const instructor = isInstructor(h);
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-8 sm:py-10">
      <Breadcrumb
        label={ti("breadcrumb")}
        crumbs={[
          { label: ti("home"), href: "/" },
          { label: ti("metaTitle"), href: "/class" },
          ...(instructor ? [{ label: tr("title"), href: "/class/runs" }] : []),
          { label: t("breadcrumbReplay") },
        ]}
      />
      <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-brand-700">{t("breadcrumbReplay")}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{data.lessonTitle}</h1>
      <p className="mt-2 text-stone-700" data-testid="replay-summary">
        {t("recorded", { date: dateText(recording.startedAt, locale) })} ·{" "}
        {t("figures", { students: data.students, answers: data.answers, duration: await durationText(data.duration) })}
      </p>
      {!data.knownLesson && <p className="mt-2 text-stone-700">{t("unknownLesson")}</p>}
      {data.visits.length === 0 ? (
        <p className="card mt-6 p-6 text-stone-700">{t("empty")}</p>
      ) : (
        <ReplayPlayer data={data} initialStep={step} />
      )}
    </main>
  );
}
