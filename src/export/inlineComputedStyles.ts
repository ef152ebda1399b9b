/** Presentation properties that CSS inherits, so a child equal to its parent needs no copy. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Properties CSS does not inherit, with their initial values (as `getComputedStyle` reports them). */
const NOT_INHERITED: Record<string, string> = {
  opacity: '1',
  'mix-blend-mode': 'normal',
};

/**
 * Copies the computed styles that decide how SVG draws (fill, stroke, opacity, font…) from each
 * element of `source` onto the matching element of its deep clone `target`, so the clone renders
 * the same without the page's stylesheets; elements with `display: none` are removed.
 */
export function inlineComputedStyles(source: SVGElement, target: SVGElement): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = [target, ...target.querySelectorAll('*')];
  const hidden: Element[] = [];
  const computed = new Map<Element, CSSStyleDeclaration>();
  for (let i = 0; i < sources.length; i++) {
    const element = sources[i];
    const copy = targets[i];
    if (!element || !copy || !(copy instanceof SVGElement)) continue;
    const style = getComputedStyle(element);
    computed.set(element, style);
    if (style.display === 'none') {
      hidden.push(copy);
      continue;
    }
    const parent = element === source ? undefined : element.parentElement && computed.get(element.parentElement);
    const declarations: string[] = [];
    for (const property of INHERITED) {
      const value = style.getPropertyValue(property);
      // A presentation attribute (fill="var(--x)") is overridden only by an explicit declaration.
      const inherits = parent && !copy.hasAttribute(property) && parent.getPropertyValue(property) === value;
      if (value && !inherits) declarations.push(`${property}:${value}`);
    }
    for (const [property, initial] of Object.entries(NOT_INHERITED)) {
      const value = style.getPropertyValue(property);
      if (value && value !== initial) declarations.push(`${property}:${value}`);
    }
    // The computed values already include the element's own inline style, with var() resolved.
    if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
    else copy.removeAttribute('style');
  }
  for (const element of hidden) element.remove();
}
