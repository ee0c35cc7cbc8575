import "server-only";
// The serverless shell's first script: it starts the catalog reads the visitor's first view needs, with an
// anonymous catalog token the shell carries, before the app's JavaScript has even downloaded. The app takes
// those answers when its view asks for the same address (serverless/client/early-reads.ts); anything it does
// not take, it reads itself. Signed-in calls (orders, purchase) still fetch a user token from the token service.
// ARCH: the monolith's page arrives with its data rendered in; the serverless store's HTML carries no catalog
// data (a test checks it), only a token that can read the public catalog for five minutes — the same token
// GET /api/baas/token gives anyone — so the browser's own data-API calls start with the page, in parallel.
import { headers } from "next/headers";
import { ANONYMOUS_SCOPES } from "../../core/access/token-scopes";
import { catalogReadsFor } from "../../core/contract/catalog-read-urls";
import { nonceOfPageCsp } from "../../infra/http/security-headers";
import { mintBaasToken } from "../token/mint-baas-token";
import { EARLY_READS_GLOBAL } from "../client/early-reads";

// Plain ES2017 so it runs before any bundle; one trace id for the page's first action, a span id per read
// (the `traceparent` the app's own fetches send), and when each answer arrived (the lens's span must not
// include the time the answer waited for the app).
const SCRIPT = `(function(d,g){var h=function(n){return Array.prototype.map.call(crypto.getRandomValues(new Uint8Array(n)),function(b){return(b<16?"0":"")+b.toString(16)}).join("")};var t=h(16),r={};d.urls.forEach(function(u){var s=h(8),e={traceId:t,spanId:s,startMs:Date.now(),perfStart:performance.now()};e.response=fetch(u,{headers:{Authorization:"Bearer "+d.token.token,Accept:"application/json",traceparent:"00-"+t+"-"+s+"-01"},credentials:"same-origin",cache:"no-store"});e.response.then(function(){e.answeredMs=Date.now()},function(){});r[u]=e});window[g]={token:d.token,reads:r}})`;

/** JSON inside a <script>: no "</script>" or "<!--" can close or bend it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export async function EarlyReadsScript({ segments, params }: { segments: readonly string[]; params: URLSearchParams }) {
  const urls = catalogReadsFor(segments, params);
  const nonce = nonceOfPageCsp((await headers()).get("content-security-policy"));
  if (!nonce) return null;
  const token = await mintBaasToken({ scopes: ANONYMOUS_SCOPES });
  return (
    <script
      nonce={nonce}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: `${SCRIPT}(${scriptJson({ token, urls })},${scriptJson(EARLY_READS_GLOBAL)})` }}
    />
  );
}
