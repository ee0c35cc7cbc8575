import type { Mode } from "../core/architecture/switch-path";

export function SiteFooter({ mode }: { mode: Mode }) {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-stone-500">
        <p>
          You are browsing the <strong className="text-stone-700">{mode === "monolith" ? "monolith" : "serverless"}</strong> build of Pet
          Store Twin —
          {mode === "monolith"
            ? " one server renders every page, keeps your session and runs search and checkout."
            : " a browser app talking to a data API and small functions."}
        </p>
        <nav aria-label="About the architectures" className="flex gap-4">
          <a href="/architecture" className="font-medium text-stone-700 hover:text-brand-700">
            Architecture lens
          </a>
          <a href="/" className="font-medium text-stone-700 hover:text-brand-700">
            How the two differ →
          </a>
        </nav>
      </div>
    </footer>
  );
}
