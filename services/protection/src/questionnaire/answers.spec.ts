import { answerProblems } from './answers';
import { vrd22QuestionnaireV1 } from './vrd22-questionnaire-v1';

const complete = vrd22QuestionnaireV1.questions
  .filter((question) => question.required)
  .map((question) => ({ questionId: question.id, optionIds: question.answer === 'text' ? undefined : [question.options[0].id] }));

describe(answerProblems.name, () => {
  it('accepts every required question answered, with or without the free text', () => {
    expect(answerProblems(vrd22QuestionnaireV1, complete)).toEqual([]);
    expect(answerProblems(vrd22QuestionnaireV1, [...complete, { questionId: 'circumstances', text: 'lives above the bakery' }])).toEqual([]);
  });

  it('names an unknown question and an unknown option, with the options there are', () => {
    expect(
      answerProblems(vrd22QuestionnaireV1, [
        ...complete.filter((answer) => answer.questionId !== 'organised-group'),
        { questionId: 'organised-group', optionIds: ['perhaps'] },
        { questionId: 'favourite-colour', optionIds: ['blue'] },
      ]),
    ).toEqual([
      'answers[8].optionIds: "perhaps" is not an option of question "organised-group" (options: no, unknown, yes)',
      'answers[9].questionId "favourite-colour" is not a question of questionnaire vrd22-v1',
    ]);
  });

  it('names a required question left out, a question answered twice, and answers of the wrong shape', () => {
    const [first, ...rest] = complete;
    expect(
      answerProblems(vrd22QuestionnaireV1, [
        ...rest,
        { questionId: 'age-group', optionIds: ['adult', 'child'] },
        { questionId: 'threats-received', optionIds: ['none', 'online'] },
        { questionId: 'circumstances', optionIds: ['yes'] },
      ]),
    ).toEqual([
      'answers[8]: question "age-group" is answered more than once',
      'answers[8]: question "age-group" takes exactly one option',
      'answers[9]: question "threats-received" is answered more than once',
      'answers[9]: option "none" of question "threats-received" cannot be chosen with others',
      'answers[10]: question "circumstances" takes text, not optionIds',
      'answers[10]: question "circumstances" needs text',
      `question "${first.questionId}" must be answered`,
    ]);
  });
});
