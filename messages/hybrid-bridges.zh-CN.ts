// 简体中文 for messages/hybrid-bridges.en.ts (the same keys and placeholders).
import type { Messages } from "./index";

export const hybridBridgesZhCN: Messages["hybridBridges"] = {
  pagesLast: "页面最后迁移：只要还有其他能力留在单体应用中，浏览器应用就没有通回单体应用的桥接，因此面板会拒绝这些状态。",
  refusedTitle: "此处未实现该状态",
  refused:
    "页面迁到浏览器应用后，{capabilities}仍会留在单体应用中，而浏览器应用没有通回单体应用的桥接。请最后迁移页面：先迁移{capabilities}。",
  refusedBridges: "它需要的桥接：",
  adminEyebrow: "混合架构 · 管理",
  adminTitle: "添加宠物",
  adminConsumer:
    "图片处理流水线仍在单体应用中：照片提交到本服务器，保存后作为一条任务记录排队；服务器进程内的消费者生成缩略图、写入宠物并更新搜索索引。",
  adminPipeline:
    "图片处理流水线已迁移：本表单仍把照片提交到服务器，服务器把原图存入对象存储并启动持久化工作流，就像上传事件为浏览器应用所做的那样（桥接：服务器上传交给工作流）。",
  addPet: "添加宠物",
  addPetForm: "添加宠物",
  imageNoteConsumer: "照片发送到本服务器，进入单体应用的任务表。",
  imageNotePipeline: "照片发送到本服务器，再存入对象存储，由其上传事件启动工作流。",
  ranBy: "处理者",
  ranConsumer: "单体应用的进程内消费者（一条任务记录）",
  ranPipeline: "无服务器工作流的持久化步骤（运行 {runId}）",
  ranPipelineNoRun: "无服务器工作流的持久化步骤",
  lensHint: "架构透视会显示门面的决定（image-upload → {servedBy}）以及实际完成工作的部分的各个步骤：<link>打开架构透视</link>。",
  adminsOnly: "仅限管理员：你的账号不能添加宠物。",
};
