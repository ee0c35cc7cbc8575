// Predict → act → explain: what a step shows before the vote (title, text, question, the journey's button,
// the "look here" captions) must not name its own answer. A choice label's head — the words before its first
// colon, semicolon or dash ("Cold" in "Cold: a new instance loads the index first") — is the answer in short, so
// both the whole label and its head count. Latin words match whole words only ("one" is not in "someone");
// Chinese has no spaces, so there any occurrence counts.
import type { LessonStep } from "./lesson-schema";

/** The words a follower sees before the reveal (phones and the audience screen). */
export function beforeTheVoteTexts(step: LessonStep): string[] {
  return [
    step.title,
    step.text,
    ...(step.prediction ? [step.prediction.question] : []),
    ...(step.setup.journey ? [step.setup.journey.label] : []),
    ...step.observe.map((o) => o.caption),
  ];
}

/** The answer's label and its head, when the head is a shorter phrase of its own. */
export function answerGiveaways(step: LessonStep): string[] {
  const p = step.prediction;
  if (!p) return [];
  const label = p.choices.find((c) => c.id === p.answer)!.label.trim();
  const head = label.split(/[:;：；—–]|,\s|，/)[0]!.trim();
  // A status code only the answer names ("429" in "About two; the rest get 429") gives it away on its own.
  const others = [p.question, ...p.choices.filter((c) => c.id !== p.answer).map((c) => c.label)].join(" ");
  const codes = (label.match(/\b[1-5]\d\d\b/g) ?? []).filter((code) => !others.includes(code));
  // A one-character Chinese head ("能", yes) is too common a word to count on its own.
  const heads = head.length > 1 ? [head] : [];
  return [...new Set([label, ...heads, ...codes])];
}

function mentions(text: string, phrase: string): boolean {
  const t = text.toLowerCase();
  const p = phrase.toLowerCase();
  if (/[^\u0000-\u024f]/.test(p)) return t.includes(p);
  const escaped = p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(t);
}

/** Each before-the-vote text that names the answer, as "<phrase>" in "<text>"; empty when the step keeps it back. */
export function answerLeaks(step: LessonStep): string[] {
  const out: string[] = [];
  for (const phrase of answerGiveaways(step))
    for (const text of beforeTheVoteTexts(step)) if (mentions(text, phrase)) out.push(`"${phrase}" in "${text}"`);
  return out;
}
