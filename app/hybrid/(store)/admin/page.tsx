// Hybrid admin: "Add pet" with a photo, one server-rendered multipart form (works with JavaScript off). The facade
// sends the photo to the monolith's job table and consumer, or — once the image pipeline moved — through the
// bridge to the serverless pipeline's durable steps; the status below says which one processed it.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MAX_UPLOAD_BYTES, imageIdSchema } from "@/core/images/image-rules";
import { isImageInProgress } from "@/core/images/image-status-dto";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { hybridUser } from "@/hybrid/auth/hybrid-user";
import { hybridCategories } from "@/hybrid/catalog/catalog-adapter";
import { uploadedImage } from "@/hybrid/images/uploaded-image";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { CsrfField } from "@/components/csrf-field";
import { ImageStatusPanel } from "@/components/image-status-panel";
import { PetFormFields } from "@/components/pet-form-fields";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hybridBridges"))("adminTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridAdminPage({ searchParams }: Props) {
  const facade = await hybridFacade();
  const user = await hybridUser(facade);
  if (!user) redirect(`/hybrid/login?next=${encodeURIComponent("/hybrid/admin")}`);
  const [sp, t] = await Promise.all([searchParams, getTranslations("hybridBridges")]);
  if (user.role !== "admin") {
    return (
      <div className="mx-auto max-w-lg py-12">
        <Alert>{t("adminsOnly")}</Alert>
      </div>
    );
  }
  const imageId = imageIdSchema.safeParse(sp.image);
  const [session, categories, current] = await Promise.all([
    getSessionContext(),
    hybridCategories(facade),
    imageId.success ? uploadedImage(imageId.data) : Promise.resolve(null),
  ]);
  const error = flashMessage(sp, "error")?.slice(0, 300);
  const pipeline = facade.state.images === "serverless";
  const route = facade.table.routes["image-upload"];

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      {/* The status view reloads itself until the photo is done or failed (with JavaScript off too). */}
      {current && isImageInProgress(current.status.status) ? <meta httpEquiv="refresh" content="2" /> : null}
      <header className="space-y-2">
        <p className="text-sm font-semibold tracking-wide text-fuchsia-800 uppercase">{t("adminEyebrow")}</p>
        <h1 className="text-3xl font-bold tracking-tight">{t("adminTitle")}</h1>
        <p className="text-stone-700">{pipeline ? t("adminPipeline") : t("adminConsumer")}</p>
      </header>
      {error ? <Alert>{error}</Alert> : null}
      {current ? (
        <div className="space-y-3">
          <p className="rounded-xl border border-fuchsia-200 bg-fuchsia-50 px-4 py-3 text-sm" data-testid="image-processed-by">
            <strong>{t("ranBy")}:</strong>{" "}
            {current.ranBy === "consumer"
              ? t("ranConsumer")
              : current.runId
                ? t("ranPipeline", { runId: current.runId })
                : t("ranPipelineNoRun")}
          </p>
          <ImageStatusPanel
            status={current.status}
            petHref={current.status.petId ? `/hybrid/pets/${current.status.petId}` : undefined}
            searchHref={`/hybrid/search?q=${encodeURIComponent(current.status.petName)}`}
          />
          <p className="text-sm text-stone-600">
            {t.rich("lensHint", {
              servedBy: current.ranBy === "consumer" ? "image-consumer" : "pipeline-steps",
              link: (chunks) => (
                <a href="/architecture" className="font-semibold text-brand-700 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
      ) : null}
      <form
        aria-label={t("addPetForm")}
        action="/api/hybrid/admin/pets"
        method="post"
        encType="multipart/form-data"
        className="grid gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:grid-cols-2"
        data-served-by={route.servedBy}
      >
        <CsrfField token={session.csrfToken} />
        <PetFormFields
          categories={categories}
          maxBytes={MAX_UPLOAD_BYTES}
          imageNote={pipeline ? t("imageNotePipeline") : t("imageNoteConsumer")}
        />
        <div className="sm:col-span-2">
          <button type="submit" className="btn-primary">
            {t("addPet")}
          </button>
        </div>
      </form>
    </div>
  );
}
