// W3C Trace Context (https://www.w3.org/TR/trace-context/): a request that arrives with a valid `traceparent`
// keeps its trace id, so one trace follows a click from the browser through gateway and function.

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The 32-hex trace id of a valid traceparent header, else null (all-zero ids and version ff are invalid). */
export function traceIdFromTraceparent(header: string | null | undefined): string | null {
  const m = TRACEPARENT.exec((header ?? "").trim().toLowerCase());
  if (!m) return null;
  const [, version, traceId, parentId] = m;
  if (version === "ff" || /^0+$/.test(traceId!) || /^0+$/.test(parentId!)) return null;
  return traceId!;
}

/** A new random trace id (16 random bytes as 32 lowercase hex characters). */
export function newTraceId(randomBytes: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  const hex = Array.from(randomBytes(16), (b) => b.toString(16).padStart(2, "0")).join("");
  return /^0+$/.test(hex) ? newTraceId(randomBytes) : hex;
}
