import { ConflictException, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ProceedingMilestoneRecordedEvent } from '@harbour/contracts';
import { Keyring } from '@harbour/persistence';
import { doorFields } from '@harbour/service-runtime';
import { justiceFact } from '../facts/justice-fact';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
import { InboundMilestoneDto } from './inbound-milestone.dto';
import { Milestone, notificationPriorityOf } from './milestone';
import { MilestoneRepository } from './milestone.repository';

export interface RecordMilestoneCommand {
  milestone: InboundMilestoneDto;
  receivedVia: Milestone['receivedVia'];
  receivedBy: string;
  /** The caller's organisation over HTTP: it, rather than the message, names the authority that acted. */
  organisationId?: string;
}

export interface MilestoneReceipt {
  milestoneId: string;
  journeyId: string;
  recordedAt: string;
  /** True when the national message id was recorded before: nothing new was recorded. */
  replayed: boolean;
}

/** The same message id arrived again with different content: the first stays, the second is refused. */
export class ConflictingMilestoneError extends ConflictException {
  constructor(messageId: string) {
    super(`messageId ${messageId} was already recorded with a different journey, milestone or time`);
  }
}

/**
 * Records a milestone from a national system, whichever way it came (topic, HTTP, replayed
 * file): the milestone, its ProceedingMilestoneRecorded fact and its pending notification in
 * one write. The national message id makes it idempotent.
 */
@Injectable()
export class RecordMilestone {
  constructor(
    private readonly milestones: MilestoneRepository,
    private readonly keyring: Keyring,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async execute({ milestone: inbound, receivedVia, receivedBy, organisationId }: RecordMilestoneCommand): Promise<MilestoneReceipt> {
    const earlier = await this.milestones.findByMessageId(inbound.messageId);
    if (earlier) return replay(earlier, inbound);

    const { journeyId } = inbound;
    const recordedAt = new Date();
    const milestoneId = randomUUID();
    const fact = justiceFact(ProceedingMilestoneRecordedEvent, journeyId, recordedAt, {
      milestoneId,
      milestone: inbound.milestone,
      recordedAt: recordedAt.toISOString(),
      ...doorFields(inbound, organisationId ?? inbound.actingOrganisationId),
    });
    const { record, created } = await this.milestones.insertWithFacts(
      {
        _id: milestoneId,
        journeyId,
        messageId: inbound.messageId,
        milestone: inbound.milestone,
        occurredAt: new Date(inbound.occurredAt),
        encryptedCaseReference: await this.keyring.encrypt(journeyId, inbound.caseReference),
        ...(inbound.trial
          ? {
              trial: {
                scheduledFor: new Date(inbound.trial.scheduledFor),
                encryptedPlace: await this.keyring.encrypt(journeyId, inbound.trial.place),
                timeZone: inbound.trial.timeZone ?? 'UTC',
              },
            }
          : {}),
        recordedAt,
        receivedVia,
        receivedBy,
        notification: { status: 'pending', priority: notificationPriorityOf(inbound.milestone), attempts: 0, nextAttemptAt: recordedAt },
      },
      [fact],
      () => this.milestones.findByMessageId(inbound.messageId),
    );
    if (!created) return replay(record, inbound);
    this.dispatcher.nudge();
    return { milestoneId, journeyId, recordedAt: recordedAt.toISOString(), replayed: false };
  }
}

function replay(earlier: Milestone, inbound: InboundMilestoneDto): MilestoneReceipt {
  const same =
    earlier.journeyId === inbound.journeyId && earlier.milestone === inbound.milestone && earlier.occurredAt.getTime() === Date.parse(inbound.occurredAt);
  if (!same) throw new ConflictingMilestoneError(inbound.messageId);
  return { milestoneId: earlier._id, journeyId: earlier.journeyId, recordedAt: earlier.recordedAt.toISOString(), replayed: true };
}
