// HTML for the inbox: markup``, a tagged template that escapes every value it is given (only another
// template's result passes unescaped), the page layout (skip link, header, language switch,
// sign-out form) and the pieces every view shares (error summary, form fields, selects).
import { escapeHtml } from '../routes/admin.js';
import { LANGUAGES } from './i18n/index.js';

class Html {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

/** @param {unknown} value @returns {string} */
const render = (value) =>
  value instanceof Html
    ? value.text
    : Array.isArray(value)
      ? value.map(render).join('')
      : value === undefined || value === null || value === false
        ? ''
        : escapeHtml(value);

/** @param {TemplateStringsArray} strings @param {unknown[]} values */
export const markup = (strings, ...values) => new Html(strings.reduce((out, string, i) => out + string + (i < values.length ? render(values[i]) : ''), ''));

/** @typedef {Html} SafeHtml */
/** @typedef {import('./i18n/index.js').Strings} Strings */

export const INBOX_CSS = `*{box-sizing:border-box}body{font:1rem/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff;overflow-wrap:break-word;hyphens:auto}
a{color:#0b57a4}a:hover{color:#06325f}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.5rem;z-index:1}.skip:focus{top:.5rem}
header{border-bottom:1px solid #767676;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
header .product{font-weight:700}header nav ul,.langs ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
[aria-current="page"]{font-weight:700}
main{padding:1rem;max-width:80rem;margin:0 auto}
h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.25rem}
label{display:block;font-weight:600}.hint{display:block;font-weight:400;color:#4a4a4a;font-size:.9rem}
input,select,textarea,button{font:inherit;max-width:100%}input,select,textarea{border:1px solid #555;padding:.35rem;border-radius:2px}.fields input,.fields select{width:100%}
textarea{width:100%;min-height:6rem}button,.button{background:#0b57a4;color:#fff;border:2px solid #0b57a4;padding:.4rem .9rem;border-radius:3px;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#0b57a4}
.fields{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr));gap:.75rem 1rem;margin-bottom:1rem}
.field{margin-bottom:.75rem}.error-text{color:#b00020;font-weight:600;display:block}
[aria-invalid="true"]{border:2px solid #b00020}
.summary{border:3px solid #b00020;padding:.75rem 1rem;margin-bottom:1rem}.summary h2{margin-top:0}
.notice{border-left:6px solid #0b7a3e;padding:.5rem 1rem;background:#eef7f1}
fieldset{border:1px solid #767676;margin:0 0 1rem;padding:.5rem 1rem;min-width:0}legend{font-weight:700}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}th,td{border:1px solid #bbb;padding:.4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
caption{text-align:left;font-weight:700;padding:.25rem 0}
dl{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:1rem 0}
.inline{display:inline}
svg.chart{display:block;width:100%;max-width:28rem;height:auto;margin:0 0 1rem}svg.chart text{font-size:17px;fill:#1a1a1a}svg.chart .figures{font-size:15px}svg.chart .label{font-weight:600}
svg.chart .track{fill:#e6e6e6;stroke:#767676;stroke-width:1}svg.chart .value{fill:#0b57a4}svg.chart .iqr,.key.iqr{fill:#7fa8d6;background:#7fa8d6}
svg.chart .median{stroke:#1a1a1a;stroke-width:3}svg.chart .tick{stroke:#767676}
.key{display:inline-block;width:1rem;height:.75rem;border:1px solid #555;vertical-align:middle}.key.median{width:.25rem;background:#1a1a1a}
.check{display:flex;gap:.5rem;align-items:flex-start;flex-wrap:wrap}.check .error-text{flex-basis:100%}.check input{margin-top:.35rem}
.danger,a.danger{background:#b00020;border-color:#b00020;color:#fff}.button:hover{color:#fff;text-decoration:underline}
@media (forced-colors:active){svg.chart .value,svg.chart .iqr{fill:Highlight}svg.chart .track{fill:Canvas;stroke:CanvasText}svg.chart .median{stroke:CanvasText}svg.chart text{fill:CanvasText}}
@media print{header,.skip,.no-print,form{display:none}main{padding:0;max-width:none}a{color:inherit;text-decoration:none}}
@media (max-width:40rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}
table.list thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.list tr,table.list td,table.list th{display:block}table.list tr{border:1px solid #bbb;margin-bottom:.75rem}
table.list td,table.list th{border:0}table.list [data-label]::before{content:attr(data-label);display:block;font-weight:600;font-size:.85rem}}`;

/**
 * @typedef {object} PageContext
 * @property {Strings} t
 * @property {string} path the current path and query (the language switch returns here)
 * @property {{ email: string, role: string, csrf: string } | undefined} user
 * @property {'overview' | 'join' | 'readiness' | 'events' | 'users' | 'audit' | 'notifications' | undefined} [section]
 */

/** @param {PageContext} context @param {string} title @param {SafeHtml} body */
export function layout({ t, path, user, section }, title, body) {
  const nav = user
    ? markup`<nav aria-label="${t.nav}"><ul>
<li><a href="/inbox"${section === 'overview' ? markup` aria-current="page"` : ''}>${t.navOverview}</a></li>
<li><a href="/inbox/join-requests"${section === 'join' ? markup` aria-current="page"` : ''}>${t.navJoin}</a></li>
<li><a href="/inbox/readiness"${section === 'readiness' ? markup` aria-current="page"` : ''}>${t.navReadiness}</a></li>
<li><a href="/inbox/events"${section === 'events' ? markup` aria-current="page"` : ''}>${t.navEvents}</a></li>
${
  user.role === 'admin'
    ? markup`<li><a href="/inbox/users"${section === 'users' ? markup` aria-current="page"` : ''}>${t.navUsers}</a></li>
<li><a href="/inbox/audit"${section === 'audit' ? markup` aria-current="page"` : ''}>${t.navAudit}</a></li>
<li><a href="/inbox/notifications"${section === 'notifications' ? markup` aria-current="page"` : ''}>${t.navNotifications}</a></li>`
    : ''
}
</ul></nav>
<form method="post" action="/inbox/sign-out" class="inline"><input type="hidden" name="_csrf" value="${user.csrf}">
<span>${t.signedInAs} ${user.email}</span> <button type="submit" class="secondary">${t.signOut}</button></form>`
    : '';
  const langs = Object.values(LANGUAGES).map((l) =>
    l.lang === t.lang
      ? markup`<li><span aria-current="true" lang="${l.lang}">${l.languageName}</span></li>`
      : markup`<li><a href="/inbox/language?to=${l.lang}&amp;back=${encodeURIComponent(path)}" lang="${l.lang}" hreflang="${l.lang}">${l.languageName}</a></li>`,
  );
  return markup`<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} – ${t.product}</title><link rel="stylesheet" href="/inbox.css"></head><body>
<a class="skip" href="#main">${t.skip}</a>
<header><span class="product">${t.product}</span>${nav}<nav class="langs" aria-label="${t.languages}"><ul>${langs}</ul></nav></header>
<main id="main" tabindex="-1"><h1>${title}</h1>
${body}</main></body></html>`.text;
}

/**
 * The error summary: a heading and a link to each field with a problem.
 * @param {Strings} t @param {{ field: string, message: string }[]} errors
 */
export const errorSummary = (t, errors) =>
  errors.length
    ? markup`<div class="summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${t.errorTitle}</h2><ul>
${errors.map((e) => markup`<li><a href="#${e.field}">${e.message}</a></li>`)}</ul></div>`
    : '';

/**
 * A labelled input, with its hint and error tied to it.
 * @param {{ id: string, label: string, value?: string, type?: string, hint?: string, error?: string, autocomplete?: string, required?: boolean, maxlength?: number }} field
 */
export function input({ id, label, value = '', type = 'text', hint, error, autocomplete, required, maxlength }) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return markup`<div class="field"><label for="${id}">${label}${hint ? markup`<span class="hint" id="${id}-hint">${hint}</span>` : ''}</label>
${error ? markup`<span class="error-text" id="${id}-error">${error}</span>` : ''}
<input id="${id}" name="${id}" type="${type}" value="${value}"${autocomplete ? markup` autocomplete="${autocomplete}"` : ''}${required ? markup` required` : ''}${maxlength ? markup` maxlength="${maxlength}"` : ''}${described ? markup` aria-describedby="${described}"` : ''}${error ? markup` aria-invalid="true"` : ''}></div>`;
}

/**
 * A labelled select; the first option is "all" when `any` is given.
 * @param {{ id: string, label: string, value?: string, options: [string, string][], any?: string, error?: string }} field
 */
export function select({ id, label, value = '', options, any, error }) {
  return markup`<div class="field"><label for="${id}">${label}</label>
${error ? markup`<span class="error-text" id="${id}-error">${error}</span>` : ''}
<select id="${id}" name="${id}"${error ? markup` aria-describedby="${id}-error" aria-invalid="true"` : ''}>
${any ? markup`<option value="">${any}</option>` : ''}${options.map(([v, text]) => markup`<option value="${v}"${v === value ? markup` selected` : ''}>${text}</option>`)}
</select></div>`;
}
