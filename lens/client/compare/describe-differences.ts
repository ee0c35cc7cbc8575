// The differences between the two traces of one action, in words: round trips from the browser, total time,
// cold starts, where auth ran and which components took part.
import type { useTranslations } from "next-intl";
import { createElement, type ReactNode } from "react";
import type { LensSpan } from "@/lens/model/span";
import type { BrowserCall } from "./traced-fetch";

export type SideTrace = { calls: BrowserCall[]; spans: LensSpan[]; totalMs: number };

type DiffT = ReturnType<typeof useTranslations<"lens.compare.diff">>;
type ComponentT = ReturnType<typeof useTranslations<"lens.component">>;

/** Each difference as a sentence in the visitor's language (`t` is the lens.compare.diff messages). */
export function describeDifferences(mono: SideTrace, sls: SideTrace, t: DiffT, tc: ComponentT): ReactNode[] {
  const out: ReactNode[] = [];
  const monoTrips = mono.calls.reduce((n, c) => n + (c.redirected ? 2 : 1), 0);
  const slsTrips = sls.calls.reduce((n, c) => n + (c.redirected ? 2 : 1), 0);
  out.push(t("roundTrips", { sls: slsTrips, mono: monoTrips }));
  if (monoTrips > mono.calls.length) out.push(t("redirects"));
  const times = { mono: Math.round(mono.totalMs), sls: Math.round(sls.totalMs) };
  out.push(sls.totalMs < mono.totalMs ? t("fasterServerless", times) : t("fasterMonolith", times));
  for (const c of sls.calls.filter((c) => c.coldStart)) {
    // The function's name (x-served-by) is an identifier: marked so, it stays as the server sent it.
    out.push(
      t.rich("coldStart", {
        fn: c.servedBy ?? t("aFunction"),
        ms: Math.round(c.functionMs ?? c.durationMs),
        code: (chunks) => createElement("code", { translate: "no", className: "font-mono text-sm" }, chunks),
      }),
    );
  }
  if (sls.calls.some((c) => c.coldStart === false)) out.push(t("warm"));
  if (sls.calls.some((c) => c.url.startsWith("/api/auth/")) || mono.calls.some((c) => c.url.includes("login"))) {
    out.push(t("auth"));
  } else if (sls.calls.some((c) => c.url.startsWith("/api/baas/token"))) {
    out.push(t("token"));
  }
  const comps = (side: SideTrace) => [...new Set(side.spans.map((s) => tc(s.component)))];
  const monoComps = comps(mono);
  const slsComps = comps(sls);
  if (monoComps.length + slsComps.length > 0)
    out.push(
      t("components", {
        mono: monoComps.join(t("separator")) || t("noneRecorded"),
        sls: slsComps.join(t("separator")) || t("noneRecorded"),
      }),
    );
  return out;
}
