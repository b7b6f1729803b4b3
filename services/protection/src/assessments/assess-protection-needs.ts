import { Injectable } from '@nestjs/common';
import { Keyring } from '@harbour/persistence';
import { ReassessmentRequestRepository } from '../reassessments/reassessment-request.repository';
import { Answer, answerProblems } from '../questionnaire/answers';
import { findQuestionnaire, QuestionnaireVersions } from '../questionnaire/questionnaires';
import { scoreAssessment } from '../questionnaire/score-assessment';
import { Assessment, AssessmentDetails, completeAssessment } from './assessment';
import { AssessmentRepository } from './assessment.repository';

export interface AssessProtectionNeedsCommand {
  journeyId: string;
  questionnaireVersion: string;
  answers: Answer[];
  completedBy: string;
}

/** The answers do not fit their questionnaire; each problem names the answer it is about. */
export class AnswersRefusedError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'AnswersRefusedError';
  }
}

/**
 * Scores the answers, seals them under the journey's key, answers every re-assessment request
 * made since the journey's last assessment, and records AssessmentCompleted for the journey.
 */
@Injectable()
export class AssessProtectionNeeds {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly requests: ReassessmentRequestRepository,
    private readonly keyring: Keyring,
  ) {}

  async execute(command: AssessProtectionNeedsCommand): Promise<{ assessment: Assessment; details: AssessmentDetails }> {
    const questionnaire = findQuestionnaire(command.questionnaireVersion);
    if (!questionnaire) throw new AnswersRefusedError([`questionnaireVersion must be one of: ${QuestionnaireVersions.join(', ')}`]);
    const problems = answerProblems(questionnaire, command.answers);
    if (problems.length > 0) throw new AnswersRefusedError(problems);

    const result = scoreAssessment(questionnaire, command.answers);
    const details: AssessmentDetails = { answers: command.answers, result };
    const previous = await this.assessments.latest(command.journeyId);
    const answered = await this.requests.madeSince(command.journeyId, previous?.completedAt);
    const assessment = completeAssessment(
      {
        journeyId: command.journeyId,
        questionnaireVersion: questionnaire.version,
        result,
        answersRequestIds: answered.map((request) => request._id),
        sealedDetails: await this.keyring.encrypt(command.journeyId, JSON.stringify(details)),
        completedBy: command.completedBy,
      },
      new Date(),
    );
    await this.assessments.insert(assessment);
    return { assessment, details };
  }
}
