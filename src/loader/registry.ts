/**
 * The loader's registry of parts. Each file in dist/parts/ is a CommonJS module wrapped in
 * `registry.define(file, factory)` by the build (scripts/build-parts.mjs); nothing runs until the
 * loader `require`s an entry, after every file it needs has arrived. Parts find one another by
 * file name (`require("./shared-abc123.js")`), all in one folder.
 */
export type Factory = (require: (id: string) => unknown, module: { exports: object }, exports: object) => void;

export interface Registry {
  define(file: string, factory: Factory): void;
  has(file: string): boolean;
  require(file: string): unknown;
}

export function createRegistry(): Registry {
  const factories = new Map<string, Factory>();
  const modules = new Map<string, { exports: object }>();
  const require = (id: string): unknown => {
    const file = id.replace(/^\.\//, '');
    let module = modules.get(file);
    if (!module) {
      const factory = factories.get(file);
      if (!factory) throw new Error(`digione-widgets: the part ${file} has not arrived`);
      module = { exports: {} };
      modules.set(file, module);
      factory(require, module, module.exports);
    }
    return module.exports;
  };
  return {
    define: (file, factory) => void (factories.has(file) || factories.set(file, factory)),
    has: (file) => factories.has(file),
    require,
  };
}
