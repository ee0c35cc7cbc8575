// <meta name="traceparent"> with the server's trace for this page (W3C Trace Context), so the browser's
// timing of the page joins the server's spans. Nothing when tracing is off.
export function TraceMeta({ traceparent }: { traceparent: string | null }) {
  return traceparent ? <meta name="traceparent" content={traceparent} /> : null;
}
