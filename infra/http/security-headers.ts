// The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce per request
// (proxy.ts makes it; Next puts it on its own <script> tags when it finds the policy on the request — so every
// page renders dynamically, see app/layout.tsx). API answers get a policy that allows nothing: they are data,
// never a document. The rest is the same for both (next.config.ts sets it on every path, also those the proxy
// skips).

/** Headers for every response. */
export const COMMON_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here needs a camera, a microphone, the location, payment or USB; and no FLoC-style cohorts.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** For API routes and files: no document context at all, and never framed. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function newNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}

/**
 * The page policy. Scripts: only those carrying this request's nonce, and what they load ('strict-dynamic').
 * Styles: our stylesheet plus inline style attributes (charts and progress bars set widths inline; a style
 * cannot run code). Pictures: ours, data:/blob: previews, and Vercel Blob's public host when that store is used.
 */
export function pageCsp(nonce: string, options: { https: boolean; dev: boolean; blobClientUploads?: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data: https://*.public.blob.vercel-storage.com",
    "font-src 'self'",
    // With Vercel Blob the admin's browser uploads the photo to the Blob API itself (@vercel/blob/client upload()).
    `connect-src 'self'${options.blobClientUploads ? " https://vercel.com/api/blob/" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    // GitHub: next-auth's sign-in form redirects there when GitHub sign-in is switched on.
    "form-action 'self' https://github.com",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS only over https: on plain http (a laptop on the classroom network) it would be ignored at best. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** This request's script nonce, read back from the page policy proxy.ts put on the request (null: none). */
export function nonceOfPageCsp(csp: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp ?? "")?.[1] ?? null;
}
