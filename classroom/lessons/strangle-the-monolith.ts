// Lesson 8: the hybrid store walks the recommended order from all-monolith to all-serverless, one capability per
// step, with the lens open. Each step moves the class-wide migration state itself (setup.migration), so the room
// is always where the step says; ending the lesson puts back the state the lesson found.
import { defineLesson } from "../model/lesson-schema";
import { recommendedStates } from "../../core/migration/recommended-path";

const path = recommendedStates();
const panel = {
  view: "migration" as const,
  caption: "Migration panel: the step has moved the class (a browser with its own state: Follow the class state)",
};
const lens = { view: "hybrid-lens" as const, caption: "Hybrid section: what is still in the monolith, and the bridges" };

export default defineLesson({
  id: "strangle-the-monolith",
  title: "Strangle the monolith",
  summary:
    "A routing facade in front of the monolith moves one capability at a time to serverless, on the same data: search, images, catalog, purchase, auth, and the pages last. Each move buys something and needs a bridge.",
  minutes: 30,
  steps: [
    {
      id: "all-monolith",
      title: "Step 0: a facade in front of the monolith",
      text: "Open the hybrid store and shop once with the lens open. Every request passes the routing facade first, and today the facade sends everything to the monolith: the waterfall shows the facade, then the web server, and nothing else.",
      notes:
        "Entering this step puts the whole class on all-monolith. The facade is the only new part: it changes nothing yet, which is the point.",
      setup: { migration: path[0] },
      observe: [panel, { view: "hybrid-lens", caption: "The facade node, with all six capabilities still in the monolith" }],
    },
    {
      id: "move-search",
      title: "Step 1: move search",
      text: "This step moves search. Search is read-only and stateless, so it is the cheapest first move with real value. Search again in the hybrid store and find the search function in the lens.",
      reveal: "The page is still rendered by the server, and the lens now shows the gateway and the search function behind the facade.",
      prediction: {
        question: "Search has moved, the pages have not. Who calls the search function?",
        choices: [
          { id: "server", label: "The server, while it renders the page" },
          { id: "browser", label: "The browser, directly" },
        ],
        answer: "server",
        explanation: "The pages are still server-rendered, so the server calls the function through the gateway: that is the first bridge.",
      },
      setup: { migration: path[1] },
      observe: [panel, lens],
    },
    {
      id: "move-images",
      title: "Step 2: move the image pipeline",
      text: "This step moves the image pipeline. It touches only the admin's uploads and runs in the background, so the coupling is low. The risk is the jobs already queued for the old consumer: a real team drains them before switching.",
      setup: { migration: path[2] },
      observe: [panel, lens],
    },
    {
      id: "move-catalog",
      title: "Step 3: move catalog reads",
      text: "This step moves catalog reads. Every page the server renders now reads the catalog through the data API with a token the server mints for itself. Watch the lens: one more hop on every page, which is what this move costs.",
      setup: { migration: path[3] },
      observe: [panel, lens],
    },
    {
      id: "move-purchase",
      title: "Step 4: move purchase",
      text: "This step moves purchase: buy something. The monolith's session is exchanged for a short-lived BaaS token, and the facade sends the server cart to the purchase function. Your order history still shows the orders placed before the move: one database.",
      prediction: {
        question: "You are still logged in with the monolith's session. Can the purchase function tell who you are?",
        choices: [
          { id: "token", label: "Yes: the server exchanges the session for a BaaS token" },
          { id: "no", label: "No: you must log in again" },
        ],
        answer: "token",
        explanation:
          "The session-to-token bridge: the server checked the session, so it may mint a token naming the user for the function.",
      },
      setup: { migration: path[4] },
      observe: [panel, lens],
    },
    {
      id: "move-auth",
      title: "Step 5: move auth",
      text: "This step moves auth. Reload the hybrid store: you are logged out. The BaaS does not know the monolith's sessions, so this is the one move that asks everyone to log in again. Plan it for a quiet hour and say so in advance.",
      setup: { migration: path[5] },
      observe: [panel, lens],
    },
    {
      id: "move-pages",
      title: "Step 6: move the pages, and switch the monolith off",
      text: "This step moves the pages, last: everything else hangs on them. The facade hands your server cart to the browser cart once and sends you to the browser app. Nothing is left in the monolith; with JavaScript off the store no longer works, which is the price of this last move.",
      prediction: {
        question: "Your cart lived on the server. After the pages move, it is…",
        choices: [
          { id: "handed", label: "Handed over to the browser cart once" },
          { id: "lost", label: "Lost" },
        ],
        answer: "handed",
        explanation:
          "The cart-handover bridge copies the server cart into the browser's cart; without JavaScript it cannot, and the page says so.",
      },
      setup: { migration: path[6] },
      observe: [panel, { view: "store", mode: "serverless", path: "/cart", caption: "The handed-over cart in the browser app" }],
    },
  ],
});
