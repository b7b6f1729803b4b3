import { Specialism } from '@harbour/contracts';

/** How an organisation wants to receive its tasks. */
export const TaskChannels = ['inbox', 'webhook'] as const;
export type TaskChannel = (typeof TaskChannels)[number];

export const Weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof Weekdays)[number];

/** Local opening hours, e.g. mon-fri 09:00-17:00; a 24/7 helpline has every day 00:00-24:00. */
export interface OpeningHours {
  days: Weekday[];
  opens: string;
  closes: string;
}

/** A directory entry as its maintainers describe it. Organisations are not people: nothing personal here. */
export interface DirectoryEntry {
  id: string;
  name: string;
  country: string;
  region: string;
  languages: string[];
  specialisms: Specialism[];
  /** Places the organisation has for victims it supports at once. */
  capacity: number;
  /** Ready to support children (guardianship, child-safe accommodation). */
  acceptsChildren: boolean;
  /** Runs the EU-wide 116 006 helpline: the last resort when no specialist accepts. */
  helpline116006: boolean;
  openingHours: OpeningHours[];
}

/** A support organisation in the directory, with its open places and how it takes tasks. */
export interface Organisation extends DirectoryEntry {
  /** Places not held by an accepted or running referral. */
  openPlaces: number;
  taskChannel: TaskChannel;
  /** Where webhook tasks go; the signing secret is never shown. */
  webhookUrl?: string;
}
