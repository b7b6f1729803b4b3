#!/usr/bin/env node
// @ts-check
/**
 * Generates the per-country holiday calendars that working-day deadlines are counted in.
 *
 *   node workflows/rules/scripts/generate-holiday-calendars.js          write the files
 *   node workflows/rules/scripts/generate-holiday-calendars.js --check  fail if they are stale
 *
 * The holiday library runs here, never inside the workflow sandbox: workflows read the
 * generated JSON, so a journey replays with exactly the calendar it was computed with.
 * Each calendar also carries its time zone's UTC offsets, so due times do not depend on the
 * ICU data of whichever Node.js replays the workflow.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const Holidays = require('date-holidays');

const FORMAT = 1;
// Dates outside these years are refused at Harbour's boundaries (the years file below says so to them).
const FIRST_YEAR = 2020;
const LAST_YEAR = 2040;
/** EU Member States, the EEA, Switzerland and the United Kingdom. */
const COUNTRIES = [
  'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];
/**
 * Countries whose regions keep their own public holidays, with the library's region codes; each
 * becomes an ISO 3166-2 code (`DE-BY`, `ES-CT`, `CH-ZH`, `GB-SCT`). Alderney is not an ISO 3166-2
 * subdivision of GB and is left out.
 */
const REGIONAL_COUNTRIES = { CH: null, DE: null, ES: null, GB: ['ENG', 'NIR', 'SCT', 'WLS'] };
/** The capital's zone where the library names a neighbour's zone first. */
const TIME_ZONE_OVERRIDES = { HR: 'Europe/Zagreb', SI: 'Europe/Ljubljana' };

const OUTPUT_DIR = path.resolve(__dirname, '../src/calendars/data');
const INDEX_FILE = path.resolve(__dirname, '../src/calendars/calendar-data.ts');
const YEARS_FILE = path.resolve(__dirname, '../../../libs/contracts/src/vocabulary/calendar-years.ts');
const REGIONS_FILE = path.resolve(__dirname, '../../../libs/contracts/src/vocabulary/calendar-regions.ts');
const LIBRARY_VERSION = require('date-holidays/package.json').version;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** @param {string} timeZone */
function offsetMinutesIn(timeZone) {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  });
  /** @param {number} instant */
  return (instant) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
    return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
  };
}

/** Every change of UTC offset between the start and the end, found to the minute. */
function utcOffsets(timeZone) {
  const offsetAt = offsetMinutesIn(timeZone);
  const start = Date.UTC(FIRST_YEAR - 1, 11, 30);
  const end = Date.UTC(LAST_YEAR + 1, 0, 2);
  const offsets = [{ from: new Date(start).toISOString(), minutes: offsetAt(start) }];
  for (let day = start; day < end; day += DAY) {
    if (offsetAt(day) === offsetAt(day + DAY)) continue;
    let low = day;
    let high = day + DAY;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetAt(middle) === offsetAt(low)) low = middle;
      else high = middle;
    }
    offsets.push({ from: new Date(high).toISOString(), minutes: offsetAt(high) });
  }
  return offsets;
}

/** Public holidays only (no bank, school, optional or observance days), of the country or of one region. */
function publicHolidays(country, region) {
  const library = region ? new Holidays(country, region) : new Holidays(country);
  const byDate = new Map();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    for (const holiday of library.getHolidays(year, 'en')) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      byDate.set(date, byDate.has(date) ? `${byDate.get(date)}; ${holiday.name}` : holiday.name);
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}

/**
 * Each region's difference from the national list: the holidays it adds and the national ones it
 * does not keep (Scotland has no Easter Monday), so the file stays small and readable.
 */
