// Lesson 2: sessions versus third-party auth with short-lived, scoped tokens; what stays on the server.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "who-do-you-trust",
  title: "Who do you trust?",
  summary:
    "A session cookie against third-party auth and a short-lived scoped token. Why an anonymous token cannot buy, and why a tampered price changes nothing.",
  minutes: 15,
  steps: [
    {
      id: "session-cookie",
      title: "The monolith keeps a session",
      text: "The monolith checks passwords itself and remembers who you are in a session row on the server. The browser only holds a random id in an httpOnly cookie, and every form carries a CSRF token.",
      notes: "Log in with the demo account and show the cookie in the developer tools: a random id, no user data in it.",
      setup: { mode: "monolith" },
      observe: [{ view: "store", mode: "monolith", path: "/login", caption: "Log in and watch the session check on every page" }],
    },
    {
      id: "third-party-auth",
      title: "Someone else signs you in",
      text: "The serverless store hands sign-in to an auth service. The browser then trades its session for a token that lives a few minutes and lists exactly what it allows: reading the catalog, and for a signed-in user, reading their orders and buying.",
      setup: { mode: "serverless" },
      observe: [{ view: "store", mode: "serverless", path: "/login", caption: "Sign in, then look for the token call in the Lens" }],
      providers: ["auth", "gateway"],
    },
    {
      id: "anonymous-cannot-buy",
      title: "An anonymous token cannot buy",
      text: "Any visitor gets a token, but an anonymous one only carries the catalog scope. Run the journey: it fetches an anonymous token and sends a purchase with it.",
      prediction: {
        question: "An anonymous visitor sends a valid purchase with their token. What happens?",
        choices: [
          { id: "order", label: "The order is placed" },
          { id: "refused", label: "Refused: the token lacks the purchase scope" },
          { id: "crash", label: "The function crashes" },
        ],
        answer: "refused",
        explanation: "The gateway verifies the token's signature and its scopes before the function runs. No scope, no purchase.",
      },
      setup: { mode: "serverless", journey: { kind: "anonymous-purchase", label: "Buy with an anonymous token" } },
      observe: [{ view: "architecture", caption: "The gateway answers; the purchase function never starts" }],
      providers: ["gateway", "auth"],
    },
    {
      id: "anonymous-cannot-read-orders",
      title: "…and cannot read anyone's orders",
      text: "The same token asking the data API for orders is refused too. Scopes are the reason a browser may talk to the data API directly at all: the token decides what it may ask for.",
      setup: { mode: "serverless", journey: { kind: "anonymous-orders", label: "Read orders with an anonymous token" } },
      observe: [{ view: "store", mode: "serverless", path: "/orders", caption: "Signed out, the orders page asks you to sign in" }],
    },
    {
      id: "tampered-price",
      title: "Edit the price in your cart",
      text: "The cart lives in the browser's localStorage, so anyone can edit it. Edit a pet's price in localStorage, buy it, and read the order.",
      reveal:
        "The purchase request carries only pet ids and quantities; the function reads prices and stock from the database, inside one transaction. So the order shows the real price.",
      notes:
        "This is why purchase stayed on the server side even in the serverless store: money and stock are never decided by the browser.",
      prediction: {
        question: "You set a pet's price to $0.01 in localStorage and buy it. What does the order say?",
        choices: [
          { id: "cheap", label: "$0.01" },
          { id: "real", label: "The real price" },
          { id: "error", label: "An error about the price" },
        ],
        answer: "real",
        explanation:
          "Prices are not part of the purchase request. The function prices the order from the database, so the tampered number never counts.",
      },
      setup: { mode: "serverless" },
      observe: [{ view: "store", mode: "serverless", path: "/cart", caption: "Try it: edit the cart, then check out" }],
      providers: ["functions", "database"],
    },
  ],
});
