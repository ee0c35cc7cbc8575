"use client";
// The "Add pet" form. Without JavaScript it is a plain multipart form post (the server redirects to the status
// page). With JavaScript the same post goes through XMLHttpRequest for an upload progress bar, then the
// per-step status is polled from GET /api/images/{id} until it is done or failed.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { CategoryDto } from "@/core/catalog/pet-dto";
import type { ImageStatusDto } from "@/core/images/image-status-dto";
import { ImageStatusPanel } from "@/components/image-status-panel";
import { PetFormFields } from "@/components/pet-form-fields";
import { useImageStatus } from "@/components/use-image-status";

type Props = { action: string; csrfToken: string; categories: CategoryDto[]; maxBytes: number; tooLargeMessage: string };

async function loadImageStatus(imageId: string): Promise<ImageStatusDto | null> {
  const res = await fetch(`/api/images/${imageId}`, { cache: "no-store" });
  return res.ok ? ((await res.json()) as ImageStatusDto) : null;
}

export function AddPetForm({ action, csrfToken, categories, maxBytes, tooLargeMessage }: Props) {
  const t = useTranslations("admin");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [imageId, setImageId] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const status = useImageStatus(imageId, loadImageStatus);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("image") as HTMLInputElement | null)?.files?.[0];
    setError(null);
    setImageId(null);
    // The server says the same with a 413; checking here saves sending 10 MB for nothing.
    if (file && file.size > maxBytes) {
      setError(tooLargeMessage);
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", action);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status === 413) return setError(tooLargeMessage);
      // The handler answers with a 303 to the admin page, which XHR follows: the address says what happened.
      const url = new URL(xhr.responseURL || window.location.href);
      const id = url.searchParams.get("image");
      const message = url.searchParams.get("error");
      if (xhr.status >= 400 || message || !id) return setError(message ?? t("uploadFailed"));
      setImageId(id);
      window.history.replaceState(null, "", `${window.location.pathname}?image=${id}`);
      formRef.current?.reset();
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t("uploadUnreachable"));
    };
    setProgress(0);
    xhr.send(new FormData(form));
  }

  return (
    <div className="space-y-5">
      <form
        ref={formRef}
        aria-label={t("formName")}
        action={action}
        method="post"
        encType="multipart/form-data"
        onSubmit={onSubmit}
        className="grid gap-4 rounded-2xl border border-stone-200 bg-white p-5 sm:grid-cols-2"
      >
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <PetFormFields categories={categories} maxBytes={maxBytes} />
        <div className="flex items-center gap-4 sm:col-span-2">
          <button type="submit" className="btn-primary" disabled={progress !== null}>
            {t("submit")}
          </button>
          {progress !== null ? (
            <div className="flex flex-1 items-center gap-3">
              <progress aria-label={t("uploadProgress")} max={100} value={progress} className="h-3 flex-1" />
              <span className="text-sm tabular-nums">{progress}%</span>
            </div>
          ) : null}
        </div>
      </form>
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      {status ? (
        <ImageStatusPanel
          status={status}
          petHref={status.petId ? `/monolith/pets/${status.petId}` : undefined}
          searchHref={`/monolith/search?q=${encodeURIComponent(status.petName)}`}
        />
      ) : null}
    </div>
  );
}
