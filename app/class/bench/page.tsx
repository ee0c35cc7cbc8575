// The lab bench (instructor only): generate load against either store or both, switch failures on and off, and
// watch what each architecture does, side by side. The charts (recharts) load only on this page.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { isInstructor } from "@/infra/access/instructor-access";
import { ScrollToHash } from "@/components/scroll-to-hash";
import { BenchClient } from "@/classroom/client/bench/bench-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("bench"))("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function BenchPage() {
  const instructor = isInstructor(await headers());
  const t = await getTranslations("bench");
  return (
    <main className="mx-auto max-w-7xl px-4 py-8 [&_h2[id]]:scroll-mt-4">
      <ScrollToHash />
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">
        <a href="/class" className="underline-offset-4 hover:underline">
          {t("classroom")}
        </a>{" "}
        · {t("title")}
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
      {instructor ? (
        <BenchClient />
      ) : (
        <div className="card mt-6 p-6" data-testid="bench-locked">
          <p className="text-stone-700">{t.rich("locked", { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
      )}
    </main>
  );
}
