// Shared pieces of the monolith's login and register pages (server components, no JavaScript needed).
import { Alert } from "@/components/alert";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function firstParam(params: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const value = params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length <= 500 ? first : undefined;
}

export function AuthShell({ eyebrow, title, intro, children, aside }: { eyebrow: string; title: string; intro: React.ReactNode; children: React.ReactNode; aside?: React.ReactNode }) {
  return (
    <div className="mx-auto grid max-w-5xl items-start gap-8 py-4 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)] lg:justify-center">
      <section className="card p-6 sm:p-10" aria-labelledby="auth-heading">
        <p className="text-xs font-semibold uppercase tracking-wider text-mono-600">{eyebrow}</p>
        <h1 id="auth-heading" className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
        <p className="mt-2 text-sm leading-relaxed text-stone-600">{intro}</p>
        <div className="mt-6 space-y-5">{children}</div>
      </section>
      {aside ? <aside className="space-y-4 lg:pt-4">{aside}</aside> : null}
    </div>
  );
}

export function FormMessages({ error, notice }: { error?: string; notice?: string }) {
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
    </>
  );
}

/** A numbered "what the server does" list: this is a teaching app, the monolith explains itself. */
export function HowItWorks({ title, steps }: { title: string; steps: React.ReactNode[] }) {
  return (
    <div className="rounded-2xl border border-mono-500/20 bg-mono-50 p-6">
      <h2 className="text-sm font-semibold uppercase tracking-wider text-mono-600">{title}</h2>
      <ol className="mt-4 space-y-3 text-sm text-stone-700">
        {steps.map((step, i) => (
          <li key={i} className="flex gap-3">
            <span aria-hidden className="flex h-6 w-6 flex-none items-center justify-center rounded-full bg-mono-500 text-xs font-bold text-white">{i + 1}</span>
            <span className="leading-relaxed">{step}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
