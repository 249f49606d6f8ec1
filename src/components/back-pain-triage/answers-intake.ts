import { validateAnswers } from '../../triage/index.js';
import type { Answers } from '../../triage/types.js';

type Warn = (field: string, value: unknown, validValues: readonly string[] | string) => void;

/**
 * Answers from outside the person's clicks (the host's `answers`, the saved copy): the valid ones, with a warning
 * for each bad entry (saved answers: one warning for all); null when `value` is not answers at all.
 */
export function validAnswers(value: unknown, field: 'answers' | 'saved answers', warn: Warn): Answers | null {
  const { answers, error } = validateAnswers(value);
  if (error?.issues[0].problem === 'not-an-object') {
    warn(field, value, 'an object of question id to option id');
    return null;
  }
  if (error && field === 'saved answers') {
    warn(field, `${error.count} invalid entries`, `answers saved by this version (the invalid ones were dropped): ${error.message}`);
  } else if (error) {
    for (const issue of error.issues) {
      if (issue.problem === 'unknown-question') {
        warn('answers key', issue.question, issue.validValues);
      } else {
        warn(`answers["${issue.question}"]`, issue.value, issue.validValues);
      }
    }
    if (error.more) warn('answers', `${error.more} more invalid entries`, 'question ids and their option ids');
  }
  return answers;
}
