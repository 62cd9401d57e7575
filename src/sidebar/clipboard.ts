/**
 * Copying text in the sidebar's iframe. The asynchronous Clipboard API may
 * be refused there (the frame's permissions policy), so the old way — a
 * selected, off-screen textarea and `execCommand('copy')` — is tried next.
 * Only main.ts uses this; sections reach it through the host.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text);
  }
}

function copyWithSelection(text: string): boolean {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('readonly', '');
  scratch.style.position = 'fixed';
  scratch.style.left = '-9999px';
  document.body.appendChild(scratch);
  scratch.select();
  try {
    // Deprecated, yet the one way left where the Clipboard API is blocked.
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
