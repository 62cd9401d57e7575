/**
 * The sidebar as the preview serves it: the HTML the server code showed
 * (dist/Sidebar.html, through HtmlService), with the preview's
 * `google.script.run` put in front of the sidebar's own script, which calls
 * the server as soon as it runs.
 */

export function withScriptRunShim(sidebarHtml: string, shimJs: string): string {
  if (/<\/script/i.test(shimJs)) throw new Error('the google.script.run shim must not contain </script');
  const shim = `<script>${shimJs}</script>\n`;
  const firstScript = sidebarHtml.search(/<script\b/i);
  const at = firstScript >= 0 ? firstScript : sidebarHtml.search(/<\/body>/i);
  // Sliced rather than String.replace, which would read `$&` and the like in the shim as patterns.
  return at >= 0 ? sidebarHtml.slice(0, at) + shim + sidebarHtml.slice(at) : shim + sidebarHtml;
}
