// The head of a page under the architecture lens (/architecture/api, /architecture/compare): the trail
// Home / Architecture lens / <page>, the title and the intro, all from the page's own messages.
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "./breadcrumb";

export async function LensPageHeader({ messages }: { messages: "lens.api" | "lens.compare" }) {
  const t = await getTranslations(messages);
  return (
    <>
      <Breadcrumb
        label={t("breadcrumb")}
        crumbs={[{ label: t("home"), href: "/" }, { label: t("lens"), href: "/architecture" }, { label: t("crumb") }]}
      />
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{t("intro")}</p>
    </>
  );
}
