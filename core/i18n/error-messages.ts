// API and form errors in the visitor's language. The code (AppError.code) is the stable contract and never
// changes; the message is worded where the error is thrown, in English, and put into Chinese here, at the one
// place each architecture turns an error into an answer (the gateway's errorResponse, the monolith's form
// handler). Known sentences are translated whole (with their values); an unknown one falls back to a Chinese
// sentence for its code, so a Chinese page never shows an English error.
import type { Locale } from "./locale";

type ErrorLike = { code: string; message: string };

/** Exact English sentences and their Chinese. */
const EXACT: Record<string, string> = {
  "Something went wrong on our side. Please try again.": "我们这边出了点问题，请重试。",
  "Not found.": "未找到。",
  "That input is not valid.": "输入无效。",
  "Your order is empty.": "订单是空的。",
  "That pet is no longer in the store.": "这只宠物已不在店里。",
  "Unknown pet.": "没有这只宠物。",
  "Quantity must be a number.": "数量必须是数字。",
  "Quantity must be a whole number.": "数量必须是整数。",
  "Quantity must be at least 1.": "数量至少为 1。",
  "Whole numbers only.": "只能填整数。",
  "Choose a category.": "请选择一个分类。",
  "Name is required.": "请填写名字。",
  "Tell us your name.": "请告诉我们你的名字。",
  "Price is required.": "请填写价格。",
  "Stock is required.": "请填写库存。",
  "Stock must be a whole number from 0 to 99999.": "库存必须是 0 到 99999 之间的整数。",
  "Enter a valid email address, like name@example.com.": "请输入有效的邮箱地址，例如 name@example.com。",
  "That email address is too long.": "邮箱地址太长了。",
  "That password is too long (200 characters at most).": "密码太长了（最多 200 个字符）。",
  "That email and password don't match an account.": "邮箱和密码不匹配任何账号。",
  "We could not create an account with that email. If you already have one, log in instead.":
    "无法用这个邮箱创建账号。如果你已经有账号，请直接登录。",
  "Too many photos are being uploaded right now; try again in 5 seconds.": "现在上传照片的人太多了，请 5 秒后再试。",
  "That form is too large. Go back and try again.": "这个表单太大了，请返回后重试。",
  "Your cart is empty — add a pet before checking out.": "购物车是空的——请先加入一只宠物再结账。",
  "That pet is not in your cart any more.": "这只宠物已经不在你的购物车里了。",
  "Your session has expired. Reload the page and try again.": "你的会话已过期。请刷新页面后重试。",
  "At most 50 different pets per order.": "每个订单最多包含 50 种不同的宠物。",
  "idempotencyKey is required.": "缺少 idempotencyKey。",
  "idempotencyKey must be 8 to 100 characters.": "idempotencyKey 的长度必须在 8 到 100 个字符之间。",
  "idempotencyKey may use letters, digits and - _ . : only.": "idempotencyKey 只能包含字母、数字和 - _ . :。",
  "items must be a list of { petId, quantity }.": "items 必须是 { petId, quantity } 的列表。",
  "Send the body as JSON with Content-Type: application/json.": "请以 JSON 发送请求体，并设置 Content-Type: application/json。",
  "This request came from another site and was refused.": "这个请求来自其他网站，已被拒绝。",
  "Send the settings as a JSON object.": "请以 JSON 对象发送设置。",
  "That storage key is not allowed.": "不允许使用这个存储键。",
  "That upload no longer exists.": "这次上传已不存在。",
  "That category no longer exists.": "这个分类已不存在。",
  "The file is empty.": "文件是空的。",
  "Choose a photo.": "请选择一张照片。",
  "That file is not a JPEG, PNG or WebP image.": "这个文件不是 JPEG、PNG 或 WebP 图片。",
  "The image file is damaged or incomplete.": "图片文件已损坏或不完整。",
  "The uploaded photo is missing.": "找不到上传的照片。",
  "The pet was removed before it could be indexed.": "这只宠物在建立索引之前就被移除了。",
  "Unknown image.": "没有这张图片。",
  "The class is full. Ask your instructor to let you watch the main screen.": "课堂已满。请请老师让你看主屏幕。",
  "Join the class first, then answer.": "请先加入课堂，再作答。",
  "There is no recorded run with that id.": "没有这个编号的课堂记录。",
  "This run is still going. End the lesson first, then delete it.": "这次课堂还在进行。请先结束课程，再删除它。",
  "That file is not a class recording this app can read (an export from the Class runs page, format version 1).":
    "这个文件不是本应用能读取的课堂记录（应为“课堂记录”页面导出的文件，格式版本 1）。",
  "That recording is of a lesson this app does not have.": "这份记录属于本应用中没有的课程。",
  "That file is too large: a class recording is at most 5 MB.": "文件太大了：一份课堂记录最多 5 MB。",
  "That is not the code of this class. Check the code on the main screen and try again.":
    "这不是本课堂的加入码。请核对主屏幕上的加入码后重试。",
  "Enough students have joined from this network address already. Ask your instructor to raise the limit.":
    "从这个网络地址加入的学生已经够多了。请老师调高上限。",
  "Too many screens from your network address are following the class. Close one and try again.":
    "从你的网络地址跟随课堂的屏幕太多了。请关闭一个后重试。",
  "Type the code shown on the main screen.": "请输入主屏幕上显示的加入码。",
  "That student is not in the class any more.": "这名学生已经不在课堂里了。",
  "The store is being reset already. Wait a moment.": "商店正在重置，请稍等。",
  "That instructor key is not right.": "讲师密钥不正确。",
  "Only the instructor may do this: open the instructor link that `npm start` printed, or send the x-class-key header.":
    "只有讲师可以这样做：请打开 `npm start` 打印的讲师链接，或发送 x-class-key 请求头。",
  "Sign the request with a data-API token: Authorization: Bearer <token> (get one from /api/baas/token).":
    "请用数据 API 令牌签名请求：Authorization: Bearer <token>（从 /api/baas/token 获取）。",
  "You need to log in to do that.": "需要登录才能这样做。",
  // The classroom and the lab bench (app/api/class/**).
  "The class has moved on; answer the question on screen now.": "课堂已经进行到下一题了，请回答屏幕上现在的问题。",
  "The answer is already on screen; the next question is coming.": "答案已经揭晓，下一道题马上就来。",
  "That is not one of the choices.": "这不是其中的一个选项。",
  "Too many screens are following the class. Try again in a minute.": "正在跟随课堂的屏幕太多了，请一分钟后再试。",
  "That request is too large.": "这个请求太大了。",
  "Send a JSON object.": "请发送一个 JSON 对象。",
  "There is no lesson with that id.": "没有这个 id 的课程。",
  "Pick a lesson first.": "请先选择一课。",
  "Not a known id.": "不是已知的 id。",
  "Not a known question.": "不是已知的问题。",
  "That form could not be read. Go back and try again.": "无法读取这个表单，请返回后重试。",
  "A load run is already going. Stop it first (DELETE /api/class/load).": "已经有一次压测在运行了。请先停止它（DELETE /api/class/load）。",
  "A load run is already going. Stop it first (DELETE /api/class/load). (It runs on another instance of the app.)":
    "已经有一次压测在运行了。请先停止它（DELETE /api/class/load）。（它运行在应用的另一个实例上。）",
  "A journey's weight cannot be negative.": "访问流程的权重不能为负数。",
  "A journey's weight is at most 100.": "访问流程的权重最大为 100。",
  'target must be "monolith", "serverless" or "both".': 'target 必须是 "monolith"、"serverless" 或 "both"。',
  "users must be a number.": "users 必须是数字。",
  "users must be a whole number.": "users 必须是整数。",
  "Start at least 1 virtual user.": "至少启动 1 个虚拟用户。",
  "seconds must be a number.": "seconds 必须是数字。",
  "seconds must be a whole number.": "seconds 必须是整数。",
  "Run for at least 5 seconds.": "至少运行 5 秒。",
  "Run for at most 300 seconds.": "最多运行 300 秒。",
  "rampUpSeconds must be a whole number.": "rampUpSeconds 必须是整数。",
  "rampUpSeconds cannot be negative.": "rampUpSeconds 不能为负数。",
  "rampUpSeconds is at most 300.": "rampUpSeconds 最大为 300。",
  "The ramp-up must be shorter than the run.": "预热爬坡时间必须短于运行时长。",
  "Give at least one journey a weight above 0.": "至少给一个访问流程大于 0 的权重。",
  "Allow at least one concurrent run.": "至少允许 1 个并发运行。",
  "At most 100 concurrent runs.": "最多 100 个并发运行。",
  "The timeout is at least 50 ms.": "超时至少为 50 毫秒。",
  "The token lifetime is at least 35 s (the SPA renews 30 s before expiry).":
    "token 有效期至少为 35 秒（单页面应用会在过期前 30 秒续期）。",
  "The token lifetime is at most 300 s.": "token 有效期最长为 300 秒。",
  "Let the loop run at least twice before the breaker trips.": "熔断器跳闸之前，至少让循环运行两次。",
  "The breaker trips after at most 50 runs.": "熔断器最多在 50 次运行后跳闸。",
  "The switch refused that setting.": "这个开关拒绝了该设置。",
  "The load generator refused those settings.": "负载生成器拒绝了这些设置。",
  "not available yet": "暂不可用",

  "We couldn’t find that.": "找不到这个内容。",
  "Too many requests right now. Wait a moment and try again.": "当前请求过多，请稍等片刻再试。",
  "Couldn't reach the store. Check your connection and try again.": "无法连接商店。请检查网络后重试。",
  "That quantity is not available.": "没有这么多数量可供购买。",
};

