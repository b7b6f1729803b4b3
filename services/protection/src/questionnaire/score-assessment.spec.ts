import { calmAnswers } from '../../test/support/questionnaire-answers';
import { Answer } from './answers';
import { Questionnaire } from './questionnaire';
import { scoreAssessment } from './score-assessment';
import { vrd22QuestionnaireV1 } from './vrd22-questionnaire-v1';

/** A small questionnaire of its own, so the rules are tested apart from the figures of a version. */
const questionnaire: Questionnaire = {
  version: 'test-v1',
  thresholds: { medium: 3, high: 6, critical: 10 },
  questions: [
    {
      id: 'threats',
      category: 'intimidation',
      text: 'Threats?',
      answer: 'many',
      required: true,
      options: [
        { id: 'none', weight: 0, exclusive: true },
        { id: 'to-victim', weight: 3, measures: ['police-protection'] },
        { id: 'to-life', weight: 1, atLeast: 'critical', measures: ['police-protection', 'shelter'] },
      ],
    },
    {
      id: 'age',
      category: 'child',
      text: 'Child?',
      answer: 'one',
      required: true,
      options: [
        { id: 'adult', weight: 0 },
        { id: 'age-uncertain', weight: 0, presumesChild: true, measures: ['guardian-representation'] },
      ],
    },
    { id: 'notes', category: 'circumstances', text: 'Else?', answer: 'text', required: false },
  ],
};

const answers = (threats: string[], age = 'adult'): Answer[] => [
  { questionId: 'threats', optionIds: threats },
  { questionId: 'age', optionIds: [age] },
  { questionId: 'notes', text: 'never scored' },
];

describe(scoreAssessment.name, () => {
  it('gives an adult with no risk factor a low grade and no specific protection needs', () => {
    expect(scoreAssessment(questionnaire, answers(['none']))).toEqual({
      grade: 'low',
      score: 0,
      child: false,
      specificProtectionNeeds: false,
      gradeFloors: [],
      measures: [],
    });
  });

  it('grades by the sum of the weights against the thresholds', () => {
    expect(scoreAssessment(questionnaire, answers(['to-victim']))).toMatchObject({ grade: 'medium', score: 3, specificProtectionNeeds: true });
  });

  it('raises the grade to the floor an answer sets, and says which answer did', () => {
    const result = scoreAssessment(questionnaire, answers(['to-life']));
    expect(result).toMatchObject({ grade: 'critical', score: 1 });
    expect(result.gradeFloors).toEqual([{ questionId: 'threats', optionId: 'to-life', atLeast: 'critical' }]);
  });

  it('lists each needed measure once, with every answer that calls for it', () => {
    expect(scoreAssessment(questionnaire, answers(['to-victim', 'to-life'])).measures).toEqual([
      { measure: 'shelter', reasons: [{ questionId: 'threats', optionId: 'to-life' }] },
      {
        measure: 'police-protection',
        reasons: [
          { questionId: 'threats', optionId: 'to-victim' },
          { questionId: 'threats', optionId: 'to-life' },
        ],
      },
    ]);
  });

  it('presumes a person of uncertain age to be a child, who always has specific protection needs, even at a low grade', () => {
    const result = scoreAssessment(questionnaire, answers(['none'], 'age-uncertain'));
    expect(result).toMatchObject({ grade: 'low', child: true, specificProtectionNeeds: true });
    expect(result.measures).toEqual([{ measure: 'guardian-representation', reasons: [{ questionId: 'age', optionId: 'age-uncertain' }] }]);
  });

  describe('with the VRD Art 22 questionnaire, version 1', () => {
    const calm = calmAnswers();
    const replacing = (questionId: string, optionIds: string[]) => calm.map((answer) => (answer.questionId === questionId ? { questionId, optionIds } : answer));

    it('finds an adult exploited for labour, with the offender detained, at low risk', () => {
      expect(scoreAssessment(vrd22QuestionnaireV1, calm)).toMatchObject({ grade: 'low', score: 1, specificProtectionNeeds: false, measures: [] });
    });

    it('finds a threat to life critical whatever else was answered', () => {
      expect(scoreAssessment(vrd22QuestionnaireV1, replacing('threats-received', ['to-life'])).grade).toBe('critical');
    });

    it('finds a child victim of sexual exploitation with specific needs and child-friendly, same-sex interviews', () => {
      const answers = replacing('age-group', ['child']).map((answer) =>
        answer.questionId === 'crime-involved' ? { questionId: 'crime-involved', optionIds: ['sexual-exploitation'] } : answer,
      );
      const result = scoreAssessment(vrd22QuestionnaireV1, answers);
      expect(result).toMatchObject({ grade: 'medium', child: true, specificProtectionNeeds: true });
      expect(result.measures.map((finding) => finding.measure)).toEqual(
        expect.arrayContaining(['same-sex-interviewer', 'child-friendly-procedures', 'guardian-representation']),
      );
    });
  });
});
