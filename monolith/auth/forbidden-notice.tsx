// What a signed-in customer sees on an admin-only monolith page.
export function ForbiddenNotice({ name }: { name: string }) {
  return (
    <div className="mx-auto max-w-lg py-12">
      <div className="card p-8 text-center">
        <p aria-hidden className="text-4xl">
          🔒
        </p>
        <h1 className="mt-3 text-2xl font-bold tracking-tight">Admins only</h1>
        <p role="alert" className="mt-3 text-stone-600">
          You are logged in as {name}, but this page is for store administrators (403 Forbidden).
        </p>
        <p className="mt-2 text-sm text-stone-500">
          Teaching tip: log out and log in as <code className="rounded bg-stone-100 px-1">admin@petstore.test</code> to try it.
        </p>
        <a href="/monolith" className="btn-secondary mt-6">
          Back to the store
        </a>
      </div>
    </div>
  );
}
