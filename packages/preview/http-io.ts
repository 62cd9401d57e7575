/** Reading requests and writing responses for the preview's node:http server. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the preview accepts: settings and cell edits are small. */
const MAX_BODY_BYTES = 1_000_000;

export class BadRequest extends Error {
  override name = 'BadRequest';
}

export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(`The request body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BadRequest('The request body is not JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  sendJsonText(response, status, JSON.stringify(body) ?? 'null');
}

/** JSON already written. */
export function sendJsonText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(text);
}

export function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

export function sendError(response: ServerResponse, status: number, name: string, message: string): void {
  sendJson(response, status, { error: { name, message } });
}
