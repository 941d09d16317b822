// Node module hooks that let a plain child process import the TypeScript sources: ".js" specifiers resolve to ".ts", transpiled on load.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export async function resolve(specifier, context, next) {
  const parent = context.parentURL;
  if (parent?.endsWith(".ts") && specifier.endsWith(".js") && (specifier.startsWith("./") || specifier.startsWith("../"))) {
    const url = new URL(`${specifier.slice(0, -3)}.ts`, parent);
    if (existsSync(fileURLToPath(url))) return { url: url.href, format: "module", shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith(".ts")) return next(url, context);
  const path = fileURLToPath(url);
  const source = await readFile(path, "utf8");
  const out = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
  });
  return { format: "module", source: out.outputText, shortCircuit: true };
}
