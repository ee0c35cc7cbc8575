"use client";
// The function runtime, per function: live instances (busy or warm, idle clock, cold-start time), cold/warm
// and throttled counts, p50/p95, billed time and GB-seconds — plus the teaching controls that change the
// limits or drop every instance so the class sees the next call start cold.
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { FunctionSummary } from "@/core/functions/summarize-invocations";
import type { FunctionsJson } from "../model/lens-feed-types";

const ms = (v: number | null, locale: string) => (v === null ? "—" : `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString(locale)} ms`);

function Stat({ label, value, tone }: { label: string; value: string; tone?: string }) {
  return (
    <div className="rounded-lg bg-stone-50 px-3 py-2">
      <dt className="text-xs font-medium text-stone-500">{label}</dt>
      <dd className={`text-base font-semibold tabular-nums ${tone ?? "text-stone-900"}`}>{value}</dd>
    </div>
  );
}

function FunctionCard({ fn, now }: { fn: FunctionSummary; now: number }) {
  const t = useTranslations("lens.runtime");
  const locale = useLocale();
  return (
    <article aria-labelledby={`fn-${fn.functionName}`} data-function={fn.functionName} className="card p-5">
      <header className="flex items-baseline justify-between gap-2">
        {/* The function's deployed name, an identifier like a span name: the same in every language. */}
        <h3 id={`fn-${fn.functionName}`} className="text-lg font-bold text-sls-600" translate="no">
          λ {fn.functionName}
        </h3>
        <span className="rounded-full bg-sls-50 px-2 py-0.5 text-xs font-semibold text-sls-600">
          {fn.memoryMb.toLocaleString(locale)} MB
        </span>
      </header>
      <dl className="mt-3 grid grid-cols-3 gap-2">
        <Stat label={t("invocations")} value={String(fn.invocations)} />
        <Stat label={t("coldStarts")} value={String(fn.cold)} tone={fn.cold > 0 ? "text-sky-700" : undefined} />
        <Stat label={t("warm")} value={String(fn.warm)} />
        <Stat label={t("throttled")} value={String(fn.throttled)} tone={fn.throttled > 0 ? "text-red-700" : undefined} />
        <Stat label="p50" value={ms(fn.p50Ms, locale)} />
        <Stat label="p95" value={ms(fn.p95Ms, locale)} />
        <Stat label={t("billed")} value={ms(fn.billedMs, locale)} />
        <Stat label={t("gbSeconds")} value={fn.gbSeconds.toFixed(4)} />
        <Stat label={t("errors")} value={String(fn.errors)} tone={fn.errors > 0 ? "text-red-700" : undefined} />
      </dl>
      <h4 className="mt-4 text-sm font-semibold text-stone-700">{t("instances")}</h4>
      {fn.instances.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{t("noInstances")}</p>
      ) : (
        <table className="mt-1 w-full text-left text-sm">
          <thead className="text-xs text-stone-500">
            <tr>
              <th scope="col" className="py-1 font-medium">
                {t("instance")}
              </th>
              <th scope="col" className="font-medium">
                {t("state")}
              </th>
              <th scope="col" className="font-medium">
                {t("calls")}
              </th>
              <th scope="col" className="font-medium">
                {t("coldStart")}
              </th>
              <th scope="col" className="font-medium">
                {t("reclaimedIn")}
              </th>
            </tr>
          </thead>
          <tbody>
            {fn.instances.map((i) => (
              <tr key={i.id} className="border-t border-stone-100" data-instance={i.id}>
                <td className="py-1 font-mono text-xs">{i.id}</td>
                <td>
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${i.state === "busy" ? "bg-amber-100 text-amber-800" : "bg-emerald-100 text-emerald-800"}`}
                  >
                    {i.state === "busy" ? t("busy") : t("warmState")}
                  </span>
                </td>
                <td className="tabular-nums">{i.invocations}</td>
                <td className="tabular-nums">{ms(i.coldStartMs, locale)}</td>
                <td className="tabular-nums">{i.expiresAt === null ? "—" : `${Math.max(0, Math.ceil((i.expiresAt - now) / 1000))} s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

/** What a student sees where the instructor has the controls: the current limits, read-only. */
function ReadOnlyLimits({ limits }: { limits: FunctionsJson["limits"] | undefined }) {
  const t = useTranslations("lens.runtime");
  const locale = useLocale();
  return (
    <div className="card flex flex-col gap-3 p-5" aria-labelledby="controls-heading">
      <h3 id="controls-heading" className="text-lg font-bold">
        {t("limitsTitle")}
      </h3>
      <p className="text-sm text-stone-600">{t("limitsReadOnly")}</p>
      <dl className="grid grid-cols-1 gap-2">
        <Stat label={t("idleTimeout")} value={ms(limits?.idleTimeoutMs ?? null, locale)} />
        <Stat label={t("extraColdStart")} value={ms(limits?.coldStartExtraMs ?? null, locale)} />
        <Stat label={t("maxConcurrency")} value={limits ? String(limits.maxConcurrency) : "—"} />
      </dl>
    </div>
  );
}

export function FunctionRuntimePanel({
  report,
  refresh,
  instructor,
}: {
  report: FunctionsJson | null;
  refresh: () => Promise<void>;
  instructor: boolean;
}) {
  const t = useTranslations("lens.runtime");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (body: object, done: string) => {
    setBusy(true);
    try {
      const r = await fetch("/api/lens/runtime", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      const json = (await r.json()) as { error?: { message: string } };
      setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: json.error?.message ?? t("refused") });
      await refresh();
    } finally {
      setBusy(false);
    }
  };

  const onApply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    void send(
      {
        idleTimeoutMs: Number(f.get("idleTimeoutMs")),
        coldStartExtraMs: Number(f.get("coldStartExtraMs")),
        maxConcurrency: Number(f.get("maxConcurrency")),
      },
      t("applied"),
    );
  };

  const limits = report?.limits;
  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      {report ? (
        <p data-runtime-mode={report.runtime.kind} className="text-sm text-stone-600 lg:col-span-2">
          <span
            className={`mr-2 rounded-full px-2 py-0.5 text-xs font-semibold ${report.runtime.kind === "observed" ? "bg-emerald-100 text-emerald-800" : "bg-sls-50 text-sls-600"}`}
          >
            {report.runtime.kind === "observed" ? t("modeObserved") : t("modeSimulated")}
          </span>
          {report.runtime.kind === "observed" ? t("detailObserved", { region: report.runtime.region ?? "—" }) : t("detailSimulated")}
        </p>
      ) : null}
      {instructor ? (
        <form
          onSubmit={onApply}
          className="card flex flex-col gap-3 p-5"
          aria-labelledby="controls-heading"
          key={limits ? `${limits.idleTimeoutMs}-${limits.coldStartExtraMs}-${limits.maxConcurrency}` : "loading"}
        >
          <h3 id="controls-heading" className="text-lg font-bold">
            {t("controlsTitle")}
          </h3>
          <p className="text-sm text-stone-600">{t("controlsIntro")}</p>
          <label className="label" htmlFor="idleTimeoutMs">
            {t("idleTimeoutMs")}
          </label>
          <input
            id="idleTimeoutMs"
            name="idleTimeoutMs"
            type="number"
            min={100}
            max={3600000}
            step={100}
            required
            defaultValue={limits?.idleTimeoutMs ?? 60000}
            className="input -mt-2"
          />
          <label className="label" htmlFor="coldStartExtraMs">
            {t("extraColdStartMs")}
          </label>
          <input
            id="coldStartExtraMs"
            name="coldStartExtraMs"
            type="number"
            min={0}
            max={30000}
            step={10}
            required
            defaultValue={limits?.coldStartExtraMs ?? 0}
            className="input -mt-2"
          />
          <label className="label" htmlFor="maxConcurrency">
            {t("maxConcurrency")}
          </label>
          <input
            id="maxConcurrency"
            name="maxConcurrency"
            type="number"
            min={1}
            max={1000}
            required
            defaultValue={limits?.maxConcurrency ?? 10}
            className="input -mt-2"
          />
          <button type="submit" className="btn-primary" disabled={busy}>
            {t("apply")}
          </button>
          <div className="flex gap-2">
            <button
              type="button"
              className="btn-secondary flex-1"
              disabled={busy}
              onClick={() => void send({ resetInstances: true }, t("resetDone"))}
            >
              {t("reset")}
            </button>
            <button
              type="button"
              className="btn-secondary flex-1"
              disabled={busy}
              onClick={() => void send({ restoreDefaults: true }, t("defaultsDone"))}
            >
              {t("defaults")}
            </button>
          </div>
          {message ? (
            <p role={message.ok ? "status" : "alert"} className={`text-sm ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
              {message.text}
            </p>
          ) : null}
        </form>
      ) : (
        <ReadOnlyLimits limits={limits} />
      )}
      <div className="grid gap-6 md:grid-cols-2">
        {report ? (
          report.functions.map((fn) => <FunctionCard key={fn.functionName} fn={fn} now={report.now} />)
        ) : (
          <p className="text-stone-500">{t("loading")}</p>
        )}
      </div>
    </div>
  );
}
