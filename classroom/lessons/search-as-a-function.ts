// Lesson 3: cold starts, warm calls, the idle timeout, scale-out and throttling of the search function.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "search-as-a-function",
  title: "Search as a function",
  summary:
    "A cold start loads the search index from blob storage; warm calls skip it; an idle instance is reclaimed; under load the function scales out until it hits its concurrency limit and throttles.",
  minutes: 20,
  steps: [
    {
      id: "cold-start",
      title: "The first call after a reset",
      text: "All search instances were just dropped. Vote first, then run the search once and look at the function runtime panel: which instance answered, and how long did it take?",
      reveal:
        "The search needed a new instance, and a new instance first runs its initialisation: it downloads the search index from blob storage. That extra time is the cold start.",
      notes: "The runtime adds 800 ms to each cold start here so the room can see it. Run the search once.",
      prediction: {
        question: "Every instance was just reset. The next search is…",
        choices: [
          { id: "cold", label: "Cold: a new instance loads the index first" },
          { id: "warm", label: "Warm: the index is always in memory" },
        ],
        answer: "cold",
        explanation: "No instance exists, so the platform starts one and runs its init: reading the index from blob storage.",
      },
      setup: {
        mode: "serverless",
        runtime: { resetInstances: true, idleTimeoutMs: 120_000, coldStartExtraMs: 800 },
        journey: { kind: "search", label: 'Search for "cat"', query: "cat", times: 1, parallel: false },
      },
      observe: [{ view: "runtime", caption: "Function runtime: the instance that answered, and its time" }],
      providers: ["functions", "blob"],
    },
    {
      id: "warm-calls",
      title: "Warm calls reuse the instance",
      text: "Search again. The instance from the last step is still alive and still has the index in memory, so these calls skip the initialisation and answer quickly, from the same instance.",
      setup: {
        mode: "serverless",
        runtime: { idleTimeoutMs: 120_000, coldStartExtraMs: 800 },
        journey: { kind: "search", label: "Search three times", query: "cat", times: 3, parallel: false },
      },
      observe: [{ view: "runtime", caption: "Same instance id, cold: no" }],
    },
    {
      id: "idle-timeout",
      title: "Wait, then search again",
      text: "The idle timeout is now 3 seconds. Search, wait longer than that, and search again; then compare the two calls in the runtime panel.",
      reveal:
        "The platform reclaimed the idle instance, so you pay the cold start again. Real platforms keep instances for minutes, and do not promise how long.",
      prediction: {
        question: "You search, wait 5 seconds, and search again (idle timeout 3 s). The second search is…",
        choices: [
          { id: "cold", label: "Cold" },
          { id: "warm", label: "Warm" },
        ],
        answer: "cold",
        explanation: "After 3 idle seconds the instance is gone; the next call starts a new one.",
      },
      setup: {
        mode: "serverless",
        runtime: { idleTimeoutMs: 3_000, coldStartExtraMs: 800 },
        journey: { kind: "search", label: "Search once", query: "dog", times: 1, parallel: false },
      },
      observe: [{ view: "runtime", caption: "The runtime panel: instances and how long each has been idle" }],
    },
    {
      id: "scale-out-and-throttle",
      title: "Ten at once, a limit of 2",
      text: "Ten searches arrive at once and the concurrency limit is 2. Vote first, then run the ten searches and watch the function instances and the status of every call. Generated load keeps searching at the same limit, so the charts show what happens over time.",
      reveal:
        "The platform starts instances in parallel up to the limit; every call beyond it is throttled with a 429 straight away. Under the generated load the instances stay at the limit and the 429s keep coming: the plateau.",
      notes:
        "Ask what a real client should do with a 429: back off and retry, and the limit is something you set on purpose to protect the database. Each search is made 300 ms slower for this step (the “Function timeout” switch, with a 10 s timeout that never fires): a warm search here takes about a millisecond, too short for ten calls to overlap, while a real one holds its instance for tens of milliseconds or more.",
      prediction: {
        question: "Concurrency limit 2, ten searches at the same moment. How many succeed?",
        choices: [
          { id: "all", label: "All ten, just slower" },
          { id: "two", label: "About two; the rest get 429" },
          { id: "none", label: "None" },
        ],
        answer: "two",
        explanation: "Only two may run at once. The others are refused at once rather than queued, so the client learns to back off.",
      },
      setup: {
        mode: "serverless",
        runtime: { resetInstances: true, maxConcurrency: 2, coldStartExtraMs: 1_500, idleTimeoutMs: 60_000 },
        // The slow handler makes calls overlap as they would on a real platform: without it a warm search ends in
        // about a millisecond, the generated load barely reaches the limit, and ten "simultaneous" calls all pass.
        faults: [
          { name: "concurrency-limit", enabled: true, params: { limit: 2 } },
          { name: "function-timeout", enabled: true, params: { timeoutMs: 10_000, slowMs: 300 } },
        ],
        load: { target: "serverless", users: 20, seconds: 30, mix: { search: 1 } },
        journey: { kind: "search", label: "Ten searches at once", query: "fish", times: 10, parallel: true },
      },
      observe: [
        { view: "runtime", caption: "Function instances and each call's status in the runtime panel" },
        { view: "load", caption: "Requests per second, by status, under generated load" },
      ],
      providers: ["functions", "gateway"],
    },
  ],
});