function regionalHolidays(country, national) {
  const regions = REGIONAL_COUNTRIES[country];
  if (regions === undefined) return undefined;
  const names = new Holidays(country).getStates(country);
  const nationalDates = new Set(national.map((holiday) => holiday.date));
  return Object.fromEntries(
    (regions ?? Object.keys(names)).sort().map((code) => {
      const own = publicHolidays(country, code);
      const ownDates = new Set(own.map((holiday) => holiday.date));
      return [
        `${country}-${code}`,
        {
          name: names[code],
          holidays: own.filter((holiday) => !nationalDates.has(holiday.date)),
          notHolidays: national.filter((holiday) => !ownDates.has(holiday.date)).map((holiday) => holiday.date),
        },
      ];
    }),
  );
}

function calendarFor(country) {
  const timeZone = TIME_ZONE_OVERRIDES[country] ?? new Holidays(country).getTimezones()[0];
  const holidays = publicHolidays(country);
  const regions = regionalHolidays(country, holidays);
  return {
    format: FORMAT,
    country,
    timeZone,
    source: `date-holidays@${LIBRARY_VERSION}, public holidays at national${REGIONAL_COUNTRIES[country] === undefined ? '' : ' and regional'} level`,
    firstYear: FIRST_YEAR,
    lastYear: LAST_YEAR,
    weekendDays: [0, 6],
    utcOffsets: utcOffsets(timeZone),
    holidays,
    ...(regions ? { regions } : {}),
  };
}

function yearsFile() {
  return [
    '// Generated by workflows/rules/scripts/generate-holiday-calendars.js; do not edit by hand.',
    "/** The years Harbour's holiday calendars cover: a date outside them is refused where it enters Harbour. */",
    `export const CalendarYears = { first: ${FIRST_YEAR}, last: ${LAST_YEAR} } as const;`,
    '',
  ].join('\n');
}

/** The regions with their own holidays, for the boundaries to refuse a region no calendar knows. */
function regionsFile(calendars) {
  const withRegions = calendars.filter((calendar) => calendar.regions);
  return [
    '// Generated by workflows/rules/scripts/generate-holiday-calendars.js; do not edit by hand.',
    '/** The ISO 3166-2 regions that keep their own public holidays, by country; a country absent here has national holidays only. */',
    'export const CalendarRegions: Readonly<Record<string, readonly string[]>> = {',
    ...withRegions.map((calendar) => `  ${calendar.country}: [${Object.keys(calendar.regions).map((code) => `'${code}'`).join(', ')}],`),
    '};',
    '',
  ].join('\n');
}

function calendarIndex() {
  const lines = [
    '// Generated by workflows/rules/scripts/generate-holiday-calendars.js; do not edit by hand.',
    "import { HolidayCalendar } from './holiday-calendar';",
    ...COUNTRIES.map((country) => `import ${country.toLowerCase()} from './data/${country.toLowerCase()}.json';`),
    '',
    'export const CalendarData: Readonly<Record<string, HolidayCalendar>> = {',
    ...COUNTRIES.map((country) => `  ${country}: ${country.toLowerCase()} as HolidayCalendar,`),
    '};',
    '',
  ];
  return lines.join('\n');
}

/** One line per offset and per holiday: readable diffs when the library's data changes. */
function formatValue(value, indent) {
  if (Array.isArray(value) && typeof value[0] === 'object') {
    return `[\n${value.map((item) => `${indent}  ${JSON.stringify(item)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const lines = Object.entries(value).map(([key, inner]) => `${indent}  ${JSON.stringify(key)}: ${formatValue(inner, `${indent}  `)}`);
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function formatCalendar(calendar) {
  return `${formatValue(calendar, '')}\n`;
}

function expectedFiles() {
  const files = new Map();
  const calendars = COUNTRIES.map(calendarFor);
  for (const calendar of calendars) {
    files.set(path.join(OUTPUT_DIR, `${calendar.country.toLowerCase()}.json`), formatCalendar(calendar));
  }
  files.set(INDEX_FILE, calendarIndex());
  files.set(YEARS_FILE, yearsFile());
  files.set(REGIONS_FILE, regionsFile(calendars));
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [file, content] of expectedFiles()) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else fs.writeFileSync(file, content);
  }
  if (stale.length > 0) {
    console.error(`Holiday calendars are stale; regenerate them:\n  ${stale.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main();
