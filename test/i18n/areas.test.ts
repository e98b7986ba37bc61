/**
 * The browser fetches strings by area (src/i18n/index.ts): the pane's first screen with the "pane" area, each other
 * screen with the areas its `lazyWithStrings` names, the ribbon's handlers with theirs. A key whose area has not
 * arrived would show as the key itself, so this suite reads the code each of them runs (every module its entry
 * imports, statically or on demand, up to the next lazily loaded screen) and checks that every message key written
 * there is in the base table or in an area it loads.
 */
import fs from "fs";
import path from "path";
import * as ts from "typescript";
import { STRING_AREAS, type AreaLoaders, type StringArea } from "../../src/i18n";
import { areas as enAreas } from "../../src/i18n/lang/en-US";
import { areas as zhAreas } from "../../src/i18n/lang/zh-CN";

const root = path.resolve(__dirname, "../..");
const src = path.join(root, "src");

/** A fresh i18n module, as a browser page has it before any strings chunk arrived: the base table only. */
function baseKeys(): Set<string> {
  let keys: string[] = [];
  jest.isolateModules(() => {
    keys = jest.requireActual<typeof import("../../src/i18n")>("../../src/i18n").catalogueKeys("en-US");
  });
  return new Set(keys);
}

/** Every catalogue file's keys, by file name. */
function catalogues(): Map<string, string[]> {
  const dir = path.join(src, "i18n/strings");
  const files = new Map<string, string[]>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const catalogue = jest.requireActual<{ en: object }>(path.join(dir, file));
    files.set(file.replace(/\.ts$/, ""), Object.keys(catalogue.en));
  }
  return files;
}

async function areaKeys(loaders: AreaLoaders): Promise<Map<StringArea, string[]>> {
  const keys = new Map<StringArea, string[]>();
  for (const area of STRING_AREAS) keys.set(area, Object.keys(await loaders[area]()).sort());
  return keys;
}

/** What one source file says: the modules it imports (static, on demand) and the literals it writes. */
interface SourceFacts {
  imports: string[];
  dynamicImports: string[];
  /** `lazyWithStrings(areas, () => import(path))` calls: the areas and the module fetched. */
  lazy: { areas: string[]; module: string }[];
  literals: Set<string>;
  /** Beginnings of keys completed at run time: `` `reviews.dim.${d}` ``, `"report.kind." + kind`. */
  prefixes: Set<string>;
  /** React's `lazy(` called directly. */
  bareLazy: boolean;
}

const facts = new Map<string, SourceFacts>();

function read(file: string): SourceFacts {
  const known = facts.get(file);
  if (known) return known;
  const text = fs.readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: SourceFacts = {
    imports: [],
    dynamicImports: [],
    lazy: [],
    literals: new Set(),
    prefixes: new Set(),
    bareLazy: false,
  };
  const dynamicTarget = (node: ts.Node): string | null =>
    ts.isCallExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ImportKeyword &&
    node.arguments.length > 0 &&
    ts.isStringLiteral(node.arguments[0])
      ? node.arguments[0].text
      : null;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause !== undefined &&
          !clause.name &&
          clause.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.imports.push(node.moduleSpecifier.text);
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.imports.push(node.moduleSpecifier.text);
      return;
    }
    const target = dynamicTarget(node);
    if (target !== null) found.dynamicImports.push(target);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === "lazy") found.bareLazy = true;
      if (node.expression.text === "lazyWithStrings" && node.arguments.length === 2) {
        const [areas, load] = node.arguments;
        let module: string | null = null;
        const findImport = (n: ts.Node): void => {
          module ??= dynamicTarget(n);
          ts.forEachChild(n, findImport);
        };
        findImport(load);
        if (ts.isArrayLiteralExpression(areas) && module !== null) {
          found.lazy.push({
            areas: areas.elements.filter(ts.isStringLiteral).map((e) => e.text),
            module,
          });
        }
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.literals.add(node.text);
    if (ts.isTemplateExpression(node) && node.head.text.endsWith(".")) found.prefixes.add(node.head.text);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      ts.isStringLiteral(node.left) &&
      node.left.text.endsWith(".")
    ) {
      found.prefixes.add(node.left.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  facts.set(file, found);
  return found;
}

/** A relative module specifier as a file under src, or null for a package. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${path.relative(root, from)}: cannot resolve ${specifier}`);
}

/** Every source file under src. */
function sourceFiles(dir = src): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A surface: code fetched together, and the areas fetched beside it. */
interface Surface {
  name: string;
  entries: string[];
  areas: string[];
}

/** A screen fetched lazily runs inside the pane, whose first strings ("pane") arrived before it. */
const INSIDE_THE_PANE: readonly string[] = ["pane"];

/** The screens and panels fetched with `lazyWithStrings`, each a surface of its own. */
function lazySurfaces(): Surface[] {
  return sourceFiles().flatMap((file) =>
    read(file).lazy.map(({ areas, module }) => {
      const entry = resolve(file, module)!;
      return { name: path.relative(root, entry), entries: [entry], areas: [...INSIDE_THE_PANE, ...areas] };
    }),
  );
}

/**
 * The files a surface runs: its entries and everything they import, statically or on demand, except the modules
 * other surfaces fetch (with their own strings).
 */
function filesOf(surface: Surface, boundaries: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const { imports, dynamicImports } = read(file);
    for (const specifier of imports) {
      const next = resolve(file, specifier);
      if (next && !next.includes(`${path.sep}i18n${path.sep}`)) walk(next);
    }
    for (const specifier of dynamicImports) {
      const next = resolve(file, specifier);
      if (next && !boundaries.has(next) && !next.includes(`${path.sep}i18n${path.sep}`)) walk(next);
    }
  };
  for (const entry of surface.entries) walk(entry);
  return seen;
}

