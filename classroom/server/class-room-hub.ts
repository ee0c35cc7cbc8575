import "server-only";
// The room as this instance holds it, and the fan-out to every screen following it. One hub per process.
//
// - A change is rendered once per audience (instructor, student, audience screen) and language, encoded once, and
//   the same bytes are written to every follower of that group: 300 phones cost one render, not 300.
// - A move, a reveal, a new run or a roster change sends the whole view. A join or an answer only moves counts:
//   phones and the audience screen get a small `event: count` message, the presenter its view with the live
//   tally. These are gathered: the presenter's for COUNT_MS (its tally is what the room watches), everyone else's
//   for ROOM_COUNT_MS and only when a count moved, so a room joining or answering at once is a few messages per
//   phone, not one per answer (300 phones × 10 flushes a second was a third of the server's time while they joined).
// - Answers are kept as a map (student → choice) for the question on screen: a local answer is added to it, the
//   tally is counted from it. Nothing re-reads the room per answer.
// - While anyone follows, the hub polls the database every POLL_MS (one small read: version, run, student and
//   answer counts), so changes made through another app instance on the same database reach these screens too;
//   a count that differs from the hub's reloads just that part (the roster, or the answers to one question).
import type { Locale } from "../../core/i18n/locale";
import type { ClassSnapshot } from "../model/class-room";
import { classState } from "./db-class-state";
import type { ClassAudience, ClassView } from "../model/screen-types";
import { countOf, currentQuestionKey, renderClassView, type RoomData } from "./class-view";

const POLL_MS = 300;
const COUNT_MS = 100;
const ROOM_COUNT_MS = 500;
/** The hub's copy is used only while the poll keeps it current (someone follows) and it is this recent. */
const FRESH_MS = 1_000;

export type Follower = { audience: ClassAudience; locale: Locale; write: (bytes: Uint8Array) => void };

type Hub = {
  room: RoomData | null;
  syncedAt: number;
  loading: Promise<RoomData> | null;
  groups: Map<string, Set<Follower>>;
  followers: number;
  timer: ReturnType<typeof setInterval> | null;
  polling: boolean;
  countTimer: ReturnType<typeof setTimeout> | null;
  roomCountTimer: ReturnType<typeof setTimeout> | null;
  /** The last `count` message sent to phones and the audience screen (a flush that would repeat it sends nothing). */
  sentCount: string;
};

const holder = globalThis as unknown as { __classHub?: Hub };
const hub = (): Hub =>
  (holder.__classHub ??= {
    room: null,
    syncedAt: 0,
    loading: null,
    groups: new Map(),
    followers: 0,
    timer: null,
    polling: false,
    countTimer: null,
    roomCountTimer: null,
    sentCount: "",
  });
const encoder = new TextEncoder();

/**
 * A map read from the database, plus what this instance added to the hub's copy while the read was on its way
 * (a join or an answer accepted here between the read's start and its end): the read cannot have seen those, and
 * dropping them would make every screen count one fewer until the next poll. Entries that were there before the
 * read and are missing from it were removed elsewhere, and stay removed.
 */
function withAddedDuringRead<V>(read: Map<string, V>, hubCopy: Map<string, V>, keysBefore: ReadonlySet<string>): Map<string, V> {
  for (const [id, value] of hubCopy) if (!keysBefore.has(id) && !read.has(id)) read.set(id, value);
  return read;
}

async function loadRoom(snapshot?: ClassSnapshot): Promise<RoomData> {
  const h = hub();
  const started = Date.now();
  const previous = h.room;
  const rosterBefore = new Set(previous?.roster.keys());
  const answersBefore = new Set(previous?.answers.keys());
  const work = (async () => {
    const state = classState();
    const s = snapshot ?? (await state.snapshot());
    const key = currentQuestionKey(s);
    const [roster, answers] = await Promise.all([state.roster(s.runId), key ? state.answers(s.runId, key) : new Map<string, string>()]);
    const room: RoomData = { snapshot: s, roster: new Map(roster.map((r) => [r.id, r])), questionKey: key, answers };
    const current = h.room;
    if (current && current === previous && current.snapshot.runId === s.runId) {
      withAddedDuringRead(room.roster, current.roster, rosterBefore);
      if (current.questionKey === key) withAddedDuringRead(room.answers, current.answers, answersBefore);
    }
    // A newer load may have finished first (a command and a poll at once): keep the newest version.
    if (!current || room.snapshot.version >= current.snapshot.version || room.snapshot.runId !== current.snapshot.runId) {
      h.room = room;
      h.syncedAt = started;
    }
    return h.room!;
  })();
  h.loading = work;
  try {
    return await work;
  } finally {
    if (h.loading === work) h.loading = null;
  }
}

/** The room, from the hub's copy while the poll keeps it current, else read from the database. */
export async function currentRoom(): Promise<RoomData> {
  const h = hub();
  if (h.room && h.timer && Date.now() - h.syncedAt < FRESH_MS) return h.room;
  return h.loading ?? loadRoom();
}

function groupKey(audience: ClassAudience, locale: Locale): string {
  return `${audience}:${locale}`;
}

function writeAll(group: Set<Follower>, bytes: Uint8Array): void {
  for (const f of group) {
    try {
      f.write(bytes);
    } catch {
      // A follower that went away must not stop the others from hearing about the change.
    }
  }
}

