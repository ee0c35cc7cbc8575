// Classroom mode end to end: the instructor walks every lesson in the presenter while a phone-sized student
// page follows over server-sent events, answers each prediction and sees the reveal. Steps whose observation
// needs no lab bench are checked for real (cold then warm search, 429 at the concurrency limit, an anonymous
// token refused). Ending a lesson restores the runtime limits and the hybrid store's class-wide migration state. It changes process-wide state, so it runs in
// the "runtime" project, last and alone.
import { LESSONS } from "../classroom/lessons";
import { becomeInstructor, expect, INSTRUCTOR, test } from "./fixtures";
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { signInAdmin, uploadPhoto } from "../scripts/pipeline/serverless-admin-client";

const BEFORE_LESSONS = { idleTimeoutMs: 45_000 };

async function limits(request: APIRequestContext) {
  return (await (await request.get("/api/lens/functions")).json()).limits as {
    idleTimeoutMs: number;
    coldStartExtraMs: number;
    maxConcurrency: number;
  };
}

/** The class-wide migration state of the hybrid store (this request context carries no per-browser cookie). */
async function classMigration(request: APIRequestContext) {
  const body = (await (await request.get("/api/class/migration")).json()) as { classState: object; stepOnRecommendedPath: number | null };
  return body;
}

async function runJourney(teacher: Page) {
  await teacher.getByRole("button", { name: /^Run: / }).click();
  await expect(teacher.getByTestId("journey-results")).toBeVisible({ timeout: 20_000 });
  return teacher.getByTestId("journey-row");
}

