// ARCH: the monolith's own login — a plain HTML form posted to the server, which checks the password hash
// and sets a server-session cookie. Works with JavaScript off. (The serverless twin delegates to a BaaS.)
import { getTranslations } from "next-intl/server";
import { DemoAccounts } from "@/components/auth-card";
import { CsrfField } from "@/components/csrf-field";
import { CredentialField } from "@/components/credential-fields";
import { env } from "@/core/config/env";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AuthShell, FormMessages, HowItWorks, firstParam, type SearchParams } from "../_auth/auth-page-parts";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: `${t("auth.logInTitle")} · ${t("header.monolith")} · ${t("meta.title")}` };
}

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = firstParam(params, "next") ?? "";
  const error = flashMessage(params, "error");
  const notice = flashMessage(params, "notice");
  const email = firstParam(params, "email") ?? "";
  const session = await getSessionContext();
  const t = await getTranslations("auth");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const registerHref = next ? `/monolith/register?next=${encodeURIComponent(next)}` : "/monolith/register";

  if (session.user) {
    return (
      <AuthShell
        eyebrow={t("monolithEyebrow")}
        title={t("alreadyTitle")}
        intro={t.rich("alreadyIntro", { name: session.user.name, email: session.user.email, strong })}
      >
        <FormMessages error={error} notice={notice} />
        <div className="flex flex-wrap items-center gap-3">
          <a href="/monolith" className="btn-primary">
            {t("continueShopping")}
          </a>
          <form action="/api/monolith/logout" method="post">
            <CsrfField token={session.csrfToken} />
            <button type="submit" className="btn-secondary">
              {t("logOut")}
            </button>
          </form>
        </div>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      eyebrow={t("monolithEyebrow")}
      title={t("logInTitle")}
      intro={t("monolithIntro")}
      aside={
        <>
          {env().embedded ? <DemoAccounts /> : null}
          <HowItWorks
            title={t("monolithHowTitle")}
            steps={[t("monolithStep1"), t.rich("monolithStep2", { strong }), t.rich("monolithStep3", { strong }), t("monolithStep4")]}
          />
        </>
      }
    >
      <FormMessages error={error} notice={notice} />
      {/* noValidate: the server validates and answers with a message — the same with JavaScript on or off. */}
      <form action="/api/monolith/login" method="post" noValidate className="space-y-5">
        <CsrfField token={session.csrfToken} />
        <input type="hidden" name="next" value={next} />
        <CredentialField kind="email" purpose="login" defaultValue={email} />
        <CredentialField kind="password" purpose="login" />
        <button type="submit" className="btn-primary w-full py-2.5">
          {t("logIn")}
        </button>
      </form>
      <p className="border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
        {t("newHere")}{" "}
        <a href={registerHref} className="font-semibold text-brand-700 hover:underline">
          {t("createAccount")}
        </a>
      </p>
    </AuthShell>
  );
}
