/**
 * The layering of huixiang, checked (`npm run deps`): platform SDKs stay in the adapters and the runtime that starts
 * them, SQLite in the store, the core and the dialogue engine never reach into the handler table, and no module
 * needs itself to load. Type-only imports (`import type`) vanish at run time, so they may close a loop and may cross
 * into handlers; they still count for the SDK and SQLite rules, where a type already ties the code to the library.
 * Started from `npx depcruise --init oneshot` (dependency-cruiser 17.4.3).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-circular',
      severity: 'error',
      comment:
        'This import closes a loop of runtime imports: one module of the loop is used before it has finished loading. ' +
        'Break it by injecting the dependency (a dispatcher, a port) or moving the shared part into its own module; ' +
        '`import type` is fine. Known limit: the cycle reported is the first one found, so a runtime loop next to a ' +
        'type-only one between the same modules can be hidden until the type-only one is gone.',
      from: {},
      to: {
        circular: true,
        dependencyTypesNot: ['type-only'],
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'platform-sdk-only-in-adapters',
      severity: 'error',
      comment:
        'WeChat (wechaty, its puppets) and Telegram (grammy, @grammyjs/*) are used only in adapters/ and in src/runtime/ ' +
        '(which starts them); src/ speaks Inbound and Outbound. Move the code into the adapter, or give the core a port.',
      from: { pathNot: ['^adapters/', '^src/runtime/'] },
      to: { path: '^node_modules/(wechaty|wechaty-puppet[^/]*|grammy|@grammyjs/[^/]+)/' },
    },
    {
      name: 'sqlite-only-in-store',
      severity: 'error',
      comment:
        'better-sqlite3 is imported only in src/store/ (opening the database, backups, the run lock) and in files named ' +
        'after SQLite (a SqliteXRepository); repositories elsewhere receive the `Db` type from src/store/db.ts.',
      from: { pathNot: ['^src/store/', '(^|/)[^/]*sqlite[^/]*[.]ts$'] },
      to: { path: ['^node_modules/better-sqlite3/', '^node_modules/@types/better-sqlite3/'] },
    },
    {
      name: 'core-and-dialogue-not-to-handlers',
      severity: 'error',
      comment:
        'src/core/ and src/dialogue/ are the engine the handlers plug into: they get handlers injected (a dispatcher, ' +
        'the handler table passed in), never import them at run time. `import type` is fine.',
      from: { path: '^src/(core|dialogue)/' },
      to: { path: '^src/handlers/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-test',
      severity: 'error',
      comment: 'Shipped code does not import from test/.',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'Shipped code (src/, adapters/) uses a package from devDependencies, which `npm ci --omit=dev` (the Docker ' +
        'image) leaves out: move it to dependencies, or the code to test/ or scripts/.',
      from: { path: '^(src|adapters)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'], pathNot: ['node_modules/@types/'] },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'A package that is not in package.json is used: add it to dependencies.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file: a typo, a moved file, or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    // Sees `import type` too (marked type-only), so the rules above can tell type imports from runtime ones.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
