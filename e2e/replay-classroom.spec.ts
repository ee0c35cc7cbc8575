// Replaying a class: the instructor runs a short lesson with two phones and ends it; an anonymous visitor opens its
// replay link, scrubs to step 2 and sees that step's tally (and, with JavaScript off, the same as a plain page);
// the instructor exports the run, deletes it, imports the file and the replay is the same again; a bad file is
// refused with a sentence and stores nothing. It moves the live class, so it runs in the "runtime" project.
// SHOTS_DIR=… also writes the runs list and a replay at 1280 and 390 px in both languages.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { LESSONS } from "../classroom/lessons";
import { becomeInstructor, CLASS_KEY, expect, INSTRUCTOR, test } from "./fixtures";

const SHOTS = process.env.SHOTS_DIR;
// The first lesson whose step 2 asks a question (and has a step 3 to move on to).
const lesson = LESSONS.find((l) => !l.steps[0]!.prediction && l.steps[1]!.prediction && l.steps.length >= 3)!;
const question = lesson.steps[1]!.prediction!;
const [first, second] = question.choices;
const NAMES = ["Zephyrine Quill", "Bartholomew Snap"];

async function phoneJoins(browser: Browser, code: string, name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/class/join?code=${code}`);
  await page.getByLabel("Your name (optional)").fill(name);
  await page.getByRole("button", { name: "Join the class" }).click();
  // A lesson is on: the phone shows its step instead of the join form.
  await expect(page.getByRole("button", { name: "Join the class" })).toHaveCount(0);
  await expect(page.getByTestId("student-view")).toBeVisible();
  return { context, page };
}

/** Moves the timeline as a drag would: the range input's value, then the input event React listens to. */
async function scrubTo(page: Page, value: number) {
  await page.getByLabel("Timeline").evaluate((el, v) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, String(v));
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, value);
}

/** The play position of the end of each step visit. */
async function visitEnds(page: Page): Promise<number[]> {
  return (await page.getByLabel("Timeline").getAttribute("data-ends"))!.split(",").map(Number);
}

async function expectStep2Tally(page: Page) {
  await expect(page.getByTestId("step-counter")).toHaveText(`Step 2 of ${lesson.steps.length}`);
  await expect(page.getByRole("heading", { level: 2, name: lesson.steps[1]!.title })).toBeVisible();
  const tally = page.getByTestId("replay-tally").getByTestId("tally");
  await expect(tally).toHaveAttribute("data-total", "2");
  await expect(tally.locator(`[data-choice="${first!.id}"]`)).toHaveAttribute("data-count", "1");
  await expect(tally.locator(`[data-choice="${second!.id}"]`)).toHaveAttribute("data-count", "1");
}

test.describe("replaying a class", () => {
  test.skip(({ mode }) => mode !== "serverless", "one classroom for both stores: run once");
  test.describe.configure({ mode: "serial" });

  test.afterAll(async ({ request }) => {
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
  });

  test("a short lesson with two phones is replayed by an anonymous visitor, exported, deleted and imported back", async ({
    browser,
    request,
  }) => {
    test.setTimeout(SHOTS ? 300_000 : 180_000);
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    const started = await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "start", lessonId: lesson.id } });
    expect(started.status()).toBe(200);
    const code = ((await started.json()) as { view: { code: string } }).view.code;
    const phones = [await phoneJoins(browser, code, NAMES[0]!), await phoneJoins(browser, code, NAMES[1]!)];

    // Step 2 asks; each phone answers; the instructor waits for both, reveals, moves on and ends the lesson.
    expect((await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "next" } })).status()).toBe(200);
    for (const [i, choice] of [first!, second!].entries()) {
      const phone = phones[i]!.page;
      await phone.getByRole("button", { name: choice.label }).click();
      await expect(phone.getByTestId("my-answer")).toContainText(choice.label);
    }
    await expect
      .poll(async () => ((await (await request.get("/api/class/state", { headers: INSTRUCTOR })).json()) as { answered: number }).answered)
      .toBe(2);
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "reveal", revealed: true } });
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "next" } });
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    for (const p of phones) await p.context.close();

    // The instructor's list: the run just ended, newest first, with its counts.
    const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const teacher = await teacherContext.newPage();
    await becomeInstructor(teacher);
    await teacher.goto("/class/runs");
    await expect(teacher.getByRole("heading", { level: 1, name: "Class runs" })).toBeVisible();
    const row = teacher.getByTestId("run-row").first();
    await expect(row).toContainText(lesson.title);
    await expect(row.locator("td").nth(2)).toHaveText("2"); // students
    await expect(row.locator("td").nth(3)).toHaveText("2"); // answers
    const publicId = (await row.getAttribute("data-run"))!;
    expect(publicId).toMatch(/^[0-9a-f-]{32,36}$/);
    if (SHOTS) await teacher.screenshot({ path: `${SHOTS}/replay-runs-1280-en.png`, fullPage: true });

    // An anonymous visitor (no key, no cookie) opens the link, scrubs to step 2 and sees that step's tally.
    const visitorContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/class/replay/${publicId}`);
    await expect(visitor.getByRole("heading", { level: 1, name: lesson.title })).toBeVisible();
    await expect(visitor.getByTestId("replay-player")).toHaveAttribute("data-hydrated", "true");
    await expect(visitor.getByTestId("step-counter")).toHaveText(`Step 1 of ${lesson.steps.length}`);
    const ends = await visitEnds(visitor);
    expect(ends).toHaveLength(3);
    // Scrubbing into step 2 shows step 2 and its tally as it filled. (Its *final* tally is checked with the keys
    // below: a test's instructor reveals and moves on within a few ms, closer than the timeline's 100 ms tick.)
    await scrubTo(visitor, ends[1]! - 300);
    await expect(visitor.getByTestId("step-counter")).toHaveText(`Step 2 of ${lesson.steps.length}`);
    await expect(visitor.getByTestId("replay-tally").getByTestId("tally")).toBeVisible();
    // Nothing personal on the page: the names the phones gave are nowhere.
    for (const name of NAMES) expect(await visitor.content()).not.toContain(name);
    // The keyboard: → and ← move a step; the links say where they go.
    await visitor.keyboard.press("ArrowRight");
    await expect(visitor.getByTestId("step-counter")).toHaveText(`Step 3 of ${lesson.steps.length}`);
    await visitor.keyboard.press("ArrowLeft");
    await expectStep2Tally(visitor);
    await expect(visitor.getByTestId("replay-reveal")).toContainText(first!.id === question.answer ? first!.label : second!.label);
    await expect(visitor.getByRole("link", { name: "Previous step" })).toHaveAttribute("href", "?step=1");
    // Play from the start at 8×: idle gaps skipped, it reaches the last step in a few seconds.
    await scrubTo(visitor, 0);
    await visitor.getByRole("button", { name: "8×" }).click();
    await visitor.getByRole("button", { name: "Play" }).click();
    await expect(visitor.getByTestId("replay-player")).toHaveAttribute("data-visit", "3", { timeout: 15_000 });
    await expect(visitor.getByRole("button", { name: "Play" })).toBeVisible({ timeout: 15_000 });

    // Without JavaScript: each step's final state is a plain page.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const plainPage = await plain.newPage();
    await plainPage.goto(`/class/replay/${publicId}?step=2`);
    await expectStep2Tally(plainPage);
    await expect(plainPage.getByLabel("Timeline")).toHaveCount(0);
    await plainPage.getByRole("link", { name: "Next step" }).click();
    await expect(plainPage.getByTestId("step-counter")).toHaveText(`Step 3 of ${lesson.steps.length}`);
    await plain.close();

    // Export, delete, import: the same replay.
    const download = teacher.waitForEvent("download");
    await row.getByRole("link", { name: /^Export the run of / }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, "utf8")) as { format: string; version: number; events: unknown[] };
    expect(exported).toMatchObject({ format: "pet-store-twin/class-run", version: 1, lessonId: lesson.id });
    for (const name of NAMES) expect(JSON.stringify(exported)).not.toContain(name);

    teacher.once("dialog", (d) => void d.accept());
    await row.getByRole("button", { name: /^Delete the run of / }).click();
    await expect(teacher.locator(`[data-run="${publicId}"]`)).toHaveCount(0);
    expect((await visitor.goto(`/class/replay/${publicId}`))!.status()).toBe(404);

    const runsBefore = await teacher.getByTestId("run-row").count();
    await teacher.getByLabel("Recording file").setInputFiles({
      name: "not-a-run.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...exported, version: 7 })),
    });
    await teacher.getByRole("button", { name: "Import" }).click();
    await expect(teacher.getByTestId("import-error")).toContainText("not a class recording");
    await teacher.reload();
    await expect(teacher.getByTestId("run-row")).toHaveCount(runsBefore);

    await teacher.getByLabel("Recording file").setInputFiles(file);
    await teacher.getByRole("button", { name: "Import" }).click();
    await expect(teacher.getByTestId("import-done")).toBeVisible();
    await teacher.getByRole("link", { name: "Open its replay" }).click();
    await expect(teacher).toHaveURL(/\/class\/replay\/[0-9a-f-]{32,36}$/);
    expect(teacher.url()).not.toContain(publicId);
    await expect(teacher.getByTestId("replay-player")).toHaveAttribute("data-hydrated", "true");
    expect(await visitEnds(teacher)).toEqual(ends);
    await scrubTo(teacher, ends[1]! - 300);
    await teacher.keyboard.press("ArrowRight");
    await teacher.keyboard.press("ArrowLeft");
    await expectStep2Tally(teacher);
    const replayUrl = teacher.url();
    await teacherContext.close();
    await visitorContext.close();

    if (SHOTS) {
      // A second run of the lesson (the same file again), so the list offers Compare.
      const second = await request.post("/api/class/runs", { headers: INSTRUCTOR, data: exported });
      const otherId = ((await second.json()) as { publicId: string }).publicId;
      await screenshots(browser, replayUrl, `/class/replay/compare?a=${otherId}&b=${replayUrl.split("/").at(-1)}`);
    }
  });
});

/** The runs list, a replay (step 2, its tally and reveal) and two runs compared, at 1280 and 390 px, in both languages. */
async function screenshots(browser: Browser, replayUrl: string, compareUrl: string) {
  for (const locale of ["en", "zh-CN"] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 900 : 844 },
        locale,
        extraHTTPHeaders: { "accept-language": locale === "en" ? "en" : "zh-CN,zh;q=0.9" },
      });
      const page = await context.newPage();
      await page.goto(`/class?key=${encodeURIComponent(CLASS_KEY)}`);
      await page.goto("/class/runs");
      await page.screenshot({ path: `${SHOTS}/replay-runs-${width}-${locale}.png`, fullPage: true });
      await page.goto(`${replayUrl}?step=2`);
      await expect(page.getByTestId("replay-player")).toHaveAttribute("data-hydrated", "true");
      await page.screenshot({ path: `${SHOTS}/replay-replay-${width}-${locale}.png`, fullPage: true });
      await page.goto(compareUrl);
      await page.screenshot({ path: `${SHOTS}/replay-compare-${width}-${locale}.png`, fullPage: true });
      await context.close();
    }
  }
}
