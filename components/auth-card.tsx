// The frame of the login/register pages (and the serverless admin gate): a card with an eyebrow, a title
// and an intro, an optional aside, a numbered "how it works" list and the demo accounts. Each store passes
// its accent colour; the forms inside are its own.
import { useTranslations } from "next-intl";
import type { Mode } from "../core/architecture/mode";

export type AuthAccent = Mode;

const ACCENT = {
  monolith: {
    card: "card p-6 sm:p-10",
    eyebrow: "text-mono-600",
    title: "mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl",
    box: "border-mono-500/20 bg-mono-50",
    step: "bg-mono-500",
  },
  serverless: {
    card: "card p-8 sm:p-10",
    eyebrow: "text-sls-600",
    title: "mt-1 text-3xl font-bold tracking-tight text-stone-900",
    box: "border-sls-500/20 bg-sls-50",
    step: "bg-sls-500",
  },
} as const;

export function AuthCard({
  accent,
  eyebrow,
  title,
  intro,
  children,
  aside,
}: {
  accent: AuthAccent;
  eyebrow: string;
  title: string;
  intro: React.ReactNode;
  children: React.ReactNode;
  aside?: React.ReactNode;
}) {
  const a = ACCENT[accent];
  return (
    <div className="mx-auto grid max-w-5xl items-start gap-8 py-4 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] lg:justify-center">
      <section className={a.card} aria-labelledby="auth-heading">
        <p className={`text-xs font-semibold uppercase tracking-wider ${a.eyebrow}`}>{eyebrow}</p>
        <h1 id="auth-heading" className={a.title}>
          {title}
        </h1>
        <div className="mt-2 text-sm leading-relaxed text-stone-600">{intro}</div>
        <div className="mt-6 space-y-5">{children}</div>
      </section>
      {aside ? <aside className="space-y-4 lg:pt-4">{aside}</aside> : null}
    </div>
  );
}

/** A numbered "what happens" list: this is a teaching app, the store explains itself. */
export function HowItWorks({ accent, title, steps }: { accent: AuthAccent; title: string; steps: React.ReactNode[] }) {
  const a = ACCENT[accent];
  return (
    <div className={`rounded-2xl border p-6 ${a.box}`}>
      <h2 className={`text-sm font-semibold uppercase tracking-wider ${a.eyebrow}`}>{title}</h2>
      <ol className="mt-4 space-y-3 text-sm text-stone-700">
        {steps.map((step, i) => (
          <li key={i} className="flex gap-3">
            <span
              aria-hidden
              className={`flex h-6 w-6 flex-none items-center justify-center rounded-full text-xs font-bold text-white ${a.step}`}
            >
              {i + 1}
            </span>
            <span className="leading-relaxed">{step}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function DemoAccounts() {
  const t = useTranslations("auth");
  return (
    <div className="rounded-2xl border border-amber-200 bg-amber-50 p-6 text-sm text-amber-950">
      <h2 className="font-semibold">{t("demoTitle")}</h2>
      <p className="mt-1 text-amber-900">{t("demoIntro")}</p>
      <dl className="mt-3 space-y-2">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <dt className="w-16 text-xs font-semibold uppercase tracking-wide text-amber-800">{t("demoShopper")}</dt>
          <dd>
            <code className="rounded bg-white/70 px-1.5 py-0.5">demo@petstore.test / demo-password</code>
          </dd>
        </div>
      </dl>
      {/* The admin's password is random per installation (data/secrets.json) and only the instructor sees it. */}
      <p className="mt-3 text-amber-900">{t("demoShared")}</p>
    </div>
  );
}
