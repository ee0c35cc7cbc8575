// Lesson 6: retries, state and error handling moved from our code into a workflow engine.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "orchestration",
  title: "Orchestration",
  summary: "Retries, state between steps and error handling: the code you write for a consumer loop, done by the workflow engine instead.",
  minutes: 15,
  steps: [
    {
      id: "code-you-would-write",
      title: "The coordination code you would write",
      text: "The monolith's consumer needs leases so two loops never take the same job, heartbeats so a slow job keeps its lease, a retry counter, backoff, and a dead-letter state. None of that is about pictures. It is coordination.",
      setup: { mode: "monolith" },
      observe: [{ view: "admin-pipeline", mode: "monolith", caption: "Each job's attempts and state" }],
    },
    {
      id: "retries-by-the-engine",
      title: "Retries belong to the engine",
      text: "Storage is failing for a moment. In the serverless store the step that writes to storage throws, and the workflow engine schedules the retry; the step's code has no retry loop at all.",
      prediction: {
        question: "Storage fails for a few seconds while a photo is processed. What does the serverless store do?",
        choices: [
          { id: "retry", label: "The engine retries the step and the upload succeeds" },
          { id: "lost", label: "The upload is lost" },
          { id: "reupload", label: "The admin must upload again" },
        ],
        answer: "retry",
        explanation: "Each step declares how often it may be retried; the engine waits and runs it again with the same input.",
      },
      setup: { mode: "serverless", faults: [{ name: "storage-outage", enabled: true }] },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: '"waiting" on the storage step, then done' }],
      providers: ["workflow", "blob"],
    },
    {
      id: "state-between-steps",
      title: "State lives in the engine",
      text: "Between steps, the run's state (which image, which thumbnails were made) is recorded by the engine, not held in a process's memory. That is why any instance can run the next step, and why a restart loses nothing.",
      setup: { mode: "serverless" },
      observe: [{ view: "compare", caption: "Compare: one process against separate step invocations" }],
      providers: ["workflow", "functions"],
    },
    {
      id: "errors-as-a-step",
      title: "Error handling is part of the flow",
      text: "When the retries run out, the workflow itself takes the failure path: a dead-letter step records why and cleans up the stored files. The happy path and the failure path are both written down in one place.",
      notes: "Ask: where in your own system is the failure path written down?",
      setup: { mode: "serverless" },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: "A failed upload and its reason" }],
      providers: ["workflow", "queue"],
    },
  ],
});
