/** The page's calls to the preview server (see preview-server.ts for the endpoints). */
import type { CellEditRequest, ErrorResponse, PreviewSnapshot } from '../preview-snapshot';

export type ApiOutcome = { ok: true } | { ok: false; status: number; error: ErrorResponse['error'] };

/** Thrown when the preview server does not answer at all (stopped with Ctrl-C, say). */
export class PreviewUnreachable extends Error {
  override name = 'PreviewUnreachable';
}

async function request(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (error) {
    throw new PreviewUnreachable(String(error));
  }
}

/**
 * The snapshot's JSON text, and the snapshot unless the text is `known`'s (equal texts mean nothing
 * changed and nothing needs drawing: a refresh after a call that only read parses nothing).
 */
export async function fetchSnapshot(
  sheetName: string,
  known: string,
): Promise<{ snapshot: PreviewSnapshot | null; text: string }> {
  // The shown sheet's cells (the server adds the active sheet's); an empty name before the first answer.
  const response = await request(
    sheetName === '' ? '/api/snapshot' : `/api/snapshot?sheet=${encodeURIComponent(sheetName)}`,
  );
  if (!response.ok) throw new PreviewUnreachable(`GET /api/snapshot answered ${response.status}`);
  const text = await response.text();
  return { snapshot: text === known ? null : (JSON.parse(text) as PreviewSnapshot), text };
}

async function post(path: string, body: unknown): Promise<ApiOutcome> {
  const response = await request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.ok) return { ok: true };
  const answer = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
  return {
    ok: false,
    status: response.status,
    error: answer?.error ?? { name: 'Error', message: `HTTP ${response.status}` },
  };
}

export const previewApi = {
  runMenuItem: (functionName: string) => post(`/api/menu/${encodeURIComponent(functionName)}`, {}),
  editCell: (edit: CellEditRequest) => post('/api/cell', edit),
  selectSheet: (sheet: string) => post('/api/select', { sheet }),
  setDocumentLockHeld: (held: boolean) => post('/api/document-lock', { held }),
};
