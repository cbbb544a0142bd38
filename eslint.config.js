// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of a feature folder (shared/DESIGN.md, "Architecture"; README, "Layout"):
//   src/<feature>/model/    pure logic and schemas
//   src/<feature>/store.ts  nanostores stores and their actions (or store/)
//   src/<feature>/browser/  adapters: storage, fetch, download, plain page scripts
//   src/<feature>/build/    build time only: astro:content loaders, disk readers, index builders
//   src/<feature>/ui/       islands (.tsx), hooks and the feature's .astro components
// The dependency runs one way, ui → store → model; the rules below fail `npm run check`
// on an import or a global that breaks it. Import cycles are found by scripts/check-cycles.mjs.
const FEATURES =
  '{assessment,authoring,content-model,course,edition,lessons,offline,progress,question,quiz,review,search,tools,xapi}';

/** Packages and paths, grouped so each rule says which layer it protects. */
const UI_LIBS = [
  { group: ['preact', 'preact/*', '@preact/*'], message: '這一層不放畫面：Preact 只在 ui/ 裡用。' },
  { group: ['@nanostores/preact'], message: '這一層不放畫面：@nanostores/preact 只在 ui/ 裡用。' },
];
const STORE_LIBS = [
  { group: ['nanostores', '@nanostores/*'], message: 'model/ 是純邏輯：store 放在 store.ts，畫面在 ui/。' },
];
const ASTRO = [
  { group: ['astro', 'astro:*', 'astro/*', '@astrojs/*'], message: '這一層不依賴 Astro：讀內容的程式放在 build/。' },
];
const NODE = [{ group: ['node:*'], message: '這一層會送到瀏覽器或是純邏輯：讀磁碟的程式放在 build/。' }];
/** @param {string} name @param {string} message */
const layer = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });
const UI = layer('ui', '只有 ui/ 與頁面可以引用 ui/：把需要的邏輯移到 model/。');
const BROWSER = layer('browser', 'model/ 不碰瀏覽器：把瀏覽器的轉接（browser/）從 store 或 ui/ 傳進來。');
const BUILD = layer('build', 'build/ 只在建置時執行：頁面（.astro）可以用，瀏覽器裡的程式不可以。');
const STORE = { group: ['**/store', '**/store.ts', '**/store/**'], message: 'model/ 是純邏輯，不引用 store。' };
const I18N_INDEX = {
  group: ['**/i18n/index.ts', '**/i18n/index'],
  message: '島嶼只引用 src/i18n/format.ts（t() 會把整本字典帶進瀏覽器）。',
};

/** Browser globals a pure module must not touch (it would stop running in Node and in tests). */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'history',
  'fetch',
  'XMLHttpRequest',
  'Blob',
  'File',
  'FileReader',
  'alert',
  'confirm',
  'requestAnimationFrame',
  'matchMedia',
].map((name) => ({ name, message: 'model/ 是純邏輯，不碰瀏覽器：把它當參數傳進來，或放在 browser/。' }));

/**
 * A rule that fails once for any file it applies to: for files that sit in the wrong place.
 * @param {string} message
 * @returns {import('eslint').Linter.RulesRecord}
 */
const onlyIn = (message) => ({
  'no-restricted-syntax': ['error', { selector: 'Program', message }],
});

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js,cjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // model/: pure.
  {
    files: [`src/${FEATURES}/model/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...UI_LIBS, ...STORE_LIBS, ...ASTRO, ...NODE, UI, BROWSER, BUILD, STORE] },
      ],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  // store: state and actions, no UI.
  {
    files: [`src/${FEATURES}/store.ts`, `src/${FEATURES}/store/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...UI_LIBS, ...ASTRO, ...NODE, UI, BUILD] }] },
  },
  // browser/: adapters, no UI.
  {
    files: [`src/${FEATURES}/browser/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...UI_LIBS, ...ASTRO, ...NODE, UI, BUILD] }] },
  },
  // ui/: islands; never build-time code or the whole dictionary.
  {
    files: [`src/${FEATURES}/ui/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...ASTRO, ...NODE, BUILD, I18N_INDEX] }] },
  },
  // Every file of a feature sits in one of the layers.
  {
    files: [`src/${FEATURES}/*.{ts,tsx}`],
    ignores: [`src/${FEATURES}/store.ts`],
    rules: onlyIn(
      '功能資料夾裡的檔案要放進一層：model/（純邏輯）、store.ts、browser/、build/ 或 ui/（見 eslint.config.js 開頭）。',
    ),
  },
  { files: [`src/${FEATURES}/{model,store,browser,build}/**/*.tsx`], rules: onlyIn('.tsx 畫面元件只放在 ui/。') },
);
