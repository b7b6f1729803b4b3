import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Connection } from 'mongoose';
import { Counter, Gauge, register } from 'prom-client';

/** An outcome older than this, read while rebuilding, is not counted again as if it had just happened. */
const RECENT_MS = 24 * 3_600_000;

/**
 * What operations watch across journeys, for Prometheus: outcomes as they arrive, and on each
 * scrape the dead letters still parked and the hand-offs that need operations. Labels are codes
 * and countries only.
 */
@Injectable()
export class OperationsMetrics implements OnModuleInit {
  private outcomes?: Counter<'country' | 'rule' | 'outcome'>;

  constructor(@InjectConnection() private readonly connection: Connection) {}

  onModuleInit(): void {
    // A second application in the same process (a rebuild test) takes the metrics over.
    for (const name of ['harbour_obligation_outcomes_total', 'harbour_dead_letters_parked', 'harbour_handoffs_stuck']) register.removeSingleMetric(name);
    this.outcomes = new Counter({
      name: 'harbour_obligation_outcomes_total',
      help: 'Obligation outcomes the journeys published, by country, rule and outcome (met, missed, breached, …)',
      labelNames: ['country', 'rule', 'outcome'],
      registers: [register],
    });
    const connection = this.connection;
    new Gauge({
      name: 'harbour_dead_letters_parked',
      help: 'Records a consumer refused that no operator has replayed or discarded yet, by topic',
      labelNames: ['topic'],
      registers: [register],
      async collect() {
        this.reset();
        const groups = await connection.collection('dead_letters').aggregate<{ _id: string; count: number }>([{ $match: { state: 'parked' } }, { $group: { _id: '$originTopic', count: { $sum: 1 } } }]).toArray();
        for (const group of groups) this.set({ topic: group._id }, group.count);
      },
    });
    new Gauge({
      name: 'harbour_handoffs_stuck',
      help: 'Journeys whose hand-off needs operations (an offer past half its time, an open escalation), by country',
      labelNames: ['country'],
      registers: [register],
      async collect() {
        this.reset();
        const groups = await connection
          .collection('journey_views')
          .aggregate<{ _id: string; count: number }>([{ $match: { stuckFrom: { $lte: new Date().toISOString() } } }, { $group: { _id: '$country', count: { $sum: 1 } } }])
          .toArray();
        for (const group of groups) this.set({ country: group._id ?? 'unknown' }, group.count);
      },
    });
  }

  /** Counts an outcome the read model just took, unless it is an old one read again. */
  outcomeTaken(country: string | undefined, rule: string, outcome: string, at: string, now = Date.now()): void {
    if (now - Date.parse(at) <= RECENT_MS) this.outcomes?.inc({ country: country ?? 'unknown', rule, outcome });
  }
}
