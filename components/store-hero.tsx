// The home page's banner in both stores: the same headline, each store's colours and its own sentence on how
// the page got to the screen (that sentence is the point of the comparison, so each store has its own).
import { useTranslations } from "next-intl";
import type { Mode } from "../core/architecture/mode";

const LOOK: Record<Mode, { banner: string; eyebrow: string }> = {
  monolith: { banner: "from-brand-100 via-amber-50 to-mono-50", eyebrow: "text-mono-600" },
  serverless: { banner: "from-sls-50 via-amber-50 to-brand-100", eyebrow: "text-sls-600" },
};

export function StoreHero({ mode }: { mode: Mode }) {
  const t = useTranslations("catalog");
  const look = LOOK[mode];
  return (
    <section className={`overflow-hidden rounded-3xl bg-gradient-to-br ${look.banner} px-8 py-12`}>
      <p className={`text-sm font-semibold uppercase tracking-wider ${look.eyebrow}`}>
        {mode === "monolith" ? t("monolithEyebrow") : t("serverlessEyebrow")}
      </p>
      <h1 className="mt-2 max-w-2xl text-4xl font-bold tracking-tight text-stone-900">{t("heroTitle")}</h1>
      <p className="mt-3 max-w-2xl text-stone-700">{mode === "monolith" ? t("monolithHero") : t("serverlessHero")}</p>
    </section>
  );
}
