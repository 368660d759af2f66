import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { DigiOneElement } from '../core/element.js';
import { findMunicipality, foldForSearch, municipalityName, searchMunicipalities, type Municipality } from '../data/municipality.js';

/** How many options the listbox shows at once; the count tells how many more matched. */
export const MAX_OPTIONS = 50;

export interface ComboboxView {
  id: string;
  /** The id of the field's label (the combobox's name). */
  labelledBy: string;
  invalid: boolean;
  describedBy: string | typeof nothing;
}

/**
 * The municipality picker: an ARIA 1.2 combobox (an input with role=combobox that controls a
 * listbox) rendered inside the join form's own shadow root, so its label, input, options and
 * `aria-activedescendant` all stay in one tree. Arrow keys move, Enter chooses, Escape closes
 * the list (or, when it is closed, clears the box). The host keeps the chosen code; the box
 * keeps the text (the chosen one's name in the element's language, or what the person typed).
 */
export class MunicipalityCombobox implements ReactiveController {
  query = '';
  open = false;
  /** Index of the highlighted option, -1 for none. */
  active = -1;

  constructor(
    private readonly host: DigiOneElement,
    private readonly on: {
      /** A municipality was chosen, or the text changed so none is (undefined). The box keeps the text. */
      choose: (municipality: Municipality | undefined) => void;
      /** Focus left the box (the host checks the field then). */
      leave: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Every match (the listbox shows the first MAX_OPTIONS). */
  get matches(): Municipality[] {
    return searchMunicipalities(this.query, this.host.language);
  }

  /** Shows a chosen municipality's name in the box (preset, prefill, draft, language change). */
  show(municipality: Municipality | undefined, query = ''): void {
    this.query = municipality ? municipalityName(municipality, this.host.language) : query;
    this.close();
  }

  private close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private choose(municipality: Municipality): void {
    this.show(municipality);
    this.on.choose(municipality);
  }

  private onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    this.on.choose(undefined);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const count = Math.min(this.matches.length, MAX_OPTIONS);
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const wasOpen = this.open;
        this.open = true;
        if (!count || (event.altKey && event.key === 'ArrowDown')) break;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = !wasOpen || this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count;
        break;
      }
      case 'Enter':
        if (this.open && this.active >= 0) {
          event.preventDefault(); // choosing must not submit the form
          this.choose(this.matches[this.active]);
          return;
        }
        return;
      case 'Escape':
        if (this.open) {
          this.close();
        } else if (this.query) {
          this.query = '';
          this.on.choose(undefined);
        } else {
          return; // nothing to undo: let the page have it (e.g. a dialog closing)
        }
        event.preventDefault();
        event.stopPropagation();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  /** Leaving the box closes the list; a name typed out in full counts as chosen. */
  private onBlur = (): void => {
    if (this.open) {
      const exact = findMunicipality(this.query);
      if (exact) this.choose(exact);
      else this.close();
    }
    this.on.leave();
  };

  /** The shown name; plus the other-language name when only that one matched ("Hailuoto (Karlö)" for "kar"). */
  private optionLabel(m: Municipality): string {
    const shown = municipalityName(m, this.host.language);
    const query = foldForSearch(this.query);
    if (foldForSearch(shown).includes(query)) return shown;
    const other = foldForSearch(m.fi).includes(query) ? m.fi : m.sv;
    return `${shown} (${other})`;
  }

  /* eslint-disable lit-a11y/click-events-have-key-events -- the keyboard works the options from the input (aria-activedescendant) */
  render(view: ComboboxView): TemplateResult {
    const { id } = view;
    const matches = this.open ? this.matches : [];
    const shown = matches.slice(0, MAX_OPTIONS);
    const t = this.host.t;
    const activeId = this.active >= 0 && shown[this.active] ? `${id}-option-${shown[this.active].code}` : '';
    const count = !this.open
      ? ''
      : matches.length > MAX_OPTIONS
        ? t('municipalityCountMore', { count: matches.length, shown: MAX_OPTIONS })
        : t('municipalityCount', { count: matches.length });
    return html`<div class="combobox">
      <input
        id=${id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${this.open && shown.length > 0 ? 'true' : 'false'}
        aria-labelledby=${view.labelledBy}
        aria-controls="${id}-listbox"
        aria-activedescendant=${activeId || nothing}
        aria-invalid=${view.invalid ? 'true' : 'false'}
        aria-describedby=${view.describedBy}
        .value=${this.query}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
      />
      <ul id="${id}-listbox" role="listbox" part="listbox" aria-label=${t('municipalityOptions')} ?hidden=${!shown.length}>
        ${shown.map(
          (m, index) =>
            html`<li
              id="${id}-option-${m.code}"
              role="option"
              part="option"
              class=${classMap({ active: index === this.active })}
              aria-selected=${index === this.active ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault() /* keep focus in the input */}
              @click=${() => this.choose(m)}
            >
              ${this.optionLabel(m)}
            </li>`,
        )}
      </ul>
      <div class="visually-hidden" role="status">${count}</div>
    </div>`;
  }
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
