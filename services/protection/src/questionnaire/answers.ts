import { ChoiceQuestion, Questionnaire } from './questionnaire';

/** One answer as given: the options chosen for a choice question, or the text of a text question. */
export interface Answer {
  questionId: string;
  optionIds?: string[];
  text?: string;
}

/**
 * Checks answers against their questionnaire version and returns every problem, each naming the
 * answer, question and option it is about; an empty list means the answers fit.
 */
export function answerProblems(questionnaire: Questionnaire, answers: readonly Answer[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const at = `answers[${index}]`;
    const question = questionnaire.questions.find((candidate) => candidate.id === answer.questionId);
    if (!question) {
      problems.push(`${at}.questionId "${answer.questionId}" is not a question of questionnaire ${questionnaire.version}`);
      return;
    }
    if (seen.has(question.id)) problems.push(`${at}: question "${question.id}" is answered more than once`);
    seen.add(question.id);
    if (question.answer === 'text') {
      if (answer.optionIds !== undefined) problems.push(`${at}: question "${question.id}" takes text, not optionIds`);
      if (answer.text === undefined) problems.push(`${at}: question "${question.id}" needs text`);
      return;
    }
    if (answer.text !== undefined) problems.push(`${at}: question "${question.id}" takes optionIds, not text`);
    problems.push(...choiceProblems(question, answer.optionIds ?? [], at));
  });
  for (const question of questionnaire.questions) {
    if (question.required && !seen.has(question.id)) problems.push(`question "${question.id}" must be answered`);
  }
  return problems;
}

function choiceProblems(question: ChoiceQuestion, optionIds: readonly string[], at: string): string[] {
  const known = question.options.map((option) => option.id);
  const problems = optionIds
    .filter((optionId) => !known.includes(optionId))
    .map((optionId) => `${at}.optionIds: "${optionId}" is not an option of question "${question.id}" (options: ${known.join(', ')})`);
  if (optionIds.length === 0) problems.push(`${at}: question "${question.id}" needs optionIds`);
  if (new Set(optionIds).size !== optionIds.length) problems.push(`${at}: question "${question.id}" has an option chosen twice`);
  if (question.answer === 'one' && optionIds.length > 1) problems.push(`${at}: question "${question.id}" takes exactly one option`);
  const exclusive = question.options.find((option) => option.exclusive && optionIds.includes(option.id));
  if (exclusive && optionIds.length > 1) problems.push(`${at}: option "${exclusive.id}" of question "${question.id}" cannot be chosen with others`);
  return problems;
}
