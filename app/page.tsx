export default function Landing() {
  return (
    <main className="mx-auto max-w-4xl px-4 py-16">
      <h1 className="text-4xl font-bold">Pet Store Twin</h1>
      <p className="mt-4"><a className="btn-primary" href="/monolith">Enter the monolith</a></p>
    </main>
  );
}
