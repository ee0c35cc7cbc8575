"use client";
// The runs page's two actions that need a script: Delete (asks first, then DELETE /api/class/runs/{id}) and
// Import (reads the chosen file and POSTs its JSON to /api/class/runs). A refusal is shown as the server's
// sentence, which is in the visitor's language.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

async function refusal(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? fallback;
}

export function DeleteRunButton({ publicId, label }: { publicId: string; label: string }) {
  const t = useTranslations("replay.runs");
  const te = useTranslations("classroom.errors");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        className="min-h-11 rounded-lg border border-red-300 bg-white px-3 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60"
        aria-label={label}
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(t("deleteConfirm"))) return;
          setBusy(true);
          setError(null);
          try {
            const response = await fetch(`/api/class/runs/${publicId}`, { method: "DELETE" });
            if (!response.ok) setError(await refusal(response, te("status", { status: response.status })));
            else router.refresh();
          } catch {
            setError(te("unreachable"));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t("delete")}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </>
  );
}

export function ImportRunForm() {
  const t = useTranslations("replay.runs");
  const te = useTranslations("classroom.errors");
  const router = useRouter();
  const [state, setState] = useState<{ kind: "idle" | "busy" } | { kind: "error"; message: string } | { kind: "done"; replay: string }>({
    kind: "idle",
  });
  return (
    <form
      className="mt-3 space-y-3"
      data-testid="import-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
        if (!file) return setState({ kind: "error", message: t("noFile") });
        setState({ kind: "busy" });
        try {
          const response = await fetch("/api/class/runs", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: file,
          });
          if (!response.ok) return setState({ kind: "error", message: await refusal(response, te("status", { status: response.status })) });
          const { replay } = (await response.json()) as { replay: string };
          setState({ kind: "done", replay });
          router.refresh();
        } catch {
          setState({ kind: "error", message: te("unreachable") });
        }
      }}
    >
      <p>
        <label htmlFor="import-file" className="block text-sm font-semibold text-stone-700">
          {t("importLabel")}
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept="application/json,.json"
          className="mt-1 block w-full text-sm text-stone-800 file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-3 file:font-semibold file:text-stone-800 hover:file:border-brand-600"
        />
      </p>
      <button type="submit" className="btn bg-brand-700 text-white hover:bg-brand-600" disabled={state.kind === "busy"}>
        {state.kind === "busy" ? t("importing") : t("importButton")}
      </button>
      <div aria-live="polite">
        {state.kind === "error" && (
          <p role="alert" className="text-sm font-semibold text-red-800" data-testid="import-error">
            {state.message}
          </p>
        )}
        {state.kind === "done" && (
          <p className="text-sm text-stone-800" data-testid="import-done">
            {t("importedOk")}{" "}
            <a href={state.replay} className="font-semibold text-brand-700 underline underline-offset-4">
              {t("openImported")}
            </a>
          </p>
        )}
      </div>
    </form>
  );
}
