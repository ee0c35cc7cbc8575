// 实验台（/class/bench）的中文：压测表单、指标、实时图表和故障开关。
import type { Messages } from "./index";

export const benchZhCN: Messages["bench"] = {
  metaTitle: "实验台",
  classroom: "课堂",
  title: "实验台",
  locked:
    "实验台会给整个应用加负载，并为所有人打开故障开关，所以只有讲师可以打开它。请先打开 <code>npm start</code> 打印出的讲师链接，再回到这里。",
  thisRun: "本次运行",
  recentFailures: "最近的失败（{count}）",
  loading: "加载中…",
  empty: "还没有运行。选择一家商店和虚拟用户数，然后点“开始”：流量开始后，指标和图表会出现在这里。",
  preparing: "正在准备 {users} 个生成的顾客和商品目录…",
  runningBoth: "已运行 {elapsed} 秒，共 {seconds} 秒 — 两家商店上共有 {active}/{users} 个虚拟用户在活动。",
  runningOne: "已运行 {elapsed} 秒，共 {seconds} 秒 — {target}商店上有 {active}/{users} 个虚拟用户在活动。",
  finishedBoth: "{elapsed} 秒后结束：向两家商店共发出 {requests} 个请求。",
  finishedOne: "{elapsed} 秒后结束：向{target}商店发出 {requests} 个请求。",
  target: { monolith: "单体应用", serverless: "无服务器" },
  figure: "指标",
  monolith: "单体应用",
  serverless: "无服务器",
  ms: "{value} 毫秒",
  rows: {
    requests: "请求数",
    rps: "每秒请求数（最近 5 秒）",
    p50: "P50 延迟（最近 10 秒）",
    p95: "P95 延迟（最近 10 秒）",
    errors: "错误数",
    throttled: "被限流（429）",
    coldStarts: "冷启动次数",
    byStatus: "按状态码",
  },
  form: {
    heading: "生成负载",
    target: "目标",
    both: "两家商店（用户各占一半）",
    monolith: "单体应用",
    serverless: "无服务器",
    users: "用户数",
    seconds: "时长（秒）",
    rampUp: "预热爬坡（秒）",
    mix: "访问流程配比（权重）",
    browse: "浏览分类",
    search: "搜索",
    view: "查看宠物",
    buy: "购买",
    start: "开始",
    stop: "停止",
  },
  charts: {
    heading: "实时图表",
    intro: "运行期间每秒一个点（最近一分钟）。靛蓝色是单体应用，青色是无服务器。",
    seconds: "{value}秒",
    rps: "每秒请求数",
    latency: "延迟 P50 / P95（毫秒）",
    errors: "按状态码统计的错误",
    instances: "函数实例数（无服务器；单体应用只有一个进程）",
    coldThrottles: "每秒冷启动与限流次数（无服务器）",
    cost: "按当前速率每分钟的成本（美元）",
    monolith: "单体应用",
    serverless: "无服务器",
    monoP50: "单体应用 P50",
    monoP95: "单体应用 P95",
    slsP50: "无服务器 P50",
    slsP95: "无服务器 P95",
    mono429: "单体应用 429",
    mono4xx: "单体应用 其他 4xx",
    mono5xx: "单体应用 5xx / 无响应",
    sls429: "无服务器 429",
    sls4xx: "无服务器 其他 4xx",
    sls5xx: "无服务器 5xx / 无响应",
    liveInstances: "存活实例",
    coldStarts: "冷启动",
    throttled: "被限流（429）",
    monoCost: "单体应用（常驻运行）",
    slsCost: "无服务器（按请求 + GB-秒）",
  },
  switches: {
    heading: "故障开关",
    resetAll: "全部复位",
    on: "开",
    off: "关",
    appliesTo: "适用于：{sides}",
    and: "和",
    side: { monolith: "单体应用", serverless: "无服务器" },
    loops: "熔断器统计到的循环",
    photo: "照片 <code>{id}</code>：{summary}",
    params: {
      limit: "并发运行数",
      ms: "毫秒",
      timeoutMs: "超时（毫秒）",
      slowMs: "处理额外耗时（毫秒）",
      seconds: "token 有效期（秒）",
      maxRuns: "熔断器：每张照片的运行次数",
    },
  },
  faults: {
    "concurrency-limit": {
      title: "并发上限",
      description:
        "每个函数同一时刻最多只能运行 `limit` 个实例：观察无服务器一侧被限流（返回 429，单页面应用和工作流会重试），而单体应用没有这个上限——它的请求只是在那一个进程里排队，P95 随之上升。",
    },
    "cold-start-delay": {
      title: "冷启动延迟",
      description:
        "每个新的函数实例（HTTP 函数和流水线步骤）在第一次运行前都要等待 `ms`：观察负载拉起新实例时 P95 的跳升，而一直保持热状态的单体应用不受影响。",
    },
    "function-timeout": {
      title: "函数超时",
      description:
        "两家商店里的搜索和结账都会多花 `slowMs`；运行超过 `timeoutMs` 的函数会被终止并返回 504，实例也会被丢弃，而单体应用的请求只是变慢。",
    },
    "database-latency": {
      title: "数据库延迟",
      description:
        "两家商店的每次数据库查询都要多等 `ms`：观察依次执行多次查询的页面（单体应用的页面、购买函数）比单次数据 API 读取受影响更大。",
    },
    "storage-outage": {
      title: "对象存储故障",
      description:
        "公共存储桶（缩略图、种子照片、搜索索引）拒绝所有读写；接收原图的上传存储桶仍然可用，所以新的上传会被接受并进入队列，但它的缩略图存不进去：单体应用的消费者和无服务器的步骤都会等待（管理页面上显示“等待中”；每次重试间隔 2 秒、4 秒……最长 30 秒，不计入尝试次数），存储恢复后两边都会把这次上传处理完，且只处理一次（故障最长 10 分钟）。",
    },
    "consumer-down": {
      title: "消费者宕机 / 步骤崩溃",
      description:
        "单体应用的图片消费者停止认领任务（积压会增长，恢复后再逐步消化）；无服务器的每个步骤第一次尝试都会崩溃，持久化运行从该步骤继续，而不是从头再来。",
    },
    "poison-image": {
      title: "毒图片",
      description:
        "每张新照片在每次尝试时都会生成缩略图失败：观察两条流水线按允许的次数重试，然后连同失败原因把它放进死信，而不是无休止地重试。",
    },
    "short-token-lifetime": {
      title: "token 短时效",
      description:
        "新的数据 API token 只有 `seconds` 的有效期：观察单页面应用的静默刷新（每隔几秒一次 GET /api/baas/token）出现在架构透视里，而单体应用的服务器会话没有什么需要续期。",
    },
    "recursive-trigger": {
      title: "递归触发",
      description:
        "仅限无服务器（单体应用的消费者只处理分配给它的任务；它写入的东西都不是事件）：忽略 thumbnails/ 下写入的保护被关闭，于是每张存下的缩略图都会为它的照片再启动一次完整的流水线——观察运行次数不断翻倍，直到熔断器在 `maxRuns` 次运行后把它们停下，再看看没有熔断器时这个循环会产生多少费用。",
    },
  },
};
