import { en, locales, type ContentStrings } from '../content/index.js';
import { VERSION } from '../version.js';
import {
  CODE_SYSTEM_DEFINITIONS,
  codeSystemUrl,
  DEFAULT_FHIR_BASE,
  valueSetUrl,
  type CodeSystemKind,
  type FhirOptions,
} from './codes.js';
import type { CodeSystem, CodeSystemConcept, ValueSet } from './types.js';

export interface TerminologyOptions extends FhirOptions {
  /** The language of each code's one display; defaults to English. */
  strings?: ContentStrings;
  /** Other languages, given as designations; defaults to every other built-in locale. */
  translations?: readonly ContentStrings[];
}

const KINDS = Object.keys(CODE_SYSTEM_DEFINITIONS) as CodeSystemKind[];

/** "red-flag" -> "RedFlag". */
const pascal = (path: string): string => path.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

const common = (kind: CodeSystemKind, strings: ContentStrings) => ({
  id: `back-pain-walking-${CODE_SYSTEM_DEFINITIONS[kind].path}`,
  version: VERSION,
  name: `BackPainWalking${pascal(CODE_SYSTEM_DEFINITIONS[kind].path)}`,
  title: CODE_SYSTEM_DEFINITIONS[kind].title,
  status: 'active' as const,
  experimental: false,
  language: strings.locale,
});

/**
 * Our own code systems as FHIR R4 CodeSystem resources, generated from the
 * content: one display per code in one language, the other languages as
 * designations. Publish them with the Questionnaires so a server can validate
 * and display every code we send.
 */
export function codeSystems({
  base = DEFAULT_FHIR_BASE,
  strings = en,
  translations = Object.values(locales).filter((other) => other.locale !== strings.locale),
}: TerminologyOptions = {}): CodeSystem[] {
  return KINDS.map((kind) => {
    const definition = CODE_SYSTEM_DEFINITIONS[kind];
    const others = translations.map((other) => ({ language: other.locale, displays: new Map(definition.concepts(other)) }));
    const concept = definition.concepts(strings).map(([code, display]): CodeSystemConcept => {
      const designation = others.flatMap(({ language, displays }) => {
        const value = displays.get(code);
        return value === undefined ? [] : [{ language, value }];
      });
      return designation.length ? { code, display, designation } : { code, display };
    });
    return {
      resourceType: 'CodeSystem',
      ...common(kind, strings),
      url: codeSystemUrl(kind, base),
      description: `${definition.title}. Generated from the back-pain-widgets content; the codes are its ids.`,
      caseSensitive: true,
      valueSet: valueSetUrl(kind, base),
      content: 'complete',
      count: concept.length,
      concept,
    };
  });
}

/** One ValueSet per code system: every code in it, at this package version. */
export function valueSets({ base = DEFAULT_FHIR_BASE, strings = en }: TerminologyOptions = {}): ValueSet[] {
  return KINDS.map((kind) => ({
    resourceType: 'ValueSet',
    ...common(kind, strings),
    url: valueSetUrl(kind, base),
    description: `Every code in ${codeSystemUrl(kind, base)}.`,
    compose: { include: [{ system: codeSystemUrl(kind, base), version: VERSION }] },
  }));
}
