// Monolith admin: "Add pet" with a photo, then the photo's live per-step status, and the recent uploads
// (dead-lettered ones with their reason). Server-rendered; works with JavaScript off (the status view refreshes
// itself every 2 s while processing); with JavaScript the form shows an upload progress bar and polls.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/alert";
import { ImageStatusPanel, isKnownStep } from "@/components/image-status-panel";
import { IMAGE_ERRORS, MAX_UPLOAD_BYTES, imageIdSchema } from "@/core/images/image-rules";
import { errorTextOfWords, renderError } from "@/core/errors/error-text";
import type { Locale } from "@/core/i18n/locale";
import { isImageInProgress } from "@/core/images/image-status-dto";
import { listCategories } from "@/infra/catalog/list-categories";
import { getImageStatus } from "@/infra/images/get-image-status";
import { listImageUploads } from "@/infra/images/list-image-uploads";
import { requireAdmin } from "@/monolith/auth/require-user";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AddPetForm } from "./add-pet-form";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPage({ searchParams }: Props) {
  const admin = await requireAdmin("/monolith/admin");
  if (!admin.ok) return admin.page;
  const sp = await searchParams;
  const error = flashMessage(sp, "error");
  const imageId = imageIdSchema.safeParse(sp.image);
  const [session, categories, current, recent] = await Promise.all([
    getSessionContext(),
    listCategories(),
    imageId.success ? getImageStatus(imageId.data) : Promise.resolve(null),
    listImageUploads("monolith", 10),
  ]);
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      {/* Without JavaScript the status view reloads itself until the photo is done or failed. */}
      {current && isImageInProgress(current.status) ? <meta httpEquiv="refresh" content="2" /> : null}
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-amber-700">{t("monolithEyebrow")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-stone-600">{t("monolithIntro")}</p>
      </header>
      {error ? <Alert>{error}</Alert> : null}
      <AddPetForm
        action="/api/monolith/admin/pets"
        csrfToken={session.csrfToken}
        categories={categories}
        maxBytes={MAX_UPLOAD_BYTES}
        tooLargeMessage={renderError(IMAGE_ERRORS.tooLargeFile, locale)}
      />
      {current ? (
        <ImageStatusPanel
          status={current}
          petHref={current.petId ? `/monolith/pets/${current.petId}` : undefined}
          searchHref={`/monolith/search?q=${encodeURIComponent(current.petName)}`}
        />
      ) : null}

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("recent")}</h2>
        {recent.length === 0 ? (
          <p className="text-stone-600">{t("noUploads")}</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="text-stone-500">
              <tr>
                <th className="py-2">{t("pet")}</th>
                <th>{t("status")}</th>
                <th>{t("steps")}</th>
                <th>{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((u) => (
                <tr key={u.id} className="border-t border-stone-200 align-top">
                  <td className="py-2">
                    {/* A pet's name is a name, in every language. */}
                    <a className="underline" href={`/monolith/admin?image=${u.id}`} translate="no">
                      {u.petName || t("unnamed")}
                    </a>
                  </td>
                  <td>{t(`stepStatus.${u.status}`)}</td>
                  <td className="text-stone-600">
                    {u.steps
                      .map(
                        (s) =>
                          `${isKnownStep(s.step) ? t(`stepLabel.${s.step}`) : s.step} ${t(`state.${s.status}`)}${s.attempts > 1 ? ` ${t("attempts", { count: s.attempts })}` : ""}`,
                      )
                      .join(" · ")}
                  </td>
                  <td className="text-red-800">
                    {u.status === "failed" && u.error ? renderError(errorTextOfWords(u.error, "internal"), locale) : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
