// /architecture/compare — one action, both architectures, two traces side by side with the differences named.
import type { Metadata } from "next";
import { CompareClient } from "@/lens/client/compare/compare-client";

export const metadata: Metadata = { title: "Compare the architectures" };

export default function ComparePage() {
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <a href="/" className="hover:text-brand-700">
          Pet Store Twin
        </a>{" "}
        /{" "}
        <a href="/architecture" className="hover:text-brand-700">
          Architecture lens
        </a>{" "}
        / Compare
      </nav>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">Compare one action</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        The same click, done the monolith way (the server renders a page or takes a form post) and the serverless way (the browser calls
        auth, the data API and functions itself). Each run is one trace per architecture.
      </p>
      <div className="mt-8">
        <CompareClient />
      </div>
    </main>
  );
}
