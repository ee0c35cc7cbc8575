import "server-only";
// The presenter's buttons: start a lesson (a new run with a new join code), start the run over, go to a step,
// next, previous, reveal the answers, call everyone to run the step's journey, remove a student or clear the
// roster, end the lesson. Moving applies the
// step's setup before the room is told, so the phones arrive at a step that is already set up.
import { AppError } from "../../core/errors/app-error";
import type { ClassCommand } from "../model/class-schemas";
import type { ClassSnapshot } from "../model/class-room";
import { findLesson } from "../lessons";
import type { SetupReport } from "../model/screen-types";
import { enterStep, leaveLesson } from "./apply-step-setup";
import { classState } from "./db-class-state";
import { freshRoom, roomChanged } from "./class-room-hub";
import { currentStep, studentHandle, type RoomData } from "./class-view";
import { afterCommand, beforeCommand } from "./run-recorder";

function lessonOrThrow(lessonId: string | null, action: string) {
  const lesson = lessonId ? findLesson(lessonId) : undefined;
  if (!lesson)
    throw action === "start" || action === "go" ? AppError.of("not_found", "class.noLesson") : AppError.of("conflict", "class.pickLesson");
  return lesson;
}

export async function runClassCommand(command: ClassCommand): Promise<{ setup: SetupReport | null; room: RoomData }> {
  const state = classState();
  const before = await freshRoom();
  const now = before.snapshot;
  let setup: SetupReport | null = null;
  let next: ClassSnapshot;
  // The run's recording (run-recorder.ts): the step's last tally and evidence before the room moves on.
  await beforeCommand(before);
  switch (command.action) {
    case "reveal":
      next = await state.setRevealed(command.revealed);
      break;
    case "call-to-run": {
      const current = currentStep(now);
      if (!current?.lesson.steps[current.index]?.setup.journey) throw AppError.of("conflict", "class.nothingToRun");
      next = await state.callToRun();
      break;
    }
    case "end":
      await leaveLesson();
      // The run ends; a new lobby (with a new code) is ready for the next class.
      next = await state.startRun(null);
      break;
    case "start":
    case "restart": {
      const lesson = lessonOrThrow(command.action === "start" ? command.lessonId : now.lessonId, command.action);
      setup = await enterStep(lesson, 0);
      // "Start lesson" in a lobby keeps the phones that joined it; otherwise (and always for "Start over") a new run.
      next = await state.startRun(lesson.id, { adoptLobby: command.action === "start" });
      break;
    }
    case "remove": {
      const ids = [...before.roster.keys()].filter((id) => studentHandle(id) === command.student);
      if (ids.length === 0) throw AppError.of("not_found", "class.studentGone");
      next = await state.removeStudents(now.runId, ids);
      break;
    }
    case "clear-roster":
      next = await state.removeStudents(now.runId);
      break;
    case "go":
    case "next":
    case "previous": {
      const lesson = lessonOrThrow(command.action === "go" ? command.lessonId : now.lessonId, command.action);
      const index = command.action === "go" ? command.step - 1 : now.stepIndex + (command.action === "next" ? 1 : -1);
      if (index < 0 || index >= lesson.steps.length) throw AppError.of("bad_request", "class.stepRange", { n: lesson.steps.length });
      setup = await enterStep(lesson, index);
      // Another lesson than the run's is a new run: its answers must not mix with this one's.
      next =
        command.action === "go" && lesson.id !== now.lessonId
          ? await state.startRun(lesson.id, { adoptLobby: true }).then((s) => (index > 0 ? state.setPosition(lesson.id, index) : s))
          : await state.setPosition(lesson.id, index);
      break;
    }
  }
  // The screens first: recording what the command did must not hold the phones back.
  const room = await roomChanged(next);
  await afterCommand(command, now, room);
  return { setup, room };
}
