import { randomUUID } from 'node:crypto';
import { ChaseDecidingAuthorityCommand, CompensationActivities, CompensationClaimCommand } from '@harbour/contracts';

/** Stands in for the compensation service's activities: records each claim transmitted and each chase. */
export class FakeCompensationAuthority {
  readonly transmissions: CompensationClaimCommand[] = [];
  readonly chases: ChaseDecidingAuthorityCommand[] = [];

  activities(): CompensationActivities {
    return {
      transmitClaim: async (command) => {
        this.transmissions.push(command);
        return { transmittedAt: new Date().toISOString() };
      },
      chaseDecidingAuthority: async (command) => {
        this.chases.push(command);
        return { chaseId: randomUUID(), chasedAt: new Date().toISOString() };
      },
    };
  }
}
