import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';

/**
 * The FHIR R4 (4.0.1) invariants of the resources we write, as the spec states
 * them (hl7.org/fhir/R4/questionnaire.html#invs and the pages of the other
 * resources), each with the path it applies to. Two differ from the printed
 * text: que-12 says "> 2" in R4, a known error for "more than one"
 * (FHIR-25326), and que-7 names the FHIR primitive `boolean`, which is what
 * `Boolean` means there.
 */
const INVARIANTS: Record<string, readonly (readonly [id: string, context: string, expression: string])[]> = {
  Questionnaire: [
    ['que-0', 'Questionnaire', "name.exists() implies name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['que-1', 'Questionnaire.repeat(item)', "(type='group' implies item.empty().not()) and (type='display' implies item.empty())"],
    ['que-2', 'Questionnaire', 'descendants().linkId.isDistinct()'],
    ['que-3', 'Questionnaire.repeat(item)', "type!='display' or code.empty()"],
    ['que-4', 'Questionnaire.repeat(item)', 'answerOption.empty() or answerValueSet.empty()'],
    [
      'que-5',
      'Questionnaire.repeat(item)',
      "(type ='choice' or type = 'open-choice' or type = 'decimal' or type = 'integer' or type = 'date' or type = 'dateTime' or type = 'time' or type = 'string' or type = 'quantity') or (answerValueSet.empty() and answerOption.empty())",
    ],
    ['que-6', 'Questionnaire.repeat(item)', "type!='display' or (required.empty() and repeats.empty())"],
    ['que-7', 'Questionnaire.repeat(item).enableWhen', "operator = 'exists' implies (answer is boolean)"],
    ['que-8', 'Questionnaire.repeat(item)', "(type!='group' and type!='display') or initial.empty()"],
    ['que-9', 'Questionnaire.repeat(item)', "type!='display' or readOnly.empty()"],
    [
      'que-10',
      'Questionnaire.repeat(item)',
      "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url' | 'open-choice')) or maxLength.empty()",
    ],
    ['que-11', 'Questionnaire.repeat(item)', 'answerOption.empty() or initial.empty()'],
    ['que-12', 'Questionnaire.repeat(item)', 'enableWhen.count() > 1 implies enableBehavior.exists()'],
    ['que-13', 'Questionnaire.repeat(item)', 'repeats=true or initial.count() <= 1'],
  ],
  QuestionnaireResponse: [
    ['qrs-1', 'QuestionnaireResponse.repeat(item | answer.item)', '(answer.exists() and item.exists()).not()'],
    [
      'qrs-2',
      'QuestionnaireResponse',
      'repeat(answer|item).select(item.where(answer.value.exists()).linkId.isDistinct()).allTrue()',
    ],
  ],
  CodeSystem: [
    ['csd-0', 'CodeSystem', "name.exists() implies name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['csd-1', 'CodeSystem', 'concept.code.combine($this.descendants().concept.code).isDistinct()'],
  ],
  ValueSet: [
    ['vsd-0', 'ValueSet', "name.exists() implies name.matches('[A-Z]([A-Za-z0-9_]){0,254}')"],
    ['vsd-1', 'ValueSet.compose.include', 'valueSet.exists() or system.exists()'],
    ['vsd-2', 'ValueSet.compose.include', '(concept.exists() or filter.exists()) implies system.exists()'],
    ['vsd-3', 'ValueSet.compose.include', 'concept.empty() or filter.empty()'],
  ],
};

/** Every resource: ele-1 on each element, ext-1 on each extension, dom-2 on contained resources. */
const EVERY_RESOURCE = [
  ['ele-1', 'descendants()', 'hasValue() or (children().count() > id.count())'],
  ['ext-1', '($this | descendants()).extension', 'extension.exists() != value.exists()'],
  ['dom-2', '$this', 'contained.contained.empty()'],
] as const;

/** The ids of the invariants the resource breaks. */
export function brokenInvariants(resource: { resourceType: string; [key: string]: unknown }): string[] {
  const list = [...(INVARIANTS[resource.resourceType] ?? []), ...EVERY_RESOURCE];
  if (!INVARIANTS[resource.resourceType]) throw new Error(`No invariants listed for ${resource.resourceType}`);
  return list
    .filter(([, context, expression]) => {
      const [holds] = fhirpath.evaluate(resource, `${context}.all(${expression})`, undefined, r4) as boolean[];
      return holds !== true;
    })
    .map(([id]) => id);
}
