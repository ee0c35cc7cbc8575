// The "no such page" card both stores show for an unknown pet, category or path.
export function NotFoundCard({ storeHref }: { storeHref: string }) {
  return (
    <div className="card mx-auto max-w-lg p-10 text-center">
      <p aria-hidden className="text-6xl">🐾</p>
      <h1 className="mt-4 text-2xl font-bold">We couldn’t find that page</h1>
      <p className="mt-2 text-stone-600">The pet or category may have been removed, or the link is mistyped.</p>
      <a href={storeHref} className="btn-primary mt-6">Back to the store</a>
    </div>
  );
}
