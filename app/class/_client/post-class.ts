"use client";
// Same-site JSON POSTs to the classroom API; an error comes back as the message the server wrote for a person.
export async function postClass<T>(path: string, body: unknown): Promise<{ ok: true; data: T } | { ok: false; message: string }> {
  try {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    const data = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, message: data?.error?.message ?? `The server answered ${res.status}.` };
    return { ok: true, data: data as T };
  } catch {
    return { ok: false, message: "Could not reach the server. Is it still running?" };
  }
}
