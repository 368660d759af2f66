import { shared } from './global.js';

type VersionedElement = CustomElementConstructor & { digioneVersion?: string };

const warned = shared<Set<string>>('define-warnings', () => new Set());

/**
 * Registers a custom element once per page. The same tag from the same version again (the
 * script tag pasted twice) is a quiet no-op; from another version it warns once for that
 * version and keeps the first definition. It never throws, since a second copy of the bundle
 * must not break a municipality's page.
 */
export function defineElement(tag: string, element: VersionedElement, version: string): void {
  const existing: VersionedElement | undefined = customElements.get(tag);
  if (!existing) {
    try {
      customElements.define(tag, element);
    } catch (error) {
      console.warn(`digione-widgets ${version}: could not define <${tag}>`, error);
    }
    return;
  }
  if (existing === element || existing.digioneVersion === version) return;
  if (warned.has(version)) return;
  warned.add(version);
  console.warn(
    `digione-widgets ${version} is loaded on a page that already has version ` +
      `${existing.digioneVersion ?? 'unknown'}; the first one stays in use. Load the script once.`,
  );
}
