import { Specialism } from '@harbour/contracts';

/** How an organisation wants to receive its tasks. */
export type TaskChannel = 'inbox' | 'webhook';

/** A support organisation in the directory. Organisations are not people: no personal data here. */
export interface Organisation {
  id: string;
  name: string;
  country: string;
  region: string;
  languages: string[];
  specialisms: Specialism[];
  /** Places open for new referrals now. */
  capacity: number;
  acceptsChildren: boolean;
  /** Runs the EU-wide 116 006 helpline: the last resort when no specialist accepts. */
  helpline116006: boolean;
  taskChannel: TaskChannel;
}
