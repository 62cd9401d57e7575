/**
 * How dependency-cruiser reads TypeScript here. TypeScript 7 has no JS API, so
 * it goes through babel; babel's parsing and printing took about half of
 * `npm run deps`. This babel "plugin" only hands each file to swc, which strips
 * the types as tsc's output would (imports used only as types vanish, as
 * `import type` does) and keeps every import and re-export as written; babel
 * parses and prints nothing. The output is ES2020 because dependency-cruiser
 * parses it with acorn at ES2020: newer syntax sent acorn to its loose parser,
 * reading the file twice. The cruise's result is the same, module for module
 * and dependency for dependency, as with @babel/preset-typescript.
 */
const { transformSync } = require('@swc/core');

/** The JavaScript of each file, from babel's parse step to its print step. */
const javascriptOf = new WeakMap();

function swcStripsTypes() {
  return {
    parserOverride(code, parserOptions) {
      // An empty program for babel to walk: the code itself goes round it.
      const ast = { type: 'File', program: { type: 'Program', body: [], directives: [], sourceType: 'module' } };
      const { code: javascript } = transformSync(code, {
        filename: parserOptions.sourceFileName,
        jsc: { parser: { syntax: 'typescript' }, target: 'es2020' },
        isModule: true,
        swcrc: false,
        configFile: false,
      });
      javascriptOf.set(ast, javascript);
      return ast;
    },
    generatorOverride(ast) {
      return { code: javascriptOf.get(ast) ?? '', map: null };
    },
  };
}

module.exports = { plugins: [swcStripsTypes] };
