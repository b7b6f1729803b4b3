import { VictimInformationProvided } from './victim-information-provided.payload';

export const victimInformationProvidedExample: VictimInformationProvided = {
  informationId: '2c4e6a80-1b3d-4f5a-8c7e-9d0f1a2b3c4d',
  language: 'ro',
  channel: 'in-person',
  providedAt: '2026-03-02T11:00:00.000Z',
};
