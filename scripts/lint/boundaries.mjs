// The project's import boundaries, as ESLint rules (CONTRIBUTING.md, "Boundaries"):
// the direction app → components → lib → db, the server/client line, no cycles, and db/'s
// public face. Only imports needed at run time count: `import type` vanishes when compiled.
import { builtinModules } from "node:module";
import path from "node:path";
import { moduleGraph, resolveImport } from "./module-graph.mjs";

const LAYERS = ["app", "components", "lib", "db"];
const BUILTINS = new Set(builtinModules);
// Packages that only work on the server (a database, mail, images, secrets, request state).
const SERVER_PACKAGES = /^(better-sqlite3|drizzle-orm|nodemailer|sharp|@node-rs\/argon2|@simplewebauthn\/server|next-auth$|next-auth\/(next|providers|jwt)|next\/headers|next\/cache)(\/|$)/;

const relative = (root, file) => path.relative(root, file).split(path.sep).join("/");
const layerOf = (root, file) => {
  const top = relative(root, file).split("/")[0];
  return LAYERS.includes(top) ? top : null;
};
const isNodeBuiltin = (specifier) => specifier.startsWith("node:") || BUILTINS.has(specifier.split("/")[0]);

/** Calls `check` for every import of the linted file with what it resolves to and whether it runs. */
function eachImport(context, check) {
  const root = context.cwd;
  const file = context.physicalFilename;
  const visit = (node, sourceNode, typeOnly) => {
    if (!sourceNode || typeof sourceNode.value !== "string") return;
    const specifier = sourceNode.value;
    check({ node: sourceNode, specifier, target: resolveImport(root, file, specifier), runtime: !typeOnly });
  };
  const allTypes = (specifiers, kind) => specifiers.length > 0 && specifiers.every((specifier) => specifier[kind] === "type");
  return {
    ImportDeclaration: (node) => visit(node, node.source, node.importKind === "type" || allTypes(node.specifiers, "importKind")),
    ExportNamedDeclaration: (node) => visit(node, node.source, node.exportKind === "type" || allTypes(node.specifiers, "exportKind")),
    ExportAllDeclaration: (node) => visit(node, node.source, node.exportKind === "type"),
    ImportExpression: (node) => visit(node, node.source, false),
  };
}

const chain = (root, files) => files.map((file) => relative(root, file)).join(" → ");

const layers = {
  meta: {
    type: "problem",
    docs: { description: "Imports go one way: app → components → lib → db." },
    schema: [],
    messages: {
      componentToDb: "A component never calls the database ({{target}}): load the data in the page (app/) or a server function in lib/ and pass it as props. `import type` is fine.",
      componentToApp: "A component never imports from app/ ({{target}}): the page passes actions and data as props.",
      libUpward: "lib/ holds the rules under the components: it never imports {{layer}}/ at run time ({{target}}).",
      dbUpward: "db/ is the bottom layer: it never imports {{layer}}/ ({{target}}).",
      dbToServerLib: "db/ may use lib's pure rules only; {{target}} reaches back into db/ ({{path}}). Move the function into db/ or pass its result in.",
    },
  },
  create(context) {
    const root = context.cwd;
    const from = layerOf(root, context.physicalFilename);
    if (!from) return {};
    const graph = moduleGraph(root);
    return eachImport(context, ({ node, target, runtime }) => {
      if (!runtime || !target) return;
      const to = layerOf(root, target);
      const data = { target: relative(root, target), layer: to };
      if (from === "components" && to === "db") context.report({ node, messageId: "componentToDb", data });
      else if (from === "components" && to === "app") context.report({ node, messageId: "componentToApp", data });
      else if (from === "lib" && (to === "components" || to === "app")) context.report({ node, messageId: "libUpward", data });
      else if (from === "db" && to && to !== "db" && to !== "lib") context.report({ node, messageId: "dbUpward", data });
      else if (from === "db" && to === "lib") {
        const back = graph.findPath(target, (file) => layerOf(root, file) === "db");
        if (back) context.report({ node, messageId: "dbToServerLib", data: { ...data, path: chain(root, back) } });
      }
    });
  },
};

