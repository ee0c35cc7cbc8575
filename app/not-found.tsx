import { PawIcon } from "@/components/paw-icon";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <PawIcon className="mx-auto h-16 w-16 text-brand-700" />
      <h1 className="mt-4 text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-stone-600">That address doesn’t exist in either store.</p>
      <a href="/" className="btn-primary mt-6">
        Go to Pet Store Twin
      </a>
    </main>
  );
}
