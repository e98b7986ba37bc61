/**
 * manifest.xml, checked locally (office-addin-manifest validate needs a web service this machine cannot reach):
 * structure, resource ids, URLs against what the build emits, the shared runtime, icons, ribbon handlers, the
 * zh-CN overrides, and the requirement sets the code actually needs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { imageSize } from "image-size";

const root = join(__dirname, "..", "..");
const manifestText = readFileSync(join(root, "manifest.xml"), "utf8");

type Element = {
  localName: string | null;
  nodeType: number;
  textContent: string | null;
  getAttribute(name: string): string | null;
  childNodes: ArrayLike<Element>;
  parentNode: Element | null;
};

function parse(text: string): Element {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") errors.push(message);
    },
  }).parseFromString(text, "text/xml");
  if (errors.length > 0) throw new Error(errors.join("\n"));
  return doc.documentElement as unknown as Element;
}

function all(node: Element, localName?: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Element) => {
    for (const child of Array.from(n.childNodes)) {
      if (child.nodeType !== 1) continue;
      if (!localName || child.localName === localName) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

function children(node: Element, localName: string): Element[] {
  return Array.from(node.childNodes).filter((c) => c.nodeType === 1 && c.localName === localName);
}

const manifest = parse(manifestText);
const URL_BASE = "https://localhost:3000/";

/** Resources by id: bt:Image / bt:Url / bt:String (ShortStrings and LongStrings). */
function resources(): Map<string, Element> {
  const res = all(manifest, "Resources")[0];
  const map = new Map<string, Element>();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(res, kind)) {
      const id = el.getAttribute("id");
      if (id) map.set(id, el);
    }
  }
  return map;
}

// ---- what the build emits, derived from webpack.config.js without running webpack ----

interface WebpackConfigModule {
  (
    env: Record<string, unknown>,
    argv: { mode: string },
  ): Promise<{
    entry: Record<string, string | { import: string; dependOn?: string }>;
    output: { filename: (pathData: { chunk: { name: string } }) => string };
    optimization: { runtimeChunk: unknown };
    plugins: {
      constructor: { name: string };
      userOptions?: { filename?: string; template?: string };
      patterns?: { from: string; to: string; transform?: (content: Buffer) => Buffer | string }[];
    }[];
  }>;
  metadataFiles: string[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS by design
const webpackConfig = require(join(root, "webpack.config.js")) as WebpackConfigModule;

/** Expands the simple `dir/prefix-*.ext` globs the copy patterns use. */
function expand(pattern: string): string[] {
  if (!pattern.includes("*")) return existsSync(join(root, pattern)) ? [pattern] : [];
  const dir = pattern.slice(0, pattern.lastIndexOf("/"));
  const re = new RegExp(
    "^" +
      pattern
        .slice(dir.length + 1)
        .replace(/\./g, "\\.")
        .replace(/\*/g, ".*") +
      "$",
  );
  return readdirSync(join(root, dir))
    .filter((f) => re.test(f))
    .map((f) => `${dir}/${f}`);
}

function copiedName(from: string, to: string): string {
  const base = from.slice(from.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return to.replace("[name]", base.slice(0, dot)).replace("[ext]", base.slice(dot));
}

async function emittedFiles(mode: string): Promise<Set<string>> {
  const config = await webpackConfig({}, { mode });
  const files = new Set<string>(webpackConfig.metadataFiles);
  for (const name of Object.keys(config.entry)) {
    const file = config.output.filename({ chunk: { name } });
    if (!file.includes("[")) files.add(file);
  }
  for (const plugin of config.plugins) {
    if (plugin.constructor.name === "HtmlWebpackPlugin" && plugin.userOptions?.filename) {
      files.add(plugin.userOptions.filename);
    }
    for (const pattern of plugin.patterns ?? []) {
      for (const from of expand(pattern.from)) files.add(copiedName(from, pattern.to));
    }
  }
  return files;
}

/** Every absolute URL the manifest names. */
function manifestUrls(): string[] {
  const urls: string[] = [];
  for (const el of all(manifest)) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:\/\//.test(v)) urls.push(v);
    }
  }
  return urls;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("manifest.xml", () => {
  it("is well-formed XML (a broken document is reported)", () => {
    expect(() => parse(manifestText)).not.toThrow();
    expect(() => parse(manifestText.replace("</Hosts>", ""))).toThrow();
  });

  it("is an Excel task pane add-in that asks for ReadWriteDocument", () => {
    expect(manifest.localName).toBe("OfficeApp");
    expect(children(manifest, "Permissions")[0]?.textContent).toBe("ReadWriteDocument");
    expect(all(children(manifest, "Hosts")[0], "Host").map((h) => h.getAttribute("Name"))).toEqual([
      "Workbook",
    ]);
  });

  it("defines every resid it references, each id at most 32 characters", () => {
    const defined = resources();
    const referenced = all(manifest)
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null && r !== "");
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined.keys()].filter((id) => id.length > 32)).toEqual([]);
  });

