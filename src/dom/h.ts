type Child = Node | string | null | undefined | false;

/**
 * Builds an element from a tag, attributes and children. Strings become text nodes:
 * there is no way to pass HTML through here.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Text from the data, isolated so that its direction (or a stray bidi control) cannot reorder what surrounds it. */
export function isolated(text: string, lang?: string): HTMLElement {
  return h('bdi', { lang, dir: lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto' }, text);
}
