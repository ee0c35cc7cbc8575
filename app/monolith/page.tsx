// Monolith home: the server reads categories + featured pets while rendering (from the database, or its
// in-process catalog cache: monolith/catalog/catalog-cache.ts).
import { cachedCategories, cachedFeaturedPets } from "@/monolith/catalog/cached-catalog";
import { PetGrid } from "@/components/pet-grid";
import { CategoryList } from "@/components/category-list";
import { Alert } from "@/components/alert";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MonolithHome({ searchParams }: Props) {
  const [categories, featured, sp] = await Promise.all([cachedCategories(), cachedFeaturedPets(8), searchParams]);
  // Form handlers that end on the home page (e.g. log out) say what happened through ?notice=.
  const notice = typeof sp.notice === "string" ? sp.notice.slice(0, 200) : undefined;
  return (
    <div className="space-y-12">
      {notice ? <Alert kind="notice">{notice}</Alert> : null}
      <section className="overflow-hidden rounded-3xl bg-gradient-to-br from-brand-100 via-amber-50 to-mono-50 px-8 py-12">
        <p className="text-sm font-semibold uppercase tracking-wider text-mono-600">Monolith · server-rendered</p>
        <h1 className="mt-2 max-w-2xl text-4xl font-bold tracking-tight text-stone-900">Find a friend for life.</h1>
        <p className="mt-3 max-w-2xl text-stone-700">
          Every page you see here was rendered by one server that also checked your session, queried the database and ran the search. Flip
          the Architecture switch to see the same store split the serverless way.
        </p>
      </section>
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="mb-4 text-2xl font-bold">
          Shop by category
        </h2>
        <CategoryList categories={categories} hrefFor={(slug) => `/monolith/category/${slug}`} />
      </section>
      <section aria-labelledby="featured-heading">
        <h2 id="featured-heading" className="mb-4 text-2xl font-bold">
          Featured pets
        </h2>
        <PetGrid pets={featured} hrefFor={(id) => `/monolith/pets/${id}`} empty="No featured pets yet — run npm run seed." />
      </section>
    </div>
  );
}