/**
 * @returns the keys the surface's code writes that neither the base table nor its areas hold, each with a file
 *   that writes it.
 */
function missingKeys(
  surface: Surface,
  boundaries: ReadonlySet<string>,
  allKeys: ReadonlySet<string>,
  available: ReadonlySet<string>,
): string[] {
  const missing = new Set<string>();
  for (const file of filesOf(surface, boundaries)) {
    const { literals, prefixes } = read(file);
    const where = path.relative(root, file);
    for (const literal of literals) {
      if (allKeys.has(literal) && !available.has(literal)) missing.add(`${literal} (${where})`);
    }
    for (const prefix of prefixes) {
      for (const key of allKeys) {
        if (key.startsWith(prefix) && !available.has(key)) missing.add(`${key} (${where}: ${prefix}…)`);
      }
    }
  }
  return [...missing].sort();
}

describe("string areas", () => {
  it("split every catalogue outside the base table into areas, alike in both languages and without overlap", async () => {
    const base = baseKeys();
    const en = await areaKeys(enAreas);
    const zh = await areaKeys(zhAreas);
    expect([...zh]).toEqual([...en]);
    const inAreas = [...en.values()].flat();
    expect(inAreas.length).toBe(new Set(inAreas).size);
    expect(inAreas.filter((key) => base.has(key))).toEqual([]);
    const everyKey = [...catalogues().values()].flat();
    expect([...base, ...inAreas].sort()).toEqual([...everyKey].sort());
  });

  it("hold every key each surface's code writes (the pane's first screen, each lazy screen, the ribbon)", async () => {
    const base = baseKeys();
    const byArea = await areaKeys(enAreas);
    const allKeys = new Set([...catalogues().values()].flat());
    const lazy = lazySurfaces();
    const commands = fs.readFileSync(path.join(src, "commands/commands.ts"), "utf8");
    const ribbonAreas = /RIBBON_STRINGS = \[([^\]]*)\]/.exec(commands);
    expect(ribbonAreas).not.toBeNull();
    const surfaces: Surface[] = [
      {
        name: "the pane's first screen (Excel and the preview)",
        entries: [path.join(src, "taskpane/mount.tsx"), path.join(src, "taskpane/preview.tsx")],
        areas: ["pane"],
      },
      {
        name: "the ribbon's handlers",
        entries: [path.join(src, "commands/ribbon.ts")],
        areas: [...ribbonAreas![1].matchAll(/"(\w+)"/g)].map((m) => m[1]),
      },
      ...lazy,
    ];
    // Every screen but Team, the Team screen's person page and attention list, and the searchable picker (many
    // choices: 2,000 people), which speaks the pane's first strings.
    expect(lazy.map((s) => path.basename(s.name)).sort()).toEqual(
      [
        "AttentionPanel.tsx",
        "CustomersScreen.tsx",
        "GoalsScreen.tsx",
        "IncentivesScreen.tsx",
        "PeopleScreen.tsx",
        "PeriodClose.tsx",
        "PersonPage.tsx",
        "ReportsScreen.tsx",
        "ReviewsScreen.tsx",
        "SearchPicker.tsx",
        "SettingsScreen.tsx",
      ].sort(),
    );
    const boundaries = new Set(lazy.flatMap((s) => s.entries));
    const check = (surface: Surface) => {
      for (const area of surface.areas) expect(STRING_AREAS).toContain(area);
      const available = new Set([
        ...base,
        ...surface.areas.flatMap((a) => byArea.get(a as StringArea) ?? []),
      ]);
      return missingKeys(surface, boundaries, allKeys, available);
    };
    for (const surface of surfaces) expect([surface.name, check(surface)]).toEqual([surface.name, []]);

    // The check sees keys: without the report's area, the person page's Print statement would show keys.
    const personPage = lazy.find((s) => s.name.endsWith("PersonPage.tsx"))!;
    expect(check({ ...personPage, areas: ["pane", "person"] })).toContainEqual(
      expect.stringMatching(/^report\.print\.page /),
    );
    // … and the first screen paints the roster's sort labels from the "pane" area.
    expect(check({ ...surfaces[0], areas: [] })).toContainEqual(
      expect.stringMatching(/^cockpit\.sort\.score /),
    );
  });

  it("lets no pane component load lazily without its strings", () => {
    const bare = sourceFiles(path.join(src, "taskpane"))
      .filter((file) => !file.endsWith("lazyWithStrings.ts") && read(file).bareLazy)
      .map((file) => path.relative(root, file));
    expect(bare).toEqual([]);
  });
});
