// Hybrid log in: one HTML form (works with JavaScript off); the facade signs you in with whichever auth is in
// charge — the monolith's session table, or the BaaS once auth has moved.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "@/core/config/env";
import { safeReturnPath } from "@/core/navigation/safe-return-path";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { Alert } from "@/components/alert";
import { AuthCard, DemoAccounts } from "@/components/auth-card";
import { CsrfField } from "@/components/csrf-field";
import { CredentialField } from "@/components/credential-fields";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("logInTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridLoginPage({ searchParams }: Props) {
  const [sp, facade, session, t, ta] = await Promise.all([
    searchParams,
    hybridFacade(),
    getSessionContext(),
    getTranslations("hybrid"),
    getTranslations("auth"),
  ]);
  const text = (key: string) => (typeof sp[key] === "string" ? (sp[key] as string).slice(0, 500) : undefined);
  const next = safeReturnPath(text("next"), "/hybrid", ["/hybrid"]);
  const baas = facade.state.auth === "serverless";
  return (
    <AuthCard
      accent={baas ? "serverless" : "monolith"}
      eyebrow={baas ? t("authBaasEyebrow") : t("authMonolithEyebrow")}
      title={ta("logInTitle")}
      intro={baas ? t("authBaasIntro") : t("authMonolithIntro")}
      aside={env().embedded ? <DemoAccounts /> : undefined}
    >
      {flashMessage(sp, "error") ? <Alert>{flashMessage(sp, "error")}</Alert> : null}
      <form action="/api/hybrid/login" method="post" noValidate className="space-y-5">
        <CsrfField token={session.csrfToken} />
        <input type="hidden" name="next" value={next} />
        <CredentialField kind="email" purpose="login" defaultValue={text("email")} />
        <CredentialField kind="password" purpose="login" />
        <button type="submit" className="btn-primary w-full py-2.5">
          {ta("logIn")}
        </button>
      </form>
    </AuthCard>
  );
}
