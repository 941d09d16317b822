// A dynamic import by path that also works inside the code-cached CLI bundle: V8 drops vm.Script's dynamic-import
// hook when a script comes from a code cache (Node 20), so bin/load-cli.js hands the bundle an importer of its own.

type Importer = (specifier: string) => Promise<unknown>;

/** Imports the module at `specifier` (a file URL or path). */
export function importModule(specifier: string): Promise<unknown> {
  const hook = (globalThis as { __dossierImport?: Importer }).__dossierImport;
  return hook ? hook(specifier) : import(specifier);
}
