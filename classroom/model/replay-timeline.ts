// The replay's clock, pure and without zod (the player runs it in the browser): playback time skips the idle gaps
// of a run, and lookups find what was on screen at a moment.
import type { ReplayStep } from "./run-recording";

/** A quiet stretch longer than this plays as this long in the replay ("idle gaps skipped"). */
export const IDLE_GAP_MS = 3_000;

/**
 * Playback time: every quiet stretch longer than idleGapMs plays as idleGapMs, so a replay does not sit through
 * the minutes a class spent talking. `toPlay` maps a run time to playback time; `toRun` maps back.
 */
export type Timeline = { marks: number[]; length: number; toPlay: (t: number) => number; toRun: (p: number) => number };

export function timelineOf(times: readonly number[], gap: number = IDLE_GAP_MS): Timeline {
  const marks = [...new Set([0, ...times])].sort((a, b) => a - b);
  const play: number[] = [0];
  for (let i = 1; i < marks.length; i++) play.push(play[i - 1]! + Math.min(marks[i]! - marks[i - 1]!, gap));
  const toPlay = (t: number) => {
    let i = 0;
    while (i + 1 < marks.length && marks[i + 1]! <= t) i++;
    return play[i]! + Math.min(Math.max(0, t - marks[i]!), gap);
  };
  const toRun = (p: number) => {
    let i = 0;
    while (i + 1 < play.length && play[i + 1]! <= p) i++;
    return marks[i]! + Math.max(0, p - play[i]!);
  };
  return { marks, length: play.at(-1)!, toPlay, toRun };
}

/** The last entry at or before `t` (entries in time order). */
export function lastAt<T extends { t: number }>(entries: readonly T[], t: number): T | undefined {
  let found: T | undefined;
  for (const e of entries) {
    if (e.t > t) break;
    found = e;
  }
  return found;
}

/** The step visit on screen at run time `t`. */
export function visitAt(steps: readonly Pick<ReplayStep, "start">[], t: number): number {
  let found = 0;
  steps.forEach((s, i) => {
    if (s.start <= t) found = i;
  });
  return found;
}
