// ARCH: the monolith's own login — a plain HTML form posted to the server, which checks the password hash
// and sets a server-session cookie. Works with JavaScript off. (The serverless twin delegates to a BaaS.)
import { DemoAccounts, alreadyLoggedIn } from "@/components/auth-card";
import { CsrfField } from "@/components/csrf-field";
import { CredentialField } from "@/components/credential-fields";
import { env } from "@/core/config/env";
import { getSessionContext } from "@/monolith/session/get-session-context";
import { AuthShell, FormMessages, HowItWorks, firstParam, type SearchParams } from "../_auth/auth-page-parts";

export const dynamic = "force-dynamic";

export const metadata = { title: "Log in · Monolith · Pet Store Twin" };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = firstParam(params, "next") ?? "";
  const error = firstParam(params, "error");
  const notice = firstParam(params, "notice");
  const email = firstParam(params, "email") ?? "";
  const session = await getSessionContext();
  const registerHref = next ? `/monolith/register?next=${encodeURIComponent(next)}` : "/monolith/register";

  if (session.user) {
    return (
      <AuthShell eyebrow="Monolith · server session" {...alreadyLoggedIn(session.user)}>
        <FormMessages error={error} notice={notice} />
        <div className="flex flex-wrap items-center gap-3">
          <a href="/monolith" className="btn-primary">
            Continue shopping
          </a>
          <form action="/api/monolith/logout" method="post">
            <CsrfField token={session.csrfToken} />
            <button type="submit" className="btn-secondary">
              Log out
            </button>
          </form>
        </div>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      eyebrow="Monolith · server session"
      title="Log in"
      intro="Welcome back! Log in to check out, see your orders and keep your cart on any device."
      aside={
        <>
          {env().embedded ? <DemoAccounts /> : null}
          <HowItWorks
            title="What the server does"
            steps={[
              <>Checks the form&apos;s CSRF token, then how many recent failed attempts this email has.</>,
              <>
                Compares your password with the stored <strong>Argon2id</strong> hash (the same work for an unknown email).
              </>,
              <>
                Creates a <strong>new</strong> session id, stores only its hash, and sets it as an httpOnly cookie.
              </>,
              <>Moves anything in your anonymous cart and &ldquo;recently viewed&rdquo; into your account.</>,
            ]}
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
          Log in
        </button>
      </form>
      <p className="border-t border-stone-200 pt-5 text-center text-sm text-stone-600">
        New here?{" "}
        <a href={registerHref} className="font-semibold text-brand-700 hover:underline">
          Create an account
        </a>
      </p>
    </AuthShell>
  );
}