/** Sentences with values in them: the pattern of the English, and the Chinese with the same values. */
const PATTERNS: [RegExp, (...values: string[]) => string][] = [
  [/^Sorry, (.+) is sold out\.$/, (name) => `抱歉，${name}已售罄。`],
  [
    /^Sorry, (.+) just sold out \(or has fewer left than you asked for\)\.$/,
    (name) => `抱歉，${name}刚刚售罄（或剩余数量少于你要的数量）。`,
  ],
  [/^Only (\d+) of (.+) left in stock; you asked for (\d+)\.$/, (stock, name, asked) => `${name}只剩 ${stock} 只，你要了 ${asked} 只。`],
  [/^You can buy at most (\d+) of one pet at a time\.$/, (max) => `同一只宠物一次最多买 ${max} 只。`],
  [/^Pet #(\d+) is not in the store\.$/, (id) => `宠物 #${id} 不在店里。`],
  [/^Use at least (\d+) characters for your password\.$/, (n) => `密码至少需要 ${n} 个字符。`],
  [/^Too many attempts; try again in (\d+) (?:second|seconds)\.$/, (n) => `尝试次数过多，请在 ${n} 秒后重试。`],
  [/^Too many attempts; try again in (\d+) minutes\.$/, (n) => `尝试次数过多，请在 ${n} 分钟后重试。`],
  [
    /^Too many new accounts from your network; try again in (\d+) (?:minute|minutes)\.$/,
    (n) => `你所在网络新注册的账号过多，请在 ${n} 分钟后重试。`,
  ],
  [/^Too many requests from (.+)\. Please wait (\d+) s and try again\.$/, (_what, s) => `请求过于频繁，请等待 ${s} 秒后重试。`],
  [/^There is no failure switch called "(.+)"\.$/, (name) => `没有名为“${name}”的故障开关。`],
  [
    /^The image is too large \((\d+) × (\d+) pixels; at most (\d+) megapixels\)\.$/,
    (w, h, max) => `图片太大了（${w} × ${h} 像素；最多 ${max} 百万像素）。`,
  ],
  [/^The file is too large \(at most (\d+) MB\)\.$/, (mb) => `文件太大了（最多 ${mb} MB）。`],
  [/^Too many requests from your device\. Please wait (\d+) s\.$/, (s) => `你的设备请求过于频繁，请等待 ${s} 秒。`],
  [/^This lesson has steps 1 to (\d+)\.$/, (n) => `这一课只有第 1 到第 ${n} 步。`],
  [/^At most (\d+) virtual users\.$/, (n) => `最多 ${n} 个虚拟用户。`],
  [/^The extra cold-start delay cannot be negative\.$/, () => "额外冷启动延迟不能为负数。"],
  [/^The extra cold-start delay is at most (\d+) ms\.$/, (n) => `额外冷启动延迟最长为 ${n} 毫秒。`],
  [/^The timeout cannot be negative\.$/, () => "超时不能为负数。"],
  [/^The timeout is at most (\d+) ms\.$/, (n) => `超时最长为 ${n} 毫秒。`],
  [/^The extra handler time cannot be negative\.$/, () => "处理额外耗时不能为负数。"],
  [/^The extra handler time is at most (\d+) ms\.$/, (n) => `处理额外耗时最长为 ${n} 毫秒。`],
  [/^The added database latency cannot be negative\.$/, () => "附加的数据库延迟不能为负数。"],
  [/^The added database latency is at most (\d+) ms\.$/, (n) => `附加的数据库延迟最长为 ${n} 毫秒。`],
  [/^(\w+) is not allowed here/, (method) => `这里不允许使用 ${method} 方法。`],
];

/** The already-in-cart prefix wraps another error's sentence: translate both parts. */
const TOP_UP = /^You already have (\d+) of (.+) in your cart, so (you cannot add more|you can add at most (\d+) more)\. (.+)$/;

/** One Chinese sentence per code, for a message this file does not know yet. */
const BY_CODE: Record<string, string> = {
  bad_request: "请求无效，请检查输入后重试。",
  unauthorized: "需要登录或有效的令牌。",
  forbidden: "你没有权限这样做。",
  not_found: "未找到。",
  conflict: "与当前状态冲突，请刷新后重试。",
  out_of_stock: "库存不足。",
  payload_too_large: "上传的内容太大了。",
  rate_limited: "请求过于频繁，请稍后重试。",
  timeout: "处理超时，请重试。",
  csrf_failed: "表单已过期，请刷新页面后重试。",
  internal: "我们这边出了点问题，请重试。",
};

function toChinese(message: string, code: string): string {
  // Already Chinese (the server answered in the request's language): nothing to do.
  if (/[\u4e00-\u9fff]/.test(message)) return message;
  const exact = EXACT[message];
  if (exact) return exact;
  const topUp = TOP_UP.exec(message);
  if (topUp) {
    const [, already, name, , room, rest = ""] = topUp;
    const more = room === undefined ? "不能再加了" : `最多还能再加 ${room} 只`;
    return `你的购物车里已经有 ${already} 只${name}，所以${more}。${toChinese(rest, code)}`;
  }
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return BY_CODE[code] ?? BY_CODE.internal!;
}

/** The error's message in `locale` (English is how it was written). */
export function translateErrorMessage(error: ErrorLike, locale: Locale): string {
  return locale === "zh-CN" ? toChinese(error.message, error.code) : error.message;
}

/** Notices (what just happened) that both stores word the same way. */
const NOTICES: [RegExp, (...values: string[]) => string][] = [
  [/^Added (\d+) × (.+) to your cart\.$/, (n, name) => `已将 ${n} × ${name}加入购物车。`],
  [/^Added (.+) to your cart\.$/, (name) => `已将${name}加入购物车。`],
  [/^Updated (.+): quantity (\d+)\.$/, (name, n) => `已更新${name}：数量 ${n}。`],
  [/^Removed (.+) from your cart\.$/, (name) => `已将${name}移出购物车。`],
  [/^You are logged out\.$/, () => "你已退出登录。"],
];

/** A notice in `locale`; one this file does not know stays as written. */
export function translateNotice(message: string, locale: Locale): string {
  if (locale !== "zh-CN") return message;
  for (const [pattern, render] of NOTICES) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}
