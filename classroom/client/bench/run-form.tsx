"use client";
// The run's settings with a visible label on every field; Start and Stop.
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";

export type RunSettings = {
  target: "monolith" | "serverless" | "both";
  users: number;
  seconds: number;
  rampUpSeconds: number;
  mix: Record<"browse" | "search" | "view" | "buy", number>;
};

const JOURNEYS = ["browse", "search", "view", "buy"] as const;

export function RunForm({
  running,
  busy,
  onStart,
  onStop,
}: {
  running: boolean;
  busy: boolean;
  onStart: (s: RunSettings) => void;
  onStop: () => void;
}) {
  const t = useTranslations("bench.form");
  const [settings, setSettings] = useState<RunSettings>({
    target: "both",
    users: 20,
    seconds: 30,
    rampUpSeconds: 5,
    mix: { browse: 35, search: 30, view: 20, buy: 15 },
  });
  const num = (v: string) => (v === "" ? 0 : Number(v));
  function submit(e: FormEvent) {
    e.preventDefault();
    onStart(settings);
  }
  return (
    <form onSubmit={submit} className="card space-y-4 p-5" aria-labelledby="load-heading">
      <h2 id="load-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <div>
        <label htmlFor="bench-target" className="block text-sm font-medium text-stone-700">
          {t("target")}
        </label>
        <select
          id="bench-target"
          className="input mt-1"
          value={settings.target}
          onChange={(e) => setSettings({ ...settings, target: e.target.value as RunSettings["target"] })}
        >
          <option value="both">{t("both")}</option>
          <option value="monolith">{t("monolith")}</option>
          <option value="serverless">{t("serverless")}</option>
        </select>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <div>
          <label htmlFor="bench-users" className="block text-sm font-medium text-stone-700">
            {t("users")}
          </label>
          <input
            id="bench-users"
            type="number"
            min={1}
            max={200}
            className="input mt-1"
            value={settings.users}
            onChange={(e) => setSettings({ ...settings, users: num(e.target.value) })}
          />
        </div>
        <div>
          <label htmlFor="bench-seconds" className="block text-sm font-medium text-stone-700">
            {t("seconds")}
          </label>
          <input
            id="bench-seconds"
            type="number"
            min={5}
            max={300}
            className="input mt-1"
            value={settings.seconds}
            onChange={(e) => setSettings({ ...settings, seconds: num(e.target.value) })}
          />
        </div>
        <div>
          <label htmlFor="bench-ramp" className="block text-sm font-medium text-stone-700">
            {t("rampUp")}
          </label>
          <input
            id="bench-ramp"
            type="number"
            min={0}
            max={299}
            className="input mt-1"
            value={settings.rampUpSeconds}
            onChange={(e) => setSettings({ ...settings, rampUpSeconds: num(e.target.value) })}
          />
        </div>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">{t("mix")}</legend>
        <div className="mt-1 grid grid-cols-2 gap-3">
          {JOURNEYS.map((j) => (
            <div key={j}>
              <label htmlFor={`bench-mix-${j}`} className="block text-xs text-stone-600">
                {t(j)}
              </label>
              <input
                id={`bench-mix-${j}`}
                type="number"
                min={0}
                max={100}
                className="input mt-1"
                value={settings.mix[j]}
                onChange={(e) => setSettings({ ...settings, mix: { ...settings.mix, [j]: num(e.target.value) } })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <button type="submit" className="btn-primary" disabled={busy || running}>
          {t("start")}
        </button>
        <button type="button" className="btn-secondary" disabled={!running} onClick={onStop}>
          {t("stop")}
        </button>
      </div>
    </form>
  );
}
