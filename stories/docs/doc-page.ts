// The frame of the safety docs pages (rule book, hazard log): a small element that renders a Lit template in
// its shadow root with screen and print styles, readable on screen and printed without Storybook's frame,
// each table row kept on one page.
import { render, type TemplateResult } from 'lit';

const bookStyles = `
  :host { display: block; }
  .rule-book { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; max-width: 75rem; padding: 0 1rem; }
  h2 { border-bottom: 2px solid #1b1b1b; margin-top: 2.5rem; }
  h3 { margin: 1.5rem 0 0.5rem; font-size: 1.05rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
  th, td { border: 1px solid #8a8a8a; padding: 0.3rem 0.45rem; text-align: start; vertical-align: top; }
  thead th { background: #ececec; }
  .es { color: #3d3d3d; font-style: italic; }
  .small { font-size: 0.9em; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  dd ul, li ul { margin: 0; padding-inline-start: 1.2rem; }
  .entry { break-inside: avoid-page; }
  @media print {
    .rule-book { font-size: 10pt; max-width: none; padding: 0; color: #000; }
    h2 { break-before: page; break-after: avoid; }
    h3 { break-after: avoid; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    .es { color: #000; }
  }
`;

// Page margins and Storybook's own padding can only be set from the document.
const pageStyles = `
  @media print {
    @page { margin: 14mm; }
    .sb-show-main.sb-main-padded, .sbdocs-wrapper { padding: 0 !important; }
    .sbdocs-content { max-width: none !important; }
  }
`;

class SafetyDocPage extends HTMLElement {
  set content(content: TemplateResult) {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = bookStyles;
    root.replaceChildren(style, document.createElement('div'));
    render(content, root.lastElementChild as HTMLElement);
  }
}

/** Renders a safety docs page in its frame. */
export function docPage(content: TemplateResult): HTMLElement {
  if (!customElements.get('safety-doc-page')) customElements.define('safety-doc-page', SafetyDocPage);
  if (!document.getElementById('safety-doc-print')) {
    const style = Object.assign(document.createElement('style'), {
      id: 'safety-doc-print',
      textContent: pageStyles,
    });
    document.head.append(style);
  }
  const page = document.createElement('safety-doc-page') as SafetyDocPage;
  page.content = content;
  return page;
}
