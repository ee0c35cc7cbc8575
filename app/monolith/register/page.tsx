// ARCH: the monolith creates accounts itself — its own users table and password hash (Argon2id). A plain
// HTML form, validated on the server, that works with JavaScript off.
import { getLocale, getTranslations } from "next-intl/server";
import { CsrfField } from "@/components/csrf-field";
import { CredentialField, LabelledInput } from "@/components/credential-fields";
import { renderError } from "@/core/errors/error-text";
import { DEFAULT_LOCALE, isLocale } from "@/core/i18n/locale";
import { MIN_PASSWORD_LENGTH } from "@/core/users/credential-schemas";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AuthShell, FormMessages, HowItWorks, firstParam, type SearchParams } from "../_auth/auth-page-parts";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations();
  return { title: t("register.metaTitle", { mode: t("header.monolith"), site: t("meta.title") }) };
}

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = firstParam(params, "next") ?? "";
  const error = flashMessage(params, "error");
  const name = firstParam(params, "name") ?? "";
  const email = firstParam(params, "email") ?? "";
  const [session, t, tAuth, locale] = await Promise.all([
    getSessionContext(),
    getTranslations("register"),
    getTranslations("auth"),
    getLocale(),
  ]);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  // The form handler puts the error into the visitor's language, so compare with that wording.
  const accountExists = renderError({ id: "auth.accountExists" }, isLocale(locale) ? locale : DEFAULT_LOCALE);
  const loginParams = new URLSearchParams();
  if (next) loginParams.set("next", next);
  if (email) loginParams.set("email", email);
  const loginHref = `/monolith/login${loginParams.size ? `?${loginParams}` : ""}`;

  return (
    <AuthShell
      eyebrow={tAuth("monolithEyebrow")}
      title={t("title")}
      intro={t("monolithIntro")}
      aside={<HowItWorks title={t("howTitle")} steps={[t("step1"), t.rich("step2", { strong }), t("step3")]} />}
    >
      {session.user ? (
        <p role="status" className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm text-stone-700">
          {t("loggedInAs", { name: session.user.name })}
        </p>
      ) : null}
      <FormMessages error={error} />
      {error === accountExists ? (
        <p className="-mt-2 text-sm">
          <a href={loginHref} className="font-semibold text-brand-700 hover:underline">
            {t("goToLoginArrow")}
          </a>
        </p>
      ) : null}
      {/* noValidate: the server validates and answers with a message — the same with JavaScript on or off. */}
      <form action="/api/monolith/register" method="post" noValidate className="space-y-5">
        <CsrfField token={session.csrfToken} />
        <input type="hidden" name="next" value={next} />
        <LabelledInput
          id="register-name"
          label={t("name")}
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={name}
          placeholder={t("namePlaceholder")}
        />
        <CredentialField kind="email" purpose="register" defaultValue={email} />
        <CredentialField kind="password" purpose="register" hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })} />
        <button type="submit" className="btn-primary w-full py-2.5">
          {t("submit")}
        </button>
      </form>
      <p className="border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
        {t("haveAccount")}{" "}
        <a href={loginHref} className="font-semibold text-brand-700 hover:underline">
          {t("goToLogin")}
        </a>
      </p>
    </AuthShell>
  );
}
