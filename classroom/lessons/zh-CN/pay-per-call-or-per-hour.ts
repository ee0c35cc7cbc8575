// 第 7 课的中文：三档负载、成本计量与盈亏平衡点。结构在 ../pay-per-call-or-per-hour.ts。
import type { LessonText } from "../../model/localize-lesson";

export const payPerCallOrPerHour: LessonText = {
  id: "pay-per-call-or-per-hour",
  title: "按调用计费，还是按小时计费？",
  summary: "服务器每小时的费用都一样；函数按调用次数和 GB-秒计费。用三档流量生成负载，看看两份账单在哪里交叉。",
  steps: {
    "two-bills": {
      title: "两种计费方式",
      text: "单体应用跑在按小时付费的服务器上，忙也好闲也好都一样收钱。无服务器商店按请求次数和函数运行的 GB-秒计费，没人调用时一分钱也不花。成本计量会把测到的流量换算成两份月度账单。",
      observe: ["成本计量及其单价（可修改）"],
    },
    "quiet-shop": {
      title: "冷清的小店",
      text: "每次只有一位访客在浏览和搜索。看看成本计量预估出的月度费用。",
      prediction: {
        question: "大约每秒一个请求时，哪种方式每月更便宜？",
        choices: {
          server: "一直开着的服务器",
          functions: "函数",
          same: "差不多",
        },
        explanation: "对函数来说空闲时间是免费的，而冷清的小店大部分时间都空闲。",
      },
      observe: ["每秒请求数和两份账单"],
    },
    lunchtime: {
      title: "午餐高峰",
      text: "同时有十位访客。函数的账单随每一次调用增长，服务器的账单则纹丝不动。",
      observe: ["函数账单在上涨"],
    },
    "sale-day": {
      title: "大促日",
      text: "同时有五十位访客。现在函数几乎一直在忙，而一直忙碌恰恰就是按小时计费的服务器定价时所假设的情况。",
      observe: ["函数账单会超过服务器的吗？"],
    },
    "break-even": {
      title: "账单交叉的地方",
      text: "盈亏平衡图把两份账单都画在“每月请求数”这条横轴上。交叉点以下，按调用付费更划算；交叉点以上，一台一直忙碌的服务器更便宜。大多数商店一个月里的大部分时间都远低于交叉点，而在流量高峰，函数才真正物有所值。",
      notes: "在成本计量里改一个单价，看着交叉点移动；这才是真正要学的。",
      prediction: {
        question: "函数每 GB-秒的单价降了一半。盈亏平衡点会移向……",
        choices: {
          higher: "每月更多的请求数",
          lower: "每月更少的请求数",
          nowhere: "不会移动",
        },
        explanation: "调用更便宜，意味着需要更多的调用，服务器才会变得更划算。",
      },
      observe: ["盈亏平衡图"],
    },
  },
};
