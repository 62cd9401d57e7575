import { describe, expect, it } from 'vitest';
import { withScriptRunShim } from '../../packages/preview/sidebar-page';

describe("the sidebar with the preview's google.script.run", () => {
  it("puts the shim before the sidebar's first script, and leaves the rest as it was", () => {
    const html = '<html><body><div id="app"></div><script>start()</script></body></html>';
    const served = withScriptRunShim(html, 'window.google = {}; // $& stays as written');
    expect(served).toBe(
      '<html><body><div id="app"></div><script>window.google = {}; // $& stays as written</script>\n<script>start()</script></body></html>',
    );
  });

  it('refuses a shim that would end its own tag', () => {
    expect(() => withScriptRunShim('<script></script>', 'a = "</script>"')).toThrow(/must not contain/);
  });
});
