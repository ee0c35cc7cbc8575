// The provider map in Chinese: the roles in the words the Chinese cloud world uses, and the Alibaba Cloud products
// under their Chinese names first (函数计算 FC, API 网关, 对象存储 OSS …). Same ids as provider-map.ts.
import type { Locale } from "../i18n/locale";
import { PROVIDER_LABELS, PROVIDER_MAP, type Provider, type ProviderComponent, type ProviderComponentId } from "./provider-map";

const LABELS_ZH: Record<Provider, string> = { app: "本应用", alibaba: "阿里云", aws: "AWS", vercel: "Vercel + Turso" };

const COMPONENT_NAMES: Record<ProviderComponentId, { en: string; zh: string }> = {
  functions: { en: "functions", zh: "函数" },
  gateway: { en: "gateway", zh: "网关" },
  auth: { en: "auth", zh: "认证" },
  blob: { en: "blob", zh: "对象存储" },
  database: { en: "database", zh: "数据库" },
  queue: { en: "queue", zh: "消息队列" },
  workflow: { en: "workflow", zh: "工作流" },
};

const ZH: Record<ProviderComponentId, Omit<ProviderComponent, "id">> = {
  functions: {
    role: "按需运行搜索、下单和图片处理的每一步；有冷启动、空闲超时和并发上限",
    app: "函数运行时（serverless/runtime）",
    alibaba: "函数计算 FC",
    aws: "Lambda",
    vercel: "Vercel Functions",
  },
  gateway: {
    role: "函数的统一入口：路由、令牌校验、限流",
    app: "网关（serverless/gateway）",
    alibaba: "API 网关",
    aws: "API Gateway",
    vercel: "Vercel 路由 + 防火墙限流",
  },
  auth: {
    role: "让用户登录，并给浏览器一个短期、限定权限的令牌",
    app: "next-auth + 令牌服务",
    alibaba: "访问控制 RAM / STS 临时凭证",
    aws: "Cognito",
    vercel: "Vercel Functions 上的 Auth.js",
  },
  blob: {
    role: "图片、缩略图和搜索索引文件",
    app: "对象存储（本地文件或 Vercel Blob）",
    alibaba: "对象存储 OSS",
    aws: "S3",
    vercel: "Vercel Blob",
  },
  database: {
    role: "数据 API 背后的宠物、订单和图片元数据",
    app: "通过 Prisma 访问的 SQLite / libSQL",
    alibaba: "表格存储 Tablestore",
    aws: "DynamoDB",
    vercel: "Turso（libSQL）",
  },
  queue: {
    role: "把“上传完成”事件送到处理流水线，并保留处理失败的消息",
    app: "Workflow SDK 本地队列",
    alibaba: "消息服务 MNS",
    aws: "SQS",
    vercel: "Vercel Queues（Workflow 底层）",
  },
  workflow: {
    role: "可靠地执行图片流水线的各个步骤：重试、状态、错误处理",
    app: "Workflow SDK（本地环境）",
    alibaba: "云工作流 CloudFlow",
    aws: "Step Functions",
    vercel: "Vercel Workflow",
  },
};

export function providerLabels(locale: Locale): Record<Provider, string> {
  return locale === "zh-CN" ? LABELS_ZH : PROVIDER_LABELS;
}

export function componentName(id: ProviderComponentId, locale: Locale): string {
  return locale === "zh-CN" ? COMPONENT_NAMES[id].zh : COMPONENT_NAMES[id].en;
}

/** The map (or some of its rows) in `locale`. */
export function localizedProviderMap(locale: Locale, rows: readonly ProviderComponent[] = PROVIDER_MAP): ProviderComponent[] {
  return locale === "zh-CN" ? rows.map((c) => ({ id: c.id, ...ZH[c.id] })) : [...rows];
}
