/**
 * The import rules that hold the project's shape (README, "How it is built"),
 * checked by `npm test` (tests/scripts/import-boundaries.test.ts) and by
 * `npm run deps`. Type-only imports are seen (tsPreCompilationDeps) but vanish
 * from the compiled code, so the rules about running code let them through.
 */
const SHIPPED = '^src/(main\\.ts|core|functions|server|shared)/?';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A cycle of runtime imports: each file needs the other loaded first. Cut it with a type-only import or a module both can depend on.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core is pure TypeScript: plain data in, plain data out. It knows nothing of Apps Script, the sidebar, the custom functions, the emulator or the preview.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(server|sidebar|functions|emulator|preview)/' },
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
      to: { path: '^src/(server|sidebar|emulator|preview)/' },
    },
    {
      name: 'no-tooling-in-code-js',
      comment: 'The emulator and the preview are tools for tests and `npm start`: nothing reachable from src/main.ts (dist/Code.js) may import them.',
      severity: 'error',
      from: { path: SHIPPED },
      to: { path: '^src/(emulator|preview)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'emulator-is-generic',
      comment: 'The emulator models Apps Script and Sheets for any script: it imports nothing of the add-on, not even a type. The add-on hands in its custom functions through src/preview/addon-emulator.ts.',
      severity: 'error',
      from: { path: '^src/emulator/' },
      to: { path: '^src/(main\\.ts|core|functions|server|shared|sidebar|preview)/?' },
    },
    {
      name: 'sidebar-talks-to-the-server-only-through-shared',
      comment: 'The sidebar runs in the browser: server code (Apps Script services) cannot run there.',
      severity: 'error',
      from: { path: '^src/sidebar/' },
      to: { path: '^src/(server|emulator|preview)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    // TypeScript 7 has no JS API for dependency-cruiser: babel strips the types as tsc's output would
    // (type-only imports vanish), and @swc/core being installed is what makes it read .ts files at all.
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
