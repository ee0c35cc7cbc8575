// Lesson 5: the monolith's long-running consumer against durable steps; backlog, crash recovery, dead letters.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "consumer-that-never-sleeps",
  title: "The consumer that never sleeps",
  summary:
    "The monolith keeps a consumer loop running all day to process uploads. The serverless store has none: durable steps run when there is work. Stop, crash and poison both and watch what happens.",
  minutes: 20,
  steps: [
    {
      id: "the-loop",
      title: "A loop inside the web server",
      text: "The monolith saves each upload as a job row. A consumer loop inside the same server process claims jobs with a lease, processes them and marks them done. It runs, and costs, whether or not anyone uploads.",
      setup: { mode: "monolith" },
      observe: [{ view: "admin-pipeline", mode: "monolith", caption: "The monolith's job list: queued, working, done" }],
      providers: ["queue"],
    },
    {
      id: "stop-the-consumer",
      title: "Stop the consumer, watch the backlog",
      text: "The consumer is switched off. Upload two photos in the monolith admin: the jobs wait in the table. Switch it back on by moving to the next step, and the backlog drains.",
      prediction: {
        question: "The consumer is down and you upload a photo. What happens to it?",
        choices: [
          { id: "lost", label: "It is lost" },
          { id: "waits", label: "It waits as a queued job" },
          { id: "error", label: "The upload fails" },
        ],
        answer: "waits",
        explanation: "The job row is the queue. Nothing is lost; it is only late, and the backlog grows until the consumer returns.",
      },
      setup: { mode: "monolith", faults: [{ name: "consumer-down", enabled: true }] },
      observe: [{ view: "admin-pipeline", mode: "monolith", caption: "Queued jobs pile up" }],
    },
    {
      id: "durable-steps",
      title: "Crash a step, watch it resume",
      text: "In the serverless store each upload is a durable run: every finished step is recorded. With the switch on, each step crashes on its first attempt and the engine runs it again; the finished steps are not run again. Kill the whole server and the run resumes where it stopped.",
      notes: "The repository's crash test does this with kill -9 on every run of the test suite.",
      setup: { mode: "serverless", faults: [{ name: "consumer-down", enabled: true }] },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: "A step retried, the earlier ones kept" }],
      providers: ["workflow", "functions"],
    },
    {
      id: "poison-image",
      title: "A poison image ends in the dead letter queue",
      text: "Some inputs will never work: a file that is not an image. Retrying it forever would block the queue and waste money. After its attempts run out, the upload goes to the dead letter queue with the reason, for a person to look at.",
      prediction: {
        question: "A corrupt image keeps failing. How many times is it tried before the dead letter queue?",
        choices: [
          { id: "once", label: "Once" },
          { id: "three", label: "Three times, with growing waits" },
          { id: "forever", label: "Until it works" },
        ],
        answer: "three",
        explanation:
          "Both stores allow three attempts with exponential backoff; a file that is plainly not an image goes to the dead letter at once.",
      },
      setup: { mode: "serverless", faults: [{ name: "poison-image", enabled: true }] },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: 'Status "failed" with the reason' }],
      providers: ["queue", "workflow"],
    },
  ],
});
