// The block editor side of the three blocks: every attribute of the element in the sidebar, and
// the element itself as the live preview (the library is loaded in the editor). The page output
// is rendered by PHP (save returns null), so the element's markup lives in one place.
import { attributeName, fieldKind, problem, type Field } from './fields.js';

const { createElement: h } = wp.element;
const { registerBlockType } = wp.blocks;
const { InspectorControls, useBlockProps } = wp.blockEditor;
const { PanelBody, TextControl, TextareaControl, SelectControl, ToggleControl } = wp.components;
const { __, sprintf } = wp.i18n;
const D = 'digione-widgets';

type Attributes = Record<string, string | number | boolean | undefined>;
interface EditProps {
  attributes: Attributes;
  setAttributes(next: Attributes): void;
}

const defaults =
  typeof digioneWidgetsDefaults === 'object' && digioneWidgetsDefaults ? digioneWidgetsDefaults : { endpoint: '', privacyUrl: '', municipality: '' };

const f = (name: string, label: string, help?: string): Field => ({ name, label, help });

const common = {
  endpoint: () => f('endpoint', __('Endpoint', D), __('Where submissions are sent: https://…, or a path on this site (/api/submissions).', D)),
  privacyUrl: () => f('privacyUrl', __('Privacy notice URL', D), __('The privacy notice the consent links to.', D)),
  municipality: () => f('municipality', __('Municipality', D), __('A code (091) or a name in Finnish or Swedish (Helsingfors).', D)),
  headingLevel: () => f('headingLevel', __('Heading level', D)),
  lang: () => f('lang', __('Language', D), __('Without it, the page’s language.', D)),
};

const FIELDS: Record<string, () => Field[]> = {
  'digione/readiness-checker': () => [
    common.endpoint(),
    common.privacyUrl(),
    common.municipality(),
    f('src', __('Questionnaire URL', D), __('Your own questionnaire JSON; empty for the built-in DigiOne questionnaire.', D)),
    common.headingLevel(),
    common.lang(),
  ],
  'digione/event-card': () => [
    f('heading', __('Heading', D)),
    f('start', __('Start', D), __('ISO 8601: 2026-09-15T09:00, or a date alone for an all-day event.', D)),
    f('end', __('End', D), __('Same kind as the start (date and time, or a date).', D)),
    f('timeZone', __('Time zone', D), __('IANA zone, default Europe/Helsinki.', D)),
    f('location', __('Location', D)),
    f('address', __('Address', D)),
    f('onlineUrl', __('Online meeting URL', D)),
    f('registrationUrl', __('Registration page URL', D)),
    { ...f('description', __('Description', D), __('Plain text; line breaks are kept.', D)), multiline: true },
    f('organizer', __('Organizer', D)),
    f('eventId', __('Event id', D), __('A stable id for calendars and registrations.', D)),
    f('src', __('Event data URL', D), __('Event JSON or a Linked Events event; the fields above win.', D)),
    f('endpoint', __('Registration endpoint', D), __('Shows an inline registration form that sends here (https://… or a path on this site).', D)),
    common.privacyUrl(),
    common.headingLevel(),
    common.lang(),
  ],
  'digione/join-form': () => [
    common.endpoint(),
    common.privacyUrl(),
    common.municipality(),
    f('noDraft', __('Keep no draft on the device', D), __('For shared computers.', D)),
    common.lang(),
  ],
};

function message(kind: 'endpoint' | 'url' | 'date'): string {
  if (kind === 'endpoint') return __('Not an allowed endpoint: use https://…, or a path on this site. The widget will not send to it.', D);
  if (kind === 'url') return __('Not a link the widget follows: use https://… or a path on this site.', D);
  return __('Not an ISO 8601 date or date and time (2026-09-15T09:00).', D);
}

function control(block: string, field: Field, props: EditProps): unknown {
  const kind = fieldKind(block, field.name);
  const value = props.attributes[field.name];
  const set = (next: unknown) => props.setAttributes({ [field.name]: next as Attributes[string] });
  const label = `${field.label} (${attributeName(field.name)})`;
  if (kind === 'boolean') return h(ToggleControl, { key: field.name, label, help: field.help, checked: Boolean(value), onChange: set });
  if (kind === 'level') {
    const options = [{ label: __('Default', D), value: '' }, ...[2, 3, 4, 5, 6].map((n) => ({ label: `h${n}`, value: String(n) }))];
    return h(SelectControl, {
      key: field.name,
      label,
      options,
      value: value === undefined ? '' : String(value),
      onChange: (next: string) => set(next === '' ? undefined : Number(next)),
    });
  }
  if (kind === 'lang') {
    const options = [
      { label: __('The page’s language', D), value: '' },
      { label: 'suomi (fi)', value: 'fi' },
      { label: 'svenska (sv)', value: 'sv' },
      { label: 'English (en)', value: 'en' },
    ];
    return h(SelectControl, { key: field.name, label, help: field.help, options, value: value ?? '', onChange: set });
  }
  const wrong = problem(
    kind,
    value,
    window.location.href,
    typeof props.attributes.timeZone === 'string' && props.attributes.timeZone ? props.attributes.timeZone : undefined,
  );
  const fallback = field.name in defaults ? defaults[field.name as keyof typeof defaults] : '';
  const help = wrong ? message(wrong) : fallback && !value ? sprintf(__('Empty: the site default %s (Settings → DigiOne).', D), fallback) : field.help;
  const shared = {
    key: field.name,
    label,
    help,
    value: value ?? '',
    placeholder: fallback || undefined,
    onChange: (next: string) => set(next === '' ? undefined : next),
  };
  if (field.multiline) return h(TextareaControl, shared);
  return h(TextControl, {
    ...shared,
    type: kind === 'endpoint' || kind === 'link' || kind === 'fetch' ? 'url' : 'text',
    className: wrong ? 'digione-widgets-invalid' : undefined,
  });
}

/** The element's attributes for the preview, with the site defaults the server would apply. */
function elementAttributes(name: string, attributes: Attributes): Record<string, string> {
  const result: Record<string, string> = {};
  const withDefaults: Attributes = { ...attributes };
  const takes = name === 'digione/event-card' ? ['privacyUrl'] : ['endpoint', 'privacyUrl', 'municipality'];
  for (const key of takes) if (!withDefaults[key]) withDefaults[key] = defaults[key as keyof typeof defaults] || undefined;
  for (const [key, value] of Object.entries(withDefaults)) {
    if (value === undefined || value === '' || value === false) continue;
    result[attributeName(key)] = value === true ? '' : String(value);
  }
  return result;
}

for (const [name, fields] of Object.entries(FIELDS)) {
  const tag = `digione-${name.slice('digione/'.length)}`;
  registerBlockType(name, {
    edit(props: EditProps) {
      const blockProps = useBlockProps();
      return h(
        'div',
        blockProps,
        h(
          InspectorControls,
          null,
          h(PanelBody, { title: __('Widget settings', D), initialOpen: true }, ...fields().map((field) => control(name, field, props))),
        ),
        h(tag, elementAttributes(name, props.attributes)),
      );
    },
    save: () => null,
  });
}
