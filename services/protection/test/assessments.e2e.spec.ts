import { getConnectionToken } from '@nestjs/mongoose';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Connection } from 'mongoose';
import { AssessmentCompletedEvent, ReassessmentRequestedEvent } from '@harbour/contracts';
import { AuditLog } from '@harbour/security';
import { joinJourney } from '@harbour/testing';
import { answersWith, bearer, calmAnswers, factsOfType, http, journeyFacts, journeyOfTheCase, journeyRecords, newJourney, officer, startProtectionService, stopProtectionService } from './support/protection-testbed';

describe('individual assessment of protection needs', () => {
  let app: NestExpressApplication;
  const assess = (journeyId: string, body: object, token = officer) => http(app).post(`/journeys/${journeyId}/assessments`).auth(token, { type: 'bearer' }).send(body);
  const read = (assessmentId: string, token: string) => http(app).get(`/assessments/${assessmentId}`).auth(token, { type: 'bearer' });
  const v1 = (answers = calmAnswers()) => ({ questionnaireVersion: 'vrd22-v1', answers });

  beforeAll(async () => {
    app = await startProtectionService();
  });
  afterAll(() => stopProtectionService(app));

  it('grades the answers, finds the measures needed with their reasons, and tells the journey with codes only', async () => {
    const journeyId = newJourney();

    const { body } = await assess(journeyId, v1(answersWith([{ questionId: 'threats-received', optionIds: ['to-life'] }]))).expect(201);

    expect(body).toMatchObject({ journeyId, questionnaireVersion: 'vrd22-v1', grade: 'critical', riskLevel: 'very-high', specificProtectionNeeds: true, child: false });
    expect(body.gradeFloors).toEqual([{ questionId: 'threats-received', optionId: 'to-life', atLeast: 'critical' }]);
    expect(body.findings).toContainEqual({ measure: 'police-protection', reasons: [{ questionId: 'threats-received', optionId: 'to-life' }] });
    expect(body).not.toHaveProperty('answers');
    const [completed] = await journeyFacts(journeyId, [AssessmentCompletedEvent.type]);
    expect(completed).toMatchObject({ specversion: '1.0', source: '/harbour/protection', type: AssessmentCompletedEvent.type, subject: journeyId });
    expect(completed.data).toEqual({
      assessmentId: body.assessmentId,
      riskLevel: 'very-high',
      completedAt: body.completedAt,
      riskGrade: 'critical',
      specificProtectionNeeds: true,
      answersRequestIds: [],
    });
  });

  it('presumes a person of uncertain age to be a child with specific protection needs', async () => {
    const { body } = await assess(newJourney(), v1(answersWith([{ questionId: 'age-group', optionIds: ['age-uncertain'] }]))).expect(201);

    expect(body).toMatchObject({ grade: 'low', child: true, specificProtectionNeeds: true });
    expect(body.measures).toEqual(expect.arrayContaining(['child-friendly-procedures', 'guardian-representation']));
  });

  it('keeps free text out of every event and stores it only encrypted', async () => {
    const journeyId = newJourney();
    const canary = `canary-${journeyId.slice(0, 8)} lives at 12 Rue Haute`;

    const { body } = await assess(journeyId, v1([...calmAnswers(), { questionId: 'circumstances', text: canary }])).expect(201);

    const records = await journeyRecords(journeyId, [AssessmentCompletedEvent.type]);
    expect(JSON.stringify(records)).not.toContain('canary-');
    const connection = app.get<Connection>(getConnectionToken());
    const collections = await connection.db!.listCollections().toArray();
    for (const { name } of collections) {
      const documents = await connection.db!.collection(name).find({}).toArray();
      expect(JSON.stringify(documents)).not.toContain('canary-');
    }
    expect(collections.map((collection) => collection.name)).toEqual(expect.arrayContaining(['assessments', 'journey_keys']));
    const asOfficer = await read(body.assessmentId, officer).expect(200);
    expect(asOfficer.body.answers).toContainEqual({ questionId: 'circumstances', text: canary });
  });

  it('shows the answers to protection officers, the findings to prosecutor liaisons, the risk level to support case workers; reading is audited', async () => {
    const { body } = await assess(await journeyOfTheCase(app), v1(answersWith([{ questionId: 'crime-involved', optionIds: ['sexual-exploitation'] }]))).expect(201);

    const asOfficer = await read(body.assessmentId, officer).expect(200);
    expect(asOfficer.body).toMatchObject({ assessmentId: body.assessmentId, grade: 'low', answers: expect.arrayContaining([{ questionId: 'crime-involved', optionIds: ['sexual-exploitation'] }]) });

    const asProsecution = await read(body.assessmentId, bearer(['prosecutor-liaison'])).expect(200);
    expect(Object.keys(asProsecution.body).sort()).toEqual(['assessmentId', 'completedAt', 'grade', 'journeyId', 'measures', 'questionnaireVersion', 'riskLevel', 'specificProtectionNeeds']);
    expect(asProsecution.body.measures).toEqual(expect.arrayContaining(['same-sex-interviewer', 'hearing-without-public']));

    const caseWorker = bearer(['support-case-worker'], 'be-payoke');
    await joinJourney(app, body.journeyId, 'be-payoke', 'accepted-referral');
    const asSupport = await read(body.assessmentId, caseWorker).expect(200);
    expect(asSupport.body).toEqual({ assessmentId: body.assessmentId, journeyId: body.journeyId, riskLevel: 'standard', grade: 'low' });
    await http(app).get(`/journeys/${body.journeyId}/risk-level`).auth(caseWorker, { type: 'bearer' }).expect(200, asSupport.body);

    const audit = app.get(AuditLog);
    expect(await audit.verifyChain()).toMatchObject({ intact: true });
    const connection = app.get<Connection>(getConnectionToken());
    const entries = await connection.db!.collection('audit_log').find({ resource: `assessment/${body.assessmentId}` }).toArray();
    expect(entries.map((entry) => [entry.actor, entry.action])).toEqual([
      ['test-protection-officer', 'read-assessment-answers'],
      ['test-prosecutor-liaison', 'read-assessment-findings'],
    ]);
  });

  it('refuses answers that do not fit the questionnaire, naming each problem', async () => {
    const journeyId = newJourney();
    const wrong = await assess(journeyId, v1([...calmAnswers().slice(1), { questionId: 'favourite-colour', optionIds: ['blue'] }, { questionId: 'organised-group', optionIds: ['perhaps'] }])).expect(400);
    expect(wrong.body.message).toEqual([
      'answers[8].questionId "favourite-colour" is not a question of questionnaire vrd22-v1',
      'answers[9]: question "organised-group" is answered more than once',
      'answers[9].optionIds: "perhaps" is not an option of question "organised-group" (options: no, unknown, yes)',
      'question "offender-knows-whereabouts" must be answered',
    ]);
    const version = await assess(journeyId, { questionnaireVersion: 'vrd22-v0', answers: calmAnswers() }).expect(400);
    expect(version.body.message).toEqual(['questionnaireVersion must be one of: vrd22-v1']);
    const extra = await assess(journeyId, { ...v1(), victimName: 'Maria' }).expect(400);
    expect(extra.body.message).toEqual(['property victimName should not exist']);
    const nested = await assess(journeyId, v1([{ questionId: 'age-group', optionIds: ['adult'], comment: 'x' } as never])).expect(400);
    expect(nested.body.message).toEqual(['answers.0.property comment should not exist']);
    await assess('not-a-journey', v1()).expect(400);
  });

  it('asks for a re-assessment with a reason code; the next assessment answers it, and only that one', async () => {
    const journeyId = newJourney();
    await assess(journeyId, v1()).expect(201);

    const requested = await http(app).post(`/journeys/${journeyId}/reassessment-requests`).auth(officer, { type: 'bearer' }).send({ reason: 'offender-released' }).expect(201);
    expect(requested.body).toEqual({ requestId: expect.any(String), journeyId, reason: 'offender-released', urgent: true, requestedAt: expect.any(String) });
    const [fact] = await factsOfType(journeyId, ReassessmentRequestedEvent.type);
    expect(fact).toEqual({ requestId: requested.body.requestId, reason: 'offender-released', urgent: true, requestedAt: requested.body.requestedAt });

    const next = await assess(journeyId, v1()).expect(201);
    expect(next.body.answersRequestIds).toEqual([requested.body.requestId]);
    const after = await assess(journeyId, v1()).expect(201);
    expect(after.body.answersRequestIds).toEqual([]);
    const latest = await http(app).get(`/journeys/${journeyId}/risk-level`).auth(officer, { type: 'bearer' }).expect(200);
    expect(latest.body.assessmentId).toBe(after.body.assessmentId);

    const unknownReason = await http(app).post(`/journeys/${journeyId}/reassessment-requests`).auth(officer, { type: 'bearer' }).send({ reason: 'felt-like-it' }).expect(400);
    expect(unknownReason.body.message).toEqual([expect.stringMatching(/^reason must be one of the following values: circumstances-changed, /)]);
  });
});
