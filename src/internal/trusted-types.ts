/** Our Trusted Types policy name in the script-tag bundles (rollup.config.ts renames Lit's to it). */
export const TRUSTED_TYPES_POLICY = 'back-pain-widgets';

/** The name of the error Lit meets when the page refused our policy; it was already reported once. */
export const POLICY_REFUSED = 'BackPainWidgetsTrustedTypesRefused';

/** True for that error: the page's Trusted Types directive does not allow our policy. */
export const isPolicyRefused = (error: unknown): boolean => error instanceof Error && error.name === POLICY_REFUSED;
