import { Connection, Schema } from 'mongoose';
import { connectMongo } from '../src';
import { uniqueName } from './support/unique-name';

describe('connectMongo', () => {
  let mongo: Connection;

  beforeAll(async () => {
    mongo = await connectMongo(uniqueName('harbour-test-connection'));
  });

  afterAll(async () => {
    await mongo.dropDatabase();
    await mongo.close();
  });

  it('applies every one of many concurrent updates to the same document', async () => {
    const Counters = mongo.model('Counter', new Schema({ entries: [Number], count: Number }));
    const counter = await Counters.create({ entries: [], count: 0 });

    await Promise.all(Array.from({ length: 100 }, (_, n) => Counters.updateOne({ _id: counter._id }, { $push: { entries: n }, $inc: { count: 1 } })));

    const stored = await Counters.findById(counter._id).lean();
    expect(stored?.count).toBe(100);
    expect(stored?.entries).toHaveLength(100);
  });
});
