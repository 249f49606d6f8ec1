// Screen and print styles for the safety docs pages (rule book, hazard log): readable on screen, and printed
// without Storybook's frame, each table row kept on one page.
const printStyles = `
  .rule-book { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; max-width: 75rem; padding: 0 1rem; }
  .rule-book h2 { border-bottom: 2px solid #1b1b1b; margin-top: 2.5rem; }
  .rule-book h3 { margin: 1.5rem 0 0.5rem; font-size: 1.05rem; }
  .rule-book table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
  .rule-book th, .rule-book td { border: 1px solid #8a8a8a; padding: 0.3rem 0.45rem; text-align: start; vertical-align: top; }
  .rule-book thead th { background: #ececec; }
  .rule-book .es { color: #3d3d3d; font-style: italic; }
  .rule-book .small { font-size: 0.9em; }
  .rule-book dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
  .rule-book dt { font-weight: 600; }
  .rule-book dd { margin: 0; }
  .rule-book dd ul, .rule-book li ul { margin: 0; padding-inline-start: 1.2rem; }
  .rule-book .entry { break-inside: avoid-page; }
  @media print {
    @page { margin: 14mm; }
    .sb-show-main.sb-main-padded, .sbdocs-wrapper { padding: 0 !important; }
    .sbdocs-content { max-width: none !important; }
    .rule-book { font-size: 10pt; max-width: none; padding: 0; color: #000; }
    .rule-book h2 { break-before: page; break-after: avoid; }
    .rule-book h3 { break-after: avoid; }
    .rule-book tr { break-inside: avoid; }
    .rule-book thead { display: table-header-group; }
    .rule-book .es { color: #000; }
  }
`;

/** A <style> element holding the styles, made afresh for each render (a binding inside <style> is raw text). */
export function printStyleElement(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = printStyles;
  return style;
}
