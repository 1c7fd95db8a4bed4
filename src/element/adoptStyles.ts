/**
 * Puts style sheets into a shadow root as constructed style sheets: no <style> element is
 * injected, so a host page whose CSP forbids inline styles still shows the widget styled.
 */
export function adoptStyles(root: ShadowRoot, sources: readonly string[]): void {
  root.adoptedStyleSheets = sources.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
}
