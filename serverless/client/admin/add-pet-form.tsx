// The serverless "Add pet" form: the same fields as the monolith's (components/pet-form-fields), the same rule on the server,
// wired the serverless way — ask for an upload token, send the photo straight to storage with a progress
// bar, then watch the durable run's steps until the pet is searchable.
import { useTranslations } from "next-intl";
import { useEffect, useState, type FormEvent } from "react";
import type { CategoryDto } from "@/core/catalog/pet-dto";
import { uploadGrantResponseSchema } from "@/core/contract/serverless-api";
import type { ImageStatusDto } from "@/core/images/image-status-dto";
import { loadCategories } from "../load-categories";
import { ImageStatusPanel } from "@/components/image-status-panel";
import { PetFormFields } from "@/components/pet-form-fields";
import { useImageStatus } from "@/components/use-image-status";
import { MAX_UPLOAD_BYTES } from "@/core/images/image-rules";
import { uploadWithProgress } from "./upload-with-progress";
import { uploadToVercelBlob } from "./upload-to-vercel-blob";

type Phase = { kind: "idle" } | { kind: "asking" } | { kind: "uploading"; fraction: number } | { kind: "processing"; imageId: string };

function errorText(body: unknown, fallback: string): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === "string" && message.length > 0 ? message : fallback;
}

async function loadImageStatus(imageId: string): Promise<ImageStatusDto | null> {
  const res = await fetch(`/api/images/${imageId}`, { cache: "no-store" });
  return res.ok ? ((await res.json()) as ImageStatusDto) : null;
}

export function AddPetForm() {
  const t = useTranslations("admin");
  const [categories, setCategories] = useState<CategoryDto[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const imageId = phase.kind === "processing" ? phase.imageId : null;
  const status = useImageStatus(imageId, loadImageStatus);

  useEffect(() => {
    loadCategories().then(setCategories, () => setError(t("categoriesFailed")));
  }, [t]);

  const busy =
    phase.kind === "asking" ||
    phase.kind === "uploading" ||
    (phase.kind === "processing" && status?.status !== "done" && status?.status !== "failed");

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const form = new FormData(e.currentTarget);
    const file = form.get("image");
    if (!(file instanceof File) || file.name === "") {
      setError(t("choosePhoto"));
      return;
    }
    setPhase({ kind: "asking" });
    try {
      const res = await fetch("/api/serverless/uploads", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          name: form.get("name"),
          category: form.get("category"),
          price: form.get("price"),
          stock: form.get("stock"),
          size: file.size,
        }),
      });
      const body: unknown = await res.json().catch(() => null);
      const parsed = uploadGrantResponseSchema.safeParse(body);
      if (!res.ok || !parsed.success) throw new Error(errorText(body, t("uploadNotStarted")));
      const grant = parsed.data;
      setPhase({ kind: "uploading", fraction: 0 });
      const onProgress = (fraction: number) => setPhase({ kind: "uploading", fraction });
      if ("handleUploadUrl" in grant) {
        // Vercel Blob: the SDK's client upload (handleUpload on the server).
        await uploadToVercelBlob(grant, file, onProgress);
      } else {
        const put = await uploadWithProgress(grant.uploadUrl, grant.token, file, onProgress);
        if (put.status !== 201) throw new Error(errorText(put.body, t("uploadHttp", { status: put.status })));
      }
      setPhase({ kind: "processing", imageId: grant.imageId });
    } catch (err) {
      setPhase({ kind: "idle" });
      setError(err instanceof Error ? err.message : t("uploadFailed"));
    }
  }

  // A failed run's reason is shown (as an alert) by the status panel; this is for form and upload errors.
  const shownError = error;
  return (
    <div className="space-y-6">
      <form key={formKey} onSubmit={(e) => void onSubmit(e)} noValidate className="grid gap-4 sm:grid-cols-2" aria-busy={busy}>
        <PetFormFields categories={categories} maxBytes={MAX_UPLOAD_BYTES} imageNote={t("straightToBlob")} />
        <div className="sm:col-span-2">
          <button type="submit" disabled={busy} className="btn-primary px-6 py-2.5">
            {t("submit")}
          </button>
        </div>
      </form>

      {shownError ? (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-4 py-3 text-sm text-rose-800">
          {shownError}
        </p>
      ) : null}

      {phase.kind === "uploading" || phase.kind === "processing" ? (
        <div className="space-y-2">
          <label htmlFor="upload-progress" className="text-sm font-medium text-stone-700">
            {t("upload")}
          </label>
          <progress id="upload-progress" max={1} value={phase.kind === "uploading" ? phase.fraction : 1} className="h-2 w-full" />
        </div>
      ) : null}

      {status ? (
        <ImageStatusPanel
          status={status}
          petHref={status.petId !== null ? `/serverless/pets/${status.petId}` : undefined}
          searchHref={`/serverless/search?q=${encodeURIComponent(status.petName)}`}
          // ARCH: each step here is a separate function invocation of a durable workflow run.
          stepCaption={(step) => t.rich("functionStep", { step, fn: (name) => <code translate="no">{name}</code> })}
          actions={
            <button
              type="button"
              className="font-semibold underline"
              onClick={() => {
                setPhase({ kind: "idle" });
                setFormKey((k) => k + 1);
              }}
            >
              {t("addAnother")}
            </button>
          }
        />
      ) : null}
    </div>
  );
}
