// The Chinese lessons are the English lessons' structure with other words: the same step ids in the same order,
// the same choices and answers, setups, journeys and observed views, and the same fixed tokens (paths, `code`,
// 4xx/5xx statuses) in every text. A translation that drifts fails here, not in front of a class.
import { describe, expect, it } from "vitest";
import { LESSONS, findLesson, lessonsFor } from "../lessons";
import { ZH_CN_LESSON_TEXTS } from "../lessons/zh-CN";
import { defineLesson, lessonSchema, type Lesson } from "./lesson-schema";
import { fixedTokens, lessonTextOf, localizeLesson, textShape, type LessonText } from "./localize-lesson";

const HAN = /[\u4e00-\u9fff]/;

/** Everything but the words. */
function structure(lesson: Lesson) {
  return {
    id: lesson.id,
    minutes: lesson.minutes,
    steps: lesson.steps.map((s) => ({
      id: s.id,
      setup: { ...s.setup, journey: s.setup.journey ? { ...s.setup.journey, label: "" } : undefined },
      observe: s.observe.map((o) => ({ ...o, caption: "" })),
      providers: s.providers,
      hasNotes: !!s.notes,
      prediction: s.prediction && { choices: s.prediction.choices.map((c) => c.id), answer: s.prediction.answer },
    })),
  };
}

function texts(t: LessonText): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") out.push(v);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk({ ...t, id: undefined });
  return out;
}

describe("lessons in Chinese", () => {
  it("has one Chinese text per lesson, in the same order", () => {
    expect(ZH_CN_LESSON_TEXTS.map((t) => t.id)).toEqual(LESSONS.map((l) => l.id));
    expect(lessonsFor("en")).toBe(LESSONS);
  });

  for (const lesson of LESSONS) {
    describe(lesson.id, () => {
      const zh = findLesson(lesson.id, "zh-CN")!;
      const text = ZH_CN_LESSON_TEXTS.find((t) => t.id === lesson.id)!;

      it("has exactly the English text's keys, step ids, choice ids, caption count and fixed tokens", () => {
        expect(textShape(text)).toEqual(textShape(lessonTextOf(lesson)));
      });

      it("keeps the structure: steps, setups, migration moves, journeys, views and quiz answers", () => {
        expect(structure(zh)).toEqual(structure(lesson));
        expect(lessonSchema.safeParse(zh).success).toBe(true);
      });

      it("is written in Chinese: every text has Chinese in it and none is the English one", () => {
        const english = new Set(texts(lessonTextOf(lesson)));
        for (const t of texts(text)) {
          // A choice may be a bare amount ("$0.01") — the same in both languages.
          if (/^[$\d.\s]+$/.test(t)) continue;
          expect(t, t).toMatch(HAN);
          expect(english.has(t), t).toBe(false);
        }
        expect(zh.title).not.toBe(lesson.title);
        expect(zh.steps.map((s) => s.title)).not.toEqual(lesson.steps.map((s) => s.title));
      });
    });
  }
});

describe("localizeLesson", () => {
  const lesson = defineLesson({
    id: "x",
    title: "X",
    summary: "Calls /api/baas/token and gets a 429.",
    minutes: 5,
    steps: [
      {
        id: "a",
        title: "A",
        text: "Run `npm start`.",
        prediction: {
          question: "Q?",
          choices: [
            { id: "yes", label: "Yes" },
            { id: "no", label: "No" },
          ],
          answer: "yes",
          explanation: "Because.",
        },
        setup: { journey: { kind: "search", label: "Search", query: "dog", times: 1, parallel: false } },
        observe: [{ view: "architecture", caption: "Look" }],
      },
      { id: "b", title: "B", text: "t" },
    ],
  });
  const good: LessonText = {
    id: "x",
    title: "叉",
    summary: "调用 /api/baas/token，得到 429。",
    steps: {
      a: {
        title: "甲",
        text: "运行 `npm start`。",
        prediction: { question: "问？", choices: { yes: "是", no: "否" }, explanation: "因为。" },
        journey: "搜索",
        observe: ["看"],
      },
      b: { title: "乙", text: "文" },
    },
  };

  it("puts the words on the lesson's structure", () => {
    const zh = localizeLesson(lesson, good);
    expect(zh.steps[0]!.prediction).toEqual({
      ...lesson.steps[0]!.prediction,
      question: "问？",
      choices: [
        { id: "yes", label: "是" },
        { id: "no", label: "否" },
      ],
      explanation: "因为。",
    });
    expect(zh.steps[0]!.setup.journey).toEqual({ kind: "search", label: "搜索", query: "dog", times: 1, parallel: false });
    expect(zh.steps[0]!.observe).toEqual([{ view: "architecture", caption: "看" }]);
  });

  it("refuses a text that misses a step, renames a choice, drops a caption or loses a fixed token", () => {
    const steps = good.steps;
    expect(() => localizeLesson(lesson, { ...good, steps: { a: steps.a! } })).toThrow(/structure/);
    expect(() =>
      localizeLesson(lesson, {
        ...good,
        steps: { ...steps, a: { ...steps.a!, prediction: { ...steps.a!.prediction!, choices: { yes: "是", nope: "否" } } } },
      }),
    ).toThrow(/structure/);
    expect(() => localizeLesson(lesson, { ...good, steps: { ...steps, a: { ...steps.a!, observe: [] } } })).toThrow(/structure/);
    expect(() => localizeLesson(lesson, { ...good, summary: "调用令牌接口，得到 429。" })).toThrow(/structure/);
    expect(() => localizeLesson(lesson, { ...good, steps: { ...steps, a: { ...steps.a!, text: "运行 npm start。" } } })).toThrow(
      /structure/,
    );
  });

  it("finds the fixed tokens a translation keeps", () => {
    expect(fixedTokens("GET /api/baas/token → 429, then `npm start` and {name}; 400,000 calls")).toEqual(
      ["/api/baas/token", "429", "`npm start`", "{name}"].sort(),
    );
  });
});
