// The target of proxy.ts's 404 rewrite for unknown pets and categories (see monolith/catalog/find-missing-catalog-page.ts).
import type { Metadata } from "next";
import MonolithNotFound from "../not-found";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

export default function NotFoundPage() {
  return <MonolithNotFound />;
}
