// The hybrid store's bridges (docs/decisions/023): the states the migration panel refuses, and the hybrid's own
// "Add pet" page, whose photo goes to the monolith's consumer or the serverless pipeline by the images switch.
export const hybridBridgesEn = {
  pagesLast:
    "The pages move last: while another capability is still in the monolith, the browser app has no bridge back to it, so the panel refuses those states.",
  refusedTitle: "That state is not built here",
  refused:
    "With the pages in the browser app, {capabilities} would still be in the monolith, and the browser app has no bridge back to it. Move the pages last: move {capabilities} first.",
  refusedBridges: "The bridges it would need:",
  adminEyebrow: "Hybrid · admin",
  adminTitle: "Add pet",
  adminConsumer:
    "The image pipeline is still in the monolith: the photo is posted to this server, stored, and queued as a job row; the consumer inside the server process makes the thumbnails, writes the pet and updates the search index.",
  adminPipeline:
    "The image pipeline has moved: this form still posts the photo to the server, which stores the original in blob storage and starts the durable pipeline's run, as the upload event does for the browser app (bridge: server uploads to pipeline).",
  addPet: "Add pet",
  addPetForm: "Add pet",
  imageNoteConsumer: "It goes to this server and into the monolith's job table.",
  imageNotePipeline: "It goes to this server, then to blob storage, whose upload event starts the pipeline.",
  ranBy: "Processed by",
  ranConsumer: "the monolith's in-process consumer (a job row)",
  ranPipeline: "the serverless pipeline's durable steps (run {runId})",
  ranPipelineNoRun: "the serverless pipeline's durable steps",
  lensHint:
    "The lens shows the facade's decision (image-upload → {servedBy}) and the steps of the part that did the work: <link>open the architecture lens</link>.",
  adminsOnly: "Admins only: your account cannot add pets.",
} as const;
