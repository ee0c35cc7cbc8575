import "server-only";
// One server-sent-events stream per follower. The first message is this follower's own view (a student's carries their
// answer); after that the stream is one of the hub's followers (classroom/server/class-room-hub.ts), which writes the
// view rendered once for its audience and language, or a small `event: count` when only counts moved. A comment every
// 15 s keeps proxies and phones from closing an idle connection.
//
// Bounded: at most CLASS_PER_ADDRESS open streams per client address for students of the current run, as many
// again for everyone else who is not the instructor (the audience screen, a phone before it joins), and MAX_STREAMS
// in all. The instructor's streams are not counted per address.
import { AppError } from "../../core/errors/app-error";
import type { Locale } from "../../core/i18n/locale";
import { CLASS_LIMITS } from "../model/class-room";
import { env } from "../../core/config/env";
import { currentRoom, follow } from "./class-room-hub";
import type { ClassAudience } from "../model/screen-types";
import { renderClassView, studentView } from "./class-view";

/** Every student of a full class, and room to spare for the screens around them. */
const MAX_STREAMS = CLASS_LIMITS.maxStudents + 200;
const HEARTBEAT_MS = 15_000;

type Streams = { total: number; byAddress: Map<string, number> };
const holder = globalThis as unknown as { __classStreams?: Streams };
const streams = (): Streams => (holder.__classStreams ??= { total: 0, byAddress: new Map() });

/** Takes a stream slot or refuses with a 429; the returned function gives it back. */
function takeSlot(audience: ClassAudience, address: string): () => void {
  const s = streams();
  if (s.total >= MAX_STREAMS) throw AppError.of("rate_limited", "class.streamsTotal", {}, { retryAfterSeconds: 30 });
  const key = audience === "instructor" ? null : `${audience === "student" ? "s" : "a"}\u0000${address}`;
  if (key) {
    const open = s.byAddress.get(key) ?? 0;
    if (open >= env().CLASS_PER_ADDRESS) throw AppError.of("rate_limited", "class.streamsFromAddress", {}, { retryAfterSeconds: 10 });
    s.byAddress.set(key, open + 1);
  }
  s.total += 1;
  let given = false;
  return () => {
    if (given) return;
    given = true;
    s.total -= 1;
    if (key) {
      const left = (s.byAddress.get(key) ?? 1) - 1;
      if (left > 0) s.byAddress.set(key, left);
      else s.byAddress.delete(key);
    }
  };
}

export async function classEventStream(
  who: { instructor: boolean; studentId?: string; locale: Locale; address: string },
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const room = await currentRoom();
  // A cookie of an earlier run (or a forged one) follows like the audience screen: it sees the class, not as a student.
  const student = !who.instructor && !!who.studentId && room.roster.has(who.studentId);
  const audience: ClassAudience = who.instructor ? "instructor" : student ? "student" : "audience";
  const release = takeSlot(audience, who.address);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const write = (bytes: Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(bytes);
        } catch {
          cleanup();
        }
      };
      const first = student ? studentView(room, who.studentId, who.locale) : renderClassView(room, audience, who.locale);
      write(encoder.encode(`retry: 1000\ndata: ${JSON.stringify(first)}\n\n`));
      const unfollow = follow({ audience, locale: who.locale, write });
      const heartbeat = setInterval(() => write(encoder.encode(": still here\n\n")), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        unfollow();
        clearInterval(heartbeat);
        release();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      if (signal.aborted) cleanup();
      else signal.addEventListener("abort", cleanup);
    },
    cancel() {
      cleanup();
    },
  });
}
