// Lesson 7: generated load at three rates, the cost meter and the break-even point.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "pay-per-call-or-per-hour",
  title: "Pay per call or per hour?",
  summary:
    "A server costs the same every hour; functions cost per call and per GB-second. Generate load at three rates and watch where the two bills cross.",
  minutes: 15,
  steps: [
    {
      id: "two-bills",
      title: "Two ways to be billed",
      text: "The monolith runs on a server you pay for by the hour, busy or idle. The serverless store pays per request and per GB-second of function time, and nothing when nobody calls. The cost meter turns the measured traffic into both monthly bills.",
      observe: [{ view: "cost", caption: "The cost meter and its prices (editable)" }],
      providers: ["functions", "gateway"],
    },
    {
      id: "quiet-shop",
      title: "A quiet shop",
      text: "One visitor at a time, browsing and searching. Look at the monthly figures the meter projects.",
      prediction: {
        question: "At about one request a second, which is cheaper per month?",
        choices: [
          { id: "server", label: "The always-on server" },
          { id: "functions", label: "The functions" },
          { id: "same", label: "About the same" },
        ],
        answer: "functions",
        explanation: "Idle time is free for functions, and a quiet shop is idle most of the time.",
      },
      setup: { mode: "serverless", load: { target: "serverless", users: 1, seconds: 60, mix: { browse: 0.6, search: 0.4 } } },
      observe: [{ view: "cost", caption: "Requests per second and the two bills" }],
    },
    {
      id: "lunchtime",
      title: "Lunchtime",
      text: "Ten visitors at once. The functions bill grows with every call; the server's stays where it was.",
      setup: { mode: "serverless", load: { target: "serverless", users: 10, seconds: 60, mix: { browse: 0.5, search: 0.4, buy: 0.1 } } },
      observe: [{ view: "cost", caption: "The functions bill climbs" }],
    },
    {
      id: "sale-day",
      title: "Sale day",
      text: "Fifty visitors at once. Now the functions are busy nearly all the time, and busy all the time is exactly what the hourly server is priced for.",
      setup: { mode: "serverless", load: { target: "serverless", users: 50, seconds: 60, mix: { browse: 0.4, search: 0.4, buy: 0.2 } } },
      observe: [{ view: "cost", caption: "Does the functions bill pass the server's?" }],
    },
    {
      id: "break-even",
      title: "Where the bills cross",
      text: "The break-even chart draws both bills against requests per month. Below the crossing, pay per call; above it, a server that is always busy is cheaper. Most shops sit well below it most of the month, and the peaks are where functions earn their price.",
      notes: "Change a price in the meter and watch the crossing move; that is the real lesson.",
      prediction: {
        question: "The function price per GB-second halves. The break-even point moves…",
        choices: [
          { id: "higher", label: "To more requests per month" },
          { id: "lower", label: "To fewer requests per month" },
          { id: "nowhere", label: "Nowhere" },
        ],
        answer: "higher",
        explanation: "Cheaper calls mean you need more of them before the server becomes the better deal.",
      },
      observe: [{ view: "cost", caption: "The break-even chart" }],
    },
  ],
});
