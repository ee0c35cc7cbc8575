// What a signed-in customer sees on an admin-only monolith page.
import { getTranslations } from "next-intl/server";

export async function ForbiddenNotice({ name }: { name: string }) {
  const t = await getTranslations("admin");
  return (
    <div className="mx-auto max-w-lg py-12">
      <div className="card p-8 text-center">
        <p aria-hidden className="text-4xl">
          🔒
        </p>
        <h1 className="mt-3 text-2xl font-bold tracking-tight">{t("adminsOnly")}</h1>
        <p role="alert" className="mt-3 text-stone-600">
          {t("forbidden", { name })}
        </p>
        <p className="mt-2 text-sm text-stone-500">
          {t.rich("forbiddenTip", { code: (chunks) => <code className="rounded bg-stone-100 px-1">{chunks}</code> })}
        </p>
        <a href="/monolith" className="btn-secondary mt-6">
          {t("backToStore")}
        </a>
      </div>
    </div>
  );
}
