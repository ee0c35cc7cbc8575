// /architecture/api — the serverless API's reference, rendered from /api/openapi.json by Swagger UI (served by this
// server: lens/server/serve-viewer-file.ts), with "Try it" against this server using the visitor's own token.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LensPageHeader } from "@/components/lens-page-header";
import { ApiReference } from "@/lens/client/api-reference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lens.api"))("title") };
}

export default async function ApiReferencePage() {
  const t = await getTranslations("lens.api");
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <LensPageHeader messages="lens.api" />
      <p className="mt-2 text-sm">
        <a href="/api/openapi.json" className="text-brand-700 underline underline-offset-2">
          {t("document")}
        </a>
      </p>
      <div className="mt-6">
        <ApiReference />
      </div>
    </main>
  );
}
