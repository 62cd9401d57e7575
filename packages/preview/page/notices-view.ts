/**
 * What Sheets shows over the grid: a toast in the corner (`toast()`), and a
 * dialog — an alert from the server, a refused entry, the warning before
 * editing a protected range, an error.
 */
import type { Lang } from '../../../src/core/i18n/lang';
import type { ToastRecord } from 'sheets-emulator';
import { h, type VElement } from '../../../src/sidebar/view/vnode';
import { chromeText } from './chrome-messages';

export interface DialogContent {
  title: string;
  message: string;
  /** Ask: OK and Cancel; tell: OK only. */
  kind: 'tell' | 'ask';
}

export interface NoticesProps {
  lang: Lang;
  toast: ToastRecord | null;
  dialog: DialogContent | null;
  onCloseToast(): void;
  onAnswerDialog(ok: boolean): void;
}

export function noticesView(props: NoticesProps): VElement {
  const { lang, toast, dialog } = props;
  return h(
    'div',
    { class: 'notices' },
    toast &&
      h(
        'div',
        { id: 'toast', class: 'toast', role: 'status' },
        h(
          'div',
          { class: 'toast-text' },
          toast.title && h('div', { class: 'toast-title' }, toast.title),
          h('div', { class: 'toast-message' }, toast.message),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'toast-close',
            'aria-label': chromeText(lang, 'close'),
            on: { click: () => props.onCloseToast() },
          },
          '✕',
        ),
      ),
    dialog &&
      h(
        'div',
        { class: 'dialog-backdrop' },
        h(
          'div',
          {
            id: 'dialog',
            class: 'dialog',
            role: 'alertdialog',
            'aria-modal': 'true',
            'aria-labelledby': 'dialog-title',
            'aria-describedby': 'dialog-message',
          },
          h('h2', { id: 'dialog-title', class: 'dialog-title' }, dialog.title),
          h('p', { id: 'dialog-message', class: 'dialog-message' }, dialog.message),
          h(
            'div',
            { class: 'dialog-buttons' },
            dialog.kind === 'ask' &&
              h(
                'button',
                {
                  id: 'dialog-cancel',
                  type: 'button',
                  class: 'dialog-button',
                  on: { click: () => props.onAnswerDialog(false) },
                },
                chromeText(lang, 'cancel'),
              ),
            h(
              'button',
              {
                id: 'dialog-ok',
                type: 'button',
                class: 'dialog-button primary',
                on: { click: () => props.onAnswerDialog(true) },
              },
              chromeText(lang, 'ok'),
            ),
          ),
        ),
      ),
  );
}
