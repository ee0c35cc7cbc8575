// The front door: what the two builds are, side by side, and a way into each.
import { useTranslations } from "next-intl";
import { MonolithDiagram, ServerlessDiagram } from "@/components/architecture-diagram";

const ROWS = ["Login", "Pages", "Catalog", "Search", "Purchase", "Photos"] as const;

export default function Landing() {
  const t = useTranslations("landing");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">{t("eyebrow")}</p>
        <h1 className="mt-2 text-5xl font-bold tracking-tight">
          {t.rich("title", { em: (chunks) => <span className="text-brand-700">{chunks}</span> })}
        </h1>
        <p className="mt-4 text-lg text-stone-700">{t.rich("intro", { strong })}</p>
        <p className="mt-4">
          <a href="/architecture" className="font-semibold text-brand-700 underline-offset-4 hover:underline">
            {t("openLens")}
          </a>
          <span className="text-stone-600"> {t("lensWhy")}</span>
        </p>
      </header>

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="mono-heading" className="card flex flex-col p-6">
          <h2 id="mono-heading" className="flex items-center gap-2 text-2xl font-bold">
            <span aria-hidden className="h-3 w-3 rounded-full bg-mono-500" /> {t("monolith")}
          </h2>
          <p className="mt-1 text-stone-600">{t("monolithBody")}</p>
          <div className="my-6">
            <MonolithDiagram />
          </div>
          <a href="/monolith" className="btn mt-auto bg-mono-600 text-white hover:bg-mono-500">
            {t("enterMonolith")}
          </a>
        </section>
        <section aria-labelledby="sls-heading" className="card flex flex-col p-6">
          <h2 id="sls-heading" className="flex items-center gap-2 text-2xl font-bold">
            <span aria-hidden className="h-3 w-3 rounded-full bg-sls-500" /> {t("serverless")}
          </h2>
          <p className="mt-1 text-stone-600">{t("serverlessBody")}</p>
          <div className="my-6">
            <ServerlessDiagram />
          </div>
          <a href="/serverless" className="btn mt-auto bg-sls-600 text-white hover:bg-sls-500">
            {t("enterServerless")}
          </a>
        </section>
      </div>

      <section aria-labelledby="diff-heading" className="mt-12">
        <h2 id="diff-heading" className="text-2xl font-bold">
          {t("diffTitle")}
        </h2>
        <p className="mt-1 text-stone-600">{t("diffIntro")}</p>
        <div className="card mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-3">
                  {t("capability")}
                </th>
                <th scope="col" className="px-4 py-3">
                  {t("monolith")}
                </th>
                <th scope="col" className="px-4 py-3">
                  {t("serverless")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-4 py-3 font-semibold">
                    {t(`row${row}`)}
                  </th>
                  <td className="px-4 py-3 text-stone-700">{t(`row${row}Mono`)}</td>
                  <td className="px-4 py-3 text-stone-700">{t(`row${row}Sls`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
