// The home page's banner in both stores: the same headline, each store's colours and its own sentence on how
// the page got to the screen (that sentence is the point of the comparison, so each store writes its own).
import type { ReactNode } from "react";
import type { Mode } from "../core/architecture/mode";

const LOOK: Record<Mode, { banner: string; eyebrow: string; label: string }> = {
  monolith: { banner: "from-brand-100 via-amber-50 to-mono-50", eyebrow: "text-mono-600", label: "Monolith · server-rendered" },
  serverless: { banner: "from-sls-50 via-amber-50 to-brand-100", eyebrow: "text-sls-600", label: "Serverless · single-page app" },
};

export function StoreHero({ mode, children }: { mode: Mode; children: ReactNode }) {
  const look = LOOK[mode];
  return (
    <section className={`overflow-hidden rounded-3xl bg-gradient-to-br ${look.banner} px-8 py-12`}>
      <p className={`text-sm font-semibold uppercase tracking-wider ${look.eyebrow}`}>{look.label}</p>
      <h1 className="mt-2 max-w-2xl text-4xl font-bold tracking-tight text-stone-900">Find a friend for life.</h1>
      <p className="mt-3 max-w-2xl text-stone-700">{children}</p>
    </section>
  );
}
