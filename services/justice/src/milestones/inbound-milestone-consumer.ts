import { BeforeApplicationShutdown, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Kafka, KafkaMessage } from 'kafkajs';
import { Validated } from '@harbour/contracts';
import { RecordConsumer, RecordRefusedError, startRecordConsumer } from '@harbour/messaging';
import { JusticeConfig, justiceSettings, JusticeSettings } from '../justice-config';
import { InboundMilestoneDto } from './inbound-milestone.dto';
import { readInboundMilestone } from './read-inbound-milestone';
import { ConflictingMilestoneError, RecordMilestone } from './record-milestone';

/**
 * Takes milestones in from national systems on the inbound topic. A record that is not a
 * valid milestone goes to `<topic>.dlq` with every reason; a valid one is recorded, retried
 * until it is (nothing accepted is lost); one sent again records nothing new, and one sent
 * again with other content is dead-lettered.
 */
@Injectable()
export class InboundMilestoneConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly settings: JusticeSettings;
  private consumer?: RecordConsumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly recordMilestone: RecordMilestone,
    config: JusticeConfig,
  ) {
    this.settings = justiceSettings(config);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { milestonesTopic, milestonesGroup } = this.settings;
    this.consumer = await startRecordConsumer({
      kafka: this.kafka,
      groupId: milestonesGroup,
      topics: [milestonesTopic],
      read: readKeyedMilestone,
      describe: (milestone) => ({ messageId: milestone.messageId, milestone: milestone.milestone }),
      handle: async (milestone) => {
        try {
          await this.recordMilestone.execute({ milestone, receivedVia: 'kafka', receivedBy: milestonesGroup });
        } catch (error) {
          // The first milestone with this id stands; the conflicting one goes to the dead letters with the reason.
          if (error instanceof ConflictingMilestoneError) throw new RecordRefusedError(error.message);
          throw error;
        }
      },
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
    this.consumer = undefined;
  }
}

/** The record's key is the journey id, so that one victim's milestones stay in order on one partition. */
export function readKeyedMilestone(message: Pick<KafkaMessage, 'key' | 'value'>): Validated<InboundMilestoneDto> {
  const read = readInboundMilestone(message.value?.toString());
  const key = message.key?.toString();
  if (read.ok && key !== undefined && key !== read.value.journeyId) return { ok: false, reason: 'the record key must be the journeyId of the milestone' };
  return read;
}
