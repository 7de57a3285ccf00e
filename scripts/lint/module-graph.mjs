// The repository's import graph as the boundary rules see it: which local file each import
// names, whether it is needed at run time (type-only imports vanish when compiled), and what
// each file declares about itself ("use client", `import "server-only"`). Files are parsed
// with TypeScript's parser alone (no type checker), once per lint run, so the rules stay cheap.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const CANDIDATES = ["", ".ts", ".tsx", ".mts", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** Where `specifier`, written in `fromFile`, points inside `root`: an absolute path, or null for a package. */
export function resolveImport(root, fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const ending of CANDIDATES) {
    const candidate = base + ending;
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  // A file not written yet still belongs to the folder its path names.
  return base;
}

const SERVER_ONLY = /^\s*import\s+["']server-only["']\s*;?\s*$/m;

/** What a file's own text says: its directive, its marker and its imports. */
export function describeSource(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = source.statements[0];
  const useClient = Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client");
  const imports = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      imports.push({ specifier: statement.moduleSpecifier.text, typeOnly: importIsTypeOnly(statement.importClause) });
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      const named = statement.exportClause && ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements : null;
      const typeOnly = statement.isTypeOnly || Boolean(named && named.length > 0 && named.every((element) => element.isTypeOnly));
      imports.push({ specifier: statement.moduleSpecifier.text, typeOnly });
    }
  }
  if (text.includes("import(")) collectDynamicImports(source, imports);
  return { useClient, serverOnly: SERVER_ONLY.test(text), imports };
}

function importIsTypeOnly(clause) {
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return Boolean(bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly));
}

function collectDynamicImports(node, imports) {
  ts.forEachChild(node, (child) => {
    if (ts.isCallExpression(child) && child.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = child.arguments;
      if (argument && ts.isStringLiteral(argument)) imports.push({ specifier: argument.text, typeOnly: false });
    }
    collectDynamicImports(child, imports);
  });
}

const graphs = new Map();

/** One graph per repository root, kept for the lint run (ESLint lints every file in one process). */
export function moduleGraph(root) {
  let graph = graphs.get(root);
  if (!graph) graphs.set(root, (graph = createGraph(root)));
  return graph;
}

function createGraph(root) {
  const described = new Map();

  function describe(file) {
    let facts = described.get(file);
    if (facts === undefined) {
      let text = null;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch {
        // not a readable source file (a package, an asset): nothing to follow
      }
      facts = text === null ? null : describeSource(text, file);
      if (facts) facts.runtimeTargets = facts.imports.filter((entry) => !entry.typeOnly).map((entry) => resolveImport(root, file, entry.specifier)).filter(Boolean);
      described.set(file, facts);
    }
    return facts;
  }

  /** The chain of run-time imports from `start` to a file for which `isTarget` holds, or null. */
  function findPath(start, isTarget) {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return null;
      seen.add(file);
      if (isTarget(file)) return [file];
      for (const next of describe(file)?.runtimeTargets ?? []) {
        const rest = walk(next);
        if (rest) return [file, ...rest];
      }
      return null;
    };
    return walk(start);
  }

  return { root, describe, findPath };
}
