"use client";
// Runs a step's journey from this browser and shows what came back: for search, each call's status, whether it
// was a cold start and which instance answered; for the token journeys, the status and the refusal's message.
// Rendered only once JavaScript runs: a dead button would confuse a reader with JavaScript off.
import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { Journey } from "@/classroom/model/lesson-schema";

const noSubscription = () => () => {};

/** A row's note: a server message (already in the request's language) or one of ours, worded at render. */
type Note = { message: string } | { found: number | null } | { accepted: true };
type Row = { n: number; status: number; cold?: boolean; instance?: string; ms: number; note?: Note };

async function searchOnce(n: number, query: string): Promise<Row> {
  const started = performance.now();
  const res = await fetch(`/api/functions/search?q=${encodeURIComponent(query)}&limit=5`, { cache: "no-store", credentials: "omit" });
  const body = (await res.json().catch(() => null)) as { total?: number; error?: { message?: string } } | null;
  return {
    n,
    status: res.status,
    cold: res.headers.get("x-cold-start") === null ? undefined : res.headers.get("x-cold-start") === "true",
    instance: res.headers.get("x-instance-id") ?? undefined,
    ms: Math.round(performance.now() - started),
    note: res.ok ? { found: body?.total ?? null } : body?.error?.message ? { message: body.error.message } : undefined,
  };
}

async function anonymousToken(): Promise<string> {
  // credentials: "omit": the journey is about an anonymous visitor even when this browser is signed in.
  const res = await fetch("/api/baas/token", { cache: "no-store", credentials: "omit" });
  const { token } = (await res.json()) as { token: string };
  return token;
}

async function withToken(n: number, call: (token: string) => Promise<Response>): Promise<Row> {
  const started = performance.now();
  const res = await call(await anonymousToken());
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return {
    n,
    status: res.status,
    ms: Math.round(performance.now() - started),
    note: body?.error?.message ? { message: body.error.message } : res.ok ? { accepted: true } : undefined,
  };
}

async function run(journey: Journey): Promise<Row[]> {
  switch (journey.kind) {
    case "search": {
      const calls = Array.from({ length: journey.times }, (_, i) => i + 1);
      if (journey.parallel) return Promise.all(calls.map((n) => searchOnce(n, journey.query)));
      const rows: Row[] = [];
      for (const n of calls) rows.push(await searchOnce(n, journey.query));
      return rows;
    }
    case "anonymous-purchase":
      return [
        await withToken(1, (token) =>
          fetch("/api/functions/purchase", {
            method: "POST",
            credentials: "omit",
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: JSON.stringify({ items: [{ petId: 1, quantity: 1 }], idempotencyKey: `class-${Date.now()}` }),
          }),
        ),
      ];
    case "anonymous-orders":
      return [
        await withToken(1, (token) => fetch("/api/baas/orders", { credentials: "omit", headers: { Authorization: `Bearer ${token}` } })),
      ];
  }
}

export function JourneyRunner({ journey, large = false, onRun }: { journey: Journey; large?: boolean; onRun?: () => void }) {
  const t = useTranslations("classroom.journey");
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!mounted) return null;

  async function go() {
    onRun?.();
    setBusy(true);
    setError(null);
    try {
      setRows(await run(journey));
    } catch {
      setError(t("unreachable"));
    } finally {
      setBusy(false);
    }
  }

  const ok = rows?.filter((r) => r.status < 400).length ?? 0;
  const throttled = rows?.filter((r) => r.status === 429).length ?? 0;
  const noteText = (note: Note | undefined) =>
    !note
      ? ""
      : "message" in note
        ? note.message
        : "found" in note
          ? note.found === null
            ? t("foundUnknown")
            : t("found", { count: note.found })
          : t("accepted");
  return (
    <section aria-label={t("tryIt")} className="rounded-xl border border-stone-200 bg-stone-50 p-4" data-testid="journey">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={go}
          disabled={busy}
          className={`btn bg-stone-900 text-white hover:bg-stone-700 ${large ? "px-5 py-3 text-base" : ""}`}
        >
          {busy ? t("running") : t("run", { label: journey.label })}
        </button>
        {rows && rows.length > 1 && (
          <p className="text-sm text-stone-700" data-testid="journey-summary">
            {t("summary", { ok })}
            {throttled ? t("throttled", { count: throttled }) : ""}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-3 text-sm text-red-800">
          {error}
        </p>
      )}
      {rows && (
        <table className="mt-3 w-full text-left text-sm" data-testid="journey-results">
          <thead>
            <tr className="text-xs uppercase tracking-wide text-stone-600">
              <th scope="col" className="py-1 pr-3">
                {t("call")}
              </th>
              <th scope="col" className="py-1 pr-3">
                {t("status")}
              </th>
              {journey.kind === "search" && (
                <th scope="col" className="py-1 pr-3">
                  {t("start")}
                </th>
              )}
              {journey.kind === "search" && (
                <th scope="col" className="py-1 pr-3">
                  {t("instance")}
                </th>
              )}
              <th scope="col" className="py-1 pr-3">
                {t("time")}
              </th>
              <th scope="col" className="py-1">
                {t("note")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.n}
                data-testid="journey-row"
                data-status={r.status}
                data-cold={r.cold === undefined ? "" : String(r.cold)}
                data-instance={r.instance ?? ""}
                className="border-t border-stone-200"
              >
                <td className="py-1 pr-3 tabular-nums">{r.n}</td>
                <td className={`py-1 pr-3 font-semibold tabular-nums ${r.status < 400 ? "text-emerald-800" : "text-red-800"}`}>
                  {r.status}
                </td>
                {journey.kind === "search" && (
                  <td className="py-1 pr-3">
                    {r.cold === undefined ? (
                      "—"
                    ) : r.cold ? (
                      <span className="rounded bg-sky-100 px-1.5 py-0.5 font-semibold text-sky-900">{t("cold")}</span>
                    ) : (
                      <span className="rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">{t("warm")}</span>
                    )}
                  </td>
                )}
                {journey.kind === "search" && <td className="py-1 pr-3 font-mono text-xs text-stone-700">{r.instance ?? "—"}</td>}
                <td className="py-1 pr-3 tabular-nums">{t("ms", { value: r.ms })}</td>
                <td className="py-1 text-stone-700">{noteText(r.note)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
