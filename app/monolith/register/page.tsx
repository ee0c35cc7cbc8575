// ARCH: the monolith creates accounts itself — its own users table and password hash (Argon2id). A plain
// HTML form, validated on the server, that works with JavaScript off.
import { CsrfField } from "@/components/csrf-field";
import { CredentialField, LabelledInput } from "@/components/credential-fields";
import { MIN_PASSWORD_LENGTH } from "@/core/users/credential-schemas";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AuthShell, FormMessages, HowItWorks, firstParam, type SearchParams } from "../_auth/auth-page-parts";

export const dynamic = "force-dynamic";

export const metadata = { title: "Create an account · Monolith · Pet Store Twin" };

export default async function RegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = firstParam(params, "next") ?? "";
  const error = firstParam(params, "error");
  const name = firstParam(params, "name") ?? "";
  const email = firstParam(params, "email") ?? "";
  const session = await getSessionContext();
  const loginParams = new URLSearchParams();
  if (next) loginParams.set("next", next);
  if (email) loginParams.set("email", email);
  const loginHref = `/monolith/login${loginParams.size ? `?${loginParams}` : ""}`;

  return (
    <AuthShell
      eyebrow="Monolith · server session"
      title="Create an account"
      intro="It takes a few seconds. Your cart comes with you, and you can check out and track your orders."
      aside={
        <HowItWorks
          title="What the server does"
          steps={[
            <>Validates your name, email and password with the same rules the serverless twin uses.</>,
            <>
              Stores only an <strong>Argon2id</strong> hash of your password, never the password itself.
            </>,
            <>Logs you in with a brand-new session id and keeps the cart you filled as a guest.</>,
          ]}
        />
      }
    >
      {session.user ? (
        <p role="status" className="rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm text-stone-700">
          You are logged in as {session.user.name}. Creating another account will switch you to it.
        </p>
      ) : null}
      <FormMessages error={error} />
      {error === "An account with that email already exists. Log in instead?" ? (
        <p className="-mt-2 text-sm">
          <a href={loginHref} className="font-semibold text-brand-700 hover:underline">
            Go to the login page →
          </a>
        </p>
      ) : null}
      {/* noValidate: the server validates and answers with a message — the same with JavaScript on or off. */}
      <form action="/api/monolith/register" method="post" noValidate className="space-y-5">
        <CsrfField token={session.csrfToken} />
        <input type="hidden" name="next" value={next} />
        <LabelledInput
          id="register-name"
          label="Name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={80}
          defaultValue={name}
          placeholder="Alex Doe"
        />
        <CredentialField kind="email" purpose="register" defaultValue={email} />
        <CredentialField kind="password" purpose="register" hint={<>At least {MIN_PASSWORD_LENGTH} characters.</>} />
        <button type="submit" className="btn-primary w-full py-2.5">
          Create account
        </button>
      </form>
      <p className="border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
        Already have an account?{" "}
        <a href={loginHref} className="font-semibold text-brand-700 hover:underline">
          Go to the login page
        </a>
      </p>
    </AuthShell>
  );
}