function viewBytes(view: ClassView): Uint8Array {
  return encoder.encode(`data: ${JSON.stringify(view)}\n\n`);
}

function stopCountTimers(h: Hub): void {
  if (h.countTimer) clearTimeout(h.countTimer);
  if (h.roomCountTimer) clearTimeout(h.roomCountTimer);
  h.countTimer = h.roomCountTimer = null;
}

/** Every group gets its whole view (which carries the counts). */
function broadcastViews(room: RoomData): void {
  const h = hub();
  stopCountTimers(h);
  h.sentCount = JSON.stringify(countOf(room));
  for (const group of h.groups.values()) {
    if (group.size === 0) continue;
    const first = group.values().next().value!;
    writeAll(group, viewBytes(renderClassView(room, first.audience, first.locale)));
  }
}

/** The presenter shows the live tally and the roster: its whole view (one or two screens). */
function flushPresenterCounts(): void {
  const h = hub();
  h.countTimer = null;
  const room = h.room;
  if (!room) return;
  for (const group of h.groups.values()) {
    const first = group.values().next().value;
    if (first?.audience === "instructor") writeAll(group, viewBytes(renderClassView(room, "instructor", first.locale)));
  }
}

/** Phones and the audience screen: the counts alone, when they moved. */
function flushRoomCounts(): void {
  const h = hub();
  h.roomCountTimer = null;
  const room = h.room;
  if (!room) return;
  const text = JSON.stringify(countOf(room));
  if (text === h.sentCount) return;
  h.sentCount = text;
  const count = encoder.encode(`event: count\ndata: ${text}\n\n`);
  for (const group of h.groups.values()) {
    const first = group.values().next().value;
    if (first && first.audience !== "instructor") writeAll(group, count);
  }
}

function scheduleCounts(): void {
  const h = hub();
  if (h.followers === 0) return;
  if (!h.countTimer) {
    h.countTimer = setTimeout(flushPresenterCounts, COUNT_MS);
    h.countTimer.unref?.();
  }
  if (!h.roomCountTimer) {
    h.roomCountTimer = setTimeout(flushRoomCounts, ROOM_COUNT_MS);
    h.roomCountTimer.unref?.();
  }
}

async function poll(): Promise<void> {
  const h = hub();
  if (h.polling) return;
  h.polling = true;
  try {
    const known = h.room;
    const probe = await classState().probe(known?.questionKey ?? null);
    if (!known || probe.version !== known.snapshot.version || probe.runId !== known.snapshot.runId) {
      broadcastViews(await loadRoom());
      return;
    }
    const state = classState();
    let moved = false;
    if (probe.students !== known.roster.size) {
      const before = new Set(known.roster.keys());
      const read = new Map((await state.roster(known.snapshot.runId)).map((r) => [r.id, r]));
      known.roster = withAddedDuringRead(read, known.roster, before);
      moved = true;
    }
    if (known.questionKey && probe.answers !== known.answers.size) {
      const before = new Set(known.answers.keys());
      const read = await state.answers(known.snapshot.runId, known.questionKey);
      known.answers = withAddedDuringRead(read, known.answers, before);
      moved = true;
    }
    h.syncedAt = Date.now();
    if (moved) scheduleCounts();
  } finally {
    h.polling = false;
  }
}

/** Starts following the class: the caller gets every change from now on. */
export function follow(follower: Follower): () => void {
  const h = hub();
  const key = groupKey(follower.audience, follower.locale);
  let group = h.groups.get(key);
  if (!group) h.groups.set(key, (group = new Set()));
  group.add(follower);
  h.followers += 1;
  if (!h.timer) {
    h.timer = setInterval(() => void poll().catch(() => undefined), POLL_MS);
    h.timer.unref?.();
  }
  let gone = false;
  return () => {
    if (gone) return;
    gone = true;
    group.delete(follower);
    if (group.size === 0) h.groups.delete(key);
    h.followers -= 1;
    if (h.followers === 0 && h.timer) {
      clearInterval(h.timer);
      h.timer = null;
    }
  };
}

/**
 * The room read from the database now, whatever the hub holds: a command records the step's final tally from it,
 * and that must include an answer that reached another instance a moment ago.
 */
export async function freshRoom(): Promise<RoomData> {
  return loadRoom();
}

/** After a move, a reveal, a new run or a roster change made here: read the room and send every screen its view. */
export async function roomChanged(snapshot?: ClassSnapshot): Promise<RoomData> {
  const room = await loadRoom(snapshot);
  if (hub().followers > 0) broadcastViews(room);
  return room;
}

/** After a join made here. */
export function studentJoined(runId: number, id: string, entry: { name?: string; address: string }): void {
  const room = hub().room;
  if (room?.snapshot.runId === runId) room.roster.set(id, { id, ...entry });
  scheduleCounts();
}

/** After an answer accepted here. */
export function answerAccepted(runId: number, questionKey: string, studentId: string, choiceId: string): void {
  const room = hub().room;
  if (room?.snapshot.runId === runId && room.questionKey === questionKey) room.answers.set(studentId, choiceId);
  scheduleCounts();
}

/** How many screens follow through this instance (for tests and the bench's report). */
export function followerCount(): number {
  return hub().followers;
}
