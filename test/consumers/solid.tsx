/** @jsxImportSource solid-js */
// A Solid file imports from solid-js, which brings the module the generated types extend into the program.
import type {} from 'solid-js';
// Solid JSX: attributes, `prop:` and `on:` as Solid writes them, typed by the same generated types.
import type {} from 'back-pain-widgets/types/jsx';

export function Check() {
  return (
    <div>
      <back-pain-triage on:triage-complete={(event) => console.log(event.detail.result.urgency)} />
      <exercise-card exercise="plank" prop:compact={true} />
      {/* @ts-expect-error compact is a boolean */}
      <exercise-card prop:compact={3} />
    </div>
  );
}
