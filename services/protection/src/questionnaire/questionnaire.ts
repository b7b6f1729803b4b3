import { RiskGrade } from '@harbour/contracts';

/** What an individual assessment looks at (VRD Art 22(2), (3)): each question belongs to one. */
export const QuestionCategories = [
  'repeat-victimisation',
  'intimidation',
  'retaliation',
  'personal-characteristics',
  'nature-of-crime',
  'child',
  'circumstances',
] as const;
export type QuestionCategory = (typeof QuestionCategories)[number];

/**
 * Measures an assessment may find needed: protection of the person (Art 18) and the special
 * measures during proceedings for victims with specific protection needs (Art 23, 24).
 */
export const NeededMeasures = [
  'shelter',
  'police-protection',
  'protection-order',
  'witness-protection-referral',
  'avoid-contact-with-offender',
  'interview-by-trained-professional',
  'same-interviewer',
  'same-sex-interviewer',
  'interview-in-adapted-premises',
  'testimony-without-presence',
  'hearing-without-public',
  'no-questions-on-private-life',
  'child-friendly-procedures',
  'guardian-representation',
] as const;
export type NeededMeasure = (typeof NeededMeasures)[number];

export interface AnswerOption {
  id: string;
  /** Added to the assessment's score when chosen. */
  weight: number;
  /** Measures this answer calls for; the answer becomes their reason. */
  measures?: readonly NeededMeasure[];
  /** The assessment's grade is at least this when the answer is chosen, whatever the score. */
  atLeast?: RiskGrade;
  /** The answer says the victim is, or may be, a child: a child is presumed to have specific protection needs. */
  presumesChild?: true;
  /** Chosen alone or not at all, e.g. "none". */
  exclusive?: true;
}

export interface ChoiceQuestion {
  id: string;
  category: QuestionCategory;
  /** The question as the officer reads it; the same for every victim, so never personal. */
  text: string;
  answer: 'one' | 'many';
  required: boolean;
  options: readonly AnswerOption[];
}

/** Free text is stored encrypted and never scored, published or logged. */
export interface TextQuestion {
  id: string;
  category: QuestionCategory;
  text: string;
  answer: 'text';
  required: boolean;
}

export type Question = ChoiceQuestion | TextQuestion;

export interface Questionnaire {
  version: string;
  questions: readonly Question[];
  /** The lowest score of each grade above low. */
  thresholds: Record<Exclude<RiskGrade, 'low'>, number>;
}
