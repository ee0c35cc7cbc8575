// 第 1 课的中文：同一次点击，分别穿过两种架构。结构（步骤、设置、答案）在 ../where-does-the-code-run.ts。
import type { LessonText } from "../../core/lessons/localize-lesson";

export const whereDoesTheCodeRun: LessonText = {
  id: "where-does-the-code-run",
  title: "代码到底在哪里运行？",
  summary: "同一次点击，追踪两遍：一边是包办一切的单台服务器，一边是直接调用 BaaS、数据 API 和函数的浏览器应用。",
  steps: {
    "one-click-two-stores": {
      title: "一次点击，两家商店",
      text: "两家商店卖的是同一个数据库里的同一批宠物，业务规则也只写了一遍。不同的是每段代码在哪里运行。打开单体应用，打开架构透视（页头里的按钮），然后点一个分类。",
      notes: "让大家自由点一分钟。提醒大家注意页头里的架构切换：切换后仍停留在同一个页面。",
      observe: ["单体应用的“狗狗”分类页，打开架构透视"],
    },
    "one-server": {
      title: "单体应用：一台服务器包办一切",
      text: "在单体应用里，浏览器只要一个页面，剩下的都交给服务器：校验会话、读数据库、渲染 HTML。架构透视里只有一次来自浏览器的往返，其余的调用都发生在 Web 服务器内部。",
      notes: "在有人打开架构透视之前，先让大家猜一猜。答案是页面本身只有一个请求（外加图片）。",
      prediction: {
        question: "在单体应用里打开“狗狗”分类页，浏览器为了页面数据要发出几个请求？",
        choices: {
          one: "一个：服务器直接返回渲染好的 HTML",
          "per-pet": "页面上每只宠物一个",
          several: "好几个，分别发给不同的服务",
        },
        explanation: "服务器读完数据库，把所有内容渲染进一个 HTML 响应里。浏览器之后只再去取图片。",
      },
      observe: ["一次往返：先是 Web 服务器，然后是数据库"],
    },
    "browser-baas-functions": {
      title: "无服务器商店：由浏览器拼出页面",
      text: "切换到无服务器商店，点同一个分类。现在浏览器里跑的是单页面应用：它先从认证服务拿一个临时 token，再向数据 API 要宠物列表，然后自己把页面渲染出来。我们自己已经没有渲染页面的 Web 服务器了。",
      notes: "让大家数一数架构透视瀑布图里的行：token、数据 API，然后是浏览器里的渲染。",
      observe: ["token、数据 API，以及浏览器里的渲染"],
    },
    "search-is-a-function": {
      title: "搜索搬进了函数",
      text: "搜索要在大量数据上做重活，所以无服务器商店把它放进一个按需启动的函数里。运行下面的搜索，看看是哪个实例响应的，以及这次是不是冷启动。",
      journey: "搜索“dog”",
      observe: ["无服务器架构图里，搜索函数亮了起来"],
    },
    "side-by-side": {
      title: "并排对比",
      text: "对比视图在两家商店里执行同一个操作，把两条调用链并排摆在一起。数一数各自经过了哪些组件，以及浏览器发起了几次往返。",
      notes: "一个不错的收尾问题：这些改造里，哪些你会用在自己的应用上，哪些不会？",
      prediction: {
        question: "同样一次搜索，哪家商店从浏览器发出的往返更多？",
        choices: {
          monolith: "单体应用",
          serverless: "无服务器商店",
          same: "一样多",
        },
        explanation: "单页面应用要先取 token，再自己调用搜索函数；单体应用只返回一个服务器渲染好的页面。",
      },
      observe: ["运行“搜索”，读一读两边的差别"],
    },
  },
};
