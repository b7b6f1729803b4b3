import { Questionnaire } from './questionnaire';
import { vrd22QuestionnaireV1 } from './vrd22-questionnaire-v1';

/** Every questionnaire version an assessment may be answered with; the last is the current one. */
export const Questionnaires: readonly Questionnaire[] = [vrd22QuestionnaireV1];

export const currentQuestionnaire = (): Questionnaire => Questionnaires[Questionnaires.length - 1];

export const QuestionnaireVersions = Questionnaires.map((questionnaire) => questionnaire.version);

export function findQuestionnaire(version: string): Questionnaire | undefined {
  return Questionnaires.find((questionnaire) => questionnaire.version === version);
}
