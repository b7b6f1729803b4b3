import { Answer } from '../../src/questionnaire/answers';

// Answers to the VRD Art 22 questionnaire, version 1, shared by the unit and end-to-end tests.

/** An adult exploited for labour, the offender detained: a low grade. */
export function calmAnswers(): Answer[] {
  return [
    { questionId: 'offender-knows-whereabouts', optionIds: ['no'] },
    { questionId: 'contact-with-exploiters', optionIds: ['no'] },
    { questionId: 'threats-received', optionIds: ['none'] },
    { questionId: 'fear-of-testifying', optionIds: ['no'] },
    { questionId: 'organised-group', optionIds: ['no'] },
    { questionId: 'offender-at-large', optionIds: ['detained'] },
    { questionId: 'age-group', optionIds: ['adult'] },
    { questionId: 'vulnerabilities', optionIds: ['none'] },
    { questionId: 'crime-involved', optionIds: ['labour-exploitation'] },
  ];
}

/** The calm answers with some replaced. */
export function answersWith(replacements: Answer[]): Answer[] {
  return [
    ...calmAnswers().filter((answer) => !replacements.some((replacement) => replacement.questionId === answer.questionId)),
    ...replacements,
  ];
}
