// 第 8 课的中文：混合架构商店沿推荐顺序逐项迁移。结构（每一步的迁移状态）在 ../strangle-the-monolith.ts。
import type { LessonText } from "../../model/localize-lesson";

const panel = "迁移面板：这一步已经迁移了全班的状态（有自己状态的浏览器：点“跟随全班状态”）";
const lens = "混合架构部分：哪些还在单体应用里，以及用到的桥接";

export const strangleTheMonolith: LessonText = {
  id: "strangle-the-monolith",
  title: "绞杀单体应用",
  summary:
    "在单体应用前面放一个路由门面，基于同一份数据，一次把一项能力迁到无服务器：搜索、图片、目录、购买、认证，最后是页面。每一次迁移都有收益，也都需要一座桥。",
  steps: {
    "all-monolith": {
      title: "第 0 步：在单体应用前面放一个门面",
      text: "打开混合架构商店，开着架构透视购物一次。每个请求都先经过路由门面，而今天门面把一切都交给单体应用：瀑布图里只有门面，然后是 Web 服务器，别无其他。",
      notes: "进入这一步会把全班都设为全部在单体应用。门面是唯一的新部件：它现在还什么都没改变，这正是重点。",
      observe: [panel, "门面节点，六项能力仍全部在单体应用里"],
    },
    "move-search": {
      title: "第 1 步：迁移搜索",
      text: "这一步迁移搜索。搜索只读且无状态，所以它是代价最小、又有实际价值的第一步。在混合架构商店里再搜索一次，在架构透视里找到搜索函数。",
      reveal: "页面仍由服务器渲染，架构透视里门面后面多了 API 网关和搜索函数。",
      prediction: {
        question: "搜索已经迁移，页面还没有。谁来调用搜索函数？",
        choices: {
          server: "服务器，在渲染页面的时候",
          browser: "浏览器，直接调用",
        },
        explanation: "页面仍由服务器渲染，所以是服务器通过 API 网关调用函数：这就是第一座桥。",
      },
      observe: [panel, lens],
    },
    "move-images": {
      title: "第 2 步：迁移图片流水线",
      text: "这一步迁移图片流水线。它只涉及管理员的上传，而且在后台运行，所以耦合很低。风险在于已经排给旧消费者的任务：真实的团队会先把它们处理完再切换。",
      observe: [panel, lens],
    },
    "move-catalog": {
      title: "第 3 步：迁移目录读取",
      text: "这一步迁移目录读取。现在服务器渲染的每个页面都通过数据 API 读取目录，用的是服务器给自己签发的 token。看看架构透视：每个页面都多了一跳，这就是这次迁移的代价。",
      observe: [panel, lens],
    },
    "move-purchase": {
      title: "第 4 步：迁移购买",
      text: "这一步迁移购买：买点东西试试。单体应用的会话被换成一个短时效的 BaaS token，门面把服务器端的购物车交给购买函数。订单历史里仍能看到迁移之前下的订单：因为是同一个数据库。",
      prediction: {
        question: "你仍然用单体应用的会话保持登录。购买函数能知道你是谁吗？",
        choices: {
          token: "能：服务器用会话换来一个 BaaS token",
          no: "不能：你必须重新登录",
        },
        explanation: "这就是会话换 token 的桥：服务器已经校验过会话，所以可以为函数签发一个写明用户身份的 token。",
      },
      observe: [panel, lens],
    },
    "move-auth": {
      title: "第 5 步：迁移认证",
      text: "这一步迁移认证。刷新混合架构商店：你已经退出登录了。BaaS 不认识单体应用的会话，所以这是唯一一次要求所有人重新登录的迁移。把它安排在清闲的时段，并提前通知大家。",
      observe: [panel, lens],
    },
    "move-pages": {
      title: "第 6 步：迁移页面，然后关掉单体应用",
      text: "这一步最后迁移页面：其他一切都依赖它们。门面把你在服务器上的购物车一次性交给浏览器购物车，然后把你送到浏览器应用。单体应用里什么都不剩了；关闭 JavaScript 后商店就不能用了，这是最后这一步的代价。",
      prediction: {
        question: "你的购物车原来在服务器上。页面迁移之后，它会……",
        choices: {
          handed: "一次性移交给浏览器购物车",
          lost: "丢失",
        },
        explanation: "购物车移交这座桥会把服务器上的购物车复制到浏览器的购物车里；没有 JavaScript 就做不到，页面会说明这一点。",
      },
      observe: [panel, "浏览器应用里移交过来的购物车"],
    },
  },
};
