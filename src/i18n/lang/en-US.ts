/**
 * The English strings of every catalogue outside the base table (see ../index.ts), by area: each area is one
 * on-demand chunk ("strings-en-US" for the pane's first screen, "strings-en-US-<area>" for the others), fetched by
 * `loadStrings` and `needStrings`. The build gives each catalogue imported here its own module instance
 * (webpack.config.js, `?lang=en`) of which only the `en` half is used (`webpackExports` says so where
 * webpack cannot see it), so each chunk holds English alone. Node registers every catalogue at once (../all.ts).
 */
import type { AreaLoaders, AreaStrings } from "../index";

/** Merges the `en` halves of an area's catalogues. */
const merge = (files: readonly { en: AreaStrings }[]): AreaStrings =>
  Object.assign({}, ...files.map((f) => f.en));

/** Each area's catalogues. */
export const areas: AreaLoaders = {
  pane: () =>
    Promise.all([
      import(/* webpackChunkName: "strings-en-US", webpackExports: ["en"] */ "../strings/model"),
      import(/* webpackChunkName: "strings-en-US", webpackExports: ["en"] */ "../strings/workbook"),
      import(/* webpackChunkName: "strings-en-US", webpackExports: ["en"] */ "../strings/period"),
      import(/* webpackChunkName: "strings-en-US", webpackExports: ["en"] */ "../strings/pane"),
    ]).then(merge),
  customers: () =>
    import(/* webpackChunkName: "strings-en-US-customers" */ "../strings/screen-customers").then((m) => m.en),
  import: () => import(/* webpackChunkName: "strings-en-US-import" */ "../strings/import").then((m) => m.en),
  goals: () =>
    import(/* webpackChunkName: "strings-en-US-goals" */ "../strings/screen-goals").then((m) => m.en),
  reviews: () =>
    import(/* webpackChunkName: "strings-en-US-reviews" */ "../strings/screen-reviews").then((m) => m.en),
  incentives: () =>
    import(/* webpackChunkName: "strings-en-US-incentives" */ "../strings/screen-incentives").then(
      (m) => m.en,
    ),
  people: () =>
    import(/* webpackChunkName: "strings-en-US-people" */ "../strings/screen-people").then((m) => m.en),
  reports: () =>
    import(/* webpackChunkName: "strings-en-US-reports" */ "../strings/screen-reports").then((m) => m.en),
  close: () =>
    import(/* webpackChunkName: "strings-en-US-close" */ "../strings/screen-close").then((m) => m.en),
  settings: () =>
    import(/* webpackChunkName: "strings-en-US-settings" */ "../strings/screen-settings").then((m) => m.en),
  person: () =>
    import(/* webpackChunkName: "strings-en-US-person" */ "../strings/screen-person").then((m) => m.en),
  report: () =>
    Promise.all([
      import(/* webpackChunkName: "strings-en-US-report", webpackExports: ["en"] */ "../strings/report"),
      import(
        /* webpackChunkName: "strings-en-US-report", webpackExports: ["en"] */ "../strings/report-content"
      ),
    ]).then(merge),
};
