// The few WordPress 6.1 globals the block editor script uses (WordPress ships React and the block
// editor as `wp.*`; the build keeps them external).
type Child = unknown;
type Props = Record<string, unknown>;
type Component = string | ((props: never) => unknown);

interface WpGlobal {
  element: { createElement(type: Component, props?: Props | null, ...children: Child[]): unknown };
  blocks: { registerBlockType(name: string, settings: Props): unknown };
  blockEditor: { InspectorControls: Component; useBlockProps(props?: Props): Props };
  components: { PanelBody: Component; TextControl: Component; TextareaControl: Component; SelectControl: Component; ToggleControl: Component };
  i18n: { __(text: string, domain: string): string; sprintf(format: string, ...args: unknown[]): string };
}

declare const wp: WpGlobal;
declare const digioneWidgetsDefaults: { endpoint: string; privacyUrl: string; municipality: string } | undefined;
