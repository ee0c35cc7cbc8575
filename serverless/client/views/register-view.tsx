// ARCH: both stores share one user table, and the serverless store writes no auth logic of its own — so
// accounts are created in the monolith, then used here through the auth service.
import { useTranslations } from "next-intl";
import { useDocumentTitle } from "../use-document-title";
import { AuthShell } from "./auth-shell";

export function RegisterView() {
  const t = useTranslations("register");
  const tAuth = useTranslations("auth");
  useDocumentTitle(t("title"));
  return (
    <AuthShell eyebrow={tAuth("serverlessEyebrow")} title={t("title")} intro={t("serverlessIntro")}>
      <div className="flex flex-wrap items-center gap-3">
        <a href="/monolith/register?next=%2Fmonolith" className="btn-primary">
          {t("inMonolith")}
        </a>
        <a href="/serverless/login" className="btn-secondary">
          {t("backToLogIn")}
        </a>
      </div>
    </AuthShell>
  );
}
