import "server-only";
// The presenter's buttons: go to a step, next, previous, reveal the answers, end the lesson. Moving applies the
// step's setup before the room is told, so the phones arrive at a step that is already set up.
import { AppError } from "../core/errors/app-error";
import type { ClassCommand } from "../core/lessons/class-schemas";
import { findLesson } from "../lessons";
import { enterStep, leaveLesson, type SetupReport } from "./apply-step-setup";
import { classState } from "./class-state";

export async function runClassCommand(command: ClassCommand): Promise<{ setup: SetupReport | null }> {
  const state = classState();
  const now = await state.snapshot();
  switch (command.action) {
    case "reveal":
      await state.setRevealed(command.revealed);
      return { setup: null };
    case "end":
      await leaveLesson();
      await state.setPosition(null, 0);
      return { setup: null };
    case "go":
    case "next":
    case "previous": {
      const lessonId = command.action === "go" ? command.lessonId : now.lessonId;
      const lesson = lessonId ? findLesson(lessonId) : undefined;
      if (!lesson)
        throw new AppError(
          command.action === "go" ? "not_found" : "conflict",
          command.action === "go" ? "There is no lesson with that id." : "Pick a lesson first.",
        );
      const index = command.action === "go" ? command.step - 1 : now.stepIndex + (command.action === "next" ? 1 : -1);
      if (index < 0 || index >= lesson.steps.length)
        throw new AppError("bad_request", `This lesson has steps 1 to ${lesson.steps.length}.`);
      const setup = await enterStep(lesson, index);
      await state.setPosition(lesson.id, index);
      return { setup };
    }
  }
}
