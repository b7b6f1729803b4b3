import { EventDefinition, findEventDefinition, ReferralDeclineReason, ReferralDeclineReasons, ServedCountries, validateEventData } from '@harbour/contracts';
import { opensJourney } from '@harbour/journeys';
import { uuidFrom } from './generated-ids';
import { DAY_MS, localInstant, timeZoneOf } from './local-time';

/** A fact ready to be signalled: its moment, a stable event id and data the contracts accepted. */
export interface ScenarioFact {
  day: number;
  instant: number;
  eventId: string;
  type: string;
  data: Record<string, unknown>;
}

/** How an organisation answers the referral on offer to it. */
export interface ScenarioAnswer {
  day: number;
  instant: number;
  organisation: string;
  answer: 'accept' | 'decline';
  reason: ReferralDeclineReason;
}

export interface Scenario {
  title: string;
  notes?: string;
  country: string;
  timeZone: string;
  startsAt: number;
  journeyId: string;
  facts: ScenarioFact[];
  /** The support directory in the order organisations are asked. */
  organisations: string[];
  answers: ScenarioAnswer[];
  untilDay: number;
  /** The end of `untilDay`, where the simulation stops. */
  endsAt: number;
}

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid scenario:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ScenarioError';
  }
}

type Json = Record<string, unknown>;

