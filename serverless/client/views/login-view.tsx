// Serverless login: the BaaS auth service (next-auth) checks the password and sets its own session cookie.
// ARCH: the monolith owns its login (form post, password hash check, server session); this store writes
// no auth logic — it calls the auth service's client helper and then swaps its data-API token for a user one.
import { useLocale, useTranslations } from "next-intl";
import { errorSentence, wordsIn } from "@/core/errors/error-text";
import { useEffect, useState } from "react";
import { getProviders, signIn, signOut, useSession } from "../auth-session";
import { Alert } from "@/components/alert";
import { CredentialField } from "@/components/credential-fields";
import { DemoAccounts } from "@/components/auth-card";
import { invalidateToken } from "../baas-token";
import { navigate, safeNext } from "../navigation";
import { useDocumentTitle } from "../use-document-title";
import { AuthShell, HowItWorks } from "./auth-shell";
import { Spinner } from "./view-states";

const LOGIN_FAILED_MESSAGE = errorSentence("auth.loginFailed");

function loginErrorMessage(error: string, locale: string): string {
  // next-auth reports a rejected password as "CredentialsSignin"; a throttled attempt comes back as the
  // auth service's own sentence. Either way the visitor never learns whether the email exists.
  const message = error !== "CredentialsSignin" && error.includes(" ") ? error : LOGIN_FAILED_MESSAGE;
  return locale === "zh-CN" ? wordsIn(message, "unauthorized", "zh-CN") : message;
}

export function LoginView({ nextParam, showDemoAccounts }: { nextParam: string | null; showDemoAccounts: boolean }) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  useDocumentTitle(t("logInTitle"));
  const { data: session, status } = useSession();
  const next = safeNext(nextParam);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [github, setGithub] = useState(false);

  useEffect(() => {
    let live = true;
    getProviders()
      .then((providers) => {
        if (live) setGithub(Boolean(providers && "github" in providers));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  if (status === "loading") return <Spinner label={t("checking")} />;

  // `busy` covers the moment between a successful sign-in and the navigation to `next`: the session is
  // already there, but this is not a visit to the login page by someone already logged in.
  if (session?.user && !busy) {
    return (
      <AuthShell
        eyebrow={t("serverlessEyebrow")}
        title={t("alreadyTitle")}
        intro={t.rich("alreadyIntro", { name: session.user.name ?? "", email: session.user.email ?? "", strong })}
      >
        <div className="flex flex-wrap items-center gap-3">
          <a href="/serverless" className="btn-primary">
            {t("continueShopping")}
          </a>
          <button
            type="button"
            className="btn-secondary"
            onClick={async () => {
              await signOut({ redirect: false });
              invalidateToken();
            }}
          >
            {t("logOut")}
          </button>
        </div>
      </AuthShell>
    );
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(loginErrorMessage(result?.error ?? "", locale));
        setPassword("");
        setBusy(false);
        return;
      }
      // A new identity: the anonymous catalog token must not be used for orders or purchases.
      invalidateToken();
      // Stays busy: this view is about to be replaced by `next`.
      navigate(next, { replace: true });
    } catch {
      setError(t("unreachable"));
      setBusy(false);
    }
  }

  return (
    <AuthShell
      eyebrow={t("serverlessEyebrow")}
      title={t("logInTitle")}
      intro={t("serverlessIntro")}
      aside={
        <>
          {showDemoAccounts ? <DemoAccounts /> : null}
          <HowItWorks
            title={t("serverlessHowTitle")}
            steps={[
              t.rich("serverlessStep1", { strong }),
              t.rich("serverlessStep2", { strong }),
              t.rich("serverlessStep3", { strong }),
              t("serverlessStep4"),
            ]}
          />
        </>
      }
    >
      {error ? <Alert>{error}</Alert> : null}
      <form onSubmit={onSubmit} noValidate className="space-y-5" aria-busy={busy}>
        <CredentialField kind="email" purpose="login" value={email} onChange={(e) => setEmail(e.target.value)} />
        <CredentialField kind="password" purpose="login" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={busy} className="btn-primary w-full py-2.5">
          {busy ? <span aria-hidden className="h-4 w-4 animate-spin rounded-full border-2 border-white/50 border-t-white" /> : null}
          {t("logIn")}
        </button>
      </form>
      {github ? (
        <button type="button" onClick={() => void signIn("github", { callbackUrl: next })} className="btn-secondary w-full py-2.5">
          <svg aria-hidden viewBox="0 0 24 24" fill="currentColor" className="h-4 w-4">
            <path d="M12 .5a11.5 11.5 0 0 0-3.6 22.4c.6.1.8-.3.8-.6v-2c-3.2.7-3.9-1.5-3.9-1.5-.5-1.3-1.3-1.7-1.3-1.7-1-.7.1-.7.1-.7 1.2.1 1.8 1.2 1.8 1.2 1 1.8 2.8 1.3 3.5 1 .1-.8.4-1.3.7-1.6-2.6-.3-5.3-1.3-5.3-5.7 0-1.3.5-2.3 1.2-3.1-.1-.3-.5-1.5.1-3.1 0 0 1-.3 3.2 1.2a11 11 0 0 1 5.8 0c2.2-1.5 3.2-1.2 3.2-1.2.6 1.6.2 2.8.1 3.1.8.8 1.2 1.8 1.2 3.1 0 4.4-2.7 5.4-5.3 5.7.4.4.8 1.1.8 2.2v3.3c0 .3.2.7.8.6A11.5 11.5 0 0 0 12 .5Z" />
          </svg>
          {t("continueGithub")}
        </button>
      ) : null}
      <p className="border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
        {t("newHere")}{" "}
        <a href="/serverless/register" className="font-semibold text-brand-700 hover:underline">
          {t("createAccount")}
        </a>
      </p>
    </AuthShell>
  );
}
