// 第 6 课的中文：重试、状态和错误处理从我们的代码移交给工作流引擎。结构在 ../orchestration.ts。
import type { LessonText } from "../../core/lessons/localize-lesson";

export const orchestration: LessonText = {
  id: "orchestration",
  title: "编排",
  summary: "重试、步骤之间的状态、错误处理：原本要为消费者循环自己写的代码，改由工作流引擎来完成。",
  steps: {
    "code-you-would-write": {
      title: "你本来要写的协调代码",
      text: "单体应用的消费者需要租约，保证两个循环不会拿到同一个任务；需要心跳，让慢任务不丢失租约；还需要重试计数、退避和死信状态。这些都和图片无关，全是协调工作。",
      observe: ["每个任务的尝试次数和状态"],
    },
    "retries-by-the-engine": {
      title: "重试交给引擎",
      text: "对象存储暂时出故障了。在无服务器商店里，写存储的那个步骤抛出异常，由工作流引擎安排重试；步骤的代码里根本没有重试循环。",
      prediction: {
        question: "处理照片时，对象存储故障了几秒钟。无服务器商店会怎么做？",
        choices: {
          retry: "引擎重试这个步骤，上传最终成功",
          lost: "这次上传丢失",
          reupload: "管理员必须重新上传",
        },
        explanation: "每个步骤都声明了可以重试几次；引擎会等待，然后用同样的输入再执行一次。",
      },
      observe: ["存储步骤显示“等待中”，随后完成"],
    },
    "state-between-steps": {
      title: "状态保存在引擎里",
      text: "步骤之间，运行的状态（是哪张图片、已经生成了哪些缩略图）由引擎记录，而不是保存在某个进程的内存里。所以任何实例都能执行下一步，重启也不会丢任何东西。",
      observe: ["对比：一个进程，对比一个个独立的步骤调用"],
    },
    "errors-as-a-step": {
      title: "错误处理也是流程的一部分",
      text: "重试次数用完后，工作流自己会走失败分支：一个死信步骤记录失败原因，并清理已经存下的文件。正常路径和失败路径都写在同一个地方。",
      notes: "问问大家：在你自己的系统里，失败路径写在哪里？",
      observe: ["一次失败的上传及其原因"],
    },
  },
};
