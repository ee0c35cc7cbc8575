// The span attribute names the lens reads; every span we create or classify carries them.
export const LENS_COMPONENT = "lens.component";
export const LENS_MODE = "lens.mode";
/** Set on a request the lens must not record (its own API, static files); inherited by its child spans. */
export const LENS_IGNORE = "lens.ignore";
