import "server-only";
// One server-sent-events stream per follower. Each change of the class state — made through this instance or any
// other on the same database (the state polls it, infra/classroom/db-class-state.ts) — is rendered for this follower
// (instructor, student or audience) and written as one `data:` message; a comment every 15 s keeps proxies
// and phones from closing an idle connection. The number of open streams is capped.
import { AppError } from "../core/errors/app-error";
import type { Locale } from "../core/i18n/locale";
import type { ClassSnapshot } from "../core/lessons/class-room";
import { classState } from "./class-state";
import { classView } from "./class-view";

const MAX_STREAMS = 800;
const HEARTBEAT_MS = 15_000;
const holder = globalThis as unknown as { __classStreams?: number };

export function classEventStream(
  who: { instructor: boolean; studentId?: string; locale?: Locale },
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
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
      // Views are rendered one after another, so they leave in the order of the changes; a view whose render
      // failed (the database busy for a moment) is skipped, and the next change sends a newer one.
      const answers = new Map<string, string>();
      let queue: Promise<void> = Promise.resolve();
      const sendView = (snapshot: ClassSnapshot | Promise<ClassSnapshot>, prefix = "") => {
        queue = queue
          .then(async () => send(`${prefix}data: ${JSON.stringify(await classView(await snapshot, who, answers))}\n\n`))
          .catch(() => undefined);
      };
      sendView(state.snapshot(), "retry: 1000\n");
      const unsubscribe = state.subscribe((snapshot) => sendView(snapshot));
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
    },
    cancel() {
      cleanup();
    },
  });
}