const clientServer = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" module never imports server code, directly or through another module.' },
    schema: [],
    messages: {
      serverModule: '"use client" module imports server code: {{path}}. Do the work in a server component or action and pass the result as a prop.',
    },
  },
  create(context) {
    const root = context.cwd;
    const graph = moduleGraph(root);
    const text = context.sourceCode.text;
    const first = context.sourceCode.ast.body[0];
    const useClient = first?.type === "ExpressionStatement" && first.directive === "use client";
    if (!useClient && !/^\s*["']use client["']/.test(text)) return {};
    const isServer = (file) => layerOf(root, file) === "db" || Boolean(graph.describe(file)?.serverOnly);
    return eachImport(context, ({ node, target, runtime }) => {
      if (!runtime || !target) return;
      const found = graph.findPath(target, isServer);
      if (found) context.report({ node, messageId: "serverModule", data: { path: chain(root, found) } });
    });
  },
};

const noCycle = {
  meta: {
    type: "problem",
    docs: { description: "Modules never import each other in a circle (at run time)." },
    schema: [],
    messages: { cycle: "Import cycle: {{path}}. Move what both need into a module of its own, or let one receive it as an argument." },
  },
  create(context) {
    const root = context.cwd;
    const graph = moduleGraph(root);
    const self = context.physicalFilename;
    return eachImport(context, ({ node, target, runtime }) => {
      if (!runtime || !target || target === self) return;
      const back = graph.findPath(target, (file) => file === self);
      if (back) context.report({ node, messageId: "cycle", data: { path: chain(root, [self, ...back]) } });
    });
  },
};

const dbFace = {
  meta: {
    type: "problem",
    docs: { description: "Tables and SQL stay inside db/: others call its named queries." },
    schema: [],
    messages: {
      pastTheFace: "{{target}} is db/'s inside: call a named query in db/ instead (pages, components and lib never build SQL). `import type` is fine.",
    },
  },
  create(context) {
    const root = context.cwd;
    if (layerOf(root, context.physicalFilename) === "db") return {};
    return eachImport(context, ({ node, specifier, target, runtime }) => {
      if (!runtime) return;
      const inside = target ? relative(root, target) === "db/schema.ts" : /^drizzle-orm(\/|$)/.test(specifier);
      if (inside) context.report({ node, messageId: "pastTheFace", data: { target: target ? relative(root, target) : specifier } });
    });
  },
};

const serverOnlyMarker = {
  meta: {
    type: "problem",
    docs: { description: 'A module that uses server code says so with `import "server-only"`, so a browser bundle that reaches it fails the build.' },
    schema: [],
    messages: { unmarked: 'This module uses server code ({{target}}): start it with `import "server-only";`.' },
  },
  create(context) {
    const root = context.cwd;
    const graph = moduleGraph(root);
    if (/^\s*import\s+["']server-only["']/m.test(context.sourceCode.text)) return {};
    let reported = false; // once per file: one line to add
    return eachImport(context, ({ node, specifier, target, runtime }) => {
      if (!runtime || reported) return;
      const server = target
        ? layerOf(root, target) === "db" || Boolean(graph.describe(target)?.serverOnly)
        : isNodeBuiltin(specifier) || SERVER_PACKAGES.test(specifier);
      if (server) reported = true;
      if (server) context.report({ node, messageId: "unmarked", data: { target: target ? relative(root, target) : specifier } });
    });
  },
};

const plugin = {
  meta: { name: "boundaries" },
  rules: { layers, "client-server": clientServer, "no-cycle": noCycle, "db-face": dbFace, "server-only-marker": serverOnlyMarker },
};

export default plugin;
