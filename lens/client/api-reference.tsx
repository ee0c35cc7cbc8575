"use client";
// The API reference: Swagger UI renders /api/openapi.json into this page. Its script and stylesheet come from this
// server (no CDN; the stylesheet names fonts but loads none), its spec validator badge is off (it would call
// validator.swagger.io), and "Try it" sends requests to this server. "Use my token" asks the token service for the
// visitor's own short-lived token (a signed-in visitor's carries orders:read and purchase) and authorizes with it.
import Script from "next/script";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import "./api-reference.css";

type SwaggerUi = { preauthorizeApiKey: (scheme: string, value: string) => void };
type SwaggerUiBundle = (options: Record<string, unknown>) => SwaggerUi;

const VIEWER = "/architecture/api/viewer";

/**
 * Two things Swagger UI's markup leaves out that no stylesheet can add (api-reference.css fixes its colours): a
 * name for the Servers list (its <label> wraps the <select> with no text), and a keyboard stop on its code blocks
 * (the curl command and the response body scroll sideways, so a keyboard user must be able to focus them).
 * Swagger UI re-renders as operations open, so this runs on every change inside its container.
 */
function completeSwaggerUiMarkup(root: HTMLElement) {
  for (const select of root.querySelectorAll<HTMLSelectElement>("select#servers:not([aria-label])"))
    select.setAttribute("aria-label", "Servers");
  for (const pre of root.querySelectorAll<HTMLElement>("pre.microlight:not([tabindex])")) pre.tabIndex = 0;
}

export function ApiReference() {
  const t = useTranslations("lens.api");
  const ui = useRef<SwaggerUi | null>(null);
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const observer = new MutationObserver(() => completeSwaggerUiMarkup(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  const start = () => {
    const bundle = (window as unknown as { SwaggerUIBundle?: SwaggerUiBundle }).SwaggerUIBundle;
    if (!bundle || ui.current) return;
    ui.current = bundle({
      url: "/api/openapi.json",
      dom_id: "#api-reference",
      validatorUrl: null,
      deepLinking: false,
      tryItOutEnabled: true,
      defaultModelsExpandDepth: 0,
      displayRequestDuration: true,
      persistAuthorization: false,
    });
    setReady(true);
  };

  const authorizeWithMyToken = async () => {
    try {
      const res = await fetch("/api/baas/token", { cache: "no-store" });
      if (!res.ok) throw new Error(String(res.status));
      const { token, scopes } = (await res.json()) as { token: string; scopes: string[] };
      ui.current?.preauthorizeApiKey("bearerToken", token);
      setStatus({ ok: true, text: t("tokenSet", { scopes: scopes.join(", ") }) });
    } catch {
      setStatus({ ok: false, text: t("tokenFailed") });
    }
  };

  return (
    <div>
      {/* React hoists the stylesheet into <head>; `precedence` lets it be deduplicated and ordered. */}
      <link rel="stylesheet" href={`${VIEWER}/swagger-ui.css`} precedence="default" />
      <Script src={`${VIEWER}/swagger-ui-bundle.js`} strategy="afterInteractive" onReady={start} />
      <div className="card flex flex-wrap items-center gap-3 p-4">
        <button type="button" className="btn-primary" onClick={() => void authorizeWithMyToken()} disabled={!ready}>
          {t("useToken")}
        </button>
        <p className="max-w-2xl text-sm text-stone-700">{t("tokenHelp")}</p>
        <p role="status" className={`w-full text-sm ${status?.ok === false ? "text-red-700" : "text-emerald-800"}`}>
          {status?.text ?? ""}
        </p>
      </div>
      {ready ? null : <p className="mt-4 text-sm text-stone-600">{t("loading")}</p>}
      <noscript>
        <p className="mt-4 text-sm text-stone-700">{t("noScript")}</p>
      </noscript>
      {/* Swagger UI's own words are English (its interface has no other language). */}
      <div ref={container} id="api-reference" lang="en" className="api-reference mt-4 rounded-2xl bg-white" />
    </div>
  );
}
