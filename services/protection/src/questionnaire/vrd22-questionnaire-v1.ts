import { Questionnaire } from './questionnaire';

const no = { id: 'no', weight: 0 } as const;
const unknown = { id: 'unknown', weight: 1 } as const;

/**
 * The first version of the individual assessment (VRD Art 22). It is data: a new version is a
 * new file, and every stored assessment names the version it was answered and scored with.
 * Residency status is deliberately not asked: only the roles in ResidencyStatusReaders may read
 * it, and protection officers are not among them.
 */
export const vrd22QuestionnaireV1: Questionnaire = {
  version: 'vrd22-v1',
  thresholds: { medium: 4, high: 8, critical: 14 },
  questions: [
    {
      id: 'offender-knows-whereabouts',
      category: 'repeat-victimisation',
      text: 'Does the offender or the exploiters know where the victim lives or stays?',
      answer: 'one',
      required: true,
      options: [no, unknown, { id: 'yes', weight: 3, measures: ['shelter', 'protection-order'] }],
    },
    {
      id: 'contact-with-exploiters',
      category: 'repeat-victimisation',
      text: 'Is the victim still in contact with the exploiters, or dependent on them for housing, work, papers or debt?',
      answer: 'one',
      required: true,
      options: [no, { id: 'yes', weight: 3, measures: ['shelter', 'avoid-contact-with-offender'] }],
    },
    {
      id: 'threats-received',
      category: 'intimidation',
      text: 'Which threats has the victim received?',
      answer: 'many',
      required: true,
      options: [
        { id: 'none', weight: 0, exclusive: true },
        { id: 'online', weight: 1 },
        { id: 'to-victim', weight: 3, measures: ['police-protection', 'protection-order'] },
        { id: 'to-family', weight: 3, measures: ['police-protection'] },
        { id: 'to-life', weight: 5, atLeast: 'critical', measures: ['police-protection', 'protection-order', 'shelter'] },
      ],
    },
    {
      id: 'fear-of-testifying',
      category: 'intimidation',
      text: 'Does the victim fear giving evidence in the presence of the offender?',
      answer: 'one',
      required: true,
      options: [no, { id: 'yes', weight: 2, measures: ['avoid-contact-with-offender', 'testimony-without-presence'] }],
    },
    {
      id: 'organised-group',
      category: 'retaliation',
      text: 'Is the offender part of an organised criminal group?',
      answer: 'one',
      required: true,
      options: [no, unknown, { id: 'yes', weight: 3, atLeast: 'medium', measures: ['witness-protection-referral'] }],
    },
    {
      id: 'offender-at-large',
      category: 'retaliation',
      text: 'Is the offender detained?',
      answer: 'one',
      required: true,
      options: [
        { id: 'detained', weight: 0 },
        unknown,
        { id: 'at-large', weight: 2, measures: ['police-protection'] },
      ],
    },
    {
      id: 'age-group',
      category: 'child',
      text: 'Is the victim a child?',
      answer: 'one',
      required: true,
      options: [
        { id: 'adult', weight: 0 },
        { id: 'child', weight: 2, presumesChild: true, measures: ['child-friendly-procedures', 'guardian-representation', 'interview-by-trained-professional'] },
        // CETS 197 Art 10(3): where age is uncertain and there are reasons to believe so, a child.
        { id: 'age-uncertain', weight: 2, presumesChild: true, measures: ['child-friendly-procedures', 'guardian-representation', 'interview-by-trained-professional'] },
      ],
    },
    {
      id: 'vulnerabilities',
      category: 'personal-characteristics',
      text: 'Which personal characteristics call for care?',
      answer: 'many',
      required: true,
      options: [
        { id: 'none', weight: 0, exclusive: true },
        { id: 'disability', weight: 2, measures: ['interview-in-adapted-premises', 'interview-by-trained-professional'] },
        { id: 'mental-health', weight: 2, measures: ['interview-by-trained-professional', 'same-interviewer'] },
        { id: 'pregnancy', weight: 1, measures: ['interview-in-adapted-premises'] },
        { id: 'no-common-language', weight: 1 },
        { id: 'isolated', weight: 1 },
      ],
    },
    {
      id: 'crime-involved',
      category: 'nature-of-crime',
      text: 'What did the crime involve?',
      answer: 'many',
      required: true,
      options: [
        { id: 'labour-exploitation', weight: 1 },
        { id: 'forced-criminality', weight: 2 },
        { id: 'sexual-exploitation', weight: 3, measures: ['same-sex-interviewer', 'no-questions-on-private-life', 'hearing-without-public', 'interview-by-trained-professional'] },
        { id: 'physical-violence', weight: 3, atLeast: 'medium' },
        { id: 'weapons', weight: 3, atLeast: 'high', measures: ['police-protection'] },
      ],
    },
    {
      id: 'circumstances',
      category: 'circumstances',
      text: "Anything else about the victim's circumstances that bears on protection (free text, stored encrypted).",
      answer: 'text',
      required: false,
    },
  ],
};