const TOP_LEVEL = ['title', 'notes', 'country', 'startsAt', 'journeyId', 'facts', 'support', 'untilDay'];
const FACT_FIELDS = ['day', 'at', 'type', 'data'];
const SUPPORT_FIELDS = ['organisations', 'answers'];
const ANSWER_FIELDS = ['day', 'at', 'organisation', 'answer', 'reason'];
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ORGANISATION_ID = /^[a-z0-9-]{2,64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a scenario as written in JSON; every problem is named with its path, all at once. */
export interface ParseOptions {
  /**
   * Temporal's test server starts at the present and cannot go back: a scenario dated earlier
   * is played whole 52-week periods later, on the same weekdays, so shipped scenarios keep working.
   */
  notBefore?: number;
}

const FIFTY_TWO_WEEKS_MS = 364 * DAY_MS;

export function parseScenario(input: unknown, options: ParseOptions = {}): Scenario {
  const problems: string[] = [];
  const problem = (path: string, message: string) => void problems.push(`${path}: ${message}`);

  if (!isObject(input)) throw new ScenarioError(['scenario: must be a JSON object']);
  refuseUnknown(input, TOP_LEVEL, '', problem);

  const title = requireString(input, 'title', '', problem);
  if (input.notes !== undefined && typeof input.notes !== 'string') problem('notes', 'must be a string');
  const country = readCountry(input.country, problem);
  const written = typeof input.startsAt === 'string' && ISO_TIME.test(input.startsAt) ? Date.parse(input.startsAt) : NaN;
  const late = options.notBefore === undefined ? 0 : options.notBefore - written;
  const startsAt = late > 0 ? written + Math.ceil(late / FIFTY_TWO_WEEKS_MS) * FIFTY_TWO_WEEKS_MS : written;
  if (Number.isNaN(startsAt)) problem('startsAt', 'must be an ISO 8601 time with a zone, e.g. "2027-03-01T08:00:00Z"');
  if (input.journeyId !== undefined && !(typeof input.journeyId === 'string' && UUID.test(input.journeyId))) problem('journeyId', 'must be a UUID');
  const untilDay = readDay(input.untilDay, 'untilDay', problem);

  const timeZone = country ? timeZoneOf(country) : undefined;
  const moment = (day: number | undefined, at: unknown, path: string): number | undefined => {
    if (at !== undefined && !(typeof at === 'string' && LOCAL_TIME.test(at))) {
      problem(`${path}.at`, 'must be a local time "HH:MM"');
      return undefined;
    }
    if (day === undefined || !timeZone || Number.isNaN(startsAt)) return undefined;
    return at === undefined ? startsAt + day * DAY_MS : localInstant(startsAt, day, at as string, timeZone);
  };

  const carried = new Map<string, { type: string; value: unknown }>();
  const facts = readList(input.facts, 'facts', problem).flatMap((raw, index) => {
    const path = `facts[${index}]`;
    if (!isObject(raw)) return problem(path, 'must be an object'), [];
    refuseUnknown(raw, FACT_FIELDS, `${path}.`, problem);
    const day = readDay(raw.day, `${path}.day`, problem);
    const instant = moment(day, raw.at, path);
    const definition = typeof raw.type === 'string' ? findEventDefinition(raw.type) : undefined;
    if (!definition) return problem(`${path}.type`, `'${String(raw.type)}' is not an event type in the contracts registry`), [];
    if (!isObject(raw.data)) return problem(`${path}.data`, 'must be an object'), [];
    if (day === undefined || instant === undefined) return [];
    const data = withGeneratedFields(raw.data, definition, instant, carried, [title ?? '', path]);
    const checked = validateEventData(definition, data);
    if (!checked.ok) return problem(`${path}.data`, checked.reason), [];
    // Each id is remembered with the fact that introduced it, not with those that refer to it.
    for (const [field, value] of Object.entries(data)) if (carried.get(field)?.value !== value) carried.set(field, { type: definition.type, value });
    return [{ day, instant, eventId: uuidFrom(title ?? '', path, 'event'), type: definition.type, data }];
  });

  // As in the platform, a journey begins at a door: its first fact must be one that opens a journey.
  const first = [...facts].sort((a, b) => a.instant - b.instant)[0];
  if (first && !opensJourney(first)) problem(`facts[${facts.indexOf(first)}].type`, `a ${first.type} does not open a journey; the first fact must come from a door (a report, a screening or NRM referral, a self-referral, a protection order, a milestone naming its actingOrganisationId, a compensation claim)`);

  const support = input.support ?? {};
  if (!isObject(support)) problem('support', 'must be an object');
  else refuseUnknown(support, SUPPORT_FIELDS, 'support.', problem);
  const supportFields = isObject(support) ? support : {};
  const answers = readList(supportFields.answers ?? [], 'support.answers', problem).flatMap((raw, index) => {
    const path = `support.answers[${index}]`;
    if (!isObject(raw)) return problem(path, 'must be an object'), [];
    refuseUnknown(raw, ANSWER_FIELDS, `${path}.`, problem);
    const day = readDay(raw.day, `${path}.day`, problem);
    const instant = moment(day, raw.at, path);
    const organisation = readOrganisation(raw.organisation, `${path}.organisation`, problem);
    if (raw.answer !== 'accept' && raw.answer !== 'decline') problem(`${path}.answer`, 'must be "accept" or "decline"');
    if (raw.reason !== undefined && !ReferralDeclineReasons.includes(raw.reason as ReferralDeclineReason)) {
      problem(`${path}.reason`, `must be one of ${ReferralDeclineReasons.join(', ')}`);
    }
    if (raw.reason !== undefined && raw.answer === 'accept') problem(`${path}.reason`, 'only a decline has a reason');
    if (day === undefined || instant === undefined || !organisation || (raw.answer !== 'accept' && raw.answer !== 'decline')) return [];
    return [{ day, instant, organisation, answer: raw.answer, reason: (raw.reason as ReferralDeclineReason | undefined) ?? 'other' } satisfies ScenarioAnswer];
  });
  // Without an explicit directory, the organisations the answers name are asked in that order.
  const organisations =
    supportFields.organisations === undefined
      ? [...new Set(answers.map((answer) => answer.organisation))]
      : readList(supportFields.organisations, 'support.organisations', problem).flatMap(
          (raw, index) => readOrganisation(raw, `support.organisations[${index}]`, problem) ?? [],
        );

  if (untilDay !== undefined) {
    for (const [path, entries] of [['facts', facts], ['support.answers', answers]] as const) {
      entries.forEach((entry, index) => entry.day > untilDay && problem(`${path}[${index}].day`, `${entry.day} is after untilDay ${untilDay}`));
    }
  }
  if (problems.length > 0 || !title || !country || !timeZone || untilDay === undefined) throw new ScenarioError(problems);
  return {
    title,
    ...(typeof input.notes === 'string' ? { notes: input.notes } : {}),
    country,
    timeZone,
    startsAt,
    journeyId: typeof input.journeyId === 'string' ? input.journeyId : uuidFrom(title, 'journey'),
    facts,
    organisations,
    answers,
    untilDay,
    endsAt: localInstant(startsAt, untilDay + 1, '00:00', timeZone) - 1,
  };
}

/**
 * Ids and times a scenario may leave out, filled from the shape of the registry's example:
 * a missing id refers to the latest earlier fact of another type that carried it (an
 * acknowledgement to its report), else it is a new stable id (a second report is a new
 * report); a missing time is the fact's own moment. Anything else missing is left for the
 * contracts to refuse.
 */
function withGeneratedFields(
  data: Json,
  definition: EventDefinition,
  instant: number,
  carried: Map<string, { type: string; value: unknown }>,
  name: string[],
): Json {
  const filled: Json = { ...data };
  for (const [field, sample] of Object.entries(definition.example)) {
    if (field in filled || typeof sample !== 'string') continue;
    const earlier = carried.get(field);
    if (UUID.test(sample)) filled[field] = earlier && earlier.type !== definition.type ? earlier.value : uuidFrom(...name, field);
    else if (ISO_TIME.test(sample)) filled[field] = new Date(instant).toISOString();
  }
  return filled;
}

type Problem = (path: string, message: string) => void;

function refuseUnknown(object: Json, known: string[], prefix: string, problem: Problem): void {
  for (const key of Object.keys(object)) if (!known.includes(key)) problem(`${prefix}${key}`, `unknown field (known: ${known.join(', ')})`);
}

function requireString(object: Json, key: string, prefix: string, problem: Problem): string | undefined {
  const value = object[key];
  if (typeof value === 'string' && value.trim().length > 0) return value;
  problem(`${prefix}${key}`, 'must be a non-empty string');
  return undefined;
}

function readCountry(value: unknown, problem: Problem): string | undefined {
  if (typeof value === 'string' && (ServedCountries as readonly string[]).includes(value)) return value;
  problem('country', `must be a country Harbour serves (ISO 3166-1 alpha-2, e.g. "BE")${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`);
  return undefined;
}

function readDay(value: unknown, path: string, problem: Problem): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  problem(path, `must be a whole number of days from startsAt (0 or more)${value === undefined ? '' : `, got ${JSON.stringify(value)}`}`);
  return undefined;
}

function readOrganisation(value: unknown, path: string, problem: Problem): string | undefined {
  if (typeof value === 'string' && ORGANISATION_ID.test(value)) return value;
  problem(path, 'must be an organisation id (2-64 of a-z, 0-9, -)');
  return undefined;
}

function readList(value: unknown, path: string, problem: Problem): unknown[] {
  if (Array.isArray(value)) return value;
  problem(path, 'must be an array');
  return [];
}
