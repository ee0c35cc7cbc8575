// Lesson 4: an upload travels through storage, events, functions, the database and the search index.
import { defineLesson } from "../model/lesson-schema";

export default defineLesson({
  id: "functions-glue-services",
  title: "Functions glue services",
  summary:
    "Upload, event, thumbnail, blob, metadata row, search index: small functions join managed services into one feature. And the guard that keeps it from calling itself forever.",
  minutes: 15,
  steps: [
    {
      id: "upload-is-an-event",
      title: "An upload is an event",
      text: 'In the serverless admin, add a pet with a photo. The browser uploads the photo straight to storage with a short-lived upload token. Storage then announces "upload completed", and that event, not a server of ours, starts the pipeline.',
      notes: "Sign in as the admin account. Keep the admin panel visible: each step appears as it finishes.",
      setup: { mode: "serverless" },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: "The upload's status panel, one line per step" }],
      providers: ["blob", "queue"],
    },
    {
      id: "thumbnail-to-blob",
      title: "Thumbnail, then back to storage",
      text: "The first function makes the thumbnails; the next stores them in blob storage. Each is a short invocation with its own cold or warm start. Nothing waits in between: the output of one is the input of the next.",
      setup: { mode: "serverless" },
      observe: [{ view: "admin-pipeline", mode: "serverless", caption: '"thumbnails" and "stored" steps' }],
      providers: ["functions", "blob"],
    },
    {
      id: "metadata-and-index",
      title: "A metadata row, then the search index",
      text: "The third function writes the image's metadata row, and the last updates the search index so the new pet can be found. Search for it in the store the moment the last step is done.",
      prediction: {
        question: "Where does the new pet become searchable?",
        choices: [
          { id: "at-upload", label: "As soon as the upload finishes" },
          { id: "after-index", label: "After the index step has run" },
          { id: "next-deploy", label: "After the next deployment" },
        ],
        answer: "after-index",
        explanation: "Search reads an index. Until the last function rewrites it, the pet is in the database but not in the index.",
      },
      setup: { mode: "serverless" },
      observe: [
        { view: "admin-pipeline", mode: "serverless", caption: '"metadata" and "indexed" steps' },
        { view: "store", mode: "serverless", path: "/search?q=new", caption: "Search for the new pet" },
      ],
      providers: ["database", "functions"],
    },
    {
      id: "recursive-trigger",
      title: "The function that triggers itself",
      text: "If the thumbnail function wrote into the same place that fires the upload event, every thumbnail would start a new run that makes a thumbnail of the thumbnail, forever. The pipeline only starts for original uploads; the failure switch removes that guard in the lab.",
      notes: "With the lab bench on, the switch shows the loop for a few seconds before its own cap stops it.",
      prediction: {
        question: "The thumbnail function writes into the folder that triggers it. What happens?",
        choices: [
          { id: "once", label: "One extra thumbnail, then it stops" },
          { id: "loop", label: "It runs again and again until someone stops it" },
          { id: "error", label: "The platform refuses to start it" },
        ],
        answer: "loop",
        explanation:
          "Each output is a new input. Platforms do not know your intent, so the guard has to be in your code or your bucket layout.",
      },
      setup: { mode: "serverless", faults: [{ name: "recursive-trigger", enabled: true, params: { maxRuns: 10 } }] },
      observe: [
        { view: "architecture", caption: "Pipeline steps light up again and again, until the breaker stops the loop after 10 runs" },
      ],
      providers: ["functions", "blob"],
    },
    {
      id: "bill-of-a-loop",
      title: "What the loop would cost",
      text: "A loop that runs one 200 ms invocation every 200 ms runs five times a second: over 400,000 invocations a day, each billed, each writing to storage. Pay per call means a bug can run up the bill by itself, so set budgets and alerts.",
      setup: { mode: "serverless" },
      observe: [{ view: "cost", caption: "The cost meter: invocations and GB-seconds" }],
    },
  ],
});
