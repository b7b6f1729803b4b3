export * from './rule';
export * from './resolve-rule';
export * from './packs/eu-baseline';
export * from './calendars/holiday-calendar';
export * from './due/compute-due-at';
export * from './due/compute-deadline';
export * from './due/applicable-period';
export { OutsideCalendarError } from './due/local-calendar';
