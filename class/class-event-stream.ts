import "server-only";
// One server-sent-events stream per follower. Each change of the class state is rendered for this follower
// (instructor, student or audience) and written as one `data:` message; a comment every 15 s keeps proxies
// and phones from closing an idle connection. The number of open streams is capped.
import { AppError } from "../core/errors/app-error";
import { classState } from "./class-state";
import { classView } from "./class-view";

const MAX_STREAMS = 800;
const HEARTBEAT_MS = 15_000;
const holder = globalThis as unknown as { __classStreams?: number };

export function classEventStream(who: { instructor: boolean; studentId?: string }, signal: AbortSignal): ReadableStream<Uint8Array> {
  if ((holder.__classStreams ?? 0) >= MAX_STREAMS)
    throw new AppError("rate_limited", "Too many screens are following the class. Try again in a minute.", { retryAfterSeconds: 30 });
  holder.__classStreams = (holder.__classStreams ?? 0) + 1;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      const state = classState();
      const unsubscribe = state.subscribe((snapshot) => send(`data: ${JSON.stringify(classView(snapshot, who))}\n\n`));
      const heartbeat = setInterval(() => send(": still here\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        holder.__classStreams = Math.max(0, (holder.__classStreams ?? 1) - 1);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener("abort", cleanup);
      send(`retry: 1000\ndata: ${JSON.stringify(classView(state.snapshot(), who))}\n\n`);
    },
    cancel() {
      cleanup();
    },
  });
}
