import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_HTML_BUDGET_BYTES, inlineSidebarAssets, writeSidebarHtml } from '../../scripts/build-sidebar';
import { FakeDocument, FakeElement } from './support/fake-dom';
import { fakeScriptRun, settle } from './support/fake-script-run';
import { InMemoryServer } from './support/in-memory-server';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
let html = '';
let path = '';

beforeAll(async () => {
  // The same function `npm run build` calls, so this checks what is deployed.
  path = await writeSidebarHtml(root, join(root, 'dist'));
  html = readFileSync(path, 'utf8');
});

function between(text: string, open: string, close: string): string {
  const start = text.indexOf(open);
  const end = text.indexOf(close, start);
  if (start < 0 || end < 0) throw new Error(`no ${open}…${close}`);
  return text.slice(start + open.length, end);
}

describe('dist/Sidebar.html', () => {
  it('is one file, within the size budget', () => {
    expect(path).toBe(join(root, 'dist', 'Sidebar.html'));
    const bytes = statSync(path).size;
    expect(bytes).toBeLessThan(SIDEBAR_HTML_BUDGET_BYTES);
  });

  it('fetches nothing: no external script, stylesheet, import, font or any http(s) address', () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\s(?:src|href)\s*=/i);
  });

  it('relies on no meta tag HtmlService would drop: no viewport, no http-equiv, only the charset', () => {
    // "Meta tags included directly in an Apps Script HTML file are ignored" (HtmlOutput.addMetaTag reference).
    expect(html.match(/<meta\b[^>]*>/gi)).toEqual(['<meta charset="utf-8">']);
  });

  it('holds the CSS and the script inline, with the markers replaced', () => {
    const css = between(html, '<style>', '</style>');
    expect(css).toContain('.sidebar{');
    expect(css).toContain('.form-group{');
    expect(css).toMatch(/button\.action\{[^}]*background/);
    expect(css).toContain(':focus-visible');
    const script = between(html, '<script>', '</script>');
    expect(script.length).toBeGreaterThan(10_000);
    expect(script).toContain('getSidebarState');
    expect(html).not.toContain('inline:');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it("carries no validator's English error map, nor a heavy library", () => {
    // Full zod brings its English error map ("Invalid input: expected …"); our checks word every problem themselves.
    expect(html).not.toContain('Invalid input: expected');
    // Full zod alone would be about 450 KB; five sections' views and messages in two languages are about 131 000 characters
    // (the export reader, with its CSV parser, is not among them: dist/ImportReader.html, loaded when first needed).
    expect(html.length).toBeLessThan(140_000);
  });

  it('runs: the inlined script draws the sidebar from the server state', async () => {
    const document = new FakeDocument();
    const app = document.createElement('div');
    const server = new InMemoryServer();
    server.userLang = 'ru';
    const fake = fakeScriptRun([
      'getSidebarState',
      'setUserLang',
      'saveSettings',
      'buildKpiTemplate',
      'fillSampleData',
    ]);
    const documentElement = { lang: '' };
    const page = {
      document: {
        getElementById: (id: string) => (id === 'app' ? app : null),
        documentElement,
        activeElement: null,
        body: {},
      },
      navigator: { language: 'en-US' },
      HTMLElement: FakeElement,
      google: { script: { run: fake.run } },
    };
    runInNewContext(between(html, '<script>', '</script>'), page);
    await settle();
    expect(fake.pending.map((call) => call.name)).toEqual(['getSidebarState']);
    // Until the server answers, the browser's language (en-US here) is the best guess.
    expect(app.textContent).toContain('Loading…');
    fake.pending[0]?.succeed(server.getSidebarState());
    await settle();
    expect(documentElement.lang).toBe('ru');
    expect(app.textContent).toContain('Построить шаблон KPI');
    expect(app.textContent).toContain('Шаблон KPI отдела');
  });
});

describe('inlineSidebarAssets', () => {
  const template = '<style>/* inline:styles.css */</style><script>/* inline:main.ts */</script>';

  it('inlines text as written, even with $ patterns that String.replace would expand', () => {
    expect(inlineSidebarAssets(template, 'a{}', 'x="$&$1"')).toBe('<style>a{}</style><script>x="$&$1"</script>');
  });

  it('refuses content that would close its tag early, and a template without its markers', () => {
    expect(() => inlineSidebarAssets(template, 'a{}', 'x="</script>"')).toThrow(/<\/script/);
    expect(() => inlineSidebarAssets(template, '</style>', '')).toThrow(/<\/style/);
    expect(() => inlineSidebarAssets('<style></style>', '', '')).toThrow(/exactly once/);
  });
});
