/**
 * Labelled form controls in Google's add-on layout. Each control's hint and
 * error are tied to it with aria-describedby, and an error sets
 * aria-invalid, so a screen reader reads them with the field.
 */
import { h, type UiEventHandler, type VElement } from './vnode';

export interface FieldFeedback {
  hint?: string | undefined;
  /** Shown only when the field has a problem worth showing now. */
  error?: string | undefined;
}

export function describedBy(id: string, feedback: FieldFeedback): string | undefined {
  const ids = [
    feedback.hint !== undefined ? `${id}-hint` : '',
    feedback.error !== undefined ? `${id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function feedbackView(id: string, feedback: FieldFeedback): (VElement | false)[] {
  return [
    feedback.hint !== undefined && h('p', { id: `${id}-hint`, class: 'secondary hint' }, feedback.hint),
    feedback.error !== undefined &&
      h('p', { id: `${id}-error`, class: 'error field-error', 'data-testid': `${id}-error` }, feedback.error),
  ];
}

export interface TextInputOptions extends FieldFeedback {
  id: string;
  value: string;
  /** The accessible name when there is no visible <label for>. */
  ariaLabel?: string;
  inputMode?: 'text' | 'numeric' | 'decimal';
  className?: string;
  /** Shown while the field is empty: what an empty field stands for. */
  placeholder?: string;
  onInput: UiEventHandler;
  /** Fires when the user leaves a changed field: the moment its problems start to show. */
  onChange?: UiEventHandler;
}

/** A single-line text input; no <form> surrounds it, so Enter never submits anything. */
export function textInput(options: TextInputOptions): VElement {
  return h('input', {
    id: options.id,
    type: 'text',
    class: options.className,
    value: options.value,
    inputmode: options.inputMode,
    placeholder: options.placeholder,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': options.ariaLabel,
    'aria-invalid': options.error !== undefined ? 'true' : undefined,
    'aria-describedby': describedBy(options.id, options),
    'data-testid': options.id,
    on: { input: options.onInput, ...(options.onChange ? { change: options.onChange } : {}) },
  });
}

export function textField(options: TextInputOptions & { label: string }): VElement {
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: options.id }, options.label),
    textInput(options),
    feedbackView(options.id, options),
  );
}

export interface SelectOption {
  value: string;
  label: string;
  /** The option's language, when it names a language in that language ("Русский"). */
  lang?: string;
}

export interface SelectFieldOptions extends FieldFeedback {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: UiEventHandler;
}

export function selectField(options: SelectFieldOptions): VElement {
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: options.id }, options.label),
    h(
      'select',
      {
        id: options.id,
        value: options.value,
        'aria-invalid': options.error !== undefined ? 'true' : undefined,
        'aria-describedby': describedBy(options.id, options),
        'data-testid': options.id,
        on: { change: options.onChange },
      },
      options.options.map((option) => h('option', { value: option.value, lang: option.lang }, option.label)),
    ),
    feedbackView(options.id, options),
  );
}
