// Lesson 1: the same click traced through both architectures.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "where-does-the-code-run",
  title: "Where does the code run?",
  summary:
    "One click, traced twice: a single server that does everything, and a browser app that talks to a BaaS, a data API and functions.",
  minutes: 15,
  steps: [
    {
      id: "one-click-two-stores",
      title: "One click, two stores",
      text: "Both stores sell the same pets from the same database, and the business rules are written once. What differs is where each piece of code runs. Open the monolith, open the Lens (the button in the header) and click a category.",
      notes: "Let the room click around for a minute. Point out the architecture switch in the header: it keeps you on the same page.",
      setup: { mode: "monolith" },
      observe: [{ view: "store", mode: "monolith", path: "/category/dogs", caption: "The monolith's Dogs page with the Lens open" }],
    },
    {
      id: "one-server",
      title: "The monolith: who does the work?",
      text: "Before anyone opens the Lens, guess: when the monolith shows the Dogs page, how much does the browser itself ask for, and how much happens on the server?",
      reveal:
        "In the monolith the browser asks for a page and the server does the rest: it checks the session, reads the database and renders HTML. The Lens shows one round trip from the browser and every other span inside the web server.",
      notes: "Ask for a guess before anyone opens the Lens. The answer is one request for the page itself (plus its pictures).",
      prediction: {
        question: "You open the Dogs page in the monolith. How many requests does the browser send for the page's data?",
        choices: [
          { id: "one", label: "One: the server sends finished HTML" },
          { id: "per-pet", label: "One per pet on the page" },
          { id: "several", label: "Several, to different services" },
        ],
        answer: "one",
        explanation:
          "The server reads the database and renders everything into one HTML answer. The browser only fetches the pictures afterwards.",
      },
      setup: { mode: "monolith" },
      observe: [
        { view: "store", mode: "monolith", path: "/category/dogs", caption: "The Lens on the Dogs page: count the browser's round trips" },
      ],
    },
    {
      id: "browser-baas-functions",
      title: "The serverless store: the browser assembles the page",
      text: "Switch to the serverless store and click the same category. Now the browser is a single-page app: it gets a short-lived token from the auth service, asks the data API for the pets, and renders them itself. There is no web server of ours rendering pages.",
      notes: "Have them count the rows in the Lens waterfall: token, data API, then rendering in the browser.",
      setup: { mode: "serverless" },
      observe: [
        { view: "store", mode: "serverless", path: "/category/dogs", caption: "Token, data API, and the rendering in the browser" },
      ],
      providers: ["auth", "database", "gateway"],
    },
    {
      id: "search-is-a-function",
      title: "Search moved into a function",
      text: "Searching is heavy work on a lot of data, so the serverless store runs it in a function that starts on demand. Run the search below and look at which instance answered and whether it was a cold start.",
      setup: { mode: "serverless", journey: { kind: "search", label: 'Search for "dog"', query: "dog", times: 1, parallel: false } },
      observe: [{ view: "architecture", caption: "The search function lights up in the serverless diagram" }],
      providers: ["functions", "blob"],
    },
    {
      id: "side-by-side",
      title: "Side by side",
      text: "The compare view runs the same action in both stores and lays the two traces next to each other. Count the components each one touched and the round trips the browser made.",
      notes: "Good closing question: which of these moves would you make in your own app, and which not?",
      prediction: {
        question: "Which store makes more round trips from the browser for one search?",
        choices: [
          { id: "monolith", label: "The monolith" },
          { id: "serverless", label: "The serverless store" },
          { id: "same", label: "Both the same" },
        ],
        answer: "serverless",
        explanation:
          "The single-page app fetches a token and then calls the search function itself; the monolith answers with one server-rendered page.",
      },
      observe: [{ view: "compare", caption: "Run Search and read the differences" }],
    },
  ],
});
