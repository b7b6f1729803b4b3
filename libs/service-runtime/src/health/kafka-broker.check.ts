import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { ReadinessCheck } from './readiness-check';

/**
 * Ready while a broker of the cluster answers: the service can publish and consume. One admin
 * client, connected on the first check, asks for the cluster's metadata each time.
 */
@Injectable()
export class KafkaBrokerCheck implements ReadinessCheck, OnModuleDestroy {
  readonly name = 'kafka';
  private admin?: Admin;
  private connected?: Promise<void>;

  constructor(private readonly kafka: Kafka) {}

  async check(): Promise<void> {
    this.admin ??= this.kafka.admin();
    this.connected ??= this.admin.connect().catch((error: unknown) => {
      // The next check tries again from the start.
      this.connected = undefined;
      throw error;
    });
    await this.connected;
    const { brokers } = await this.admin.describeCluster();
    if (brokers.length === 0) throw new Error('the cluster names no broker');
  }

  async onModuleDestroy(): Promise<void> {
    await this.admin?.disconnect();
  }
}
