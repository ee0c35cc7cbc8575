"use client";
// The room's latest search calls as a table — instance, cold or warm, status, time — the journey table the whole
// room sees: live on the audience screen (classroom/client/instance-pool.tsx) and as recorded in a replay.
import { useTranslations } from "next-intl";

export type CallRow = { instance: string | null; cold: boolean; status: number; ms: number };

const COLUMNS = ["instance", "start", "status", "time"] as const;

export function CallsTable({
  calls,
  caption,
  className,
  captionClassName = "sr-only",
  testId,
  rowTestId,
}: {
  calls: readonly CallRow[];
  caption: string;
  className: string;
  captionClassName?: string;
  testId: string;
  rowTestId?: string;
}) {
  const t = useTranslations("classroom.journey");
  return (
    <table className={`${className} text-left tabular-nums`} data-testid={testId}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr className="text-stone-600">
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={`font-semibold ${column === "time" ? "text-right" : "pr-2"}`}>
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {calls.map((c, i) => (
          <tr key={i} data-testid={rowTestId} data-instance={c.instance ?? ""} data-status={c.status} className="border-t border-stone-100">
            <td className="max-w-0 truncate pr-2 font-mono text-stone-800">{c.instance ?? "—"}</td>
            <td className="pr-2">
              {c.instance === null ? "—" : c.cold ? <span className="font-semibold text-sky-800">{t("cold")}</span> : t("warm")}
            </td>
            <td className={`pr-2 font-semibold ${c.status < 400 ? "text-emerald-800" : "text-red-800"}`}>{c.status}</td>
            <td className="text-right">{t("ms", { value: c.ms })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
