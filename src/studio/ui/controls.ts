import { h } from '../../dom/h.ts';

export { h };

/** A control's id from the JSON Pointer it edits, stable across redraws: focus and problem links find it again. */
export function idFor(path: string): string {
  return `f${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

interface FieldOptions {
  label: string;
  value: string;
  /** JSON Pointer of the value in the events document, for problem links; else `id` names it. */
  path?: string;
  id?: string;
  /** The language of what is typed: an Arabic field is right to left whatever the interface. */
  lang?: 'en' | 'ar';
  multiline?: boolean;
  type?: 'text' | 'date';
  rows?: number;
  hint?: string;
  onInput(value: string): void;
}

/** A labelled text, textarea or date field. */
export function textField(options: FieldOptions): HTMLElement {
  const { label, value, path, lang, multiline = false, type = 'text', rows = 2, hint, onInput } = options;
  const id = options.id ?? idFor(path ?? label);
  const attributes = {
    id,
    'data-path': path,
    lang,
    dir: lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  const control = multiline ? h('textarea', { ...attributes, rows }) : h('input', { ...attributes, type });
  control.value = value;
  control.addEventListener('input', () => onInput(control.value));
  return h(
    'div',
    { class: 'st-field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { id: `${id}-hint`, class: 'st-hint' }, hint) : null,
  );
}

interface SelectOptions {
  label: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  path?: string;
  id?: string;
  onChange(value: string): void;
}

/** A labelled select; a value not among the options (from a document with problems) is kept and shown as it is. */
export function selectField({
  label,
  value,
  options,
  path,
  id: given,
  onChange,
}: SelectOptions): HTMLElement {
  const id = given ?? idFor(path ?? label);
  const select = h('select', { id, 'data-path': path });
  const all = options.some(([v]) => v === value) ? options : [[value, value || '—'] as const, ...options];
  for (const [optionValue, optionLabel] of all)
    select.append(h('option', { value: optionValue }, optionLabel));
  select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  return h('div', { class: 'st-field' }, h('label', { for: id }, label), select);
}

export function checkboxField(
  label: string,
  checked: boolean,
  id: string,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const box = h('input', { type: 'checkbox', id });
  box.checked = checked;
  box.addEventListener('change', () => onChange(box.checked));
  return h('div', { class: 'st-field st-check' }, box, h('label', { for: id }, label));
}

export function button(
  label: string,
  onClick: () => void,
  attributes: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  const element = h('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', onClick);
  return element;
}

/** A visible, labelled file picker (a real input, so it works by keyboard and with screen readers). */
export function fileField(
  label: string,
  id: string,
  accept: string,
  multiple: boolean,
  onFiles: (files: File[]) => void,
): HTMLElement {
  const input = h('input', { type: 'file', id, accept, multiple });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) onFiles(files);
  });
  return h('div', { class: 'st-field st-file' }, h('label', { for: id }, label), input);
}

/** A section with a heading that names it for assistive technology. */
export function section(
  id: string,
  heading: string,
  className: string,
  ...children: (Node | null)[]
): HTMLElement {
  return h(
    'section',
    { class: className, 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, heading),
    ...children,
  );
}
