/**
 * The Chinese strings of every catalogue outside the base table (see ../index.ts), by area: each area is one
 * on-demand chunk ("strings-zh-CN" for the pane's first screen, "strings-zh-CN-<area>" for the others), fetched by
 * `loadStrings` and `needStrings`. The build gives each catalogue imported here its own module instance
 * (webpack.config.js, `?lang=zh`) of which only the `zh` half is used (`webpackExports` says so where
 * webpack cannot see it), so each chunk holds Chinese alone. Node registers every catalogue at once (../all.ts).
 */
import type { AreaLoaders, AreaStrings } from "../index";

/** Merges the `zh` halves of an area's catalogues. */
const merge = (files: readonly { zh: AreaStrings }[]): AreaStrings =>
  Object.assign({}, ...files.map((f) => f.zh));

/** Each area's catalogues. */
export const areas: AreaLoaders = {
  pane: () =>
    Promise.all([
      import(/* webpackChunkName: "strings-zh-CN", webpackExports: ["zh"] */ "../strings/model"),
      import(/* webpackChunkName: "strings-zh-CN", webpackExports: ["zh"] */ "../strings/workbook"),
      import(/* webpackChunkName: "strings-zh-CN", webpackExports: ["zh"] */ "../strings/period"),
      import(/* webpackChunkName: "strings-zh-CN", webpackExports: ["zh"] */ "../strings/pane"),
    ]).then(merge),
  customers: () =>
    import(/* webpackChunkName: "strings-zh-CN-customers" */ "../strings/screen-customers").then((m) => m.zh),
  import: () => import(/* webpackChunkName: "strings-zh-CN-import" */ "../strings/import").then((m) => m.zh),
  goals: () =>
    import(/* webpackChunkName: "strings-zh-CN-goals" */ "../strings/screen-goals").then((m) => m.zh),
  reviews: () =>
    import(/* webpackChunkName: "strings-zh-CN-reviews" */ "../strings/screen-reviews").then((m) => m.zh),
  incentives: () =>
    import(/* webpackChunkName: "strings-zh-CN-incentives" */ "../strings/screen-incentives").then(
      (m) => m.zh,
    ),
  people: () =>
    import(/* webpackChunkName: "strings-zh-CN-people" */ "../strings/screen-people").then((m) => m.zh),
  reports: () =>
    import(/* webpackChunkName: "strings-zh-CN-reports" */ "../strings/screen-reports").then((m) => m.zh),
  close: () =>
    import(/* webpackChunkName: "strings-zh-CN-close" */ "../strings/screen-close").then((m) => m.zh),
  settings: () =>
    import(/* webpackChunkName: "strings-zh-CN-settings" */ "../strings/screen-settings").then((m) => m.zh),
  person: () =>
    import(/* webpackChunkName: "strings-zh-CN-person" */ "../strings/screen-person").then((m) => m.zh),
  report: () =>
    Promise.all([
      import(/* webpackChunkName: "strings-zh-CN-report", webpackExports: ["zh"] */ "../strings/report"),
      import(
        /* webpackChunkName: "strings-zh-CN-report", webpackExports: ["zh"] */ "../strings/report-content"
      ),
    ]).then(merge),
};