  it("names only files the build emits, on one origin", async () => {
    const emitted = await emittedFiles("production");
    const urls = manifestUrls();
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith(URL_BASE))).toEqual([]);
    const missing = urls.map((u) => u.slice(URL_BASE.length)).filter((file) => !emitted.has(file));
    expect(missing).toEqual([]);
  });

  it("is copied unchanged, or pointed at a deployment URL given to a production build", async () => {
    const copy = async (env: Record<string, unknown>, mode: string) => {
      const config = await webpackConfig(env, { mode });
      const pattern = config.plugins.flatMap((p) => p.patterns ?? []).find((p) => p.from === "manifest.xml");
      return String(pattern?.transform?.(Buffer.from(manifestText)));
    };
    expect(await copy({}, "production")).toBe(manifestText);
    expect(await copy({ urlProd: "https://kpi.example.com/addin/" }, "development")).toBe(manifestText);
    const deployed = await copy({ urlProd: "https://kpi.example.com/addin/" }, "production");
    expect(deployed).not.toContain("localhost");
    expect(deployed).toContain("https://kpi.example.com/addin/functions.zh-CN.json");
    await expect(
      webpackConfig({ urlProd: "http://kpi.example.com" }, { mode: "production" }),
    ).rejects.toThrow(/https/);
  });

  it("builds from entry files and templates that exist", async () => {
    const config = await webpackConfig({}, { mode: "development" });
    expect(Object.keys(config.entry).sort()).toEqual(["commands", "functions", "preview", "taskpane"]);
    const sources = [
      ...Object.values(config.entry).map((e) => (typeof e === "string" ? e : e.import)),
      ...config.plugins.map((p) => p.userOptions?.template).filter((t): t is string => typeof t === "string"),
    ];
    expect(sources.filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });

  it("registers the functions from one script that holds the page's only webpack runtime", async () => {
    // functions.js carries the runtime; commands and the pane loader depend on it, so the page holds one instance
    // of each module (one shared-state store for the functions, the ribbon and the pane) and nothing is requested
    // before the functions register.
    const config = await webpackConfig({}, { mode: "production" });
    const dependsOn = (name: string) => {
      const e = config.entry[name];
      return typeof e === "string" ? undefined : e.dependOn;
    };
    expect(typeof config.entry.functions).toBe("string");
    expect([dependsOn("commands"), dependsOn("taskpane")]).toEqual(["functions", "functions"]);
    expect(config.optimization.runtimeChunk).toBe(false);
  });

  it("runs the task pane, the custom functions and the ribbon in one long-lived shared runtime", () => {
    const runtimes = all(manifest, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    const resid = runtimes[0].getAttribute("resid");
    const page = all(all(manifest, "Page")[0], "SourceLocation")[0].getAttribute("resid");
    const functionFile = all(manifest, "FunctionFile")[0].getAttribute("resid");
    const taskpanes = all(manifest, "Action")
      .filter((a) => a.getAttribute("xsi:type") === "ShowTaskpane")
      .map((a) => all(a, "SourceLocation")[0].getAttribute("resid"));
    expect(taskpanes.length).toBeGreaterThan(0);
    for (const r of [page, functionFile, ...taskpanes]) expect(r).toBe(resid);
    const sets = all(manifest, "Set").map((s) => s.getAttribute("Name"));
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime", "ExcelApi"]));
    expect(
      all(manifest, "Set")
        .find((s) => s.getAttribute("Name") === "SharedRuntime")
        ?.getAttribute("MinVersion"),
    ).toBe("1.1");
  });

  it("declares the KPI namespace with English and Chinese function metadata", () => {
    const res = resources();
    const ns = all(manifest, "Namespace")[0].getAttribute("resid") as string;
    expect(res.get(ns)?.getAttribute("DefaultValue")).toBe("KPI");
    const metadataResid = all(all(manifest, "Metadata")[0], "SourceLocation")[0].getAttribute(
      "resid",
    ) as string;
    const metadata = res.get(metadataResid) as Element;
    expect(metadata.getAttribute("DefaultValue")).toBe(`${URL_BASE}functions.json`);
    const zh = children(metadata, "Override").find((o) => o.getAttribute("Locale") === "zh-CN");
    expect(zh?.getAttribute("Value")).toBe(`${URL_BASE}functions.zh-CN.json`);
  });

  it("has icons at the pixel sizes it declares", () => {
    const res = resources();
    const declared: [string, number][] = all(manifest, "Image")
      .filter((img) => img.getAttribute("size") && img.getAttribute("resid"))
      .map((img) => [
        res.get(img.getAttribute("resid") as string)?.getAttribute("DefaultValue") ?? "",
        Number(img.getAttribute("size")),
      ]);
    declared.push([children(manifest, "IconUrl")[0].getAttribute("DefaultValue") as string, 32]);
    declared.push([
      children(manifest, "HighResolutionIconUrl")[0].getAttribute("DefaultValue") as string,
      64,
    ]);
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      const file = join(root, url.slice(URL_BASE.length));
      expect(existsSync(file)).toBe(true);
      const dims = imageSize(readFileSync(file));
      expect({ url, width: dims.width, height: dims.height, type: dims.type }).toEqual({
        url,
        width: size,
        height: size,
        type: "png",
      });
    }
  });

  it("matches every Office.actions.associate id in the code with a FunctionName, and the other way round", () => {
    const ids = new Set<string>();
    for (const file of sourceFiles(join(root, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)) ids.add(m[1]);
    }
    const functionNames = new Set(all(manifest, "FunctionName").map((f) => (f.textContent ?? "").trim()));
    expect(functionNames.size).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual([...functionNames].sort());
  });

  it("has a zh-CN override for every user-visible string", () => {
    const visible = [
      ...children(manifest, "DisplayName"),
      ...children(manifest, "Description"),
      ...all(all(manifest, "ShortStrings")[0], "String"),
      ...all(all(manifest, "LongStrings")[0], "String"),
    ];
    expect(visible.length).toBeGreaterThan(6);
    const missing = visible
      .filter((el) => {
        const zh = children(el, "Override").find((o) => o.getAttribute("Locale") === "zh-CN");
        return !zh || (zh.getAttribute("Value") ?? "").trim() === "";
      })
      .map((el) => el.getAttribute("id") ?? el.localName);
    expect(missing).toEqual([]);
    // Labels are really translated (the namespace is the one string that is the same in both languages).
    const untranslated = visible.filter((el) => {
      const zh =
        children(el, "Override")
          .find((o) => o.getAttribute("Locale") === "zh-CN")
          ?.getAttribute("Value") ?? "";
      return el.getAttribute("id") !== "Functions.Namespace" && !/[\u4e00-\u9fff]/.test(zh);
    });
    expect(untranslated.map((el) => el.getAttribute("id") ?? el.localName)).toEqual([]);
  });

  it("puts the commands on a custom KPI Desk tab with Open KPI Desk, Set up workbook and Generate report", () => {
    const res = resources();
    const tab = all(manifest, "CustomTab")[0];
    const label = (el: Element) => res.get(children(el, "Label")[0].getAttribute("resid") as string);
    expect(label(tab)?.getAttribute("DefaultValue")).toBe("KPI Desk");
    expect(children(label(tab) as Element, "Override")[0].getAttribute("Value")).toBe("绩效管理");
    const buttons = all(tab, "Control").map((c) => [
      label(c)?.getAttribute("DefaultValue"),
      all(c, "Action")[0].getAttribute("xsi:type"),
    ]);
    expect(buttons).toEqual([
      ["Open KPI Desk", "ShowTaskpane"],
      ["Set up workbook", "ExecuteFunction"],
      ["Generate report", "ExecuteFunction"],
    ]);
    // Every button has an icon in the three sizes and a supertip.
    for (const control of all(tab, "Control")) {
      expect(all(control, "Image").map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
      expect(all(control, "Supertip")).toHaveLength(1);
    }
  });

  it("asks for the ExcelApi version the Office adapter's calls need, no more", () => {
    // API → the ExcelApi set that introduced it (Office.js reference).
    const needs: Record<string, number> = {
      suspendScreenUpdatingUntilNextSync: 1.9,
      getRangeByIndexes: 1.7,
      freezeRows: 1.7,
      suspendApiCalculationUntilNextSync: 1.6,
      conditionalFormats: 1.6,
      getItemOrNullObject: 1.4,
      "names.add": 1.4,
      autofitColumns: 1.2,
      columnWidth: 1.2,
    };
    const code = sourceFiles(join(root, "src"))
      .filter((f) => !relative(root, f).startsWith(join("src", "taskpane")))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const used = Object.entries(needs).filter(([api]) => code.includes(api));
    const highest = Math.max(...used.map(([, v]) => v));
    const declared = all(manifest, "Set")
      .find((s) => s.getAttribute("Name") === "ExcelApi")
      ?.getAttribute("MinVersion");
    expect(declared).toBe(highest.toFixed(1));
  });
});
