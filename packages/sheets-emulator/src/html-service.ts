/**
 * HtmlService: HtmlOutput records its content, title and size so a test can
 * read what the sidebar got; files for `createHtmlOutputFromFile` come from
 * the map given to `createEmulator`. Templates support only `<?= name ?>`
 * and `<?!= name ?>` with values set on the template.
 */
import { SandboxMode, XFrameOptionsMode } from './apps-script-enums';
import { asAppsScript } from './apps-script-types';
import type { EmulatorRuntime } from './runtime';
import type { ShownHtml } from './ui-log';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type HtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;
type HtmlService = GoogleAppsScript.HTML.HtmlService;
type MetaTag = GoogleAppsScript.HTML.HtmlOutputMetaTag;

type OutputMethod =
  | 'addMetaTag'
  | 'append'
  | 'appendUntrusted'
  | 'asTemplate'
  | 'clear'
  | 'getContent'
  | 'getFaviconUrl'
  | 'getHeight'
  | 'getMetaTags'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setFaviconUrl'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setTitle'
  | 'setWidth'
  | 'setXFrameOptionsMode';

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const META_TAG = /<meta\b(?=[^>]*\b(?:name|http-equiv)\s*=)[^>]*>\s*/gi;

function withOnlyAddedMetaTags(content: string, added: readonly { name: string; content: string }[]): string {
  const kept = content.replace(META_TAG, '');
  if (added.length === 0) return kept;
  const tags = added
    .map((tag) => `<meta name="${escapeHtml(tag.name)}" content="${escapeHtml(tag.content)}">`)
    .join('\n');
  const head = kept.search(/<head\b[^>]*>/i);
  if (head < 0) return `${tags}\n${kept}`;
  const end = kept.indexOf('>', head) + 1;
  return `${kept.slice(0, end)}\n${tags}${kept.slice(end)}`;
}

export function htmlOutputFacade(runtime: EmulatorRuntime, content: string): HtmlOutput {
  return asAppsScript<HtmlOutput>(runtime.expose(new EmulatedHtmlOutput(runtime, content), 'HtmlOutput'));
}

class EmulatedMetaTag implements Pick<MetaTag, 'getName' | 'getContent'> {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}

  getName(): string {
    return this.name;
  }

  getContent(): string {
    return this.content;
  }
}

export class EmulatedHtmlOutput implements Pick<HtmlOutput, OutputMethod> {
  private title = '';
  private width = 0;
  private height = 0;
  private faviconUrl = '';
  private readonly metaTags: { name: string; content: string }[] = [];
  /** Recorded for tests; Apps Script ignores both today. */
  sandboxMode: string | null = null;
  xFrameOptionsMode: string | null = null;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private content: string,
  ) {}

  private self(): HtmlOutput {
    return asAppsScript<HtmlOutput>(this);
  }

  /**
   * The output as the UI log keeps it when shown, which is what the
   * preview serves: "Meta tags included directly in an Apps Script HTML
   * file are ignored" (HtmlOutput.addMetaTag reference), so a `<meta
   * name>` or `<meta http-equiv>` in the content is dropped and only the
   * tags added with `addMetaTag` reach the page. `<meta charset>` names no
   * tag and stays (the preview serves UTF-8 either way).
   */
  shown(): ShownHtml {
    return {
      title: this.title,
      content: withOnlyAddedMetaTags(this.content, this.metaTags),
      width: this.width,
      height: this.height,
    };
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): HtmlOutput {
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): HtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }

  appendUntrusted(addedContent: string): HtmlOutput {
    this.content += escapeHtml(String(addedContent));
    return this.self();
  }

  clear(): HtmlOutput {
    this.content = '';
    return this.self();
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): HtmlOutput {
    this.title = String(title);
    return this.self();
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this.self();
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this.self();
  }

  getFaviconUrl(): string {
    return this.faviconUrl;
  }

  setFaviconUrl(iconUrl: string): HtmlOutput {
    this.faviconUrl = iconUrl;
    return this.self();
  }

  addMetaTag(name: string, content: string): HtmlOutput {
    this.metaTags.push({ name, content });
    return this.self();
  }

  getMetaTags(): MetaTag[] {
    return this.metaTags.map((tag) =>
      asAppsScript<MetaTag>(this.runtime.expose(new EmulatedMetaTag(tag.name, tag.content), 'HtmlOutputMetaTag')),
    );
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    this.sandboxMode = String(mode);
    return this.self();
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    this.xFrameOptionsMode = String(mode);
    return this.self();
  }

  asTemplate(): HtmlTemplate {
    return htmlTemplateFacade(this.runtime, this.content);
  }
}

function htmlTemplateFacade(runtime: EmulatorRuntime, source: string): HtmlTemplate {
  return asAppsScript<HtmlTemplate>(runtime.expose(new EmulatedHtmlTemplate(runtime, source), 'HtmlTemplate'));
}

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

/** A template; values are set on it as properties (`template.settings = …`) before `evaluate()`. */
export class EmulatedHtmlTemplate implements Pick<HtmlTemplate, 'evaluate' | 'getRawContent'> {
  [value: string]: unknown;

  constructor(
    private readonly runtime: EmulatorRuntime,
    private readonly source: string,
  ) {}

  getRawContent(): string {
    return this.source;
  }

  private valueOf(path: string): unknown {
    let value: unknown = this;
    for (const key of path.split('.')) {
      if (typeof value !== 'object' || value === null || !(key in value))
        throw new Error(`ReferenceError: "${path}" is not defined (set it on the template before evaluate()).`);
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  evaluate(): HtmlOutput {
    const content = this.source.replace(SCRIPTLET, (_whole, kind: string | undefined, code: string) => {
      const expression = code.trim();
      if (!kind)
        throw new Error('The emulator evaluates only <?= name ?> and <?!= name ?> in templates, not <? code ?>.');
      if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expression)) {
        throw new Error(`The emulator evaluates only names in templates, not "${expression}".`);
      }
      const value = this.valueOf(expression);
      const text = value === undefined || value === null ? '' : String(value);
      return kind === '!=' ? text : escapeHtml(text);
    });
    return htmlOutputFacade(this.runtime, content);
  }
}

/** Apps Script names an HTML file without its extension; both spellings are accepted here. */
function readFile(runtime: EmulatorRuntime, filename: string): string {
  const content = runtime.files[filename] ?? runtime.files[`${filename}.html`];
  if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
  return content;
}

export class EmulatedHtmlService
  implements
    Pick<
      HtmlService,
      | 'SandboxMode'
      | 'XFrameOptionsMode'
      | 'createHtmlOutput'
      | 'createHtmlOutputFromFile'
      | 'createTemplate'
      | 'createTemplateFromFile'
      | 'getUserAgent'
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly runtime: EmulatorRuntime) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    if (html !== undefined && typeof html !== 'string')
      throw new Error('The emulator creates HtmlOutput from a string only.');
    return htmlOutputFacade(this.runtime, html ?? '');
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    return htmlOutputFacade(this.runtime, readFile(this.runtime, filename));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): HtmlTemplate {
    if (typeof html !== 'string') throw new Error('The emulator creates templates from a string only.');
    return htmlTemplateFacade(this.runtime, html);
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    return htmlTemplateFacade(this.runtime, readFile(this.runtime, filename));
  }

  getUserAgent(): string {
    return 'Mozilla/5.0 (emulated Apps Script)';
  }
}
