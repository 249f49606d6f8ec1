/**
 * Strings allowed above US grade 8, each with the reason. Keep this list short:
 * fix the words first, and list a string only when a medical name must stay.
 */
export const readingLevelExceptions: readonly { path: string; reason: string }[] = [
  {
    path: 'questions.bone-risk.hint',
    reason:
      'Names osteoporosis and prednisolone so people recognise them from their own notes; the question itself says "thin or weak bones" and "steroid tablets".',
  },
];
