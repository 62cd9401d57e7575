/**
 * The sidebar page's entry: wires the app to the real DOM and the real
 * `google.script.run`. The logic lives in app.ts and the sections.
 */
import { langFromLocale } from '../core/i18n/lang';
import { callServer } from './api';
import { createSidebarApp, type RenderRequest } from './app';
import { copyToClipboard } from './clipboard';
import { patchChildren } from './view/dom-patch';

function applyFocus(request: RenderRequest['focus']): void {
  if (!request) return;
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (request.onlyIfLost && !lost) return;
  const target = document.getElementById(request.id);
  if (target instanceof HTMLElement) target.focus();
}

function startSidebar(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const app = createSidebarApp({
    callServer,
    initialLang: langFromLocale(navigator.language),
    copyText: copyToClipboard,
    render: (request) => {
      document.documentElement.lang = request.lang;
      patchChildren(root, [request.view]);
      applyFocus(request.focus);
    },
  });
  void app.start();
}

startSidebar();
