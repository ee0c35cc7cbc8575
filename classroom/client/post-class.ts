"use client";
// Same-site JSON POSTs to the classroom API; an error comes back as the message the server wrote for a person
// (in the request's language: the browser sends the language cookie) and its stable code. `words` are this
// side's own sentences, for when the server gave none.
export type PostClassWords = { status: (status: number) => string; unreachable: string };

export async function postClass<T>(
  path: string,
  body: unknown,
  words: PostClassWords,
): Promise<{ ok: true; data: T } | { ok: false; message: string; code?: string }> {
  try {
    const res = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    const data = await res.json().catch(() => null);
    if (!res.ok) return { ok: false, message: data?.error?.message ?? words.status(res.status), code: data?.error?.code };
    return { ok: true, data: data as T };
  } catch {
    return { ok: false, message: words.unreachable };
  }
}
