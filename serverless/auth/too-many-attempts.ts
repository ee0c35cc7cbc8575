import "server-only";
// next-auth answers every refused credentials sign-in with 401 and the reason in the `error` query parameter of
// the URL it returns. A throttled one (authorize() threw "Too many attempts; try again in N seconds.") is not a
// wrong password: it becomes 429 with Retry-After, as the data API and the monolith say it, so a script can back
// off. The body stays next-auth's, so its client (signIn with redirect: false) still reads the sentence.
const TOO_MANY = /^Too many attempts; try again in (\d+) (second|seconds|minutes)\.$/;

export async function throttledSignInAs429(response: Response): Promise<Response> {
  if (response.status !== 401 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.clone().text();
  let error: string | null = null;
  try {
    const { url } = JSON.parse(text) as { url?: unknown };
    error = typeof url === "string" ? new URL(url, "http://x").searchParams.get("error") : null;
  } catch {
    return response;
  }
  const match = error ? TOO_MANY.exec(error) : null;
  if (!match) return response;
  const seconds = Number(match[1]) * (match[2] === "minutes" ? 60 : 1);
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(seconds));
  headers.set("Cache-Control", "no-store");
  return new Response(text, { status: 429, headers });
}
