// A dynamic page that reads a cookie and renders 24 pet cards, with no database: what the monolith's pages
// are measured against in `npm run bench`.
import { cookies } from "next/headers";

const PETS = Array.from({ length: 24 }, (_, i) => ({
  id: i + 1,
  name: `Pet ${i + 1}`,
  breed: ["Golden Retriever", "Siamese", "Budgie", "Goldfish"][i % 4]!,
  priceCents: 10_000 + i * 1_250,
}));

export default async function Page() {
  const visitor = (await cookies()).get("visitor")?.value ?? "guest";
  return (
    <main>
      <h1>Hello, {visitor}</h1>
      <ul>
        {PETS.map((p) => (
          <li key={p.id}>
            <a href={`/pets/${p.id}`}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a bare page: no next/image on purpose */}
              <img src={`/pets/${p.id}.webp`} alt="" width={160} height={120} />
              <strong>{p.name}</strong> <span>{p.breed}</span> <span>${(p.priceCents / 100).toFixed(2)}</span>
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
