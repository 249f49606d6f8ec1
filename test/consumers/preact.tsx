/** @jsxImportSource preact */
// Preact JSX, typed by the same generated types.
import type {} from 'back-pain-widgets/types/jsx';

export function Check() {
  return (
    <div>
      <back-pain-triage ontriage-red-flag={(event) => console.log(event.detail.urgency)} />
      <exercise-card exercise="plank" compact />
      {/* @ts-expect-error compact is a boolean */}
      <exercise-card compact={3} />
    </div>
  );
}