test.describe("classroom", () => {
  test.skip(({ mode }) => mode !== "serverless", "one classroom for both stores: run once");
  test.describe.configure({ mode: "serial" });

  test.afterAll(async ({ request }) => {
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { restoreDefaults: true } });
  });

  test("the presenter walks every lesson; a joined phone follows each step within a second and its answers are tallied", async ({
    browser,
    request,
  }) => {
    test.setTimeout(300_000);
    expect((await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: BEFORE_LESSONS })).status()).toBe(200);
    const before = await limits(request);
    const migrationBefore = (await classMigration(request)).classState;

    const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await teacherContext.newPage();
    await becomeInstructor(teacher);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const student = await phone.newPage();

    // A lobby (End lesson opens one, with a new code): phones join before the first lesson and stay in when it starts.
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    await teacher.goto("/class/present");
    let code = (await teacher.getByTestId("join-code").textContent())!;
    expect(code).toMatch(/^\d{6}$/);
    const qr = teacher.getByRole("img", { name: "Join QR code" });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute("data-join-url")).toMatch(new RegExp(`^https?://[^/]+/class/join\\?code=${code}$`));

    // The QR code's link fills the code in; the phone adds a name.
    await student.goto(`/class/join?code=${code}`);
    await expect(student.getByLabel("Code on the main screen")).toHaveValue(code);
    await student.getByLabel("Your name (optional)").fill("Ada");
    await student.getByRole("button", { name: "Join the class" }).click();
    await expect(student.getByRole("heading", { name: "You are in" })).toBeVisible();
    await expect(qr.locator("svg path").first()).toBeAttached();
    await expect(teacher.getByTestId("student-count")).toContainText(/[1-9]\d* students? joined/);
    await expect(teacher.getByText("Live: phones and the audience screen follow")).toBeVisible();

    const presenterStep = teacher.getByTestId("presenter-step");
    const studentView = student.getByTestId("student-view");
    const lags: number[] = [];

    for (const lesson of LESSONS) {
      await teacher.getByLabel("Lesson").selectOption(lesson.id);
      await teacher.getByRole("button", { name: "Start lesson" }).click();

      for (const [i, step] of lesson.steps.entries()) {
        const at = `${lesson.id}/${i + 1}`;
        if (i > 0) {
          // Half the steps by the Next button, half by the arrow key.
          if (i % 2) await teacher.getByRole("button", { name: "Next", exact: true }).click();
          else await teacher.keyboard.press("ArrowRight");
        }
        await expect(presenterStep).toHaveAttribute("data-step", at);
        const shownAt = Date.now();
        await expect(studentView).toHaveAttribute("data-step", at, { timeout: 1_000 });
        lags.push(Date.now() - shownAt);
        await expect(teacher.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
        await expect(student.getByRole("heading", { level: 1, name: step.title })).toBeVisible();
        await expect(teacher.getByRole("progressbar", { name: "Lesson progress" })).toHaveAttribute("aria-valuenow", String(i + 1));
        await expect(teacher.getByTestId("step-counter")).toHaveText(`Step ${i + 1} of ${lesson.steps.length}`);

        if (step.prediction) {
          const { answer } = step.prediction;
          const label = step.prediction.choices.find((c) => c.id === answer)!.label;
          await student.getByRole("button", { name: label }).click();
          await expect(student.getByTestId("my-answer")).toContainText(label);
          const bar = teacher.getByTestId("tally").locator(`[data-choice="${answer}"]`);
          await expect(bar).toHaveAttribute("data-count", "1");
          await expect(teacher.getByTestId("tally")).toHaveAttribute("data-total", "1");
          // A second answer from the same phone changes nothing.
          const again = await student.evaluate(
            async ([key, choice]) =>
              (
                await fetch("/api/class/answers", {
                  method: "POST",
                  headers: { "Content-Type": "application/json" },
                  body: JSON.stringify({ questionKey: key, choiceId: choice }),
                })
              ).json(),
            [`${lesson.id}/${step.id}`, step.prediction.choices.find((c) => c.id !== answer)!.id],
          );
          expect(again).toEqual({ accepted: false, choiceId: answer });
          await expect(teacher.getByTestId("tally")).toHaveAttribute("data-total", "1");
          // The phone sees the bars only after the reveal.
          await expect(student.getByTestId("tally")).toHaveCount(0);
          await teacher.getByRole("button", { name: "Reveal the answer" }).click();
          await expect(student.getByTestId("tally").locator(`[data-choice="${answer}"]`)).toContainText("right answer");
        }

        // "Strangle the monolith" moves the whole class one step along the recommended path per lesson step.
        if (lesson.id === "strangle-the-monolith") {
          expect((await classMigration(request)).stepOnRecommendedPath).toBe(i);
          await expect(teacher.getByTestId("setup-migration")).toContainText(`${6 - i} of 6 still in the monolith`);
        }

        // The observations that need no lab bench.
        if (at === "where-does-the-code-run/4") {
          const rows = await runJourney(teacher);
          await expect(rows).toHaveCount(1);
          await expect(rows.first()).toHaveAttribute("data-status", "200");
        }
        if (at === "who-do-you-trust/3" || at === "who-do-you-trust/4") {
          const rows = await runJourney(teacher);
          await expect(rows.first()).toHaveAttribute("data-status", /^40[13]$/);
        }
        if (at === "search-as-a-function/1") {
          expect(await limits(request)).toMatchObject({ idleTimeoutMs: 120_000, coldStartExtraMs: 800 });
          const rows = await runJourney(teacher);
          await expect(rows.first()).toHaveAttribute("data-cold", "true");
        }
        if (at === "search-as-a-function/2") {
          const rows = await runJourney(teacher);
          await expect(rows).toHaveCount(3);
          for (const row of await rows.all()) await expect(row).toHaveAttribute("data-cold", "false");
        }
        if (at === "search-as-a-function/4") {
          expect((await limits(request)).maxConcurrency).toBe(2);
          const rows = await runJourney(teacher);
          await expect(rows).toHaveCount(10);
          const statuses = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-status")));
          expect(statuses.filter((s) => s === "200").length).toBeLessThanOrEqual(2);
          expect(statuses.filter((s) => s === "429").length).toBeGreaterThanOrEqual(8);
        }
      }

      // The last step offers "End lesson", which puts the app back as it was before the lesson.
      await expect(teacher.getByRole("button", { name: "Next", exact: true })).toHaveCount(0);
      await teacher.getByRole("button", { name: "End lesson", exact: true }).click();
      await expect(teacher.getByRole("heading", { name: "No lesson running" })).toBeVisible();
      // The phone says the lesson is over, what it showed, and links to it as plain pages.
      const ended = student.getByTestId("lesson-ended");
      await expect(ended).toBeVisible({ timeout: 1_000 });
      await expect(ended.getByRole("heading", { level: 1 })).toHaveText(lesson.title);
      await expect(ended.getByRole("link", { name: "Read the lesson again, step by step" })).toHaveAttribute(
        "href",
        `/class/${lesson.id}/1`,
      );
      // The run ended with it: a new lobby with a new code, and the phone is asked to join that one.
      const codeField = student.getByLabel("Code on the main screen");
      await expect(codeField).toBeVisible();
      await expect(teacher.getByTestId("join-code")).not.toHaveText(code);
      code = (await teacher.getByTestId("join-code").textContent())!;
      await codeField.fill(code);
      await student.getByRole("button", { name: "Join the class" }).click();
      await expect(student.getByRole("heading", { name: "You are in" })).toBeVisible();
      expect(await limits(request)).toEqual(before);
      expect((await classMigration(request)).classState).toEqual(migrationBefore);
    }
    console.log(`student lag after the presenter: max ${Math.max(...lags)} ms over ${lags.length} steps`);
    await teacherContext.close();
    await phone.close();
  });

  test("leaving a lesson midway restores the runtime limits; the audience screen follows too", async ({ browser, request }) => {
    await request.post("/api/lens/runtime", { headers: INSTRUCTOR, data: { restoreDefaults: true } });
    const before = await limits(request);
    const audience = await (await browser.newContext()).newPage();
    await audience.goto("/class/live");
    await expect(audience.getByRole("img", { name: "Join QR code" })).toBeVisible();

    const go = await request.post("/api/class/state", {
      headers: INSTRUCTOR,
      data: { action: "go", lessonId: "search-as-a-function", step: 4 },
    });
    expect(go.status()).toBe(200);
    // The step drives the real lab bench: its failure switch is on and its generated load runs.
    expect((await go.json()).setup.faults[0]).toMatchObject({ name: "concurrency-limit", result: { ok: true } });
    const enabled = async () =>
      ((await (await request.get("/api/class/faults", { headers: INSTRUCTOR })).json()) as { name: string; enabled: boolean }[])
        .filter((f) => f.enabled)
        .map((f) => f.name);
    const loadRunning = async () =>
      ((await (await request.get("/api/class/load", { headers: INSTRUCTOR })).json()) as { running: boolean }).running;
    expect(await enabled()).toContain("concurrency-limit");
    await expect.poll(loadRunning).toBe(true);
    expect(await limits(request)).toMatchObject({ maxConcurrency: 2, coldStartExtraMs: 1_500 });
    await expect(audience.getByTestId("audience-view")).toHaveAttribute("data-step", "search-as-a-function/4");

    // Starting another lesson first ends this one: limits, switches and load as they were.
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "orchestration", step: 1 } });
    expect(await limits(request)).toEqual(before);
    expect(await enabled()).toEqual([]);
    expect(await loadRunning()).toBe(false);
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "search-as-a-function", step: 3 } });
    expect((await limits(request)).idleTimeoutMs).toBe(3_000);

    // The migration lesson moves the class's hybrid store; leaving it midway puts back the state it found.
    const migrationBefore = await classMigration(request);
    const strangle = await request.post("/api/class/state", {
      headers: INSTRUCTOR,
      data: { action: "go", lessonId: "strangle-the-monolith", step: 4 },
    });
    expect((await strangle.json()).setup.migration).toMatchObject({ search: "serverless", images: "serverless", catalog: "serverless" });
    expect((await classMigration(request)).stepOnRecommendedPath).toBe(3);
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    expect(await limits(request)).toEqual(before);
    expect(await classMigration(request)).toEqual(migrationBefore);
    await expect(audience.getByRole("heading", { name: "Join on your phone" })).toBeVisible();
  });

  test("the recursive-trigger step switches the loop on; one uploaded photo loops until the breaker stops it at 10 runs", async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const step = LESSONS.find((l) => l.id === "functions-glue-services")!.steps.findIndex((s) => s.id === "recursive-trigger") + 1;
    const go = await request.post("/api/class/state", {
      headers: INSTRUCTOR,
      data: { action: "go", lessonId: "functions-glue-services", step },
    });
    expect(go.status()).toBe(200);
    expect((await go.json()).setup.faults[0]).toMatchObject({ name: "recursive-trigger", enabled: true, result: { ok: true } });

    const cookie = await signInAdmin(baseURL!);
    const photo = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 90, g: 160, b: 60 } } })
      .jpeg()
      .toBuffer();
    const imageId = await uploadPhoto(
      baseURL!,
      cookie,
      { name: `Class loop ${Date.now().toString(36)}`, category: "dogs", price: "9", stock: "1" },
      photo,
    );
    type Loop = { imageId: string; runs: number; tripped: boolean; summary: string };
    const loopOf = async () => {
      const list = (await (await request.get("/api/class/faults", { headers: INSTRUCTOR })).json()) as { name: string; loops?: Loop[] }[];
      return list.find((f) => f.name === "recursive-trigger")?.loops?.find((l) => l.imageId === imageId);
    };
    await expect.poll(async () => (await loopOf())?.tripped, { timeout: 90_000, intervals: [500] }).toBe(true);
    expect((await loopOf())!.runs).toBe(10);
    expect((await loopOf())!.summary).toContain("breaker tripped after 10 runs");

    // Ending the lesson turns the switch off again.
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    const list = (await (await request.get("/api/class/faults", { headers: INSTRUCTOR })).json()) as { name: string; enabled: boolean }[];
    expect(list.find((f) => f.name === "recursive-trigger")?.enabled).toBe(false);
  });

  test("only the instructor moves the class; students answer once, only after joining, only the question on screen", async ({
    request,
    page,
  }) => {
    expect((await request.post("/api/class/state", { data: { action: "next" } })).status()).toBe(401);
    expect(
      (await request.post("/api/class/state", { headers: { "x-class-key": "wrong-key-wrong-key" }, data: { action: "next" } })).status(),
    ).toBe(403);
    const crossSite = await request.post("/api/class/state", {
      headers: { ...INSTRUCTOR, origin: "http://evil.example", "sec-fetch-site": "cross-site" },
      data: { action: "end" },
    });
    expect(crossSite.status()).toBe(403);
    expect(
      (
        await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "no-such-lesson", step: 1 } })
      ).status(),
    ).toBe(404);
    expect(
      (
        await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "orchestration", step: 99 } })
      ).status(),
    ).toBe(400);

    // The presenter page sends a visitor without the key to the join page.
    await page.goto("/class/present");
    await expect(page).toHaveURL(/\/class\/join$/);

    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "who-do-you-trust", step: 3 } });
    const stranger = await request.post("/api/class/answers", {
      data: { questionKey: "who-do-you-trust/anonymous-cannot-buy", choiceId: "refused" },
    });
    expect(stranger.status()).toBe(401);
    const { code } = (await (await request.get("/api/class/state", { headers: INSTRUCTOR })).json()) as { code: string };
    const tooLong = await request.post("/api/class/join", { data: { code, name: "x".repeat(41) } });
    expect(tooLong.status()).toBe(400);
    const wrong = await request.post("/api/class/join", { data: { code: code === "000000" ? "111111" : "000000", name: "Grace" } });
    expect(wrong.status()).toBe(403);
    expect((await wrong.json()).error.message).toMatch(/not the code of this class/);
    expect((await request.post("/api/class/join", { data: { code, name: "Grace" } })).status()).toBe(201);
    const stale = await request.post("/api/class/answers", {
      data: { questionKey: "who-do-you-trust/third-party-auth", choiceId: "refused" },
    });
    expect(stale.status()).toBe(409);
    const unknownChoice = await request.post("/api/class/answers", {
      data: { questionKey: "who-do-you-trust/anonymous-cannot-buy", choiceId: "teleport" },
    });
    expect(unknownChoice.status()).toBe(400);
    const first = await request.post("/api/class/answers", {
      data: { questionKey: "who-do-you-trust/anonymous-cannot-buy", choiceId: "order" },
    });
    expect(first.status()).toBe(201);
    const second = await request.post("/api/class/answers", {
      data: { questionKey: "who-do-you-trust/anonymous-cannot-buy", choiceId: "refused" },
    });
    expect(await second.json()).toEqual({ accepted: false, choiceId: "order" });
    const view = await (await request.get("/api/class/state", { headers: INSTRUCTOR })).json();
    // One "order" (this student); the phone of the first test answered "refused" earlier, if it ran.
    expect(view.tally.counts.order).toBe(1);
    expect(view.tally.counts.crash).toBe(0);
    // A student's view has no tally and no answer before the reveal.
    const asStudent = await (await request.get("/api/class/state")).json();
    expect(asStudent.tally).toBeNull();
    expect(asStudent.step.prediction.answer).toBeUndefined();
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
  });
});
