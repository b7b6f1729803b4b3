import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getConnectionToken, InjectModel, MongooseModule } from '@nestjs/mongoose';
import { Test, TestingModule } from '@nestjs/testing';
import { Connection, Model, Schema } from 'mongoose';
import { buildEvent, CloudEvent, ReportReceivedEvent } from '@harbour/contracts';
import { MongoModule } from '@harbour/persistence';
import { eventConsumerProvider, HandlesEvents, MessagingModule, OutboxRelay, outboxEntries, outboxPlugin, WithOutbox } from '../src';
import { uniqueName, waitFor } from './support/test-helpers';

interface Case extends WithOutbox {
  journeyId: string;
}

const caseSchema = new Schema<Case>({ journeyId: { type: String, required: true } });
caseSchema.plugin(outboxPlugin);

const topic = uniqueName('harbour.test.v1');
const groupId = uniqueName('test-group');

@Injectable()
class OpenCase {
  constructor(
    @InjectModel('Case') private readonly cases: Model<Case>,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(event: CloudEvent): Promise<void> {
    await this.cases.create({ journeyId: event.subject, outbox: outboxEntries([event], { topicOf: () => topic }) });
    this.relay.nudge();
  }
}

@Injectable()
class Recorder implements HandlesEvents {
  readonly handled: string[] = [];

  async handle(event: CloudEvent<object>): Promise<void> {
    this.handled.push(event.id);
  }
}

describe(MessagingModule.name, () => {
  let app: TestingModule;

  beforeAll(async () => {
    process.env.MONGO_DB = uniqueName('harbour-test-messaging-nest');
    process.env.HARBOUR_MASTER_KEY = randomBytes(32).toString('base64');
    app = await Test.createTestingModule({
      imports: [
        MongoModule.forService('messaging-test'),
        MongooseModule.forFeature([{ name: 'Case', schema: caseSchema }]),
        MessagingModule.forRoot({ clientId: 'messaging-nest-test', outboxModels: ['Case'], pollIntervalMs: 200 }),
      ],
      providers: [OpenCase, Recorder, eventConsumerProvider({ groupId, topics: [topic], handler: Recorder, dedupe: true })],
    }).compile();
    await app.init();
  });

  afterAll(async () => {
    await app.get<Connection>(getConnectionToken()).dropDatabase();
    await app.close();
    delete process.env.MONGO_DB;
    delete process.env.HARBOUR_MASTER_KEY;
  });

  it('relays an aggregate change to the consumers of the fact, each effect once', async () => {
    const event = buildEvent(ReportReceivedEvent, { id: randomUUID(), journeyId: randomUUID(), time: new Date().toISOString(), data: ReportReceivedEvent.example });

    await app.get(OpenCase).execute(event);

    await waitFor(() => app.get(Recorder).handled.includes(event.id), { what: 'the fact at the consumer' });
    const connection = app.get<Connection>(getConnectionToken());
    await waitFor(async () => (await connection.collection('processed_events').countDocuments({ _id: `${groupId}:${event.id}` as never })) === 1, {
      what: 'the processed event record',
    });
    const stored = await waitFor(async () => {
      const found = await connection.collection<Case>('cases').findOne({ journeyId: event.subject });
      return found?.outbox.length === 0 && found;
    }, { what: 'the outbox to be cleared' });
    expect(stored.journeyId).toBe(event.subject);
  });
});
