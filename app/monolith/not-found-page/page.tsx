// The target of proxy.ts's 404 rewrite for unknown pets and categories (see monolith/catalog/find-missing-catalog-page.ts).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import MonolithNotFound from "../not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("metaTitle"), robots: { index: false } };
}

export default function NotFoundPage() {
  return <MonolithNotFound />;
}
