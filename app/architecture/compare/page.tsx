// /architecture/compare — one action, both architectures, two traces side by side with the differences named.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LensPageHeader } from "@/components/lens-page-header";
import { CompareClient } from "@/lens/client/compare/compare-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lens.compare"))("metaTitle") };
}

export default async function ComparePage() {
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <LensPageHeader messages="lens.compare" />
      <div className="mt-8">
        <CompareClient />
      </div>
    </main>
  );
}
