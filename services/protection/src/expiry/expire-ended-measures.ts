import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MeasureRepository } from '../measures/measure.repository';
import { ProtectionConfig } from '../protection-config';
import { ExpireOrder } from './expire-order';

const DEFAULT_SWEEP_SECONDS = 60;
const BATCH = 100;
export const SERVICE_ACTOR = 'protection-service';

/**
 * The measures' own expiry: every so often, each measure in force whose end has come is expired
 * as of its end date. It covers what the journey's clock does not (measures that are not orders,
 * an order whose renewal was refused) and is harmless where the clock got there first.
 */
@Injectable()
export class ExpireEndedMeasures implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ExpireEndedMeasures.name);
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    private readonly config: ProtectionConfig,
    private readonly measures: MeasureRepository,
    private readonly expireOrder: ExpireOrder,
  ) {}

  /** Expires the measures ended by `asOf`; returns the ids of those it expired. */
  async sweep(asOf = new Date()): Promise<string[]> {
    const expired: string[] = [];
    for (const measure of await this.measures.endedBy(asOf, BATCH)) {
      try {
        const command = { journeyId: measure.journeyId, orderId: measure._id, at: measure.endsAt!.toISOString() };
        if (await this.expireOrder.execute(command, SERVICE_ACTOR)) expired.push(measure._id);
      } catch (error) {
        // Changed meanwhile: the next sweep sees it as it is now.
        this.logger.warn(`measure ${measure._id} not expired this round: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return expired;
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.PROTECTION_EXPIRY_SWEEP_SECONDS ?? DEFAULT_SWEEP_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      // A sweep still running when the next is due: the next waits its turn.
      if (this.sweeping) return;
      this.sweeping = this.sweep()
        .catch((error: unknown) => this.logger.error(`expiry sweep failed: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => (this.sweeping = undefined));
    }, seconds * 1000);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}
