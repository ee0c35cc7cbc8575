// The front door: what the two builds are, side by side, and a way into each.
import { MonolithDiagram, ServerlessDiagram } from "@/components/architecture-diagram";

const rows: [string, string, string][] = [
  ["Log in", "The server checks your password and keeps a session row", "A third-party auth service issues a signed token"],
  ["Pages & cart", "Rendered on the server; cart kept in the database", "A single-page app in your browser; cart in localStorage"],
  ["Catalog reads", "The server queries the database while rendering", "Your browser calls a data API with a short-lived, read-only token"],
  ["Search", "Runs inside the web server", "A search function behind a gateway, with cold starts"],
  ["Purchase", "Runs inside the web server", "A purchase function: prices recomputed, stock checked atomically"],
  ["New photos", "A long-running consumer loops over a jobs table", "Upload events start a chain of small functions"],
];

export default function Landing() {
  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <header className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">A teaching app for cloud architecture</p>
        <h1 className="mt-2 text-5xl font-bold tracking-tight">
          One pet store, <span className="text-brand-700">built twice.</span>
        </h1>
        <p className="mt-4 text-lg text-stone-700">
          The same store runs as an all-server <strong>monolith</strong> and split the <strong>serverless</strong> way, on one database.
          Browse, search and buy in either; the Architecture switch in the header takes you to the same page in the other build.
        </p>
        <p className="mt-4">
          <a href="/architecture" className="font-semibold text-brand-700 underline-offset-4 hover:underline">
            Open the architecture lens →
          </a>
          <span className="text-stone-600">
            {" "}
            see which components did the work for every click, cold starts, and what each build would cost.
          </span>
        </p>
      </header>

      <div className="mt-10 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="mono-heading" className="card flex flex-col p-6">
          <h2 id="mono-heading" className="flex items-center gap-2 text-2xl font-bold">
            <span aria-hidden className="h-3 w-3 rounded-full bg-mono-500" /> Monolith
          </h2>
          <p className="mt-1 text-stone-600">
            One server does authentication, page navigation, search and transactions. Works with JavaScript turned off.
          </p>
          <div className="my-6">
            <MonolithDiagram />
          </div>
          <a href="/monolith" className="btn mt-auto bg-mono-600 text-white hover:bg-mono-500">
            Enter the monolith store
          </a>
        </section>
        <section aria-labelledby="sls-heading" className="card flex flex-col p-6">
          <h2 id="sls-heading" className="flex items-center gap-2 text-2xl font-bold">
            <span aria-hidden className="h-3 w-3 rounded-full bg-sls-500" /> Serverless
          </h2>
          <p className="mt-1 text-stone-600">
            A browser app over a BaaS auth service, a data API and small functions that start cold and scale out.
          </p>
          <div className="my-6">
            <ServerlessDiagram />
          </div>
          <a href="/serverless" className="btn mt-auto bg-sls-600 text-white hover:bg-sls-500">
            Enter the serverless store
          </a>
        </section>
      </div>

      <section aria-labelledby="diff-heading" className="mt-12">
        <h2 id="diff-heading" className="text-2xl font-bold">
          What differs — and only this
        </h2>
        <p className="mt-1 text-stone-600">
          Business rules (prices, stock, search ranking, thumbnail sizes) exist once and are shared; only where code runs changes.
        </p>
        <div className="card mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-stone-200 bg-stone-50 text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-3">
                  Capability
                </th>
                <th scope="col" className="px-4 py-3">
                  Monolith
                </th>
                <th scope="col" className="px-4 py-3">
                  Serverless
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([cap, mono, sls]) => (
                <tr key={cap} className="border-b border-stone-100 last:border-0">
                  <th scope="row" className="px-4 py-3 font-semibold">
                    {cap}
                  </th>
                  <td className="px-4 py-3 text-stone-700">{mono}</td>
                  <td className="px-4 py-3 text-stone-700">{sls}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}
