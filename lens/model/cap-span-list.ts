// One answer of the span API stays small whatever is stored: at most `limit` spans and at most `maxBytes` of
// JSON, keeping the newest (a live view polls with ?since= and pages forward in time).
import type { LensSpan } from "./span";

export const MAX_SPAN_RESPONSE_BYTES = 256 * 1024;

/** `spans` ordered oldest first; returns the newest that fit, still oldest first, and whether any were left out. */
export function capSpanList(
  spans: LensSpan[],
  limit: number,
  maxBytes: number = MAX_SPAN_RESPONSE_BYTES,
): { spans: LensSpan[]; truncated: boolean } {
  const out: LensSpan[] = [];
  let bytes = 64; // the envelope
  for (let i = spans.length - 1; i >= 0 && out.length < limit; i--) {
    const size = Buffer.byteLength(JSON.stringify(spans[i])) + 1;
    if (bytes + size > maxBytes) break;
    bytes += size;
    out.push(spans[i]!);
  }
  return { spans: out.reverse(), truncated: out.length < spans.length };
}
