import "server-only";
// A student's prediction for the step on screen. Only the current question of the current run takes answers, and
// only from a student of that run: a cookie from an earlier run, a removed student or a forged id is refused.
import { AppError } from "../../core/errors/app-error";
import { classState } from "./db-class-state";
import { answerAccepted, currentRoom } from "./class-room-hub";
import { currentStep, questionKey } from "./class-view";
import { studentIdFrom } from "./student-cookie";

export async function answerPrediction(
  headers: Headers,
  input: { questionKey: string; choiceId: string },
): Promise<{ accepted: boolean; choiceId: string }> {
  const studentId = studentIdFrom(headers);
  const room = await currentRoom();
  const { snapshot } = room;
  const state = classState();
  // The hub knows this run's roster; a student who joined through another instance a moment ago is asked for.
  const member = !!studentId && (room.roster.has(studentId) || (await state.runOf(studentId)) === snapshot.runId);
  if (!member) throw AppError.of("unauthorized", "class.joinFirst");
  const current = currentStep(snapshot);
  const step = current?.lesson.steps[current.index];
  if (!current || !step?.prediction || questionKey(current.lesson.id, step.id) !== input.questionKey) {
    throw AppError.of("conflict", "class.movedOn");
  }
  if (snapshot.revealed) throw AppError.of("conflict", "class.alreadyRevealed");
  if (!step.prediction.choices.some((c) => c.id === input.choiceId)) throw AppError.of("bad_request", "class.notAChoice");
  const result = await state.answer(snapshot.runId, studentId, input.questionKey, input.choiceId);
  if (result.accepted) answerAccepted(snapshot.runId, input.questionKey, studentId, input.choiceId);
  return result;
}
