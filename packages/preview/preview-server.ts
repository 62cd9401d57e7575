/**
 * The local preview's HTTP server (node:http, no framework), on 127.0.0.1
 * only:
 *
 *   GET  /                    the page: a spreadsheet grid with the sidebar beside it
 *   GET  /sidebar             the sidebar the server code showed, with the preview's google.script.run
 *   GET  /api/snapshot        the spreadsheet and what the add-on showed (PreviewSnapshot); ?sheet=NAME: that sheet's cells only
 *   POST /api/run/NAME        google.script.run: { args } → { value } | { error: { name, message } }
 *   POST /api/menu/NAME       a click on an add-on menu item
 *   POST /api/cell            a person typing into a cell: { sheet, a1, input }
 *   POST /api/select          a click on a sheet's tab: { sheet }
 *   POST /api/document-lock   { held }: a teammate's build holding the document lock, or not
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import * as v from 'valibot';
import { check, type Infer, type Schema } from '../../src/shared/schema';
import { AddonSession, type Outcome } from './addon-session';
import { BadRequest, readJsonBody, sendError, sendHtml, sendJson, sendJsonText } from './http-io';
import type { PreviewSheet, PreviewSnapshot } from './preview-snapshot';
import { buildPreviewAssets } from './preview-assets';
import { withScriptRunShim } from './sidebar-page';

export interface PreviewServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The spreadsheet's and the person's locale; 'en_US' when omitted. */
  locale?: string;
  /** Where dist/Code.js and dist/Sidebar.html are; the repository's dist/ when omitted. */
  distDir?: string;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly port: number;
  readonly session: AddonSession;
  close(): Promise<void>;
}

export const DEFAULT_DIST_DIR = join(import.meta.dirname, '../../dist');
const HOST = '127.0.0.1';

const runBody = v.object({ args: v.optional(v.array(v.unknown())) });
const cellBody = v.object({ sheet: v.string(), a1: v.string(), input: v.string() });
const selectBody = v.object({ sheet: v.string() });
const lockBody = v.object({ held: v.boolean() });

function readDist(distDir: string, file: string): string {
  try {
    return readFileSync(join(distDir, file), 'utf8');
  } catch {
    throw new Error(`${join(distDir, file)} is missing: run \`npm run build\` first (\`npm start\` does).`);
  }
}

function parse<S extends Schema>(schema: S, body: unknown): Infer<S> {
  const result = check(schema, body);
  if (!result.success)
    throw new BadRequest(
      `Unexpected request body: ${result.issues.map((issue) => `${issue.path.join('.') || '(body)'} ${issue.code}`).join('; ')}`,
    );
  return result.data;
}

/** Each sheet snapshot's JSON, written once: the session hands out the same sheet while nothing changed it. */
const sheetJson = new WeakMap<PreviewSheet, string>();
/** Stands for the sheets while the rest is written; no sheet's text can hold it (JSON writes U+0000 escaped). */
const SHEETS_PLACE = '\u0000';

/** `JSON.stringify(snapshot)`, with the text of each sheet already written taken as it was. */
export function snapshotJson(snapshot: PreviewSnapshot): string {
  const sheets = snapshot.sheets.map((sheet) => {
    let text = sheetJson.get(sheet);
    if (text === undefined) {
      text = JSON.stringify(sheet);
      sheetJson.set(sheet, text);
    }
    return text;
  });
  return JSON.stringify({ ...snapshot, sheets: SHEETS_PLACE }).replace(
    `"sheets":${JSON.stringify(SHEETS_PLACE)}`,
    () => `"sheets":[${sheets.join(',')}]`,
  );
}

/** Server functions that throw answer 500, unknown functions and sheets 404, refused edits 422: the JSON body says which. */
function sendOutcome(response: ServerResponse, outcome: Outcome): void {
  if (outcome.ok) sendJson(response, 200, { value: outcome.value });
  else if (outcome.error.name === 'ScriptError' || outcome.error.name === 'NotFound')
    sendJson(response, 404, { error: outcome.error });
  else if (outcome.error.name === 'ValidationError') sendJson(response, 422, { error: outcome.error });
  else sendJson(response, 500, { error: outcome.error });
}

export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const assets = await buildPreviewAssets();
  const session = new AddonSession({
    codeJs: readDist(distDir, 'Code.js'),
    sidebarHtml: readDist(distDir, 'Sidebar.html'),
    importReaderHtml: readDist(distDir, 'ImportReader.html'),
    locale: options.locale ?? 'en_US',
  });
  session.open();

  let origin = '';

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const path = url.pathname;
    if (request.method === 'GET') {
      if (path === '/') return sendHtml(response, assets.pageHtml);
      if (path === '/sidebar') {
        const shown = session.emulator.ui.sidebar;
        if (!shown) return sendError(response, 404, 'NotFound', 'The add-on has not opened a sidebar');
        return sendHtml(response, withScriptRunShim(shown.content, assets.shimJs));
      }
      if (path === '/api/snapshot') {
        const sheets = url.searchParams.getAll('sheet');
        return sendJsonText(response, 200, snapshotJson(session.snapshot(sheets.length > 0 ? sheets : undefined)));
      }
      // The browser asks for one; the page names none, and a 404 would only add noise to its console.
      if (path === '/favicon.ico') return void response.writeHead(204).end();
      return sendError(response, 404, 'NotFound', `No page at ${path}`);
    }
    if (request.method !== 'POST')
      return sendError(response, 405, 'MethodNotAllowed', `${request.method ?? ''} is not supported`);
    // Only the preview's own pages may change the spreadsheet, not a page on another site the browser has open.
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin)
      return sendError(response, 403, 'Forbidden', 'Cross-origin requests are refused');

    const body = await readJsonBody(request);
    const named = (prefix: string) => (path.startsWith(prefix) ? decodeURIComponent(path.slice(prefix.length)) : null);
    const runName = named('/api/run/');
    if (runName !== null)
      return sendOutcome(response, session.callServerFunction(runName, parse(runBody, body).args ?? []));
    const menuName = named('/api/menu/');
    if (menuName !== null) return sendOutcome(response, session.runMenuItem(menuName));
    if (path === '/api/cell') {
      const edit = parse(cellBody, body);
      return sendOutcome(response, session.editCell(edit.sheet, edit.a1, edit.input));
    }
    if (path === '/api/select') return sendOutcome(response, session.selectSheet(parse(selectBody, body).sheet));
    if (path === '/api/document-lock') {
      session.setDocumentLockHeld(parse(lockBody, body).held);
      return sendJson(response, 200, { value: null });
    }
    return sendError(response, 404, 'NotFound', `No endpoint at ${path}`);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof BadRequest) return sendError(response, 400, error.name, error.message);
      console.error(error);
      if (!response.headersSent) sendError(response, 500, 'PreviewError', String(error));
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/`,
    port,
    session,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Browsers keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
