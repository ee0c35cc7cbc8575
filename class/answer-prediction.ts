import "server-only";
// A student's prediction for the step on screen. Only the current question takes answers (which also bounds
// how many the class state keeps), and only from a student who joined.
import { AppError } from "../core/errors/app-error";
import { classState } from "./class-state";
import { currentStep, questionKey } from "./class-view";
import { studentIdFrom } from "./student-cookie";

export async function answerPrediction(
  headers: Headers,
  input: { questionKey: string; choiceId: string },
): Promise<{ accepted: boolean; choiceId: string }> {
  const studentId = studentIdFrom(headers);
  const state = classState();
  if (!studentId || !(await state.hasStudent(studentId))) throw new AppError("unauthorized", "Join the class first, then answer.");
  const snapshot = await state.snapshot();
  const current = currentStep(snapshot);
  const step = current?.lesson.steps[current.index];
  if (!current || !step?.prediction || questionKey(current.lesson.id, step.id) !== input.questionKey) {
    throw new AppError("conflict", "The class has moved on; answer the question on screen now.");
  }
  if (snapshot.revealed) throw new AppError("conflict", "The answer is already on screen; the next question is coming.");
  if (!step.prediction.choices.some((c) => c.id === input.choiceId)) throw new AppError("bad_request", "That is not one of the choices.");
  return state.answer(studentId, input.questionKey, input.choiceId);
}
