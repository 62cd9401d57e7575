/**
 * The import rules that hold the project's shape (README, "How it is built"),
 * checked by `npm test` (tests/scripts/import-boundaries.test.ts) and by
 * `npm run deps`. Type-only imports are seen (tsPreCompilationDeps) but vanish
 * from the compiled code, so the rules about running code let them through.
 */
/** The test and preview tools beside the add-on: the generic emulator package and the add-on's preview. */
const TOOLING = '^packages/(sheets-emulator|preview)/';
const SHIPPED = '^src/(main\\.ts|core|functions|server|shared)/?';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle of runtime imports: each file needs the other loaded first. Cut it with a type-only import or a module both can depend on.',
      severity: 'error',
      from: { path: '^(src|packages)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core is pure TypeScript: plain data in, plain data out. It knows nothing of Apps Script, the sidebar, the custom functions, the emulator or the preview.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: ['^src/(server|sidebar|functions)/', TOOLING] },
    },
    {
      name: 'core-takes-only-types-from-shared',
      comment: 'shared/ builds its schemas on core (defaults, directions, the RACI reader); core may name their types, and imports no code from shared/, so the two never need each other loaded.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/shared/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-is-not-server-or-sidebar',
      comment: 'shared/ is what the sidebar and the server both use: it imports neither.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: ['^src/(server|sidebar)/', TOOLING] },
    },
    {
      name: 'no-tooling-in-code-js',
      comment: 'The emulator and the preview are tools for tests and `npm start`: nothing reachable from src/main.ts (dist/Code.js) may import them.',
      severity: 'error',
      from: { path: SHIPPED },
      to: { path: TOOLING, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'emulator-is-generic',
      comment: 'The emulator models Apps Script and Sheets for any script: it imports nothing of the add-on, not even a type. The add-on hands in its custom functions through packages/preview/addon-emulator.ts.',
      severity: 'error',
      from: { path: '^packages/sheets-emulator/' },
      to: { path: ['^src/', '^packages/preview/'] },
    },
    {
      name: 'sidebar-talks-to-the-server-only-through-shared',
      comment: 'The sidebar runs in the browser: server code (Apps Script services) cannot run there.',
      severity: 'error',
      from: { path: '^src/sidebar/' },
      to: { path: ['^src/server/', TOOLING], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // TypeScript 7 has no JS API for dependency-cruiser: it reads TypeScript through babel, whose one plugin
    // hands each file to swc, which strips the types as tsc's output would (type-only imports vanish); and
    // @swc/core being installed is what makes it read .ts files at all.
    babelConfig: { fileName: '.dependency-cruiser.babel.cjs' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    // The emulator is imported by its package name: resolve it through its package.json "exports" to the .ts source
    // (node_modules/sheets-emulator is a workspace link), so the rules see where the import lands.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js'],
    },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
