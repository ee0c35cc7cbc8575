// Placeholder until the serverless store lands (issue: "The serverless pet store").
import { ArchitectureSwitch } from "@/components/architecture-switch";

export default function ServerlessComing() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-20 text-center">
      <div className="flex justify-center"><ArchitectureSwitch current="serverless" hrefs={{ monolith: "/monolith", serverless: "/serverless" }} /></div>
      <p aria-hidden className="mt-10 text-6xl">🛠️</p>
      <h1 className="mt-4 text-3xl font-bold">The serverless store is coming</h1>
      <p className="mt-3 text-stone-600">
        It will be the same store split Fowler’s way: a browser app, third-party auth, a data API with short-lived tokens, and search and purchase
        functions. Until then, the monolith has everything.
      </p>
      <a href="/monolith" className="btn-primary mt-8">Go to the monolith store</a>
    </main>
  );
}
