// The tab title of a client-rendered view (a full page load would have set it from the server's metadata).
import { useEffect } from "react";
import { useTranslations } from "next-intl";

export function useDocumentTitle(title: string | null): void {
  const t = useTranslations();
  const suffix = `${t("header.serverless")} · ${t("meta.title")}`;
  useEffect(() => {
    if (title) document.title = `${title} · ${suffix}`;
  }, [title, suffix]);
}
