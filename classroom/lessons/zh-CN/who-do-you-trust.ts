// 第 2 课的中文：会话与第三方认证、短时效且带权限范围的 token。结构在 ../who-do-you-trust.ts。
import type { LessonText } from "../../model/localize-lesson";

export const whoDoYouTrust: LessonText = {
  id: "who-do-you-trust",
  title: "你信任谁？",
  summary: "会话 Cookie 对比第三方认证加短时效、带权限范围的 token。为什么匿名 token 买不了东西，为什么篡改价格什么也改变不了。",
  steps: {
    "session-cookie": {
      title: "单体应用保存会话",
      text: "单体应用自己校验密码，并在服务器上的一条会话记录里记住你是谁。浏览器只保存一个放在 httpOnly Cookie 里的随机 id，每个表单都带着一个 CSRF token。",
      notes: "用演示账号登录，在开发者工具里展示这个 Cookie：只是一个随机 id，里面没有任何用户数据。",
      observe: ["登录，然后观察每个页面上的会话校验"],
    },
    "third-party-auth": {
      title: "由别人替你登录",
      text: "无服务器商店把登录交给一个认证服务（BaaS）。随后浏览器用会话换来一个只有几分钟有效期的 token，token 里写明了它能做的事：读取商品目录；对已登录用户，还能读取自己的订单和下单购买。",
      observe: ["登录，然后在架构透视里找到获取 token 的那次调用"],
    },
    "anonymous-cannot-buy": {
      title: "匿名 token 不能下单",
      text: "任何访客都能拿到 token，但匿名 token 只带有读取目录的权限范围。运行这个流程：它先取一个匿名 token，再用它发起一次购买。",
      prediction: {
        question: "匿名访客用自己的 token 发送了一个合法的购买请求，会发生什么？",
        choices: {
          order: "订单提交成功",
          refused: "被拒绝：这个 token 没有购买权限",
          crash: "函数崩溃",
        },
        explanation: "函数运行之前，API 网关就会校验 token 的签名和权限范围。没有权限，就不能购买。",
      },
      journey: "用匿名 token 购买",
      observe: ["API 网关直接响应，购买函数根本没有启动"],
    },
    "anonymous-cannot-read-orders": {
      title: "……也读不到任何人的订单",
      text: "同一个 token 向数据 API 请求订单，同样会被拒绝。正因为有权限范围，浏览器才可以直接访问数据 API：token 决定了它能请求什么。",
      journey: "用匿名 token 读取订单",
      observe: ["未登录时，订单页会请你先登录"],
    },
    "tampered-price": {
      title: "在购物车里改价格",
      text: "购物车保存在浏览器的 localStorage 里，谁都能改。在 localStorage 里改一只宠物的价格，下单，再看看订单。",
      reveal: "购买请求里只有宠物 id 和数量；函数在一个事务里从数据库读取价格和库存。所以订单上显示的仍是真实价格。",
      notes: "这就是为什么即使在无服务器商店里，购买也留在服务端：钱和库存从来不由浏览器说了算。",
      prediction: {
        question: "你在 localStorage 里把一只宠物的价格改成 $0.01，然后下单。订单上写的是多少？",
        choices: {
          cheap: "$0.01",
          real: "真实价格",
          error: "一条关于价格的错误",
        },
        explanation: "价格根本不在购买请求里。函数按数据库里的价格给订单定价，所以改过的数字不会被采用。",
      },
      observe: ["试一试：改一下购物车，然后去结账"],
    },
  },
};
