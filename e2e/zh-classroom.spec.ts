// The classroom and the lab bench in 简体中文: the instructor chooses 简体中文 on /class with the Language control, reads a
// lesson step, runs the presenter; a phone (390 wide, Chinese by its Accept-Language) joins and votes; the audience
// screen follows; the bench runs a short load. Every page: lang="zh-CN", no English UI message left
// (e2e/chinese-text.ts), axe without serious or critical findings. The lesson words come from classroom/lessons/zh-CN
// on the English lessons' structure. It changes the class for everyone, so it runs in the "runtime" project.
// SAVE_SCREENSHOTS=1 also writes docs/screenshots/zh-classroom-*.png and zh-bench*.png.
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expectAccessible, expectChinesePage, pageText } from "./chinese-text";
import { becomeInstructor, CLASS_KEY, expect, INSTRUCTOR, test } from "./fixtures";

const SHOTS = process.env.SAVE_SCREENSHOTS === "1" ? path.resolve(import.meta.dirname, "../docs/screenshots") : null;

async function shot(page: Page, name: string, fullPage = true) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

async function chinesePhone(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "zh-CN",
    extraHTTPHeaders: { "accept-language": "zh-CN,zh;q=0.9" },
  });
  return context;
}

test.describe("课堂 in 简体中文", () => {
  test.skip(({ mode }) => mode !== "serverless", "one classroom for both stores: run once");
  test.describe.configure({ mode: "serial" });

  test.afterAll(async ({ request }) => {
    const json = { ...INSTRUCTOR, "content-type": "application/json" };
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    await request.delete("/api/class/load", { headers: json });
    await request.delete("/api/class/faults", { headers: json });
  });

  test("API errors of the class and the bench keep their code and speak the request's language", async ({ request }) => {
    const zh = { "accept-language": "zh-CN" };
    const answer = await request.post("/api/class/answers", { headers: zh, data: { questionKey: "a/b", choiceId: "c" } });
    expect(answer.status()).toBe(401);
    expect(((await answer.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "unauthorized",
      message: "请先加入课堂，再作答。",
    });
    const load = await request.post("/api/class/load", {
      headers: { ...zh, ...INSTRUCTOR, "content-type": "application/json" },
      data: { target: "both", users: 0, seconds: 10 },
    });
    expect(load.status()).toBe(400);
    expect(((await load.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: "bad_request",
      message: "至少启动 1 个虚拟用户。",
    });
    const locked = await request.get("/api/class/faults", { headers: zh });
    expect(((await locked.json()) as { error: { code: string; message: string } }).error.message).toMatch(/^只有讲师可以这样做/);
    // The class view itself: the lesson's words in the follower's language, the same ids and answers.
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "go", lessonId: "where-does-the-code-run", step: 2 } });
    type View = { step: { id: string; title: string; prediction: { answer: string; choices: { id: string; label: string }[] } } };
    const viewIn = async (language: string) =>
      (await (await request.get("/api/class/state", { headers: { "accept-language": language, ...INSTRUCTOR } })).json()) as View;
    const viewZh = await viewIn("zh-CN");
    const viewEn = await viewIn("en");
    expect(viewZh.step.id).toBe(viewEn.step.id);
    expect(viewZh.step.prediction.answer).toBe(viewEn.step.prediction.answer);
    expect(viewZh.step.prediction.choices.map((c) => c.id)).toEqual(viewEn.step.prediction.choices.map((c) => c.id));
    expect(viewZh.step.title).toBe("单体应用：谁在干活？");
    expect(viewEn.step.title).toBe("The monolith: who does the work?");
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
  });

  test("classroom, a lesson step, the presenter, a phone's vote, the audience screen and the bench, all in Chinese", async ({
    browser,
    request,
  }) => {
    test.setTimeout(240_000);
    const teacherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const teacher = await teacherContext.newPage();
    await becomeInstructor(teacher);
    // The header's Language control on a classroom page.
    await teacher
      .getByRole("group", { name: /Language/ })
      .getByRole("button", { name: "简体中文" })
      .click();
    await expect(teacher.getByRole("heading", { name: "你是讲师", level: 1 })).toBeVisible();
    expect(new URL(teacher.url()).pathname).toBe("/class");
    await expect(teacher.getByRole("link", { name: "代码到底在哪里运行？" })).toBeVisible();
    await expect(teacher.getByText("第 1 课 · 5 步 · 约 15 分钟")).toBeVisible();
    await expectChinesePage(teacher, "/class");
    await expectAccessible(teacher, "/class");
    await shot(teacher, "zh-classroom-index-1280");

    // A plain step page: prediction, journey, views, the presenter's setup (a failure switch by its Chinese
    // title) and the provider table.
    await teacher.goto("/class/search-as-a-function/4");
    await expect(teacher.getByRole("heading", { name: "十个同时到达，上限是 2", level: 1 })).toBeVisible();
    await expect(teacher.getByText("第 4 步，共 4 步")).toBeVisible();
    await expect(teacher.getByRole("button", { name: "运行：同时发起十个搜索" })).toBeVisible();
    await expect(teacher.getByText("故障开关“并发上限”：开。")).toBeVisible();
    await expect(teacher.getByText("生成负载：20 个用户访问无服务器商店，持续 30 秒。")).toBeVisible();
    // AWS's product name in the provider table is a name, the same in every language.
    await expectChinesePage(teacher, "lesson step", ["API Gateway"]);
    await expectAccessible(teacher, "lesson step");
    await shot(teacher, "zh-classroom-step-1280");
    await teacher.setViewportSize({ width: 390, height: 844 });
    await shot(teacher, "zh-classroom-step-390", false);
    await teacher.setViewportSize({ width: 1280, height: 900 });
    // Lesson 8's setup names the moved capabilities in Chinese.
    await teacher.goto("/class/strangle-the-monolith/3");
    await expect(
      teacher.getByText(/^混合架构商店，全班：已迁到无服务器：搜索、图片流水线|^混合架构商店，全班：已迁到无服务器：/),
    ).toBeVisible();
    await expectChinesePage(teacher, "lesson 8 step 3");

    // A phone joins in Chinese.
    const phoneContext = await chinesePhone(browser);
    const student = await phoneContext.newPage();
    // A lobby (End lesson opens one): the phone joins before the lesson starts and stays in when it does.
    await request.post("/api/class/state", { headers: INSTRUCTOR, data: { action: "end" } });
    const { code } = (await (await request.get("/api/class/state", { headers: INSTRUCTOR })).json()) as { code: string };
    await student.goto("/class/join");
    await expect(student.getByRole("heading", { name: "加入课堂", level: 1 })).toBeVisible();
    await expectChinesePage(student, "join");
    await expectAccessible(student, "join");
    await shot(student, "zh-classroom-join-code-390");
    await student.getByLabel("主屏幕上的加入码").fill(code);
    await student.getByLabel("你的名字（选填）").fill("小明");
    await student.getByRole("button", { name: "加入课堂" }).click();
    await expect(student.getByRole("heading", { name: "你已加入" })).toBeVisible();
    await expectChinesePage(student, "joined, waiting");

    // The audience screen, Chinese by its browser's language.
    const audienceContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: "zh-CN",
      extraHTTPHeaders: { "accept-language": "zh-CN" },
    });
    const audience = await audienceContext.newPage();
    await audience.goto("/class/live");

    // The presenter starts lesson 1 and moves to its first question.
    await teacher.goto("/class/present");
    await expect(teacher.getByText("直播中：手机和观众大屏都在跟随")).toBeVisible();
    await teacher.getByLabel("课程").selectOption("where-does-the-code-run");
    await teacher.getByRole("button", { name: "开始上课" }).click();
    await expect(teacher.getByTestId("presenter-step")).toHaveAttribute("data-step", "where-does-the-code-run/1");
    await teacher.getByRole("button", { name: "下一步" }).click();
    await expect(teacher.getByTestId("presenter-step")).toHaveAttribute("data-step", "where-does-the-code-run/2");
    await expect(teacher.getByRole("heading", { name: "单体应用：谁在干活？", level: 1 })).toBeVisible();
    await expect(teacher.getByText(/揭晓之前只有你能看到柱状图。正确答案：一个：服务器直接返回渲染好的 HTML/)).toBeVisible();
    await expectChinesePage(teacher, "presenter");
    await expectAccessible(teacher, "presenter");

    // The phone follows and votes; the presenter's tally counts it.
    await expect(student.getByTestId("student-view")).toHaveAttribute("data-step", "where-does-the-code-run/2");
    await student.getByRole("button", { name: "一个：服务器直接返回渲染好的 HTML" }).click();
    await expect(student.getByTestId("my-answer")).toContainText("你选择了一个：服务器直接返回渲染好的 HTML");
    await expectChinesePage(student, "phone after voting");
    await expectAccessible(student, "phone after voting");
    await shot(student, "zh-classroom-join-390");
    await expect(teacher.getByTestId("tally").locator('[data-choice="one"]')).not.toHaveAttribute("data-count", "0");
    await teacher.getByRole("button", { name: "揭晓答案" }).click();
    await expect(student.getByText("正确答案", { exact: true })).toBeVisible();
    await expect(student.getByText("你的答案", { exact: true })).toBeVisible();
    await expectChinesePage(student, "phone after the reveal");
    await shot(student, "zh-classroom-reveal-390");
    await expectChinesePage(teacher, "presenter after the reveal");
    await shot(teacher, "zh-classroom-presenter-1280");

    // The audience screen shows the same step, the tally and the explanation.
    await expect(audience.getByTestId("audience-view")).toHaveAttribute("data-step", "where-does-the-code-run/2");
    // After the reveal: the bars (each choice's share of all answers), the right answer and "x of y answered".
    await expect(audience.getByTestId("audience-view")).toHaveAttribute("data-revealed", "true");
    await expect(audience.getByTestId("tally").locator('[data-choice="one"]')).toHaveAttribute("data-count", "1");
    await expect(audience.getByTestId("answered-count")).toHaveText(/^\d+ 人中 1 人已回答$/);
    await expect(audience.getByTestId("audience-answer")).toContainText("正确答案：一个：服务器直接返回渲染好的 HTML");
    await expectChinesePage(audience, "audience screen");
    await expectAccessible(audience, "audience screen");
    await shot(audience, "zh-classroom-live-1280");

    // The bench: a short run against the serverless store, then the figures, charts and switches in Chinese.
    await teacher.getByRole("button", { name: "结束本课" }).first().click();
    await teacher.goto("/class/bench");
    await expect(teacher.getByRole("heading", { name: "实验台", level: 1 })).toBeVisible();
    await expect(teacher.getByRole("switch", { name: "并发上限" })).toBeVisible();
    await teacher.getByLabel("目标").selectOption("serverless");
    await teacher.getByLabel("用户数", { exact: true }).fill("4");
    await teacher.getByLabel("时长（秒）").fill("8");
    await teacher.getByLabel("预热爬坡（秒）").fill("0");
    await teacher.getByRole("button", { name: "开始" }).click();
    await expect(teacher.getByTestId("bench-progress")).toContainText(/已运行 \d+ 秒，共 8 秒|正在准备/);
    await expect(teacher.getByTestId("bench-progress")).toContainText("8 秒后结束", { timeout: 60_000 });
    await expect(teacher.getByTestId("chart-rps").getByText("每秒请求数")).toBeVisible();
    await expect(teacher.getByTestId("chart-errors").getByText("无服务器 429")).toBeVisible();
    const requests = await teacher.getByTestId("serverless-requests").innerText();
    expect(Number(requests.replace(/[^\d]/g, ""))).toBeGreaterThan(0);
    await expectChinesePage(teacher, "bench");
    await expectAccessible(teacher, "bench");
    await shot(teacher, "zh-bench-1280");

    const benchPhone = await (await chinesePhone(browser)).newPage();
    await becomeInstructorIn(benchPhone);
    await benchPhone.goto("/class/bench");
    await expect(benchPhone.getByRole("heading", { name: "实验台", level: 1 })).toBeVisible();
    await expect(benchPhone.getByTestId("bench-progress")).toContainText("8 秒后结束");
    await expectChinesePage(benchPhone, "bench on a phone");
    await shot(benchPhone, "zh-bench-390", false);
    await benchPhone.getByRole("heading", { name: "实时图表" }).scrollIntoViewIfNeeded();
    await shot(benchPhone, "zh-bench-charts-390", false);
    const text = await pageText(benchPhone);
    expect(text).toContain("故障开关");

    await Promise.all([teacherContext.close(), phoneContext.close(), audienceContext.close(), benchPhone.context().close()]);
  });
});

/** The instructor key in a context that is already Chinese (becomeInstructor expects the English heading). */
async function becomeInstructorIn(page: Page) {
  await page.goto(`/class?key=${encodeURIComponent(CLASS_KEY)}`);
  await expect(page.getByRole("heading", { name: "你是讲师" })).toBeVisible();
}
